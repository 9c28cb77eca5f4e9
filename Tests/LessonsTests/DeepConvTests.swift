import Charts
import LessonKit
import NumericCore
import Testing
@testable import DeepNetsLesson

/// The deepnets lesson's DeepConvNet page and VGG shape table: the VGG counts against
/// Scripts/reference/deepnets_vgg.py, the training step against `net.gradient` + Adam, and
/// the live run on a tiny DeepConvNet (filters 4, 4, 8, 8, 8, 8, 50 hidden units, so a debug
/// build takes seconds; the lesson trains the book's): measurements, marks, the misclassified
/// digits, iterations/s on a fake clock, blow-up advice and `r`.
@Suite("DeepNets lesson: DeepConvNet")
struct DeepConvTests {
    static let tiny = DeepConvRun.Config(iterations: 50, batchSize: 50, learningRate: 0.003, evaluateEvery: 10,
                                         evaluationSize: 100, filters: [4, 4, 8, 8, 8, 8], hidden: 50,
                                         simpleFilters: 6, simpleHidden: 20)
    static func data() -> DigitsSource { DigitsSource.load(mnistDirectory: nil, synthetic: (train: 1000, test: 500), seed: 1) }

    /// A run whose clock moves 0.25 s per reading: every iteration takes 0.25 s, 4 it/s.
    static func run(_ config: DeepConvRun.Config = tiny) -> DeepConvRun {
        let run = DeepConvRun(data: data(), config: config, seed: 1)
        var now: UInt64 = 0
        run.clock = { now += 250_000_000; return now }
        return run
    }

