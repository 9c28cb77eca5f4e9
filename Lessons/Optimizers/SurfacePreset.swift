import Charts
import NumericCore

/// The surfaces a learner can race on, by their knob names (`book`, `rosenbrock`, `beale`,
/// `saddle`), with the settings the race loads when the surface is chosen: the start, the
/// step count and a learning rate per optimizer.
///
/// On the book's bowl these are the book's ch. 6 settings (30 steps; SGD 0.95, Momentum 0.1,
/// AdaGrad 1.5, Adam 0.3) and the core's `surfaceRaceLearningRate` for Nesterov and RMSprop.
/// The other surfaces are steeper, so the book's rates would fly off at once: their rates
/// and step counts are nnbook's choices, picked (with `Scripts/reference/optimizers_lesson.py`)
/// so that every optimizer stays on the picture and the race shows a difference.
enum SurfacePreset: Int, CaseIterable {
    case book, rosenbrock, beale, saddle

    /// The knob's option names, in order.
    static let names = allCases.map(\.name)

    /// The knob name.
    var name: String {
        switch self {
        case .book: "book"
        case .rosenbrock: "rosenbrock"
        case .beale: "beale"
        case .saddle: "saddle"
        }
    }

    /// The surface's name on its chart, in the current language (the core's
    /// `Surface.displayName` is the English one).
    var displayName: String {
        switch self {
        case .book: tr("x²/20 + y² (the book's)", "x²/20 + y²（书中的）")
        case .rosenbrock: "Rosenbrock"
        case .beale: "Beale"
        case .saddle: tr("Saddle", "鞍面")
        }
    }

    /// The core's surface.
    var surface: Surface {
        switch self {
        case .book: .elongatedBowl
        case .rosenbrock: .rosenbrock
        case .beale: .beale
        case .saddle: .saddle
        }
    }

    /// The choice at a knob value (the index), clamped.
    init(index: Double) {
        let i = index.isFinite ? Int(max(0, min(Double(Self.allCases.count - 1), index.rounded()))) : 0
        self = Self(rawValue: i) ?? .book
    }

    /// Steps the race runs: 30 on the book's bowl (the book's), more on the harder surfaces.
    var steps: Int {
        switch self {
        case .book, .saddle: 30
        case .rosenbrock: 300
        case .beale: 100
        }
    }

    /// The learning rate `kind` starts with on this surface.
    func learningRate(_ kind: OptimizerKind) -> Double {
        switch self {
        case .book:
            return kind.surfaceRaceLearningRate
        case .rosenbrock:
            switch kind {
            case .sgd: return 0.001
            case .momentum, .nesterov: return 0.0005
            case .adagrad: return 0.5
            case .rmsprop: return 0.05
            case .adam: return 0.2
            }
        case .beale:
            switch kind {
            case .sgd: return 0.01
            case .momentum, .nesterov: return 0.005
            case .adagrad: return 0.5
            case .rmsprop: return 0.05
            case .adam: return 0.1
            }
        case .saddle:
            switch kind {
            case .sgd: return 0.1
            case .momentum, .nesterov, .rmsprop: return 0.02
            case .adagrad: return 0.2
            case .adam: return 0.05
            }
        }
    }

    /// Every optimizer, switched on, with this surface's learning rate and the book's other
    /// hyperparameters (momentum 0.9, decay 0.99, β1 0.9, β2 0.999).
    var racers: [RacerSettings] {
        OptimizerKind.allCases.map { RacerSettings(kind: $0, learningRate: learningRate($0)) }
    }

    /// A point is "diverged" once a coordinate is not finite or lies more than 1000 times the
    /// view box's half-width (or half-height) from its centre: far beyond anything drawn.
    func hasEscaped(_ p: SIMD2<Double>) -> Bool {
        guard p.x.isFinite && p.y.isFinite else { return true }
        let s = surface
        let cx = (s.xRange.lowerBound + s.xRange.upperBound) / 2, hx = (s.xRange.upperBound - s.xRange.lowerBound) / 2
        let cy = (s.yRange.lowerBound + s.yRange.upperBound) / 2, hy = (s.yRange.upperBound - s.yRange.lowerBound) / 2
        return abs(p.x - cx) > 1000 * hx || abs(p.y - cy) > 1000 * hy
    }
}
