import Foundation

/// How the learning rate falls as training goes on (learning-rate decay, Ng's course 2 week 2):
/// the rate for an epoch from the initial rate α0. Epochs are counted from 0 (the first epoch
/// trains at `rate(initial:epoch: 0)`).
///
///     constant             α0
///     inverseTime          α0 / (1 + decay·epoch)
///     exponential          α0 · base^epoch
///     staircase            α0 · factor^⌊epoch / every⌋
///     inverseSquareRoot    α0 · k / √epoch, epoch 0 taking epoch 1's rate (1/√0 is infinite)
///
/// A schedule drives any `Optimizer`: `apply(to:initial:epoch:)` sets its learning rate at the
/// start of each epoch (the `Trainer` then uses it for every iteration of that epoch).
public enum LearningRateSchedule: Sendable, Equatable {
    case constant
    case inverseTime(decay: Double)
    case exponential(base: Double)
    case staircase(factor: Double, every: Int)
    case inverseSquareRoot(k: Double)

    /// The learning rate of `epoch` (negative epochs count as 0) starting from `initial`.
    public func rate(initial: Double, epoch: Int) -> Double {
        let e = Swift.max(0, epoch)
        switch self {
        case .constant:
            return initial
        case let .inverseTime(decay):
            return initial / (1 + decay * Double(e))
        case let .exponential(base):
            return initial * pow(base, Double(e))
        case let .staircase(factor, every):
            return initial * pow(factor, Double(e / Swift.max(1, every)))
        case let .inverseSquareRoot(k):
            return initial * k / Double(Swift.max(1, e)).squareRoot()
        }
    }

    /// Sets `optimizer`'s learning rate to this schedule's rate for `epoch`.
    public func apply(to optimizer: Optimizer, initial: Double, epoch: Int) {
        optimizer.learningRate = rate(initial: initial, epoch: epoch)
    }
}