    @Test func vggBlocksShapesParametersAndMultiplyAdds() {
        let rows = Architecture.vggBlocks.rows()
        #expect(rows.map { ShapeTableCell.shapeText($0.output) } ==
                ["64×224×224", "64×224×224", "64×112×112", "128×112×112", "128×112×112", "128×56×56"])
        // (3·3·3 + 1)·64, (3·3·64 + 1)·64, (3·3·64 + 1)·128, (3·3·128 + 1)·128.
        #expect(rows.map(\.parameters) == [1792, 36_928, 0, 73_856, 147_584, 0])
        // 224·224·64·27, 224·224·64·576, 112·112·128·576, 112·112·128·1152.
        #expect(rows.map(\.multiplyAdds) == [86_704_128, 1_849_688_064, 0, 924_844_032, 1_849_688_064, 0])
        #expect(Architecture.vggBlocks.totalParameters == 260_160)
        #expect(Architecture.vggBlocks.totalMultiplyAdds == 4_710_924_288)
    }

    @Test func vggIsTheThirdChoiceAndEditsLikeTheOthers() {
        let cell = ShapeTableCell()
        cell.setKnob("net", to: 2)
        #expect(cell.architecture == Architecture.vggBlocks && cell.title == "shape table: VGG-16 blocks 1–2")
        cell.setKnob("layer", to: 2)
        #expect(cell.formulaLines == ["params (3·3·64 + 1)·64 = 36,928", "mult-adds 224·224·64·3·3·64 = 1,849,688,064"])
        // The table writes ten million and more in whole millions; the line under it in full.
        #expect(cell.table.rows.map { $0[4] } == ["", "87M", "1,850M", "0", "925M", "1,850M", "0", "4,711M"])
        #expect(ShapeTableCell.compactCount(9_999_999) == "9,999,999" && ShapeTableCell.compactCount(10_000_000) == "10M")
        cell.setKnob("filters", to: 32)   // conv3-32: the next conv sees 32 channels
        #expect(cell.architecture.rows()[3].parameters == (3 * 3 * 32 + 1) * 128)
        cell.reset()
        #expect(cell.architecture == Architecture.vggBlocks)
        #expect(Architecture.named(0) == Architecture.leNet5 && Architecture.named(1) == Architecture.deepConvNet)
    }

    @Test func theBookNetHasTheShapeTablesParameters() {
        let run = DeepConvRun(data: Self.data(), config: DeepConvRun.Config(), seed: 1)
        #expect(run.parameterCount == Architecture.deepConvNet.totalParameters)
        #expect(run.parameterCount == 123_552)
        #expect(run.testImages.shape == [300, 1, 28, 28] && run.testLabels.count == 300)
    }

    /// `DeepConvStep.step` is `net.gradient` then one Adam update: two copies of a net, one
    /// stepped by it and one by hand, end with the same loss and weights.
    @Test func theStepIsGradientThenAdam() {
        let x = SyntheticDigits.make(train: 8, test: 1, seed: 2).train
        let a = Sequential.deepConvNet(filters: [2, 2, 2, 2, 2, 2], hidden: 4, dropout: 0, seed: 3)
        let b = Sequential.deepConvNet(filters: [2, 2, 2, 2, 2, 2], hidden: 4, dropout: 0, seed: 3)
        let adamA = Adam(learningRate: 0.001), adamB = Adam(learningRate: 0.001)
        let before = a.parameters.map(\.value)
        let lossA = DeepConvStep.step(a, x: x.imagesNCHW, labels: x.labels, optimizer: adamA)
        let lossB = b.gradient(x.imagesNCHW, labels: x.labels)
        adamB.update(b.parameters)
        #expect(lossA == lossB)
        #expect(a.parameters.map(\.value) == b.parameters.map(\.value))
        // Adam's first step moves each weight with a non-zero gradient by about lr.
        let moved = zip(before[0].scalars, a.parameters[0].value.scalars).map { abs($0 - $1) }
        #expect(moved.allSatisfy { $0 < 0.0011 } && moved.contains { $0 > 0.0009 })
        let setup = DeepConvStep.benchmarkSetup(batch: 100)
        #expect(setup.x.shape == [100, 1, 28, 28] && setup.labels.count == 100 && setup.optimizer.learningRate == 0.001)
    }

    @Test func measuresAfterTheFirstEveryKAndTheLastIteration() {
        let run = Self.run()
        for _ in 0..<50 { run.step() }
        #expect(run.isFinished && !run.stopped)
        #expect(run.evaluations.map(\.iteration) == [1, 10, 20, 30, 40, 50])
        #expect(run.losses.count == 50 && run.losses.allSatisfy(\.isFinite))
        let last = run.evaluations.last!
        #expect(last.predictions.count == 100)
        let wrong = run.misclassified
        #expect(abs(Double(100 - wrong.count) / 100 - last.testAccuracy) < 1e-12)
        #expect(wrong.allSatisfy { $0.label == run.testLabels[$0.index] && $0.predicted == last.predictions[$0.index] && $0.label != $0.predicted })
        #expect(run.iterationsPerSecond == 4 && run.secondsPerIteration == 0.25)
        // Learning: test accuracy at 50 well above chance (10 %).
        #expect(last.testAccuracy > run.evaluations[0].testAccuracy && last.testAccuracy >= 0.25, "\(run.evaluations.map(\.testAccuracy))")
    }

    /// At the notebook's 80×24 the cell gets about 54×15: too short for a row of tiles beside
    /// readable charts, so the charts keep their titles, axes and legend and the wrong digits
    /// are listed as "true→predicted" text; a tall cell shows tiles instead.
    @Test func aShortCellListsTheWrongDigitsAndKeepsTheChartsReadable() {
        let cell = DeepConvCell(run: Self.run())
        cell.stepHeadless(10)
        let wrong = cell.run.misclassified
        #expect(!wrong.isEmpty)
        let short = Language.$override.withValue(.en) { cell.render(width: 54, height: 15, options: .standard).lines }
        #expect(short.contains { $0.contains("training loss") && $0.contains("accuracy") })
        #expect(short.contains { $0.contains("iteration") && !$0.contains("wrong") }, "x-axis labels")
        #expect(short.contains { $0.contains("train") && $0.contains("test") }, "the accuracy chart's legend")
        let listed = wrong.prefix(3).map { "\($0.label)→\($0.predicted)" }.joined(separator: " ")
        #expect(short.contains { $0.hasPrefix(" " + listed) })
        let tall = Language.$override.withValue(.en) { cell.render(width: 80, height: 40, options: .standard).lines }
        #expect(!tall.contains { $0.hasPrefix(" " + listed) }, "tall cells show tiles, not the list")
    }

    @Test func knobChangesAreMarkedIterationsMoveTheEnd() throws {
        let cell = DeepConvCell(run: Self.run())
        cell.setKnob("lr", to: 0.002)       // before any iteration: applied, not marked
        #expect(cell.run.events.isEmpty && cell.run.optimizer.learningRate == 0.002)
        cell.stepHeadless(5)
        cell.setKnob("lr", to: 0.001)
        cell.setKnob("batch", to: 40)
        #expect(cell.run.events == [.init(iteration: 5, label: "lr=0.001"), .init(iteration: 5, label: "batch=40")])
        #expect(cell.lossPlot.events.map(\.label) == ["lr=0.001", "batch=40"])
        #expect(cell.accuracyPlot.events.count == 2)
        cell.setKnob("iterations", to: 50)
        #expect(cell.run.iteration == 5 && cell.defaultRunSteps == 50)
        cell.setKnob("iterations", to: 7)   // clamped to the knob's 50
        #expect(cell.run.config.iterations == 50)
        #expect(cell.knobs.map(\.name) == ["iterations", "batch", "lr", "model"])
        cell.reset()
        #expect(cell.run.iteration == 0 && cell.run.events.isEmpty && cell.run.evaluations.isEmpty)
        #expect(cell.status == "synthetic digits: press space to train, s for one iteration")
        #expect(cell.tilesHeader == "test digits it gets wrong: shown from iteration 1")
    }

    /// lr 1 (1000 × the book's): the run stops by itself with advice first, the screen shows
    /// no NaN, and `r` after lowering it trains again.
    @Test func aHugeLearningRateStopsWithAdviceAndRRecovers() {
        let cell = DeepConvCell(run: Self.run())
        cell.setKnob("lr", to: 1)
        cell.stepHeadless(50)
        #expect(cell.hasFailed && cell.isFinished, "\(cell.run.losses.suffix(5)) \(cell.run.evaluations.map(\.trainAccuracy))")
        let status = cell.status ?? ""
        #expect(status.hasPrefix("the loss blew up: learning rate 1 is too large") || status.hasPrefix("stuck at chance (10 %): learning rate 1 killed the ReLUs")
                || status.hasPrefix("the loss is NaN: learning rate 1 is too large"), "\(status)")
        let screen = cell.render(width: 80, height: 24, options: RenderOptions(unicode: true, color: false)).text
        #expect(!screen.lowercased().contains("nan"))
        cell.setKnob("lr", to: 0.001)
        cell.reset()
        #expect(!cell.hasFailed && cell.run.iteration == 0)
        cell.stepHeadless(20)
        #expect(!cell.hasFailed && cell.run.iteration == 20)
    }

    @Test func statusSaysOneIterationPerFrameWhenSlow() {
        let cell = DeepConvCell(run: Self.run())
        cell.stepHeadless(3)
        #expect(cell.status == "iteration 3 / 50 · one iteration per frame (0.25 s each)")
        #expect(cell.readoutParts.last == "4 it/s")
        cell.stepHeadless(50)
        #expect(cell.status == "iteration 50 / 50 · done: r restarts, raise iterations to go on")
    }

    @Test func exportHasTheCurveAndTheMisclassifiedIndices() throws {
        let cell = DeepConvCell(run: Self.run())
        cell.stepHeadless(10)
        let export = cell.export()
        #expect(export.tables.map(\.name) == ["curve", "loss", "misclassified"])
        #expect(export.tables[0].rows.map { $0[0] } == [.integer(1), .integer(10)])
        #expect(export.tables[1].rows.count == 10)
        let wrong = cell.run.misclassified
        #expect(export.tables[2].rows == wrong.map { [.integer($0.index), .integer($0.label), .integer($0.predicted)] })
        guard case let .object(fields) = export.json else { Issue.record("not an object"); return }
        let keys = fields.map(\.0)
        #expect(keys.contains("curve") && keys.contains("misclassified") && keys.contains("iterations_per_second"))
        #expect(fields.first { $0.0 == "iterations" }?.1 == .integer(10))
        #expect(fields.first { $0.0 == "parameters" }?.1 == .integer(cell.run.parameterCount))
    }

    /// The model knob trains SimpleConvNet instead; once both have measured, a line compares
    /// them at the same iteration. (9,196 = the tiny DeepConvNet's (9+1)·4 + (36+1)·4 +
    /// (36+1)·8 + 3·(72+1)·8 + (128+1)·50 + (50+1)·10; SimpleConvNet 6 filters, 20 units:
    /// (25+1)·6 + (864+1)·20 + (20+1)·10 = 17,666.)
    @Test func theNetKnobComparesWithSimpleConvNet() throws {
        let simple = Sequential.simpleConvNet()
        #expect(simple.parameters.reduce(0) { $0 + $1.value.scalars.count } == 433_890)
        let cell = DeepConvCell(run: Self.run())
        cell.stepHeadless(10)
        #expect(cell.comparisonLine == nil && cell.run.parameterCount == 9196)
        cell.setKnob("model", to: 1)
        #expect(cell.run.iteration == 0 && cell.title == "SimpleConvNet trained with Adam")
        #expect(cell.run.records[0]?.accuracies.map(\.iteration) == [1, 10])
        cell.stepHeadless(10)
        #expect(cell.run.parameterCount == 17_666)
        let deep = try #require(cell.run.records[0]?.accuracy(at: 10))
        #expect(cell.comparisonLine == "SimpleConvNet 17,666 params · DeepConvNet 9,196 params, 4 it/s, test \(DeepConvCell.percent(deep)) at iteration 10")
        let zh = Language.$override.withValue(.zh) { cell.comparisonLine }
        #expect(zh == "SimpleConvNet 17,666 个参数 · DeepConvNet 9,196 个参数，每秒 4 次迭代，第 10 次迭代测试精度 \(DeepConvCell.percent(deep))")
        #expect(cell.render(width: 80, height: 24, options: .standard).text.contains("DeepConvNet 9,196 params"))
        // Back to DeepConvNet: the SimpleConvNet run is kept for the row in turn.
        cell.setKnob("model", to: 0)
        #expect(cell.run.records[1]?.parameters == 17_666 && cell.run.iteration == 0)
    }
}
