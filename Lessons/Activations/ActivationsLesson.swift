import LessonKit

/// The `activations` lesson: step, sigmoid, tanh, ReLU, leaky ReLU and identity with their
/// derivatives; why depth needs non-linearity; softmax with a temperature.
public struct ActivationsLesson: Lesson {
    public let id = "activations"
    public let title = "Activation functions"
    public let summary = "Step, sigmoid, tanh, ReLU and softmax: curves, derivatives, why non-linearity"

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: "The switch inside a neuron", text: ActivationsText.curves, cell: CurveCell()),
            Page(title: "Derivatives and saturation", text: ActivationsText.saturation, cell: DerivativeCell(),
                 challenges: [ActivationsChallenges.sigmoidPeak, ActivationsChallenges.leakySlope],
                 prediction: ActivationsChallenges.largestAtMinus4),
            Page(title: "Why non-linearity matters", text: ActivationsText.nonlinearity, cell: DepthCell()),
            Page(title: "Softmax", text: ActivationsText.softmax, cell: SoftmaxCell(),
                 challenges: [ActivationsChallenges.firstLargest, ActivationsChallenges.sharpen]),
        ]
    }
}
