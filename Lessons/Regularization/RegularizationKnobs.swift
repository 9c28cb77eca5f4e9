import Charts
import LessonKit
import NumericCore

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

    /// Applies a new λ and dropout ratio to a running net from its next iteration, each change
    /// marked on the curves ("λ=0.1", "p=0.2") once training has begun (both of the lesson's
    /// runs, digits and moons, do this the same way).
    static func apply(lambda: Double, dropout: Double, was old: (lambda: Double, dropout: Double),
                      to net: Sequential, trainer: Trainer) {
        if lambda != old.lambda {
            net.weightDecay = lambda
            if trainer.iteration > 0 { trainer.mark("λ=" + NumberText.format(lambda, digits: 2)) }
        }
        if dropout != old.dropout {
            for layer in net.layers.compactMap({ $0 as? Dropout }) { layer.ratio = dropout }
            if trainer.iteration > 0 { trainer.mark("p=" + NumberText.format(dropout, digits: 2)) }
        }
    }

    /// The advice when λ made the loss blow up (both runs stop the same way).
    static func blownUpStatus(epoch: Int) -> String {
        tr("λ too large — lower it, press r · the loss blew up at epoch \(epoch)",
           "λ 过大——调小后按 r · 损失在第 \(epoch) 轮发散")
    }
}
