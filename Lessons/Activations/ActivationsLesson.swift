import Charts
import LessonKit

/// The `activations` lesson: step, sigmoid, tanh, ReLU, leaky ReLU and identity with their
/// derivatives; why depth needs non-linearity; softmax with a temperature.
public struct ActivationsLesson: Lesson {
    public let id = "activations"
    public var title: String { tr("Activation functions", "激活函数") }
    public var summary: String {
        tr("Step, sigmoid, tanh, ReLU and softmax: curves, derivatives, why non-linearity",
           "阶跃、sigmoid、tanh、ReLU 与 softmax：曲线、导数，以及为什么需要非线性")
    }

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: Localized(en: "The switch inside a neuron", zh: "神经元里的开关"), text: ActivationsText.curves, cell: CurveCell()),
            Page(title: Localized(en: "Derivatives and saturation", zh: "导数与饱和"), text: ActivationsText.saturation, cell: DerivativeCell(),
                 challenges: [ActivationsChallenges.sigmoidPeak, ActivationsChallenges.leakySlope],
                 prediction: ActivationsChallenges.largestAtMinus4),
            Page(title: Localized(en: "Why non-linearity matters", zh: "为什么需要非线性"), text: ActivationsText.nonlinearity, cell: DepthCell()),
            Page(title: Localized(en: "Softmax", zh: "softmax"), text: ActivationsText.softmax, cell: SoftmaxCell(),
                 challenges: [ActivationsChallenges.firstLargest, ActivationsChallenges.sharpen]),
        ]
    }
}
