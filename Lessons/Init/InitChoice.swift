import Charts
import Foundation
import LessonKit
import NumericCore

/// The activations of the book's experiment (ch. 6.2): sigmoid, tanh, ReLU.
enum StackActivation: String, CaseIterable {
    case sigmoid, tanh, relu

    static var names: [String] { allCases.map(\.rawValue) }
    init(index: Double) {
        let i = Int(index.rounded())
        self = Self.allCases[max(0, min(Self.allCases.count - 1, i))]
    }
    var index: Double { Double(Self.allCases.firstIndex(of: self) ?? 0) }
    var activation: Activation {
        switch self {
        case .sigmoid: .sigmoid
        case .tanh: .tanh
        case .relu: .relu
        }
    }
    var label: String { activation.name }
}

/// The weight scale: the book's four (σ = 1, σ = 0.01, Xavier √(1/n), He √(2/n)) or any σ
/// set on the continuous `sigma` knob (`custom`).
enum InitChoice: String, CaseIterable {
    case one = "1"
    case small = "0.01"
    case xavier
    case he
    case custom = "sigma"

    static var names: [String] { allCases.map(\.rawValue) }
    init(index: Double) {
        let i = Int(index.rounded())
        self = Self.allCases[max(0, min(Self.allCases.count - 1, i))]
    }
    var index: Double { Double(Self.allCases.firstIndex(of: self) ?? 0) }

    /// σ for a layer of `fanIn` inputs (`custom` uses `sigma`).
    func sigma(fanIn: Int, custom sigma: Double) -> Double {
        switch self {
        case .one: 1
        case .small: 0.01
        case .xavier: (1 / Double(fanIn)).squareRoot()
        case .he: (2 / Double(fanIn)).squareRoot()
        case .custom: sigma
        }
    }

    /// "σ = 1", "Xavier σ = 0.1", "σ = 0.37".
    func label(fanIn: Int, custom sigma: Double) -> String {
        let s = "σ = " + NumberText.format(self.sigma(fanIn: fanIn, custom: sigma), digits: 3)
        switch self {
        case .xavier: return "Xavier " + s
        case .he: return "He " + s
        default: return s
        }
    }
}

/// The knobs the histogram and gradient cells share: activation, init, σ, depth. Setting
/// `sigma` switches `init` to `sigma` (custom); choosing a named init moves `sigma` to its σ.
struct StackKnobs: Equatable {
    var activation: StackActivation = .sigmoid
    var initChoice: InitChoice = .one
    var sigma = 1.0
    var depth = 5

    static let sigmaRange: ClosedRange<Double> = 1e-4...100
    static let depthRange = 2...10
    /// Units per layer (and inputs): the book's 100.
    static let width = 100

    var effectiveSigma: Double { initChoice.sigma(fanIn: Self.width, custom: sigma) }

    var knobs: [Knob] {
        [
            Knob(name: "activation", label: tr("activation", "激活函数"), kind: .choice(StackActivation.names), value: activation.index),
            Knob(name: "init", label: tr("initial weights", "权重初始值"), kind: .choice(InitChoice.names), value: initChoice.index),
            Knob(name: "sigma", label: "σ", kind: .continuous(range: Self.sigmaRange, step: pow(10, 0.1), scale: .log),
                 value: effectiveSigma, digits: 3),
            Knob(name: "depth", label: tr("layers", "层数"), kind: .integer(range: Self.depthRange, step: 1), value: Double(depth)),
        ]
    }

    /// Applies a knob; returns whether it was one of these.
    mutating func set(_ name: String, to value: Double) -> Bool {
        guard value.isFinite else { return name == "activation" || name == "init" || name == "sigma" || name == "depth" }
        switch name {
        case "activation": activation = StackActivation(index: value)
        case "init":
            initChoice = InitChoice(index: value)
            if initChoice != .custom { sigma = initChoice.sigma(fanIn: Self.width, custom: sigma) }
        case "sigma":
            sigma = min(Self.sigmaRange.upperBound, max(Self.sigmaRange.lowerBound, value))
            initChoice = .custom
        case "depth": depth = max(Self.depthRange.lowerBound, min(Self.depthRange.upperBound, Int(value.rounded())))
        default: return false
        }
        return true
    }
}
