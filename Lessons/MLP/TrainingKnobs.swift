import Charts
import LessonKit

/// The knobs of the training run, shared by the training cell and the digit panel: learning
/// rate (log scale), batch size, hidden size, hidden activation.
enum TrainingKnobs {
    /// One log step of the learning rate: ×10^0.1 (ten steps per decade; H/L: a decade).
    static let learningRateFactor = 1.2589254117941673
    static let learningRateRange = 0.0001...1000.0

    static func learningRate(_ value: Double) -> Knob {
        Knob(name: "lr", label: tr("learning rate", "学习率"),
             kind: .continuous(range: learningRateRange, step: learningRateFactor, scale: .log), value: value)
    }

    static func all(_ config: NetConfig) -> [Knob] {
        [
            learningRate(config.learningRate),
            Knob(name: "batch", label: tr("batch size", "批大小"), kind: .integer(range: 1...1000, step: 10), value: Double(config.batchSize)),
            Knob(name: "hidden", label: tr("hidden units", "隐藏层神经元数"), kind: .integer(range: 1...500, step: 10), value: Double(config.hiddenSize)),
            Knob(name: "activation", label: tr("hidden activation", "隐藏层激活函数"), kind: .choice(HiddenActivation.names), value: config.activation.index),
        ]
    }

    /// Applies knob `name` to `run` (a size or activation change restarts it; lr applies at
    /// once and is marked). Non-finite values are ignored.
    static func set(_ name: String, to value: Double, on run: TrainingRun) {
        guard value.isFinite else { return }
        var config = run.config
        switch name {
        case "lr": config.learningRate = min(learningRateRange.upperBound, max(learningRateRange.lowerBound, value))
        case "batch": config.batchSize = max(1, min(1000, Int(value.rounded())))
        case "hidden": config.hiddenSize = max(1, min(500, Int(value.rounded())))
        case "activation": config.activation = HiddenActivation(index: value)
        default: return
        }
        run.apply(config)
    }
}
