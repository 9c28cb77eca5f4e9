import NumericCore

/// Logistic regression on ONE example with two features as Ng draws it: x₁, w₁, x₂, w₂, b →
/// z = w₁x₁ + w₂x₂ + b → a = σ(z) → L(a, y), stepped forward (z, a, L) then backward
/// (da, dz, then dw₁, dw₂, db together) — `stage` counts the steps taken.
struct OneExampleGraph: Equatable {
    var x1 = 1.0, x2 = 2.0, w1 = 0.5, w2 = -0.25, b = 0.1
    /// The label, 0 or 1.
    var y = 1.0
    /// 0 = nothing computed, 1–3 forward (z, a, L), 4–6 backward (da, dz, dw and db).
    private(set) var stage = 0
    static let stepCount = 6

    var z: Double { w1 * x1 + w2 * x2 + b }
    var a: Double { LogisticMath.sigmoid(z) }
    var loss: Double { LogisticMath.loss(a: a, y: y) }
    /// dL/da = −y/a + (1 − y)/(1 − a) (a and 1 − a held at ε or more, as in the loss, so a
    /// saturated neuron gives a large number, never 0/0).
    var da: Double {
        let e = LogisticMath.epsilon
        return -y / max(a, e) + (1 - y) / max(1 - a, e)
    }
    /// dL/dz = da·a(1 − a), which simplifies to a − y.
    var dz: Double { a - y }
    var dw1: Double { x1 * dz }
    var dw2: Double { x2 * dz }
    var db: Double { dz }

    var isFinished: Bool { stage >= Self.stepCount }
    mutating func step() { stage = min(Self.stepCount, stage + 1) }
    mutating func reset() { stage = 0 }
    mutating func finish() { stage = Self.stepCount }

    /// The loss as a function of one parameter ("w1", "w2" or "b"), the others held.
    func lossAlong(_ name: String) -> (Double) -> Double {
        { v in
            var g = self
            switch name {
            case "w1": g.w1 = v
            case "w2": g.w2 = v
            default: g.b = v
            }
            return g.loss
        }
    }

    /// The central-difference derivative of L along w₁, w₂, b (the core's
    /// `numericalDerivative`, h = 10⁻⁴) — the check on dw₁, dw₂, db.
    var numerical: (dw1: Double, dw2: Double, db: Double) {
        (numericalDerivative(lossAlong("w1"), at: w1), numericalDerivative(lossAlong("w2"), at: w2),
         numericalDerivative(lossAlong("b"), at: b))
    }
}
