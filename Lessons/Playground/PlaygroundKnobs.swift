import Charts
import LessonKit

/// The playground's knobs (the data, the net, the training) and how a knob value becomes a
/// setting of `PlaygroundRun.Config`. Names and choice values are command-line identifiers.
enum PlaygroundKnobs {
    /// One log step of lr, λ and the init scale: ×10^0.25 (four per decade).
    static let logStep = 1.7782794100389228
    static let lrRange = 0.001...100.0
    static let lambdaRange = 0.0...10.0
    /// The smallest λ above 0 a step reaches.
    static let smallestLambda = 0.0001
    static let initRange = 0.001...10.0

    static func knobs(_ c: PlaygroundRun.Config, unit: Int) -> [Knob] {
        [
            Knob(name: "dataset", label: tr("data set", "数据集"), kind: .choice(PlaygroundDataset.names), value: Double(c.dataset.rawValue)),
            Knob(name: "noise", label: tr("noise (× usual)", "噪声（常规的倍数）"), kind: .continuous(range: 0...3, step: 0.25, scale: .linear),
                 value: c.noise, digits: 3),
            Knob(name: "split", label: tr("training fraction", "训练集比例"), kind: .continuous(range: 0.1...0.9, step: 0.1, scale: .linear),
                 value: c.split, digits: 2),
            Knob(name: "hidden", label: tr("hidden layers", "隐藏层数"), kind: .integer(range: 0...4, step: 1), value: Double(c.hidden)),
            Knob(name: "units", label: tr("units per layer", "每层神经元数"), kind: .integer(range: 1...50, step: 1), value: Double(c.units)),
            Knob(name: "activation", label: tr("activation", "激活函数"), kind: .choice(PlaygroundActivation.names), value: Double(c.activation.rawValue)),
            Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: lrRange, step: logStep, scale: .log), value: c.learningRate),
            Knob(name: "lambda", label: tr("L2 λ", "L2 λ"), kind: .continuous(range: lambdaRange, step: logStep, scale: .log), value: c.lambda),
            Knob(name: "batch", label: tr("batch size", "批大小"), kind: .choice(PlaygroundRun.batchSizes), value: Double(c.batch)),
            Knob(name: "init", label: tr("init scale (std)", "初始权重标准差"), kind: .continuous(range: initRange, step: logStep, scale: .log),
                 value: c.initScale),
            Knob(name: "unit", label: tr("neuron shown (0 = output)", "显示的神经元（0 = 输出）"),
                 kind: .integer(range: 0...max(1, c.hiddenUnits), step: 1), value: Double(unit)),
        ]
    }

    /// `c` with knob `name` set to `value`; nil for another knob or a non-finite value.
    static func apply(_ name: String, _ value: Double, to c: PlaygroundRun.Config) -> PlaygroundRun.Config? {
        guard value.isFinite else { return nil }
        var c = c
        let i = Int(value.rounded())
        switch name {
        case "dataset": c.dataset = PlaygroundDataset(rawValue: min(PlaygroundDataset.allCases.count - 1, max(0, i))) ?? .flower
        case "noise": c.noise = min(3, max(0, value))
        case "split": c.split = min(0.9, max(0.1, value))
        case "hidden": c.hidden = min(4, max(0, i))
        case "units": c.units = min(50, max(1, i))
        case "activation": c.activation = PlaygroundActivation(rawValue: min(2, max(0, i))) ?? .tanh
        case "lr": c.learningRate = min(lrRange.upperBound, max(lrRange.lowerBound, value))
        case "lambda": c.lambda = lambdaValue(value, current: c.lambda)
        case "batch": c.batch = min(PlaygroundRun.batchSizes.count - 1, max(0, i))
        case "init": c.initScale = min(initRange.upperBound, max(initRange.lowerBound, value))
        default: return nil
        }
        return c
    }

    /// λ from a log knob that also reaches 0: below `smallestLambda` is 0, except a step up
    /// from 0 (which the log knob turns into a tiny number), which gives `smallestLambda`.
    static func lambdaValue(_ value: Double, current: Double) -> Double {
        let v = min(lambdaRange.upperBound, max(0, value))
        if v > 0 && v < smallestLambda { return current == 0 ? smallestLambda : 0 }
        return v
    }

    static func percent(_ x: Double) -> String {
        x.isFinite ? NumberText.format((x * 1000).rounded() / 10, digits: 3) + "%" : "—"
    }
}
