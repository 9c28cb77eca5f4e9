import Charts
import LessonKit

/// The `perceptron` lesson (book ch. 2): a perceptron as AND, NAND and OR with its weights on
/// knobs and its decision line on the unit square; why no single line computes XOR; XOR as
/// two layers; Rosenblatt's learning rule finding the weights by itself.
public struct PerceptronLesson: Lesson {
    public let id = "perceptron"
    public var title: String { tr("Perceptron gates", "感知机逻辑门") }
    public var summary: String {
        tr("AND, NAND and OR from one perceptron, XOR from two layers, and the learning rule",
           "用一个感知机做出 AND、NAND 和 OR，用两层做出 XOR，以及感知机的学习规则")
    }

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: Localized(en: "A perceptron is a line", zh: "感知机是一条直线"), text: PerceptronText.gates, cell: GateCell(),
                 challenges: [PerceptronChallenges.nand, PerceptronChallenges.orBias]),
            Page(title: Localized(en: "XOR: one line is not enough", zh: "XOR：一条直线不够"), text: PerceptronText.xorTry, cell: XORTryCell()),
            Page(title: Localized(en: "XOR from two layers", zh: "用两层做出 XOR"), text: PerceptronText.xorNetwork, cell: XORNetworkCell()),
            Page(title: Localized(en: "Learning the weights", zh: "学习权重"), text: PerceptronText.learning, cell: LearningCell(seed: context.seed),
                 challenges: [PerceptronChallenges.fastNAND], prediction: PerceptronChallenges.xorConverges),
        ]
    }
}
