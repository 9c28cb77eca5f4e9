/// The forward-difference derivative (f(x + h) − f(x)) / h of a function of one variable:
/// the textbook definition of the derivative with a finite h, which the book (ch. 4.3.1)
/// shows first and then replaces by the central difference (`numericalDerivative`) because
/// its truncation error is of order h rather than h².
public func forwardDifference(_ f: (Double) -> Double, at x: Double, h: Double) -> Double {
    (f(x + h) - f(x)) / h
}
