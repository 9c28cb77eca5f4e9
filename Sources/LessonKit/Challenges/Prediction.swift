/// A predict-then-observe question asked before the learner runs a page's cell ("Which
/// optimizer reaches ε first?"): the learner picks a choice (or skips — it never blocks),
/// the answer is recorded, and once the cell has shown the truth the page says whether the
/// prediction was right and explains.
public struct Prediction: @unchecked Sendable {
    /// Stable id, unique within the lesson: progress records the answer under it.
    public var id: String
    /// The question, one sentence.
    public var question: String
    /// The choices, short (they are listed on one or two lines at 80 columns: "up", "down").
    public var choices: [String]
    /// Why the truth is what it is, shown after the reveal (one or two sentences).
    public var explanation: String
    /// The index of the right choice as the cell now shows it, or nil while the cell has
    /// not yet run far enough to tell (the notebook asks again after every frame). The
    /// closure casts the cell to the concrete type it was written for.
    public var truth: (any LiveCell) -> Int?

    public init(id: String, question: String, choices: [String], explanation: String,
                truth: @escaping (any LiveCell) -> Int?) {
        self.id = id
        self.question = question
        self.choices = choices
        self.explanation = explanation
        self.truth = truth
    }
}
