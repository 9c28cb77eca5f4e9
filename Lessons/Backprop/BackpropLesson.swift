import LessonKit

/// The `backprop` lesson: computation graphs walked forward and backward (the book's apple
/// and orange shopping graphs), a sigmoid node expanded and collapsed, affine → softmax-with-
/// loss built from scalars, and a gradient check of a small network.
public struct BackpropLesson: Lesson {
    public let id = "backprop"
    public let title = "Backprop on a computation graph"
    public let summary = "Forward values, backward gradients node by node; the chain rule checked numerically"

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        let apples = AppleGraphCell()
        return [
            Page(title: "Computation graphs", text: BackpropText.graph, cell: apples,
                 challenges: [BackpropChallenges.doubleAppleGradient], prediction: BackpropChallenges.appleVersusCount),
            Page(title: "The chain rule, node by node", text: BackpropText.chainRule, cell: apples),
            Page(title: "Sigmoid: four pieces or one node", text: BackpropText.sigmoid, cell: SigmoidCell()),
            Page(title: "Affine and softmax-with-loss", text: BackpropText.softmax, cell: AffineSoftmaxCell()),
            Page(title: "Gradient check", text: BackpropText.gradientCheck, cell: GradientCheckCell(),
                 challenges: [BackpropChallenges.exactAgreement]),
        ]
    }
}
