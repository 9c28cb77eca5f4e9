import LessonKit
import NumericCore

/// What the mini-batch and decay races share: the first `trainCount` training images
/// (synthetic digits unless `--data DIR` gives MNIST), the net 784 → 32 → 10 (ReLU, He
/// init) every run starts from, loaded on first use so opening the lesson stays quick.
final class DigitsData {
    static let trainCount = 1024
    static let sizes = [784, 32, 10]

    let context: LessonContext
    let trainCount: Int
    private var loaded: (source: DigitsSource, train: Dataset)?

    init(context: LessonContext, trainCount: Int = DigitsData.trainCount) {
        self.context = context
        self.trainCount = trainCount
    }

    var isLoaded: Bool { loaded != nil }

    /// The data, loaded on first use.
    var source: DigitsSource { load().source }
    /// The training images the races use.
    var train: Dataset { load().train }

    @discardableResult
    private func load() -> (source: DigitsSource, train: Dataset) {
        if let loaded { return loaded }
        let source = DigitsSource.load(mnistDirectory: context.dataDirectory, synthetic: (trainCount, 100), seed: context.seed)
        let made = (source, source.split.train.prefix(min(trainCount, source.split.train.count)))
        loaded = made
        return made
    }

    /// The net every run of a race starts from (weights from the seed).
    func template() -> Sequential {
        Sequential.mlp(sizes: Self.sizes, activation: .relu, init: .he, seed: context.seed)
    }

    /// A new run from the template.
    func makeRun(template: Sequential, batchSize: Int, schedule: LearningRateSchedule, initialRate: Double) -> EpochRun {
        EpochRun(template: template, sizes: Self.sizes, train: train, batchSize: batchSize, schedule: schedule,
                 initialRate: initialRate, seed: context.seed &+ 7)
    }

    /// "synthetic digits" / "合成数字" (or "MNIST"), with the MNIST warning first if any.
    var sourceText: String {
        var text = DataNotice.sourceName(source.sourceName)
        if let problem = source.problem { text = "⚠ " + DataNotice.mnistNotLoaded(reason: problem) + " · " + text }
        return text
    }
}
