import Charts

/// A goal on a live cell's state that the learner reaches by turning knobs or running the
/// cell ("make the unit compute NAND", "reach 90 % test accuracy within 1000 iterations").
///
/// The check is code on the model, never string matching: the notebook calls `evaluate`
/// with the page's cell after every key and every frame that changed it; a headless
/// `nnbook check` calls it after applying `--set` values and stepping the cell. A lesson
/// declares its challenges on the page whose cell they check (`Page.challenges`).
public struct Challenge: @unchecked Sendable {
    /// Stable id, unique within the lesson: progress records it ("nand").
    public var id: String
    /// What to reach, one sentence ("Set w1, w2 and b so the unit computes NAND."), in both
    /// languages; `goal` is the one in the current language.
    public var goals: Localized
    /// Hints in increasing help: the first nudges, the second nearly gives it away; in both
    /// languages (`hints` is the current one).
    public var hintTexts: [Localized]
    /// Whether the cell's stepping is part of the challenge (the learner must press space
    /// and let it run); a headless check steps such a cell before evaluating.
    public var needsRun: Bool
    /// Evaluates the goal on the page's cell (the closure casts it to the concrete cell type
    /// it was written for; a cell of another type fails).
    public var evaluate: (any LiveCell) -> ChallengeCheck

    /// The goal in the current language (`Language.current`).
    public var goal: String { goals.text }
    /// The hints in the current language.
    public var hints: [String] { hintTexts.map(\.text) }

    /// A challenge in both languages. The `progress` of the checks `evaluate` returns is
    /// written with `tr(_:_:)`, so it follows the language too.
    public init(id: String, goal: Localized, hints: [Localized], needsRun: Bool = false,
                evaluate: @escaping (any LiveCell) -> ChallengeCheck) {
        self.id = id
        self.goals = goal
        self.hintTexts = hints
        self.needsRun = needsRun
        self.evaluate = evaluate
    }

    /// A challenge whose texts read the same in every language (tests' fake lessons).
    public init(id: String, goal: String, hints: [String], needsRun: Bool = false,
                evaluate: @escaping (any LiveCell) -> ChallengeCheck) {
        self.init(id: id, goal: Localized(neutral: goal), hints: hints.map(Localized.init(neutral:)),
                  needsRun: needsRun, evaluate: evaluate)
    }
}

/// The outcome of one evaluation of a challenge: met or not, and a live "how close"
/// readout where one exists ("3 of 4 rows right", "lr 0.9: converges; try higher").
public struct ChallengeCheck: Sendable, Equatable {
    public var passed: Bool
    public var progress: String?

    public init(passed: Bool, progress: String? = nil) {
        self.passed = passed
        self.progress = progress
    }

    /// A check of a cell of the wrong type (a lesson bug, never the learner's fault).
    public static var wrongCell: ChallengeCheck {
        ChallengeCheck(passed: false, progress: tr("(this challenge does not fit this page's cell)", "（这个挑战与本页的实验不符）"))
    }
}
