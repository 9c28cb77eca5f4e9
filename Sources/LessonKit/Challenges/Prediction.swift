import Charts

/// A predict-then-observe question asked before the learner runs a page's cell ("Which
/// optimizer reaches ε first?"): the learner picks a choice (or skips — it never blocks),
/// the answer is recorded, and once the cell has shown the truth the page says whether the
/// prediction was right and explains.
public struct Prediction: @unchecked Sendable {
    /// Stable id, unique within the lesson: progress records the answer under it.
    public var id: String
    /// The question, one sentence, in both languages (`question` is the current one).
    public var questions: Localized
    /// The choices, short (they are listed on one or two lines at 80 columns: "up", "down"),
    /// in both languages (`choices` is the current one).
    public var choiceTexts: [Localized]
    /// Why the truth is what it is, shown after the reveal (one or two sentences), in both
    /// languages (`explanation` is the current one).
    public var explanations: Localized
    /// The index of the right choice as the cell now shows it, or nil while the cell has
    /// not yet run far enough to tell (the notebook asks again after every frame). The
    /// closure casts the cell to the concrete type it was written for.
    public var truth: (any LiveCell) -> Int?

    /// The question in the current language (`Language.current`).
    public var question: String { questions.text }
    /// The choices in the current language.
    public var choices: [String] { choiceTexts.map(\.text) }
    /// The explanation in the current language.
    public var explanation: String { explanations.text }

    /// A prediction in both languages (a choice that is a name, such as "Adam", may be
    /// `Localized(neutral:)`).
    public init(id: String, question: Localized, choices: [Localized], explanation: Localized,
                truth: @escaping (any LiveCell) -> Int?) {
        self.id = id
        self.questions = question
        self.choiceTexts = choices
        self.explanations = explanation
        self.truth = truth
    }

    /// A prediction whose texts read the same in every language (tests' fake lessons).
    public init(id: String, question: String, choices: [String], explanation: String,
                truth: @escaping (any LiveCell) -> Int?) {
        self.init(id: id, question: Localized(neutral: question), choices: choices.map(Localized.init(neutral:)),
                  explanation: Localized(neutral: explanation), truth: truth)
    }
}
