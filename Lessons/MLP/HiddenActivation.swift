import NumericCore

/// The hidden-layer activations offered: the book's ch. 4 net uses sigmoid, its ch. 5 net
/// ReLU. The knob value is the index.
enum HiddenActivation: String, CaseIterable {
    case sigmoid, relu

    /// The names of the choice knob, in order.
    static var names: [String] { allCases.map(\.rawValue) }

    /// The choice at a knob value (the index), clamped.
    init(index: Double) {
        let cases = Self.allCases
        self = cases[max(0, min(cases.count - 1, Int(index.isFinite ? index : 0)))]
    }

    /// The knob value (the index) of this choice.
    var index: Double { Double(Self.allCases.firstIndex(of: self)!) }

    /// The core's activation.
    var activation: Activation { self == .sigmoid ? .sigmoid : .relu }

    /// For titles: "sigmoid", "ReLU".
    var label: String { self == .sigmoid ? "sigmoid" : "ReLU" }
}
