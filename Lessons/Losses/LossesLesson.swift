import Charts
import LessonKit

/// The `losses` lesson (book ch. 4): MSE and cross-entropy on a 10-class prediction, the
/// numerical derivative and its round-off, gradient descent on x₀² + x₁² with a live
/// learning rate.
public struct LossesLesson: Lesson {
    public let id = "losses"
    public var title: String { tr("Losses and gradient descent", "损失函数与梯度下降") }
    public var summary: String {
        tr("MSE and cross-entropy, numerical derivatives, gradient descent with a live learning rate",
           "均方误差与交叉熵误差、数值微分、学习率可实时调节的梯度下降")
    }

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: Localized(en: "Measuring how wrong: MSE and cross-entropy", zh: "衡量错得多远：均方误差与交叉熵误差"),
                 text: LossesText.losses, cell: LossCell(), challenges: [LossesChallenges.lowCrossEntropy]),
            Page(title: Localized(en: "The numerical derivative", zh: "数值微分"), text: LossesText.derivative, cell: SlopeCell()),
            Page(title: Localized(en: "Gradient descent", zh: "梯度下降"), text: LossesText.descent, cell: DescentCell(),
                 challenges: [LossesChallenges.largestRate], prediction: LossesChallenges.growOrShrink),
        ]
    }
}
