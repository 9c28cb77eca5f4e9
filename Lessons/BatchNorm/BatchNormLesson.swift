import Charts
import LessonKit
import NumericCore

/// The `batchnorm` lesson: the batch-norm transform on one mini-batch (γ, β, ε), training vs
/// inference with running averages, and the book's experiment (ch. 6.3) — 784 → 100 ×5 → 10
/// with and without batch norm over 16 init scales, live, and one scale up close.
public struct BatchNormLesson: Lesson {
    public let id = "batchnorm"
    public var title: String { tr("Batch normalization", "批归一化") }
    public var summary: String {
        tr("Normalize each unit over the mini-batch: γ and β, running averages, training at any init scale",
           "在小批量上对每个神经元做归一化：γ 与 β、移动平均，以及在任何初始值尺度下都能训练")
    }

    /// Training images (the book's first 1000) and the epochs of the experiment.
    let trainSize: Int
    let epochs: Int

    public init() { self.init(trainSize: 1000, epochs: 20) }

    /// A lesson on fewer images or epochs (tests use small ones).
    init(trainSize: Int, epochs: Int) {
        self.trainSize = trainSize
        self.epochs = epochs
    }

    public func makePages(context: LessonContext) -> [Page] {
        let data = DigitsSource.load(mnistDirectory: context.dataDirectory, synthetic: (trainSize, 100), seed: context.seed)
        let train = data.split.train.prefix(trainSize)
        let source = DataSource(name: data.sourceName, problem: data.problem)
        let transform = MiniBatchTransform(images: train.images, seed: context.seed)
        let grid = ScaleGrid(images: train.images, labels: train.labels, seed: context.seed, epochs: epochs)
        let pair = ScalePair(sigma: 0.01, images: train.images, labels: train.labels, seed: context.seed, epochs: epochs)
        return [
            Page(title: Localized(en: "Normalizing a mini-batch", zh: "对小批量做归一化"), text: BatchNormText.transform,
                 cell: TransformCell(model: transform), challenges: [BatchNormChallenges.shiftAndScale]),
            Page(title: Localized(en: "Training vs inference", zh: "训练与推理"), text: BatchNormText.inference,
                 cell: RunningCell(model: transform), challenges: [BatchNormChallenges.runningCaughtUp]),
            Page(title: Localized(en: "The experiment: 16 scales", zh: "实验：16 种尺度"), text: BatchNormText.grid,
                 cell: GridCell(grid: grid, source: source), prediction: BatchNormChallenges.howManyScales),
            Page(title: Localized(en: "One scale up close", zh: "放大看一种尺度"), text: BatchNormText.pair,
                 cell: PairCell(pair: pair, source: source), challenges: [BatchNormChallenges.plainLearns]),
        ]
    }

    /// Applies the settings, trains the one-σ pair (`--steps` iterations, default its whole
    /// run: 20 epochs), draws 30 mini-batches through the transform, trains the 16-scale grid
    /// only when `grid_epochs` is set (it is 32 nets: about a minute), and exports the pair
    /// first (`accuracy`: epoch, iteration, train_acc_bn, train_acc_plain), then the grid,
    /// the transform and the running averages.
    public func run(_ request: RunRequest) throws -> RunOutput {
        let pages = makePages(context: request.context)
        let cells = liveCells(of: pages)
        try apply(request.settings, to: cells)
        let pair = cells.compactMap { $0 as? PairCell }.first!
        let grid = cells.compactMap { $0 as? GridCell }.first!
        let transform = cells.compactMap { $0 as? TransformCell }.first!
        let trainsGrid = request.settings.contains { $0.name == "grid_epochs" }
        let pairSteps = pair.headlessStepCount(requested: request.steps)
        let gridSteps = trainsGrid ? grid.grid.totalIterations : 0
        let total = pairSteps + gridSteps
        pair.stepHeadless(pairSteps) { done, _ in request.progress?(done, total) }
        if trainsGrid { grid.stepHeadless(gridSteps) { done, _ in request.progress?(pairSteps + done, total) } }
        transform.stepHeadless(29)
        return RunOutput(lesson: id, cells: [pair.export(), grid.export()] + cells.filter { $0 !== pair && $0 !== grid }.map { $0.export() })
    }

    public func challengeIDs() -> [String] { BatchNormChallenges.ids }
}

/// Where the digits come from, kept untranslated (`DataNotice` words it when shown).
struct DataSource {
    let name: String
    let problem: String?

    /// "synthetic digits" / "MNIST", then the reason MNIST was not loaded, if any.
    var note: String {
        var text = DataNotice.sourceName(name)
        if let problem { text = "⚠ " + DataNotice.mnistNotLoaded(reason: problem) + " · " + text }
        return text
    }
}
