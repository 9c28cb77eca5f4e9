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
    /// What to reach, one sentence ("Set w1, w2 and b so the unit computes NAND.").
    public var goal: String
    /// Hints in increasing help: the first nudges, the second nearly gives it away.
    public var hints: [String]
    /// Whether the cell's stepping is part of the challenge (the learner must press space
    /// and let it run); a headless check steps such a cell before evaluating.
    public var needsRun: Bool
    /// Evaluates the goal on the page's cell (the closure casts it to the concrete cell type
    /// it was written for; a cell of another type fails).
    public var evaluate: (any LiveCell) -> ChallengeCheck

    public init(id: String, goal: String, hints: [String], needsRun: Bool = false,
                evaluate: @escaping (any LiveCell) -> ChallengeCheck) {
        self.id = id
        self.goal = goal
        self.hints = hints
        self.needsRun = needsRun
        self.evaluate = evaluate
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
    public static let wrongCell = ChallengeCheck(passed: false, progress: "(this challenge does not fit this page's cell)")
}
