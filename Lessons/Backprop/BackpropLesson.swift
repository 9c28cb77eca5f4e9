import Charts
import LessonKit

/// The `backprop` lesson: computation graphs walked forward and backward (the book's apple
/// and orange shopping graphs), a sigmoid node expanded and collapsed, affine → softmax-with-
/// loss built from scalars, and a gradient check of a small network.
public struct BackpropLesson: Lesson {
    public let id = "backprop"
    public var title: String { tr("Backprop on a computation graph", "计算图上的反向传播") }
    public var summary: String {
        tr("Forward values, backward gradients node by node; the chain rule checked numerically",
           "逐个节点正向求值、反向求梯度；用数值微分验证链式法则")
    }

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        let apples = AppleGraphCell()
        return [
            Page(title: Localized(en: "Computation graphs", zh: "计算图"), text: BackpropText.graph, cell: apples,
                 challenges: [BackpropChallenges.doubleAppleGradient], prediction: BackpropChallenges.appleVersusCount),
            Page(title: Localized(en: "The chain rule, node by node", zh: "链式法则：一次一个节点"), text: BackpropText.chainRule, cell: apples),
            Page(title: Localized(en: "Sigmoid: four pieces or one node", zh: "sigmoid：四个部件还是一个节点"),
                 text: BackpropText.sigmoid, cell: SigmoidCell()),
            Page(title: Localized(en: "Affine and softmax-with-loss", zh: "Affine 与 Softmax-with-Loss"),
                 text: BackpropText.softmax, cell: AffineSoftmaxCell()),
            Page(title: Localized(en: "Gradient check", zh: "梯度确认"), text: BackpropText.gradientCheck, cell: GradientCheckCell(),
                 challenges: [BackpropChallenges.exactAgreement]),
        ]
    }
}
