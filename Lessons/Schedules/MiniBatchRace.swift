import LessonKit
import NumericCore

/// Page 3's race: the same net trained with mini-batches of 1 (SGD on one image), 32, 128
/// and the whole training set, the same learning rate and the same number of epochs. Runs
/// are stepped a slice at a time, always the one furthest behind in epochs, so they move
/// across the chart together.
final class MiniBatchRace: EpochRace {
    static let learningRate = 0.05
    static let epochs = 3

    var learningRate: Double

    init(data: DigitsData, learningRate: Double = MiniBatchRace.learningRate, epochs: Int = MiniBatchRace.epochs) {
        self.learningRate = learningRate
        super.init(data: data, epochs: epochs)
    }

    /// The four batch sizes: 1, 32, 128 and all training images.
    var batchSizes: [Int] { [1, 32, 128, data.trainCount] }

    override func makeRuns(template: Sequential) -> [EpochRun] {
        batchSizes.map { data.makeRun(template: template, batchSize: $0, schedule: .constant, initialRate: learningRate) }
    }

    /// A new learning rate for every run from its next iteration, marked on the curves.
    func setLearningRate(_ rate: Double) {
        guard rate != learningRate else { return }
        learningRate = rate
        setRates(rate, mark: "lr=" + NumberText.format(rate, digits: 3))
    }

    /// The batch size whose run has the lowest training loss after epoch `epoch` (1-based),
    /// or nil until every live run has reached it.
    func lowest(after epoch: Int) -> Int? {
        guard isBuilt else { return nil }
        let live = runs.indices.filter { !runs[$0].hasDiverged }
        guard !live.isEmpty, live.allSatisfy({ runs[$0].epochLosses.count > epoch }) else { return nil }
        return live.min { runs[$0].epochLosses[epoch] < runs[$1].epochLosses[epoch] }
    }
}
