/// A parameter of a live cell that the learner turns: a learning rate, a weight, an index
/// into a list of choices. `value` is always a Double; for a choice it is the index.
///
/// Parsing, stepping and formatting live in `Knob+Behaviour.swift`.
public struct Knob: Sendable, Equatable {
    /// How a knob's value ranges.
    public enum Kind: Sendable, Equatable {
        /// A real value in `range`, moved by `step` (linear) or by a factor (log: each step
        /// multiplies by `step`, e.g. 10^0.1).
        case continuous(range: ClosedRange<Double>, step: Double, scale: Scale)
        /// A whole number in `range`, moved by `step`.
        case integer(range: ClosedRange<Int>, step: Int)
        /// One of several named options; the value is the index.
        case choice([String])
        /// On (1) or off (0).
        case toggle
    }

    /// Linear or logarithmic stepping.
    public enum Scale: Sendable, Equatable { case linear, log }

    /// The name used on the command line (`--set lr=0.1`) and in exports.
    public var name: String
    /// The label in the parameter panel ("learning rate").
    public var label: String
    public var kind: Kind
    public var value: Double
    /// Significant digits to show for continuous values (formatting picks fixed or
    /// scientific notation to fit).
    public var digits: Int

    public init(name: String, label: String, kind: Kind, value: Double, digits: Int = 3) {
        self.name = name
        self.label = label
        self.kind = kind
        self.value = value
        self.digits = digits
    }
}
