import Charts
import Foundation
import LessonKit
import NumericCore

/// Page 5: the book's SimpleConvNet trained live on digits (synthetic, or MNIST with
/// `--data`): its 30 first-layer filters before and after, the feature maps of a chosen test
/// digit, and the loss and accuracy curves. Playing trains as many iterations as fit in
/// each frame's budget.
final class TrainingCell: LiveCell, HeadlessStepping {
    var title: String { tr("SimpleConvNet learning its filters", "SimpleConvNet 学习自己的滤波器") }

    /// What the cell draws when it has room for one view only.
    enum View: String, CaseIterable {
        case filters = "filters now", initialFilters = "filters before", features = "feature maps", curves = "curves"
    }

    /// Training-set sizes the learner can choose (the book uses all 60 000; smaller trains live).
    static let trainSizes = [300, 1000, 3000]

    private let seed: UInt64
    private let dataDirectory: String?
    private(set) var learningRate = 0.001
    private(set) var batchSize = 100
    private(set) var trainSize = 1000
    private(set) var epochs = 10
    private(set) var view = View.filters
    private(set) var digit = 2
    private(set) var filterIndex = 0
    /// Why the real data could not be used, if `--data` was given and failed.
    private(set) var dataProblem: String?

    private var data: DataSplit?
    private var run: ConvNetTraining?

    /// The book's net, unless a test asks for fewer filters / hidden units.
    private let architecture: (filters: Int, hidden: Int)
    /// Test images (the accuracy after each epoch uses up to 500 of them and of the
    /// training images).
    let testSize: Int

    /// The cell for the lesson; tests (debug builds are slow) may ask for a smaller net and
    /// test set.
    init(seed: UInt64 = 1, dataDirectory: String? = nil, filters: Int = 30, hidden: Int = 100, testSize: Int = 500) {
        self.seed = seed
        self.dataDirectory = dataDirectory
        architecture = (filters, hidden)
        self.testSize = testSize
    }

    /// The data (generated or loaded on first use): `trainSize` training images and the
    /// test set.
    var dataset: DataSplit {
        if let data, data.train.count == trainSize { return data }
        let source = DigitsSource.load(mnistDirectory: dataProblem == nil ? dataDirectory : nil,
                                       synthetic: (trainSize, testSize), seed: seed,
                                       mnistLimit: (trainSize, testSize))
        if let problem = source.problem { dataProblem = problem }
        let split = source.split
        data = split
        return split
    }

    /// The current run (built on first use).
    var training: ConvNetTraining {
        if let run { return run }
        let made = ConvNetTraining(data: dataset, learningRate: learningRate, batchSize: batchSize, seed: seed,
                                   filters: architecture.filters, hidden: architecture.hidden)
        run = made
        return made
    }

