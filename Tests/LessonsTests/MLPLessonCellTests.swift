import Charts
import LessonKit
import NumericCore
import Testing
@testable import MLPLesson

/// The mlp lesson's cells: the forward pass against `Scripts/reference/mlp.py` (numpy), the
/// digit panel's shrinking and captions, the learning-rate race, and every render's size.
@Suite("MLP lesson cells")
struct MLPLessonCellTests {
    /// The reference script's 4-3-2 net with fixed weights and one 2×2 image of class 1.
    static func tinyNet(_ activation: HiddenActivation) -> (Sequential, Dataset) {
        var config = NetConfig()
        config.hiddenSize = 3
        config.activation = activation
        let net = config.makeNet(inputSize: 4, classes: 2, seed: 1)
        let values: [[Double]] = [
            [0.1, -0.2, 0.3, 0.4, 0.5, -0.6, -0.7, 0.8, 0.9, 1.0, -1.1, 1.2], [0.01, -0.02, 0.03],
            [0.5, -0.5, -1.5, 1.0, 2.0, 0.25], [0.1, -0.1],
        ]
        for (p, v) in zip(net.parameters, values) { p.value = Tensor(shape: p.value.shape, scalars: v) }
        let data = Dataset(name: "tiny", source: "test", images: Tensor(shape: [1, 4], scalars: [0, 0.5, 1, 0.25]),
                           labels: [1], classes: 2, width: 2, height: 2)
        return (net, data)
    }

