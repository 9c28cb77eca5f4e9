import Charts
import Foundation
import LessonKit
import NumericCore

/// One optimizer's place in a race: whether it runs, its learning rate and its own
/// hyperparameters (momentum for Momentum and Nesterov, decay for RMSprop, β1 and β2 for
/// Adam). The same settings drive the surface race and the digits race.
struct RacerSettings: Equatable {
    let kind: OptimizerKind
    var enabled = true
    var learningRate: Double
    /// Momentum and Nesterov: how much velocity is kept (the book's 0.9).
    var momentum = 0.9
    /// RMSprop: how much of the running average of g² is kept (the book's 0.99).
    var decay = 0.99
    /// Adam: decay of the first moment (the book's 0.9).
    var beta1 = 0.9
    /// Adam: decay of the second moment (the book's 0.999).
    var beta2 = 0.999

    /// The learning-rate knob's range and step factor (×10^0.1 per step, ×10 per big step).
    static let learningRateRange: ClosedRange<Double> = 1e-5...10
    static let learningRateFactor = pow(10, 0.1)
    /// The range of momentum, decay and β1.
    static let decayRange: ClosedRange<Double> = 0...0.999
    /// The range of β2 (which lives close to 1).
    static let beta2Range: ClosedRange<Double> = 0...0.9999

    /// A fresh optimizer of this kind with these settings (its state at zero).
    func makeOptimizer() -> any Optimizer {
        switch kind {
        case .sgd: SGD(learningRate: learningRate)
        case .momentum: Momentum(learningRate: learningRate, momentum: momentum)
        case .nesterov: Nesterov(learningRate: learningRate, momentum: momentum)
        case .adagrad: AdaGrad(learningRate: learningRate)
        case .rmsprop: RMSprop(learningRate: learningRate, decay: decay)
        case .adam: Adam(learningRate: learningRate, beta1: beta1, beta2: beta2)
        }
    }

    /// The hyperparameters as (name, value), learning rate first, as exports list them.
    var hyperparameters: [(String, Double)] {
        var list = [("lr", learningRate)]
        switch kind {
        case .momentum, .nesterov: list.append(("momentum", momentum))
        case .rmsprop: list.append(("decay", decay))
        case .adam: list += [("beta1", beta1), ("beta2", beta2)]
        case .sgd, .adagrad: break
        }
        return list
    }

    /// "lr 0.1, momentum 0.9": the hyperparameters in words, for legends and readouts.
    var summary: String {
        hyperparameters.map { "\($0.0 == "lr" ? "lr" : Self.symbol($0.0)) \(NumberText.format($0.1, digits: 4))" }
            .joined(separator: ", ")
    }

    /// The short name of a hyperparameter ("β1" for beta1).
    static func symbol(_ name: String) -> String {
        switch name {
        case "beta1": "β1"
        case "beta2": "β2"
        default: name
        }
    }

    /// The knobs of this racer, in panel order: on/off, lr, then its own hyperparameters.
    /// Names are `sgd`, `sgd_lr`, `momentum_momentum`, `rmsprop_decay`, `adam_beta1`, ….
    var knobs: [Knob] {
        let key = kind.rawValue, name = kind.displayName
        var list = [
            Knob(name: key, label: name, kind: .toggle, value: enabled ? 1 : 0),
            Knob(name: key + "_lr", label: name + " lr",
                 kind: .continuous(range: Self.learningRateRange, step: Self.learningRateFactor, scale: .log),
                 value: learningRate, digits: 3),
        ]
        func linear(_ hyper: String, _ label: String, _ value: Double, _ range: ClosedRange<Double>, step: Double) -> Knob {
            Knob(name: key + "_" + hyper, label: name + " " + label,
                 kind: .continuous(range: range, step: step, scale: .linear), value: value, digits: 4)
        }
        switch kind {
        case .momentum, .nesterov: list.append(linear("momentum", "m", momentum, Self.decayRange, step: 0.01))
        case .rmsprop: list.append(linear("decay", tr("decay", "衰减率"), decay, Self.decayRange, step: 0.01))
        case .adam:
            list.append(linear("beta1", "β1", beta1, Self.decayRange, step: 0.01))
            list.append(linear("beta2", "β2", beta2, Self.beta2Range, step: 0.001))
        case .sgd, .adagrad: break
        }
        return list
    }

    /// Applies knob `name` if it is one of this racer's; returns what changed (nil: not
    /// this racer's knob, or no change). Values are clamped to the knob ranges.
    mutating func set(_ name: String, to value: Double) -> Change? {
        guard value.isFinite else { return nil }
        let key = kind.rawValue
        func clamp(_ v: Double, _ r: ClosedRange<Double>) -> Double { min(r.upperBound, max(r.lowerBound, v)) }
        let before = self
        switch name {
        case key: enabled = value != 0
        case key + "_lr": learningRate = clamp(value, Self.learningRateRange)
        case key + "_momentum" where kind == .momentum || kind == .nesterov: momentum = clamp(value, Self.decayRange)
        case key + "_decay" where kind == .rmsprop: decay = clamp(value, Self.decayRange)
        case key + "_beta1" where kind == .adam: beta1 = clamp(value, Self.decayRange)
        case key + "_beta2" where kind == .adam: beta2 = clamp(value, Self.beta2Range)
        default: return nil
        }
        guard self != before else { return nil }
        return name == key ? .toggled : .hyperparameter
    }

    /// What a knob changed.
    enum Change { case toggled, hyperparameter }

    /// Copies the hyperparameters into a running optimizer of the same kind (from its next
    /// update on; its state is kept).
    func apply(to optimizer: any Optimizer) {
        optimizer.learningRate = learningRate
        switch kind {
        case .momentum, .nesterov: optimizer.setHyperparameter("momentum", momentum)
        case .rmsprop: optimizer.setHyperparameter("decay", decay)
        case .adam:
            optimizer.setHyperparameter("beta1", beta1)
            optimizer.setHyperparameter("beta2", beta2)
        case .sgd, .adagrad: break
        }
    }

    /// The racer's colour on every chart of the lesson (the same in both races).
    var color: Color { Self.colors[OptimizerKind.allCases.firstIndex(of: kind) ?? 0] }
    /// Its marker index (`Symbols.marker`): ● ■ ▲ ◆ ✚ ✖ in Unicode, o x + * # @ in ASCII.
    var markerIndex: Int { OptimizerKind.allCases.firstIndex(of: kind) ?? 0 }

    /// SGD blue, Momentum orange, Nesterov green, AdaGrad purple, RMSprop cyan, Adam red.
    static let colors: [Color] = [
        Palette.seriesColor(0), Palette.seriesColor(1), Palette.seriesColor(2),
        Palette.seriesColor(3), Palette.seriesColor(5), Palette.seriesColor(6),
    ]
}
