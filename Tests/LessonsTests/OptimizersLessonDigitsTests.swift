import Charts
import LessonKit
import NumericCore
import Testing
@testable import OptimizersLesson

/// The digits race on a small net (debug builds are slow; the lesson itself runs the book's
/// 784-100×4-10, batch 128): fairness (same initial weights, same batches), learning,
/// hyperparameter events, divergence, pausing, and the headless export.
@Suite("Optimizers lesson: digits race")
struct OptimizersLessonDigitsTests {
    static let small = DigitsRaceConfig(sizes: [784, 12, 12, 10], batchSize: 16, iterations: 2000,
                                        trainCount: 200, testCount: 50, evaluationLimit: 50, smoothingWindow: 5)

    private func race() -> DigitsRace { DigitsRace(config: Self.small, context: LessonContext(seed: 3)) }

    @Test func everyCopyStartsFromTheSameWeights() {
        let race = race()
        _ = race.data
        #expect(race.runs.count == 6)
        let first = race.runs[0].net.parameters.map(\.value)
        for run in race.runs.dropFirst() {
            #expect(run.net.parameters.map(\.value) == first)
            #expect(run.net !== race.runs[0].net)
        }
    }

    @Test func theRaceIsFairSameBatchesInTheSameOrder() {
        // With momentum 0, Momentum and Nesterov do SGD's arithmetic exactly (v = −lr·g,
        // p + v = p − lr·g): if they saw the same weights and batches, every loss is equal.
        let race = race()
        _ = race.setRacerKnob("momentum_momentum", to: 0)
        _ = race.setRacerKnob("nesterov_momentum", to: 0)
        for _ in 0..<12 { race.step() }
        let sgd = race.runs[0], momentum = race.runs[1], nesterov = race.runs[2]
        #expect(sgd.losses.count == 12)
        #expect(momentum.losses == sgd.losses && nesterov.losses == sgd.losses)
        #expect(momentum.net.parameters.map(\.value) == sgd.net.parameters.map(\.value))
        // The others differ (their rules differ), from the same first loss.
        #expect(race.runs[3].losses[0] == sgd.losses[0] && race.runs[3].losses != sgd.losses)
    }

    @Test func aPausedRacerCatchesUpOnTheSameBatches() {
        let straight = race()
        for _ in 0..<8 { straight.step() }
        let paused = race()
        for _ in 0..<3 { paused.step() }
        _ = paused.setRacerKnob("sgd", to: 0)
        for _ in 0..<5 { paused.step() }
        #expect(paused.runs[0].iteration == 3 && paused.runs[5].iteration == 8)
        _ = paused.setRacerKnob("sgd", to: 1)
        for _ in 0..<5 { paused.step() }  // the laggard runs first
        #expect(paused.runs[0].losses == straight.runs[0].losses)
        #expect(paused.runs[5].losses == straight.runs[5].losses)
    }

    @Test func aShortRunLowersEveryLoss() {
        let race = race()
        for _ in 0..<60 { race.step() }
        for run in race.runs {
            let start = run.losses.prefix(5).reduce(0, +) / 5
            let end = run.losses.suffix(10).reduce(0, +) / 10
            #expect(end < start, "\(run.settings.kind): \(start) → \(end)")
            #expect(!run.hasDiverged)
        }
        // 200 training images / batch 16 = 12 iterations per epoch: five accuracy records.
        #expect(race.runs[0].epochs.map(\.iteration) == [12, 24, 36, 48, 60])
    }

    @Test func changesMidRaceAreMarkedOnTheCurves() {
        let cell = DigitsRaceCell(config: Self.small, context: LessonContext(seed: 3))
        cell.setKnob("adam_lr", to: 0.01)  // before the start: no marker
        for _ in 0..<5 { cell.step() }
        cell.setKnob("sgd_lr", to: 0.1)
        cell.setKnob("adam_beta1", to: 0.5)
        #expect(cell.race.runs[0].events.map { "\($0.iteration) \($0.label)" } == ["5 lr=0.1"])
        #expect(cell.race.runs[5].events.map { "\($0.iteration) \($0.label)" } == ["5 β1=0.5"])
        #expect(cell.race.runs[5].trainer.optimizer.learningRate == 0.01)
        #expect((cell.race.runs[5].trainer.optimizer as? Adam)?.beta1 == 0.5)
        let plot = DigitsRaceView(race: cell.race, smoothed: true).lossPlot(.standard)
        #expect(plot.events.map(\.label) == ["SGD lr=0.1", "Adam β1=0.5"])
        #expect(DigitsRaceView(race: cell.race, smoothed: true).lossPlot(.ascii).events.map(\.label) == ["SGD lr=0.1", "Adam beta1=0.5"])
    }

    @Test func aDivergingOptimizerDropsOutAndTheOthersGoOn() {
        let cell = DigitsRaceCell(config: Self.small, context: LessonContext(seed: 3))
        cell.setKnob("rmsprop_lr", to: 10)
        for _ in 0..<40 { cell.step() }
        let rmsprop = cell.race.runs[4]
        #expect(rmsprop.hasDiverged)
        let at = rmsprop.divergedAt ?? -1
        #expect(rmsprop.iteration == at && at <= 40)
        #expect(cell.race.runs.filter { $0.settings.kind != .rmsprop }.allSatisfy { $0.iteration == 40 && !$0.hasDiverged })
        #expect(cell.status?.hasPrefix("RMSprop diverged at \(at): lower its lr, press r · iteration 40 / ") == true)
        cell.reset()
        #expect(cell.race.runs.allSatisfy { $0.iteration == 0 && !$0.hasDiverged })
    }

    @Test func headlessExportOfTheDigitsRace() throws {
        let lesson = OptimizersLesson(digitsConfig: Self.small)
        let output = try lesson.run(RunRequest(settings: [("race", "digits"), ("adam", "off")], steps: 7,
                                               context: LessonContext(seed: 3)))
        #expect(output.cells.map(\.name) == ["digits race"])
        let tables = output.cells[0].tables
        #expect(tables[0].columns == ["iteration", "loss_sgd", "loss_momentum", "loss_nesterov", "loss_adagrad", "loss_rmsprop"])
        #expect(tables[0].rows.count == 7 && tables[0].rows.allSatisfy { $0.count == 6 })
        guard case let .object(members) = output.cells[0].json,
              case let .array(optimizers)? = members.first(where: { $0.0 == "optimizers" })?.1,
              case let .object(sgd) = optimizers.first,
              case let .array(loss)? = sgd.first(where: { $0.0 == "loss" })?.1 else { Issue.record("shape"); return }
        #expect(optimizers.count == 5 && loss.count == 7)
        #expect(members.first { $0.0 == "network" }?.1 == .string("784-12-12-10 ReLU, He init"))
        // The surface knobs are not the digits race's.
        #expect(throws: LessonKitError.self) {
            try lesson.run(RunRequest(settings: [("race", "digits"), ("surface", "beale")], steps: 1))
        }
    }
}