    private func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-15) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
    }

    @Test func forwardPassMatchesNumpy() {
        let (net, data) = Self.tinyNet(.sigmoid)
        let p = ForwardPass(net: net, dataset: data, index: 0)
        #expect(close(p.hidden, [0.44028635073280714, 0.6802671966986485, 0.7170752854929725]))
        #expect(close(p.scores, [0.7338929513043758, 0.539392842705488]))
        #expect(close(p.probabilities, [0.5484723132625217, 0.45152768673747834]))
        #expect(close([p.loss], [0.7951183648571644]))
        #expect(p.predicted == 0 && p.label == 1)
        let (reluNet, _) = Self.tinyNet(.relu)
        let r = ForwardPass(net: reluNet, dataset: data, index: 0)
        #expect(close(r.hidden, [0, 0.755, 0.9299999999999999]))
        #expect(close(r.probabilities, [0.4850044983805899, 0.5149955016194102]))
        #expect(close([r.loss], [0.6635969188997062]))
        let prediction = Prediction.of(reluNet, data, indices: [0])[0]
        #expect(prediction.predicted == 1 && prediction.isCorrect && prediction.caption == "1 ✓ 51%")
        #expect(Prediction.of(net, data, indices: [0])[0].caption == "✗0 (1) 55%")
    }

    @Test func initialLossIsLnTen() {
        #expect(TrainingRun.initialLoss == 2.302585092994046)
        #expect(TrainingRun.explosionThreshold == 4.605170185988092)
    }

    @Test func downsamplingAveragesAreas() {
        #expect(DigitTiles.downsample((0..<16).map(Double.init), side: 4, to: 2) == [2.5, 4.5, 10.5, 12.5])
        #expect(DigitTiles.downsample((0..<25).map(Double.init), side: 5, to: 2) == [6.0, 8.5, 18.5, 21.0])
        let image = (0..<784).map { Double($0 % 7) / 6 }
        #expect(DigitTiles.downsample(image, side: 28, to: 28) == image)
    }

    private func cells() -> [LiveCell] {
        MLPLesson(sizes: (200, 100), config: MLPLessonTests.smallConfig).makePages(context: LessonContext()).compactMap(\.cell)
    }

    @Test func everyCellRendersAtExactlyItsSize() {
        for cell in cells() {
            for _ in 0..<3 { cell.step() }
            for (w, h) in [(1, 1), (10, 4), (53, 12), (120, 40)] {
                for options in [RenderOptions.standard, .ascii] {
                    let grid = cell.render(width: w, height: h, options: options)
                    #expect(grid.width == w && grid.height == h, "\(cell.title) \(w)×\(h)")
                    if !options.unicode { #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(cell.title) \(w)×\(h)") }
                }
            }
        }
    }

    @Test func readoutLinesAt53x12() throws {
        let pages = MLPLesson(sizes: (200, 100), config: MLPLessonTests.smallConfig).makePages(context: LessonContext())
        let training = try #require(pages[1].cell as? TrainingCell)
        var lines = training.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[10] == " loss – (starts near ln 10 ≈ 2.303)".padding(toLength: 53, withPad: " ", startingAt: 0))
        #expect(lines[11] == " no epoch yet (10 iterations each)".padding(toLength: 53, withPad: " ", startingAt: 0))
        lines = training.render(width: 53, height: 12, options: .ascii).lines
        #expect(lines[10] == " loss - (starts near ln 10 ~= 2.303)".padding(toLength: 53, withPad: " ", startingAt: 0))
        for _ in 0..<10 { training.step() }
        lines = training.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[11].hasPrefix(" epoch 1: train "))
        #expect(lines[0].contains("loss · sigmoid 784-20-10 · lr 0.1"))
        let panel = try #require(pages[3].cell as? DigitPanelCell)
        let shown = panel.panel(count: 4)
        #expect(shown.map(\.index) == [0, 1, 2, 3])
        let grid = panel.render(width: 53, height: 12, options: .ascii)
        // Four tiles of 13 columns; captions on the row above the readout.
        let captions = shown.map { Prediction.caption($0) }
        #expect(grid.lines[10].hasPrefix(ASCIITransliteration.transliterate(captions[0])))
        #expect(grid.lines[10].dropFirst(13).hasPrefix(ASCIITransliteration.transliterate(captions[1])))
        #expect(grid.lines[11].hasPrefix(" epoch 1: train "))
        panel.setKnob("mistakes", to: 1)
        #expect(panel.panel().allSatisfy { !$0.isCorrect })
    }

    @Test func theRaceTrainsThreeRatesOnTheSameBatches() throws {
        let cell = RaceCell(data: DigitsSource.load(mnistDirectory: nil, synthetic: (200, 100), seed: 1), seed: 1)
        #expect(cell.knobs.map(\.name) == ["lr_a", "lr_b", "lr_c", "activation"])
        #expect(cell.runs.map(\.config.learningRate) == [0.01, 0.1, 100])
        for _ in 0..<6 { cell.step() }
        #expect(cell.runs.map(\.iteration) == [2, 2, 2], "the run furthest behind goes next")
        // Same initial weights and the same first batch: the first losses are identical.
        let first = cell.runs.map { $0.history.losses[0] }
        #expect(first[0] == first[1] && first[1] == first[2])
        cell.setKnob("lr_b", to: 1)
        #expect(cell.runs.map(\.iteration) == [2, 0, 2])
        cell.step()
        #expect(cell.runs[1].iteration == 1)
        #expect(cell.readout.hasPrefix("lr 0.01: 2.3"))
        let export = cell.export()
        #expect(export.tables[0].columns == ["iteration", "loss_lr_0.01", "loss_lr_1", "loss_lr_100"])
        #expect(export.tables[0].rows[1][2] == .null)
    }

    @Test func theRaceStopsTheExplodingRunAndGoesOn() {
        let cell = RaceCell(data: DigitsSource.load(mnistDirectory: nil, synthetic: (200, 100), seed: 1), seed: 1)
        cell.setKnob("lr_b", to: 1000)
        for _ in 0..<70 { cell.step() }
        #expect(cell.runs[1].isStopped && cell.runs[2].isStopped)
        #expect(cell.runs.map(\.iteration) == [28, 21, 21])
        #expect(!cell.isFinished)
        #expect(cell.status == "lr B = 1000 too high (✗ at it. 21) — lower it · iteration 28 / 1000")
        #expect(cell.readout == "lr 0.01: 2.3   lr 1000: stopped at 21   lr 100: stopped at 21")
    }

    @Test func knobsNeverCrashOnOddValues() {
        for cell in cells() {
            for knob in cell.knobs {
                for value in [-1e9, 0, 1e9, .nan, .infinity] { cell.setKnob(knob.name, to: value) }
            }
            cell.step()
            #expect(cell.render(width: 53, height: 12, options: .standard).height == 12)
        }
    }
}