    var knobs: [Knob] {
        [
            Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: 1e-5...1, step: pow(10, 0.25), scale: .log),
                 value: learningRate),
            Knob(name: "batch", label: tr("batch size", "批大小"), kind: .integer(range: 10...200, step: 10), value: Double(batchSize)),
            Knob(name: "train", label: tr("training images", "训练图像数"), kind: .choice(Self.trainSizes.map(String.init)),
                 value: Double(Self.trainSizes.firstIndex(of: trainSize) ?? 1)),
            Knob(name: "epochs", label: tr("epochs", "轮数"), kind: .integer(range: 1...100, step: 1), value: Double(epochs)),
            Knob(name: "view", label: tr("view", "视图"), kind: .choice(View.allCases.map(\.rawValue)),
                 value: Double(View.allCases.firstIndex(of: view)!)),
            Knob(name: "digit", label: tr("test digit", "测试数字"), kind: .integer(range: 0...9, step: 1), value: Double(digit)),
            Knob(name: "filter", label: tr("filter", "滤波器"), kind: .integer(range: 1...architecture.filters, step: 1),
                 value: Double(filterIndex + 1)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let whole = Int(max(-1e6, min(1e6, value.rounded())))
        switch name {
        case "lr":
            learningRate = min(1, max(1e-5, value))
            if let run, let adam = run.trainer.optimizer as? Adam {
                adam.learningRate = learningRate
                run.trainer.mark("lr=\(NumberText.format(learningRate, digits: 3))")
            }
        case "batch":
            batchSize = min(200, max(10, whole))
            if let run {
                try? run.trainer.setBatchSize(batchSize)  // 10...200: never refused
                run.trainer.mark("batch=\(batchSize)")
            }
        case "train":
            let size = Self.trainSizes[min(Self.trainSizes.count - 1, max(0, whole))]
            if size != trainSize { trainSize = size; run = nil }
        case "epochs": epochs = min(100, max(1, whole))
        case "view": view = View.allCases[min(View.allCases.count - 1, max(0, whole))]
        case "digit": digit = min(9, max(0, whole))
        case "filter": filterIndex = min(architecture.filters - 1, max(0, whole - 1))
        default: return
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { hasFailed || training.trainer.history.epochs.count >= epochs }
    /// The loss became NaN, or the net collapsed to guessing (see `ChanceCollapse`).
    var hasFailed: Bool { training.trainer.diverged || isStuckAtChance }

    /// Whether training collapsed: accuracy at chance and the loss stuck at ln 10.
    var isStuckAtChance: Bool {
        let h = training.trainer.history
        return ChanceCollapse.isStuck(losses: h.losses, trainAccuracies: h.epochs.map(\.trainAccuracy))
    }
    /// Headless runs take 5 iterations by default (a fraction of a second in release, about
    /// 15 s in a debug build); `--steps N` for more (an epoch is training images / batch).
    var defaultRunSteps: Int { 5 }

    func step() {
        guard !isFinished else { return }
        training.trainer.step()
    }

    func advance(budget: Double) -> Bool {
        guard !isFinished else { return false }
        // At least one iteration per frame: the trainer measures its own budget.
        training.trainer.advance(budget: budget)
        return true
    }

    func reset() { run = nil }

    /// The loss of the last iteration, and the last train/test accuracies.
    var latest: (loss: Double?, train: Double?, test: Double?) {
        let h = training.trainer.history
        return (h.losses.last, h.epochs.last?.trainAccuracy, h.epochs.last?.testAccuracy)
    }

    var status: String? {
        let trainer = training.trainer
        if trainer.diverged {
            let lr = NumberText.format(learningRate, digits: 3)
            return tr("loss is NaN: learning rate \(lr) too high — lower it and press r", "损失为 NaN：学习率 \(lr) 太高；调低它再按 r")
        }
        if isStuckAtChance { return tr("stuck at chance (10 %): lr too high — lower it, press r", "精度停在随机水平（10 %）：lr 太高；调低它再按 r") }
        if let dataProblem { return DataNotice.mnistNotLoaded(reason: dataProblem) }
        let done = trainer.history.epochs.count
        let progress = tr("iteration \(trainer.iteration), epoch \(done)/\(epochs)", "第 \(trainer.iteration) 次迭代，第 \(done)/\(epochs) 轮")
        if isFinished { return progress + tr(" — done; r restarts, raise epochs to go on", "；完成。r 重来，调高轮数可继续") }
        return progress + (trainer.iteration == 0 ? tr(" — space trains, s steps once", "；按空格键训练，按 s 走一步") : "")
    }

    /// The readout: loss and accuracies so far.
    var readoutParts: [String] {
        let l = latest
        var parts = [tr("iteration ", "迭代 ") + "\(training.trainer.iteration)"]
        if let loss = l.loss { parts.append(tr("loss ", "损失 ") + NumberText.format(loss, digits: 3)) }
        if let train = l.train, let test = l.test {
            parts.append(tr("train acc ", "训练精度 ") + NumberText.format(100 * train, digits: 3) + "%")
            parts.append(tr("test acc ", "测试精度 ") + NumberText.format(100 * test, digits: 3) + "%")
        }
        return parts
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let readout = ReadoutLines.pack(readoutParts, width: width, options: options)
        if height >= 24 {
            // Room for everything: filters, feature maps, curves.
            return CellLayout.grid([([.init(filtersBefore), .init(filtersAfter)], 2), (featurePanels, 1.2),
                                    ([.init(lossPlot), .init(accuracyPlot)], 1.2)],
                                   readout: readout, width: width, height: height, options: options)
        }
        let panels: [CellLayout.Panel]
        switch view {
        case .filters: panels = [.init(filtersAfter)]
        case .initialFilters: panels = [.init(filtersBefore)]
        case .features: panels = featurePanels
        case .curves: panels = [.init(lossPlot), .init(accuracyPlot)]
        }
        return CellLayout.grid([(panels, 1)], readout: readout, width: width, height: height, options: options)
    }

    private var filtersBefore: FilterGrid {
        FilterGrid(title: tr("\(architecture.filters) filters before", "训练前的 \(architecture.filters) 个滤波器"), values: training.initialFilters,
                   count: architecture.filters, side: 5)
    }

    private var filtersAfter: FilterGrid {
        FilterGrid(title: tr("after \(training.trainer.iteration) it.", "\(training.trainer.iteration) 次迭代后"), values: training.filters,
                   count: architecture.filters, side: 5)
    }

    /// The chosen test digit, the chosen filter and its feature map.
    private var featurePanels: [CellLayout.Panel] {
        let run = training
        let index = run.testIndex(of: digit)
        let maps = run.featureMaps(ofTestImage: index)
        let map = Array(maps.scalars[(filterIndex * 576)..<((filterIndex + 1) * 576)])
        let filter = Array(run.filters[(filterIndex * 25)..<((filterIndex + 1) * 25)])
        return [
            .init(CellLayout.heatmap(tr("digit", "数字") + " \(digit)", rows: 28, columns: 28, values: run.testImage(index))),
            .init(CellLayout.heatmap(tr("filter", "滤波器") + " \(filterIndex + 1)", rows: 5, columns: 5, values: filter, valuesUpTo: 0)),
            .init(CellLayout.heatmap(tr("ReLU(conv) map", "ReLU(conv) 特征图"), rows: 24, columns: 24, values: map)),
        ]
    }

    private var lossPlot: LinePlot {
        let losses = training.trainer.history.losses
        let finite = losses.enumerated().filter { $0.element.isFinite }
        var plot = LinePlot(title: tr("loss", "损失"), series: [Series(name: tr("loss", "损失"), color: Palette.seriesColor(0),
                                                           x: finite.map { Double($0.offset + 1) }, y: finite.map(\.element))],
                            xLabel: tr("iteration", "迭代"))
        plot.showLegend = false
        plot.events = training.trainer.history.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    private var accuracyPlot: LinePlot {
        let epochs = training.trainer.history.epochs
        var plot = LinePlot(title: tr("accuracy", "精度"), series: [
            Series(name: tr("train", "训练"), color: Palette.seriesColor(0), x: epochs.map { Double($0.epoch) }, y: epochs.map(\.trainAccuracy)),
            Series(name: tr("test", "测试"), color: Palette.seriesColor(1), x: epochs.map { Double($0.epoch) }, y: epochs.map(\.testAccuracy)),
        ], xLabel: tr("epoch", "轮"))
        plot.yLimits = .fixed(0, 1)
        return plot
    }

    func export() -> CellExport {
        let h = training.trainer.history
        let json: ExportValue = .object([
            ("data", .string(dataset.train.name)), ("train_size", .integer(trainSize)), ("test_size", .integer(dataset.test.count)),
            ("lr", .number(learningRate)), ("batch", .integer(batchSize)), ("optimizer", .string("Adam (book form)")),
            ("iterations", .integer(training.trainer.iteration)), ("diverged", .bool(training.trainer.diverged)),
            ("stuck_at_chance", .bool(isStuckAtChance)),
            ("losses", .array(h.losses.map(ExportValue.number))),
            ("epochs", .array(h.epochs.map { e in
                .object([("epoch", .integer(e.epoch)), ("iteration", .integer(e.iteration)),
                         ("train_accuracy", .number(e.trainAccuracy)), ("test_accuracy", .number(e.testAccuracy))])
            })),
            ("filter_shape", .array([.integer(architecture.filters), .integer(1), .integer(5), .integer(5)])),
        ])
        return CellExport(name: "SimpleConvNet training", json: json, tables: [
            ExportTable(name: "loss", columns: ["iteration", "loss"],
                        rows: h.losses.indices.map { [.integer($0 + 1), .number(h.losses[$0])] }),
            ExportTable(name: "accuracy", columns: ["epoch", "iteration", "train", "test"],
                        rows: h.epochs.map { [.integer($0.epoch), .integer($0.iteration), .number($0.trainAccuracy), .number($0.testAccuracy)] }),
        ])
    }
}
