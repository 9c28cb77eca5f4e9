/// The choices of the loss cell's `example` knob: the book's two predictions, or the
/// learner's edited one.
enum LossExample: String, CaseIterable {
    case bookRight = "book-right", bookWrong = "book-wrong", edited

    /// The names of the choice knob, in order.
    static var names: [String] { allCases.map(\.rawValue) }

    /// The choice at a knob value (the index), clamped.
    init(index: Double) {
        let cases = Self.allCases
        let i = index.isFinite ? Int(max(0, min(Double(cases.count - 1), index.rounded()))) : 0
        self = cases[i]
    }

    /// The knob value (the index) of this choice.
    var index: Double { Double(Self.allCases.firstIndex(of: self)!) }

    /// The book's prediction for this choice (nil for `edited`).
    var prediction: Prediction? {
        switch self {
        case .bookRight: .bookRight
        case .bookWrong: .bookWrong
        case .edited: nil
        }
    }
}
