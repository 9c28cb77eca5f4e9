import Foundation

/// Arithmetic on graph values; a `Double` on either side becomes a constant node.
extension Value {
    /// a + b, a − b, a·b, a/b as one node each.
    public static func + (a: Value, b: Value) -> Value { Value(.add, [a, b]) }
    public static func - (a: Value, b: Value) -> Value { Value(.subtract, [a, b]) }
    public static func * (a: Value, b: Value) -> Value { Value(.multiply, [a, b]) }
    public static func / (a: Value, b: Value) -> Value { Value(.divide, [a, b]) }

    /// With a number on the right: the number becomes a constant node.
    public static func + (a: Value, b: Double) -> Value { a + constant(b) }
    public static func - (a: Value, b: Double) -> Value { a - constant(b) }
    public static func * (a: Value, b: Double) -> Value { a * constant(b) }
    public static func / (a: Value, b: Double) -> Value { a / constant(b) }

    /// With a number on the left: the number becomes a constant node.
    public static func + (a: Double, b: Value) -> Value { constant(a) + b }
    public static func - (a: Double, b: Value) -> Value { constant(a) - b }
    public static func * (a: Double, b: Value) -> Value { constant(a) * b }
    public static func / (a: Double, b: Value) -> Value { constant(a) / b }

    /// −x as its own node (the book's sigmoid graph writes it as × −1: use `x * -1` for that).
    public static prefix func - (a: Value) -> Value { Value(.negate, [a]) }

    /// self^exponent for a constant exponent.
    public func pow(_ exponent: Double) -> Value { Value(.power(exponent), [self]) }
    /// e^self.
    public func exp() -> Value { Value(.exp, [self]) }
    /// The natural logarithm.
    public func log() -> Value { Value(.log, [self]) }
    /// 1/self (the "/" node of the book's sigmoid graph).
    public func reciprocal() -> Value { Value(.reciprocal, [self]) }
    /// The logistic sigmoid 1/(1 + e^−self) as one node.
    public func sigmoid() -> Value { Value(.sigmoid, [self]) }
    /// The hyperbolic tangent.
    public func tanh() -> Value { Value(.tanh, [self]) }
    /// max(0, self).
    public func relu() -> Value { Value(.relu, [self]) }
}
