import LessonKit

/// The `perceptron` lesson (book ch. 2): a perceptron as AND, NAND and OR with its weights on
/// knobs and its decision line on the unit square; why no single line computes XOR; XOR as
/// two layers; Rosenblatt's learning rule finding the weights by itself.
public struct PerceptronLesson: Lesson {
    public let id = "perceptron"
    public let title = "Perceptron gates"
    public let summary = "AND, NAND and OR from one perceptron, XOR from two layers, and the learning rule"

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: "A perceptron is a line", text: PerceptronText.gates, cell: GateCell(),
                 challenges: [PerceptronChallenges.nand, PerceptronChallenges.orBias]),
            Page(title: "XOR: one line is not enough", text: PerceptronText.xorTry, cell: XORTryCell()),
            Page(title: "XOR from two layers", text: PerceptronText.xorNetwork, cell: XORNetworkCell()),
            Page(title: "Learning the weights", text: PerceptronText.learning, cell: LearningCell(seed: context.seed),
                 challenges: [PerceptronChallenges.fastNAND], prediction: PerceptronChallenges.xorConverges),
        ]
    }
}
