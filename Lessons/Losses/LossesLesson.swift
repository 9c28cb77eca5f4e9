import LessonKit

/// The `losses` lesson (book ch. 4): MSE and cross-entropy on a 10-class prediction, the
/// numerical derivative and its round-off, gradient descent on x₀² + x₁² with a live
/// learning rate.
public struct LossesLesson: Lesson {
    public let id = "losses"
    public let title = "Losses and gradient descent"
    public let summary = "MSE and cross-entropy, numerical derivatives, gradient descent with a live learning rate"

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: "Measuring how wrong: MSE and cross-entropy", text: LossesText.losses, cell: LossCell(),
                 challenges: [LossesChallenges.lowCrossEntropy]),
            Page(title: "The numerical derivative", text: LossesText.derivative, cell: SlopeCell()),
            Page(title: "Gradient descent", text: LossesText.descent, cell: DescentCell(),
                 challenges: [LossesChallenges.largestRate], prediction: LossesChallenges.growOrShrink),
        ]
    }
}
