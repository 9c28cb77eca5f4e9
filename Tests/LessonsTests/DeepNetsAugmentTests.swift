import LessonKit
import NumericCore
import Testing
@testable import DeepNetsLesson

/// The deepnets lesson's augmentation page: warps drawn within the knobs' ranges, two nets
/// that stay identical with augmentation off, knob changes marked, the lesson's point (with
/// 100 images augmentation raises test accuracy), extreme warps answered with advice and no
/// NaN, `r` restarting, and the headless run exporting both curves under English keys.
@Suite("DeepNets augmentation")
struct DeepNetsAugmentTests {
    static let data = DigitsSource.load(mnistDirectory: nil, synthetic: (train: 1000, test: 500), seed: 1)

    static func cell(_ config: AugmentRun.Config = AugmentRun.Config()) -> AugmentCell {
        AugmentCell(run: AugmentRun(data: data, config: config, seed: 1))
    }

    @Test func warpsStayWithinTheKnobsRanges() {
        var rng = Xoshiro256StarStar(seed: 9)
        let c = AugmentRun.Config(shift: 3, rotation: 20, scale: 0.2)
        for _ in 0..<200 {
            let w = AugmentRun.drawWarp(c, using: &rng)
            #expect(abs(w.dx) <= 3 && abs(w.dy) <= 3 && w.dx == w.dx.rounded() && w.dy == w.dy.rounded())
            #expect(abs(w.degrees) <= 20 && w.scale >= 0.8 && w.scale <= 1.2)
        }
        let none = AugmentRun.Config(shift: 0, rotation: 0, scale: 0, alpha: 0)
        let image = Self.data.split.train.image(6)
        #expect(AugmentRun.augmented(image, side: 28, config: none, using: &rng) == image)
        let cell = Self.cell()
        let samples = cell.samples(count: 5)
        #expect(samples.count == 6 && samples[0] == image && samples[1] != image)
        #expect(cell.run.plainTrainer.trainLabels[cell.sampleIndex] == 6)
    }

    @Test func withAugmentationOffBothNetsLearnTheSame() {
        let cell = Self.cell(AugmentRun.Config(trainSize: 50, augment: false, epochs: 10))
        cell.stepHeadless(3)
        let p = cell.run.plainTrainer.history, a = cell.run.augmentedTrainer.history
        #expect(p.losses == a.losses && p.epochs.count == 3)
        #expect(p.epochs.map(\.testAccuracy) == a.epochs.map(\.testAccuracy))
        #expect(cell.run.iterationsPerEpoch == 2)
        #expect(cell.readout.hasSuffix("(+0 points)"))
    }

    @Test func knobChangesAreMarkedAndTheTrainingSizeRestarts() {
        let cell = Self.cell(AugmentRun.Config(trainSize: 50, epochs: 10))
        cell.setKnob("rotation", to: 30)    // before training: not marked
        cell.stepHeadless(2)
        cell.setKnob("rotation", to: 90)
        cell.setKnob("augment", to: 0)
        #expect(cell.run.events.map(\.label) == ["rot=90", "augment off"])
        #expect(cell.run.events.map(\.epoch) == [2, 2])
        #expect(cell.plot(test: true).events.map(\.label) == ["rot=90", "augment off"])
        cell.setKnob("train", to: 120)
        #expect(cell.run.config.trainSize == 120 && cell.run.epoch == 0 && cell.run.events.isEmpty)
        #expect(cell.title == "data augmentation: 784-100-10 on 120 images")
    }

    /// The lesson's point, measured on the default synthetic digits (seed 1): after 150
    /// epochs on 100 images the plain net is at 70 % and the augmented one 15.2 points above.
    @Test func withFewImagesAugmentationRaisesTestAccuracy() {
        let cell = Self.cell(AugmentRun.Config(trainSize: 100))
        cell.stepHeadless(150)
        #expect(cell.isFinished && !cell.hasFailed)
        #expect(cell.run.plainTrainer.history.epochs.last?.trainAccuracy == 1)
        #expect(cell.readout == "test: without 70 %  with 85.2 %  (+15.2 points)")
    }

    @Test func extremeWarpsGetAdviceFirstNeverNaNAndRRestarts() {
        let cell = Self.cell(AugmentRun.Config(trainSize: 50, epochs: 10))
        cell.setKnob("rotation", to: 180)
        cell.setKnob("shift", to: 14)
        cell.stepHeadless(4)
        #expect(cell.status == "rotations past 90° turn a 6 into a 9: the labels lie — keep rotation ≤ 20 · epoch 4 / 10")
        cell.setKnob("rotation", to: 0)
        #expect(cell.status?.hasPrefix("shifts over 7 px push the digit off the image — keep shift ≤ 3") == true)
        cell.setKnob("shift", to: 1)
        cell.setKnob("scale", to: 0.5)
        #expect(cell.status?.hasPrefix("scaling by more than ±30 % cuts") == true)
        cell.setKnob("scale", to: 0.1)
        cell.setKnob("alpha", to: 40)
        #expect(cell.status?.hasPrefix("α this large for σ = 4 tears the strokes — lower α or raise σ") == true)
        cell.stepHeadless(6)
        let text = cell.render(width: 80, height: 24, options: .standard).text.lowercased()
        #expect(!text.contains("nan") && cell.isFinished)
        #expect(cell.run.augmentedTrainer.history.losses.allSatisfy { $0.isFinite })
        cell.reset()
        #expect(cell.run.epoch == 0 && !cell.hasFailed)
        #expect(cell.status == "α this large for σ = 4 tears the strokes — lower α or raise σ · synthetic digits: press space to train both nets")
    }

    @Test func headlessRunExportsBothCurves() throws {
        let lesson = DeepNetsLesson(sizes: (train: 1000, test: 500), residual: ResidualRun.Config(iterations: 100),
                                    deepConv: DeepConvTests.tiny)
        let output = try lesson.run(RunRequest(settings: [("train", "50"), ("rotation", "20")], steps: 3))
        let export = try #require(output.cells.first { $0.name == "augmentation" })
        let table = try #require(export.tables.first { $0.name == "augmentation" })
        #expect(export.tables.map(\.name) == ["augmentation", "augmentation_events"])
        #expect(table.columns == ["epoch", "without_test", "with_test", "without_train", "with_train"])
        #expect(table.rows.count == 3)
        let json = output.json()
        #expect(json.contains("\"without_test_acc\"") && json.contains("\"with_test_acc\"") && json.contains("\"rotation\": 20"))
        #expect(output.csv().contains("epoch,without_test,with_test,without_train,with_train"))
    }
}
