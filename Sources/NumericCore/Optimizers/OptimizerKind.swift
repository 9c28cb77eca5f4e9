/// The optimizers of the book's `common/optimizer.py`, for menus and command lines:
/// a display name, the book's default learning rate, and a factory.
public enum OptimizerKind: String, CaseIterable, Sendable {
    case sgd, momentum, nesterov, adagrad, rmsprop, adam

    /// The name shown to the learner ("SGD", "AdaGrad", ...).
    public var displayName: String {
        switch self {
        case .sgd: "SGD"
        case .momentum: "Momentum"
        case .nesterov: "Nesterov"
        case .adagrad: "AdaGrad"
        case .rmsprop: "RMSprop"
        case .adam: "Adam"
        }
    }

    /// The book's default learning rate (0.001 for Adam, 0.01 for the others).
    public var defaultLearningRate: Double {
        self == .adam ? 0.001 : 0.01
    }

    /// A new optimizer of this kind with the book's default hyperparameters and the given
    /// learning rate (the book's default when nil).
    public func make(learningRate: Double? = nil) -> any Optimizer {
        let lr = learningRate ?? defaultLearningRate
        switch self {
        case .sgd: return SGD(learningRate: lr)
        case .momentum: return Momentum(learningRate: lr)
        case .nesterov: return Nesterov(learningRate: lr)
        case .adagrad: return AdaGrad(learningRate: lr)
        case .rmsprop: return RMSprop(learningRate: lr)
        case .adam: return Adam(learningRate: lr)
        }
    }

    /// The learning rate of the book's ch. 6 race on x²/20 + y² (`optimizer_compare_naive.py`):
    /// SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3. The book races only those four;
    /// Nesterov gets Momentum's 0.1 so the two can be compared, and RMSprop 0.1, whose
    /// first step moves about 1 along each axis (nnbook's choices; with them AdaGrad
    /// still ends closest to the minimum, as in the book's figure).
    public var surfaceRaceLearningRate: Double {
        switch self {
        case .sgd: 0.95
        case .momentum, .nesterov, .rmsprop: 0.1
        case .adagrad: 1.5
        case .adam: 0.3
        }
    }

    /// A new optimizer with the ch. 6 race settings (`surfaceRaceLearningRate`, the other
    /// hyperparameters at the book's defaults: momentum 0.9, decay 0.99, β1 0.9, β2 0.999).
    public func makeForSurfaceRace() -> any Optimizer {
        make(learningRate: surfaceRaceLearningRate)
    }
}
