import Foundation

/// Adam: momentum (first moment m) and RMSprop-style scaling (second moment v) with bias
/// correction for the zero start. Two forms, chosen by `variant`:
///
/// The book's form (`Adam` in `common/optimizer.py`, the default), with t the step count:
///
///     lr_t ← lr·√(1 − β2ᵗ) / (1 − β1ᵗ)
///     m ← m + (1 − β1)·(g − m)
///     v ← v + (1 − β2)·(g² − v)
///     p ← p − lr_t·m / (√v + 1e-7)
///
/// The textbook form (Kingma & Ba; Ng's course), with ε after bias correction:
///
///     m ← β1·m + (1 − β1)·g,   m̂ = m / (1 − β1ᵗ)
///     v ← β2·v + (1 − β2)·g²,  v̂ = v / (1 − β2ᵗ)
///     p ← p − lr·m̂ / (√v̂ + 1e-8)
///
/// The two differ only in where ε enters (and in rounding): the book's ε is effectively
/// ε·√(1 − β2ᵗ) in the textbook's terms, which matters in the first steps and when
/// gradients are tiny.
///
/// t counts the updates of each parameter (the book counts calls to `update`; the same
/// thing when every call updates every parameter, as in training).
public final class Adam: Optimizer {
    /// Where ε enters the update.
    public enum Variant: String, Sendable, CaseIterable {
        /// The book's: ε = 1e-7 added to √v, bias correction folded into lr_t.
        case book
        /// The textbook's: ε = 1e-8 added to √v̂ after bias correction.
        case textbook
    }

    public var name: String { variant == .book ? "Adam" : "Adam (textbook ε)" }
    public var learningRate: Double
    /// Decay of the first moment (the book's default is 0.9).
    public var beta1: Double
    /// Decay of the second moment (the book's default is 0.999).
    public var beta2: Double
    /// The book's form or the textbook's.
    public let variant: Variant
    private var states = OptimizerStateStore(bufferCount: 2)

    /// The book's defaults: lr 0.001, β1 0.9, β2 0.999, the book's form.
    public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
                variant: Variant = .book) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.variant = variant
    }

    /// β1 and β2 by name.
    public var hyperparameters: [String: Double] { ["beta1": beta1, "beta2": beta2] }

    /// Sets "beta1" or "beta2"; returns false for any other name.
    @discardableResult public func setHyperparameter(_ name: String, _ value: Double) -> Bool {
        switch name {
        case "beta1": beta1 = value
        case "beta2": beta2 = value
        default: return false
        }
        return true
    }

    public func update(_ parameters: [Parameter]) {
        for parameter in parameters {
            let state = states.state(for: parameter)
            state.step += 1
            switch variant {
            case .book: updateBook(parameter, state)
            case .textbook: updateTextbook(parameter, state)
            }
        }
    }

    private func updateBook(_ parameter: Parameter, _ state: OptimizerState) {
        let beta1 = beta1, beta2 = beta2, t = Double(state.step)
        let lrT = learningRate * (1.0 - pow(beta2, t)).squareRoot() / (1.0 - pow(beta1, t))
        parameter.withValueAndGradient { p, g in
            state.first.withUnsafeMutableBufferPointer { m in
                state.second.withUnsafeMutableBufferPointer { v in
                    for i in 0..<p.count {
                        m[i] += (1 - beta1) * (g[i] - m[i])
                        v[i] += (1 - beta2) * (g[i] * g[i] - v[i])
                        p[i] -= lrT * m[i] / (v[i].squareRoot() + 1e-7)
                    }
                }
            }
        }
    }

    private func updateTextbook(_ parameter: Parameter, _ state: OptimizerState) {
        let lr = learningRate, beta1 = beta1, beta2 = beta2, t = Double(state.step)
        let correction1 = 1 - pow(beta1, t), correction2 = 1 - pow(beta2, t)
        parameter.withValueAndGradient { p, g in
            state.first.withUnsafeMutableBufferPointer { m in
                state.second.withUnsafeMutableBufferPointer { v in
                    for i in 0..<p.count {
                        m[i] = beta1 * m[i] + (1 - beta1) * g[i]
                        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
                        let mHat = m[i] / correction1, vHat = v[i] / correction2
                        p[i] -= lr * mHat / (vHat.squareRoot() + 1e-8)
                    }
                }
            }
        }
    }

    public func reset() {
        states.removeAll()
    }
}
