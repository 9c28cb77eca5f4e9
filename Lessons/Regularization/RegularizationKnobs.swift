import Charts
import LessonKit

/// Knobs shared by the overfitting and the toy cells: λ on a log scale that also reaches 0,
/// and the dropout ratio.
enum RegularizationKnobs {
    /// The smallest λ above 0 a step reaches; one step is ×10^0.25 (four per decade).
    static let smallestLambda = 0.0001
    static let lambdaFactor = 1.7782794100389228
    static let lambdaRange = 0.0...1000.0
    static let dropoutRange = 0.0...0.5

    static func lambda(_ value: Double) -> Knob {
        Knob(name: "lambda", label: tr("weight decay λ", "权重衰减 λ"),
             kind: .continuous(range: lambdaRange, step: lambdaFactor, scale: .log), value: value)
    }

    static func dropout(_ value: Double) -> Knob {
        Knob(name: "dropout", label: tr("dropout ratio", "dropout 比例"),
             kind: .continuous(range: dropoutRange, step: 0.05, scale: .linear), value: value, digits: 2)
    }

    /// The λ a knob value means, given the current λ: values below `smallestLambda` are 0,
    /// except a step up from 0 (which the log knob turns into a tiny number), which gives
    /// `smallestLambda`. Non-finite values keep `current`.
    static func lambdaValue(_ value: Double, current: Double) -> Double {
        guard value.isFinite else { return current }
        let v = min(lambdaRange.upperBound, max(0, value))
        if v > 0 && v < smallestLambda { return current == 0 ? smallestLambda : 0 }
        return v
    }

    static func dropoutValue(_ value: Double, current: Double) -> Double {
        guard value.isFinite else { return current }
        return min(dropoutRange.upperBound, max(dropoutRange.lowerBound, value))
    }
}
