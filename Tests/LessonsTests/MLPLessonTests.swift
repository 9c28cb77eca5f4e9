import Charts
import Foundation
import LessonKit
import NumericCore
import Testing
@testable import MLPLesson

/// The mlp lesson: a short deterministic run learns, learning-rate changes are recorded,
/// divergence stops training with a message, MNIST failures fall back with a message, the
/// headless export, and the forward pass against `Scripts/reference/mlp.py` (numpy).
@Suite("MLP lesson")
struct MLPLessonTests {
    /// A small, fast setting for debug builds: 500/200 synthetic digits, 784-20-10, batch 20.
    static let sizes = (train: 500, test: 200)
    static var smallConfig: NetConfig {
        var c = NetConfig()
        c.hiddenSize = 20
        c.batchSize = 20
        return c
    }

    static func smallRun(_ config: NetConfig = smallConfig, context: LessonContext = LessonContext()) -> TrainingRun {
        TrainingRun(data: DigitsSource.load(mnistDirectory: context.dataDirectory, synthetic: sizes, seed: context.seed), config: config, seed: context.seed)
    }

    @Test func aShortRunLearnsAndIsDeterministic() {
        var config = Self.smallConfig
        config.learningRate = 1
        let run = Self.smallRun(config)
        for _ in 0..<150 { run.step() }
        #expect(run.iteration == 150)
        #expect(!run.isStopped)
        // 500 / 20 = 25 iterations per epoch: six epochs measured.
        #expect(run.history.epochs.map(\.iteration) == [25, 50, 75, 100, 125, 150])
        let last = run.history.epochs.last!
        #expect(last.testAccuracy > 0.5, "test accuracy \(last.testAccuracy)")
        #expect(last.trainAccuracy > 0.5)
        // Starts at ≈ ln 10 (weights std 0.01 give near-equal scores) and ends well below.
        #expect(abs(run.history.losses[0] - TrainingRun.initialLoss) < 0.05)
        #expect(run.smoothedLosses.last! < 1.5)
        // The smoothed curve is the trailing mean of 20.
        let losses = run.history.losses
        #expect(run.smoothedLosses[0] == losses[0])
        #expect(run.smoothedLosses[99] == losses[80...99].reduce(0, +) / 20)
        // The same seed gives the same run, bit for bit.
        let again = Self.smallRun(config)
        for _ in 0..<150 { again.step() }
        #expect(again.history == run.history)
    }

    @Test func aLearningRateChangeAppliesAtOnceAndIsMarked() throws {
        let run = Self.smallRun()
        let cell = TrainingCell(run: run)
        cell.setKnob("lr", to: 0.3)  // before training: the starting rate, not an event
        #expect(run.history.events.isEmpty)
        for _ in 0..<5 { cell.step() }
        cell.setKnob("lr", to: 0.5)
        cell.setKnob("lr", to: 0.5)  // the same value again (e.g. from a second cell): no new event
        #expect(run.trainer.optimizer.learningRate == 0.5)
        #expect(run.history.events.map(\.iteration) == [5] && run.history.events.map(\.label) == ["lr=0.5"])
        #expect(run.eventMarkers == [EventMarker(x: 5, label: "lr=0.5")])
        #expect(cell.lossPlot.events == [EventMarker(x: 5, label: "lr=0.5")])
        cell.step()
        #expect(run.iteration == 6, "the run goes on, it does not restart")
        let events = try #require(cell.export().tables.first { $0.name == "events" })
        #expect(events.rows == [[.integer(5), .string("lr=0.5")]])
        // A size or activation change restarts; r (reset) too, keeping the knobs.
        cell.setKnob("hidden", to: 30)
        #expect(run.iteration == 0 && run.history.events.isEmpty && run.net.parameters[0].value.shape == [784, 30])
        cell.step()
        cell.setKnob("activation", to: HiddenActivation.relu.index)
        #expect(run.iteration == 0 && run.config.activation == .relu && run.config.learningRate == 0.5)
    }

    @Test func aHugeLearningRateStopsTrainingWithAMessage() {
        var config = Self.smallConfig
        config.learningRate = 1000
        let cell = TrainingCell(run: Self.smallRun(config))
        var steps = 0
        while !cell.isFinished && steps < 100 { cell.step(); steps += 1 }
        #expect(cell.isFinished)
        // Iteration 1 is measured before any update (≈ ln 10); iterations 2…21 all lie above
        // 2·ln 10, so the run stops after 21.
        #expect(steps == TrainingRun.explosionWindow + 1)
        #expect(abs(cell.run.history.losses[0] - 2.302585092994046) < 0.05)
        #expect(cell.run.history.losses.suffix(20).allSatisfy { $0 > 2 * 2.302585092994046 })
        #expect(cell.status == "lr too high — lower it, press r · stopped at it. 21: loss > 4.6 for 20 it.")
        #expect(cell.hasFailed)
        // Stepping or playing a stopped run does nothing.
        cell.step()
        #expect(!cell.advance(budget: 0.01))
        #expect(cell.run.iteration == 21)
        // Lower it and press r: training can go on.
        cell.setKnob("lr", to: 0.1)
        cell.reset()
        #expect(!cell.isFinished && !cell.hasFailed && cell.run.iteration == 0)
        cell.step()
        #expect(cell.run.iteration == 1)
    }

