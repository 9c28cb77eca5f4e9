import Charts
import LessonKit
import NumericCore

/// The `mlp` lesson: the book's two-layer net (784-50-10, ch. 4) trained live on digits —
/// the forward pass, the loss and accuracy curves, learning-rate effects, and the test digits.
public struct MLPLesson: Lesson {
    public let id = "mlp"
    public var title: String { tr("Training a two-layer net", "训练两层神经网络") }
    public var summary: String {
        tr("784-50-10 on digits: live loss and accuracy, learning rate, batch and hidden-size knobs",
           "784-50-10 网络识别数字：实时的损失与精度，学习率、批大小和隐藏层大小旋钮")
    }

    /// The synthetic dataset sizes (train, test) used when no MNIST is given.
    let sizes: (train: Int, test: Int)
    /// The net's settings at the start (the book's by default).
    let config: NetConfig

    public init() { self.init(sizes: Self.syntheticSizes, config: NetConfig()) }

    /// The synthetic set sizes used when no MNIST is given: 5000 training, 1000 test images.
    static let syntheticSizes = (train: 5000, test: 1000)

    /// A lesson on smaller data or another starting net (tests use small ones).
    init(sizes: (train: Int, test: Int), config: NetConfig) {
        self.sizes = sizes
        self.config = config
    }

    public func makePages(context: LessonContext) -> [Page] {
        let data = DigitsSource.load(mnistDirectory: context.dataDirectory, synthetic: sizes, seed: context.seed)
        let run = TrainingRun(data: data, config: config, seed: context.seed)
        return [
            Page(title: Localized(en: "The two-layer net", zh: "两层神经网络"), text: MLPText.idea, cell: ForwardCell(run: run)),
            Page(title: Localized(en: "Training live", zh: "实时训练"), text: MLPText.training, cell: TrainingCell(run: run),
                 challenges: [MLPChallenges.ninetyPercent]),
            Page(title: Localized(en: "Learning rate", zh: "学习率"), text: MLPText.learningRate, cell: RaceCell(data: data, seed: context.seed),
                 challenges: [MLPChallenges.allThreeLearn], prediction: MLPChallenges.lossAtHundred),
            Page(title: Localized(en: "Accuracy on test digits", zh: "测试数字上的精度"), text: MLPText.accuracy, cell: DigitPanelCell(run: run)),
        ]
    }

    /// Applies the settings to every cell, trains the shared net `request.steps` iterations
    /// (default 200; fewer if it stops), races the three learning rates (page 3) as many
    /// iterations each, and exports the training curves, the race's three loss curves, the
    /// test-digit panel and one forward pass — so every parameter `--set` accepts changes the
    /// output (lr_a, lr_b and lr_c are the race's).
    public func run(_ request: RunRequest) throws -> RunOutput {
        let pages = makePages(context: request.context)
        let cells = liveCells(of: pages)
        try apply(request.settings, to: cells)
        guard let training = cells.compactMap({ $0 as? TrainingCell }).first else { return RunOutput(lesson: id, cells: []) }
        let count = training.headlessStepCount(requested: request.steps)
        let race = cells.compactMap { $0 as? RaceCell }.first
        // Progress over both: the training's steps, then the race's (three runs of `count`).
        let total = race == nil ? count : 4 * count
        training.stepHeadless(count) { done, _ in request.progress?(done, total) }
        if let race {
            var done = count
            while !race.isFinished && race.runs.contains(where: { !$0.isStopped && $0.iteration < count }) {
                race.step()
                done += 1
                request.progress?(done, total)
            }
        }
        return RunOutput(lesson: id, cells: [training.export()] + cells.filter { $0 !== training }.map { $0.export() })
    }
}
