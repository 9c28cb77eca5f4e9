import LessonKit
import NumericCore
import Testing
@testable import DeepNetsLesson

/// The deepnets lesson's models: the shape tables against hand-derived counts, the
/// bottleneck's cost, the 1×1 convolution against Scripts/reference/deepnets_residual.py's
/// formula, and the residual run's shared weights, marks, blow-up and recovery.
@Suite("DeepNets lesson")
struct DeepNetsLessonTests {
    @Test func leNet5ShapesParametersAndMultiplyAdds() {
        let rows = Architecture.leNet5.rows()
        #expect(rows.map { ShapeTableCell.shapeText($0.output) } == ["6×28×28", "6×14×14", "16×10×10", "16×5×5", "120", "84", "10"])
        #expect(rows.map(\.parameters) == [156, 0, 2416, 0, 48120, 10164, 850])
        #expect(rows.map(\.multiplyAdds) == [117_600, 0, 240_000, 0, 48_000, 10_080, 840])
        #expect(Architecture.leNet5.totalParameters == 61_706)
        #expect(Architecture.leNet5.totalMultiplyAdds == 416_520)
    }

    @Test func deepConvNetAsInTheBook() {
        let rows = Architecture.deepConvNet.rows()
        #expect(rows.map { ShapeTableCell.shapeText($0.output) } ==
                ["16×28×28", "16×28×28", "16×14×14", "32×14×14", "32×16×16", "32×8×8", "64×8×8", "64×8×8", "64×4×4", "50", "10"])
        // (3·3·C + 1)·FN: 160, 2320, 4640, 9248, 18496, 36928; (1024 + 1)·50; (50 + 1)·10.
        #expect(rows.map(\.parameters) == [160, 2320, 0, 4640, 9248, 0, 18496, 36928, 0, 51250, 510])
        #expect(Architecture.deepConvNet.totalParameters == 123_552)
    }

    @Test func editingALayerMovesEveryShapeBelowIt() {
        let cell = ShapeTableCell()
        cell.setKnob("layer", to: 1)
        cell.setKnob("size", to: 3)   // 32 → 30 → 15 → 11 → 5 (⌊11/2⌋)
        #expect(cell.architecture.rows().map { ShapeTableCell.shapeText($0.output) } == ["6×30×30", "6×15×15", "16×11×11", "16×5×5", "120", "84", "10"])
        #expect(cell.formulaLines == ["params (3·3·1 + 1)·6 = 60", "mult-adds 30·30·6·3·3·1 = 48,600"])
        #expect(cell.status == nil)
        cell.setKnob("size", to: 11)
        cell.setKnob("layer", to: 3)
        cell.setKnob("size", to: 11)  // 11×11 on an 11×11 map → 1×1, then the pool cannot apply
        #expect(cell.architecture.isValid == false)
        #expect(cell.status?.hasPrefix("layer 4: the window is larger") == true)
        cell.reset()
        #expect(cell.architecture == Architecture.leNet5)
        cell.setKnob("net", to: 1)
        #expect(cell.architecture == Architecture.deepConvNet && cell.selected == 0)
    }

    @Test func theBottleneckCostWrittenOut() {
        let c = BottleneckCost()
        #expect(c.directMultiplyAdds == 120_422_400 && c.directParameters == 153_632)
        #expect(c.squeezeMultiplyAdds == 2_408_448 && c.squeezeParameters == 3088)
        #expect(c.expandMultiplyAdds == 10_035_200 && c.expandParameters == 12_832)
        #expect(c.bottleneckMultiplyAdds == 12_443_648)
        #expect(abs(c.saving - 9.6774193548387) < 1e-9)
    }

    @Test func oneByOneOutputIsAWeightedSumOfThePixelsChannels() {
        let cell = OneByOneCell(seed: 1)
        let x = cell.input.scalars, w = cell.conv.weight.value.scalars, y = cell.output.scalars
        #expect(cell.output.shape == [1, 2, 4, 4])
        for p in 0..<16 {
            for o in 0..<2 {
                let sum = (0..<3).reduce(0.0) { $0 + w[o * 3 + $1] * x[$1 * 16 + p] }
                #expect(abs(y[o * 16 + p] - sum) < 1e-12)
            }
        }
        #expect(cell.mixingLines.count == 3)
    }

    static let small = ResidualRun.Config(depth: 4, width: 8, learningRate: 0.05, initIndex: 0, iterations: 20, batchSize: 50)
    static func data() -> DigitsSource { DigitsSource.load(mnistDirectory: nil, synthetic: (train: 200, test: 100), seed: 1) }

    @Test func bothNetsStartFromTheSameWeights() {
        let run = ResidualRun(data: Self.data(), config: Self.small, seed: 3)
        let p = ResidualRun.affines(run.plain), r = ResidualRun.affines(run.residual)
        #expect(p.count == 6 && r.count == 6)
        #expect(zip(p, r).allSatisfy { $0.weight.value == $1.weight.value })
        #expect(run.residual.layers.filter { $0 is Residual }.count == 2)
        run.step()
        #expect(run.plainNorms.count == 6 && run.residualNorms.count == 6)
        #expect(run.iteration == 1)
    }

    @Test func learningRateChangesAreMarkedAndDepthRestarts() {
        let cell = ResidualCell(run: ResidualRun(data: Self.data(), config: Self.small, seed: 3))
        for _ in 0..<5 { cell.step() }
        cell.setKnob("lr", to: 0.1)
        #expect(cell.run.plainTrainer.history.events.map(\.label) == ["lr=0.1"])
        #expect(cell.lossPlot.events.map(\.label) == ["lr=0.1"])
        cell.setKnob("depth", to: 7)
        #expect(cell.run.config.depth == 6 && cell.run.iteration == 0)
    }

    @Test func aHugeLearningRateStopsWithAdviceAndRRecovers() {
        let config = ResidualRun.Config(depth: 20, width: 16, learningRate: 0.05, initIndex: 0, iterations: 20, batchSize: 50)
        let cell = ResidualCell(run: ResidualRun(data: Self.data(), config: config, seed: 3))
        cell.setKnob("lr", to: 10)
        cell.stepHeadless(20)
        #expect(cell.isFinished && cell.hasFailed)
        #expect(cell.status?.hasPrefix("the loss blew up — lower the learning rate, press r") == true)
        #expect(!cell.render(width: 80, height: 20, options: .standard).text.contains("nan"))
        cell.setKnob("lr", to: 0.001)
        cell.reset()
        #expect(!cell.hasFailed && cell.run.iteration == 0)
        cell.stepHeadless(20)
        #expect(!cell.hasFailed && cell.isFinished)
    }

    @Test func aDeadResidualNetGetsAdviceFirst() {
        let config = ResidualRun.Config(depth: 20, width: 16, learningRate: 1, initIndex: 0, iterations: 100, batchSize: 50)
        let cell = ResidualCell(run: ResidualRun(data: Self.data(), config: config, seed: 3))
        cell.stepHeadless(100)
        #expect(!cell.hasFailed && cell.isStuck)
        #expect(cell.status == "the residual net is stuck at chance — lower the learning rate or set init to small, press r · iteration 100 / 100 · done: r restarts")
    }

    @Test func theSeedDecidesTheInputsAndWeights() {
        #expect(OneByOneCell(seed: 1).input == OneByOneCell(seed: 1).input)
        #expect(OneByOneCell(seed: 1).input != OneByOneCell(seed: 2).input)
        let a = ResidualRun.nets(inputs: 784, classes: 10, config: Self.small, seed: 5).plain
        let b = ResidualRun.nets(inputs: 784, classes: 10, config: Self.small, seed: 5).plain
        let c = ResidualRun.nets(inputs: 784, classes: 10, config: Self.small, seed: 6).plain
        #expect(a.parameters.map(\.value) == b.parameters.map(\.value))
        #expect(a.parameters.map(\.value) != c.parameters.map(\.value))
    }
}
