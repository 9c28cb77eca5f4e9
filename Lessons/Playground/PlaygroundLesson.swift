import Charts
import LessonKit
import NumericCore

/// The `playground` lesson (Ng course 1, weeks 3–4; TensorFlow Playground in a terminal):
/// logistic regression vs a small hidden layer on Ng's flower, what each hidden neuron has
/// learned, and one wide layer vs three narrow ones on spirals.
public struct PlaygroundLesson: Lesson {
    public let id = "playground"
    public var title: String { tr("Shallow and deep nets on 2-D data", "二维数据上的浅层与深层网络") }
    public var summary: String {
        tr("A terminal TensorFlow Playground: Ng's flower, logistic regression vs 4 tanh units, each neuron's map, wide vs deep",
           "终端里的 TensorFlow Playground：Ng 的花朵数据，逻辑回归对比 4 个 tanh 神经元，每个神经元的区域，宽与深")
    }

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        var neurons = PlaygroundRun.Config()
        neurons.dataset = .circles
        neurons.units = 2
        neurons.learningRate = 0.5
        neurons.initScale = 0.5
        return [
            Page(title: Localized(en: "One neuron vs one hidden layer", zh: "一个神经元与一个隐藏层"), text: PlaygroundText.flower,
                 cell: PlaygroundCell(run: PlaygroundRun(seed: context.seed)),
                 challenges: [PlaygroundChallenges.flower], prediction: PlaygroundChallenges.logistic),
            Page(title: Localized(en: "What each neuron learned", zh: "每个神经元学到了什么"), text: PlaygroundText.neurons,
                 cell: PlaygroundCell(run: PlaygroundRun(config: neurons, seed: context.seed), unit: 1, exportName: "neurons"),
                 challenges: [PlaygroundChallenges.circles]),
            Page(title: Localized(en: "Wide or deep?", zh: "宽还是深？"), text: PlaygroundText.depth,
                 cell: DepthCell(seed: context.seed)),
        ]
    }

    /// The ids without building the pages.
    public func challengeIDs() -> [String] { [PlaygroundChallenges.flower.id, PlaygroundChallenges.circles.id] }
}