    @Test func aNaNLossStopsTraining() {
        // Weights that are NaN make every loss NaN: the core's Trainer.diverged.
        let run = Self.smallRun()
        let w = run.net.parameters[0]
        w.value = Tensor(shape: w.value.shape, repeating: .nan)
        run.step()
        #expect(run.trainer.diverged && run.isStopped)
        #expect(run.status == "lr too high — lower it, press r · stopped at it. 1: loss nan")
        // The loss chart skips the NaN point and still renders at its size.
        let grid = TrainingCell(run: run).render(width: 53, height: 12, options: .standard)
        #expect(grid.width == 53 && grid.height == 12)
    }

    @Test func anMNISTLoadFailureFallsBackToSyntheticDigitsAndSaysSo() throws {
        let missing = LessonContext(seed: 1, dataDirectory: "/nonexistent-mnist")
        let data = DigitsSource.load(mnistDirectory: missing.dataDirectory, synthetic: Self.sizes, seed: missing.seed)
        #expect(data.sourceName == "synthetic digits")
        #expect(data.split.train.count == 500)
        #expect(data.warning == "MNIST not loaded (missing file: /nonexistent-mnist/train-images-idx3-ubyte[.gz]): using synthetic digits")
        let run = TrainingRun(data: data, config: Self.smallConfig, seed: 1)
        #expect(run.status == "⚠ MNIST not loaded (missing file: /nonexistent-mnist/train-images-idx3-ubyte[.gz]): using synthetic digits · synthetic digits: 500 train / 200 test, press space to train")
        // A file that is there but is not IDX: the message names it and the problem.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mlp-bad-mnist-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for stem in MNIST.fileStems {
            try Data("not an idx file".utf8).write(to: directory.appendingPathComponent(stem))
        }
        let bad = DigitsSource.load(mnistDirectory: directory.path, synthetic: Self.sizes, seed: 1)
        let path = directory.appendingPathComponent("train-images-idx3-ubyte").path
        #expect(bad.warning == "MNIST not loaded (wrong magic number in \(path): got 0x6E6F7420, expected 0x00000803): using synthetic digits")
        #expect(bad.split.test.count == 200)
    }

    @Test func headlessRunExportsTheCurves() throws {
        let lesson = MLPLesson(sizes: Self.sizes, config: Self.smallConfig)
        let output = try lesson.run(RunRequest(settings: [("lr", "0.5"), ("hidden", "10")], steps: 30))
        #expect(output.lesson == "mlp")
        #expect(output.cells.map(\.name) == ["training", "forward pass", "learning-rate race", "test digits"])
        let training = output.cells[0]
        #expect(training.tables.map(\.name) == ["loss", "accuracy", "events"])
        #expect(training.tables[0].columns == ["iteration", "loss", "smoothed_loss"])
        #expect(training.tables[0].rows.count == 30)
        #expect(training.tables[0].rows[0][0] == .integer(1) && training.tables[0].rows[29][0] == .integer(30))
        #expect(training.tables[1].columns == ["epoch", "iteration", "train_acc", "test_acc"])
        #expect(training.tables[1].rows.map { $0[1] } == [.integer(25)])
        #expect(training.tables[2].rows.isEmpty, "a --set before training is the starting value, not an event")
        guard case let .object(fields) = training.json else { Issue.record("not an object"); return }
        #expect(fields.map(\.0) == ["data", "warning", "train_size", "test_size", "sizes", "activation", "weight_std", "batch",
                                    "lr", "sampling", "iterations", "stopped", "loss", "smoothed_loss", "epochs", "events"])
        #expect(fields[4].1 == .array([.integer(784), .integer(10), .integer(10)]))
        #expect(fields[8].1 == .number(0.5))
        #expect(fields[9].1 == .string("with replacement"))
        let csv = output.csv()
        #expect(csv.hasPrefix("# loss\niteration,loss,smoothed_loss\n1,"))
        #expect(csv.contains("\n# accuracy\nepoch,iteration,train_acc,test_acc\n1,25,"))
        #expect(csv.contains("\n# events\niteration,label\n"))
        #expect(csv.contains("\n# test digits\nindex,label,predicted,confidence,correct\n0,0,"))
        // A stopped run ends the headless run early.
        let stopped = try lesson.run(RunRequest(settings: [("lr", "1000")], steps: 200))
        #expect(stopped.cells[0].tables[0].rows.count == 21)
        #expect(throws: LessonKitError.self) { try lesson.run(RunRequest(settings: [("activation", "tanh")], steps: 1)) }
    }

    @Test func theDefaultHeadlessRunIsTheBooksNetFor200Iterations() {
        let lesson = MLPLesson()
        let cell = TrainingCell(run: TrainingRun(data: DigitsSource.load(mnistDirectory: nil, synthetic: Self.sizes, seed: 1),
                                                 config: lesson.config, seed: 1))
        #expect(cell.defaultRunSteps == 200)
        #expect(lesson.config == NetConfig(hiddenSize: 50, activation: .sigmoid, batchSize: 100, learningRate: 0.1, weightStd: 0.01))
        #expect(lesson.sizes == (5000, 1000))
        #expect(cell.knobs.map(\.name) == ["lr", "batch", "hidden", "activation"])
        #expect(cell.knobs[0].stepped(by: 7) == 0.501187233627)
    }
}
