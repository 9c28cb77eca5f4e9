import Foundation
import NumericCore

/// The lesson's sequence task: predict the next value of a noisy sine. A sequence of length
/// T is v_0 … v_T with v_t = sin(2π·t/period + φ) + σ·ε_t (random phase φ, Gaussian ε); the
/// net reads x_t = v_{t−1} and must output v_t, one step ahead, at every step.
struct SineTask {
    /// Steps per period of the sine.
    static let period = 16.0
    /// The noise's standard deviation.
    static let noise = 0.1

    /// Inputs x_1…x_T and targets (the next values) for phase `phase` and noise drawn from `rng`.
    static func sequence(length: Int, phase: Double, rng: inout Xoshiro256StarStar) -> (inputs: [[Double]], targets: [[Double]]) {
        let values = (0...length).map { t in
            sin(2 * Double.pi * Double(t) / period + phase) + noise * rng.nextNormal()
        }
        return (values.dropLast().map { [$0] }, values.dropFirst().map { [$0] })
    }
}
