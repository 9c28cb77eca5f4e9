import Charts
import Foundation
import LessonKit
import NumericCore
import Testing
@testable import HyperparamsLesson

/// The hyperparams lesson's model: the samplers against numpy's statistics, the book's
/// hold-out split, the search (determinism, budgeted stepping, divergence and recovery,
/// narrowing) and the headless export.
@Suite struct HyperparamsLessonTests {
    private static let data = HoldOut.load(directory: nil, seed: 1)

    /// Statistics of 200,000 draws against `Scripts/reference/hyperparams_sampling.py`
    /// (numpy's RNG differs from ours, so statistics, not draws, are compared; numpy gives
    /// mean log10 −4.0029, std 1.1531, each decade 0.249–0.252, uniform below 1e-3 0.1001;
    /// the exact values are −4, 4/√12 = 1.1547, 0.25 and 0.0999).
    @Test func logAndUniformSamplingMatchNumpysStatistics() {
        var rng = Xoshiro256StarStar(seed: 7)
        let n = 200_000
        let logs = (0..<n).map { _ in log10(Sampling.log.draw(low: 1e-6, high: 1e-2, using: &rng)) }
        let mean = logs.reduce(0, +) / Double(n)
        let std = (logs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n)).squareRoot()
        #expect(abs(mean - -4) < 0.01)
        #expect(abs(std - 4 / 12.0.squareRoot()) < 0.01)
        for decade in -6 ..< -2 {
            let share = Double(logs.filter { $0 >= Double(decade) && $0 < Double(decade + 1) }.count) / Double(n)
            #expect(abs(share - 0.25) < 0.005, "decade \(decade): \(share)")
        }
        #expect(logs.allSatisfy { $0 >= -6 && $0 < -2 })
        let uniform = (0..<n).map { _ in Sampling.uniform.draw(low: 1e-6, high: 1e-2, using: &rng) }
        let below = Double(uniform.filter { $0 < 1e-3 }.count) / Double(n)
        #expect(abs(below - 0.0999) < 0.003)
    }

    /// The book's split: the first 500 images, 100 held out for validation, 400 trained on,
    /// none in both; the test set apart.
    @Test func holdOutIsTheBooksSplit() {
        let d = Self.data
        #expect(d.train.count == 400 && d.validation.count == 100 && d.test.count == 500)
        let first = d.source.split.train.prefix(500)
        let rows = Set((0..<500).map { first.images.row($0) })
        let used = (0..<400).map { d.train.images.row($0) } + (0..<100).map { d.validation.images.row($0) }
        #expect(Set(used) == rows)
        #expect(Set((0..<400).map { d.train.images.row($0) }).isDisjoint(with: (0..<100).map { d.validation.images.row($0) }))
    }

    /// Same seed and settings, same trials; each trial is drawn inside the ranges; a trial
    /// takes epochs × 4 iterations (400 images, batch 100).
    @Test func theSearchIsDeterministicAndStaysInItsRanges() {
        let settings = SearchSettings(trials: 3, epochs: 2)
        let a = Search(data: Self.data, seed: 1, settings: settings), b = Search(data: Self.data, seed: 1, settings: settings)
        for _ in 0..<24 { a.step(); b.step() }
        #expect(a.isFinished && b.isFinished)
        #expect(a.trials.map(\.learningRate) == b.trials.map(\.learningRate))
        #expect(a.trials.map(\.validationAccuracy) == b.trials.map(\.validationAccuracy))
        #expect(a.trials.allSatisfy { (1e-6...1e-2).contains($0.learningRate) && (1e-8...1e-4).contains($0.weightDecay) })
        #expect(a.trials.allSatisfy { $0.iteration == 8 && $0.validationCurve.count == 2 })
        // The validation accuracy is the last epoch's, measured on the 100 held-out images.
        #expect(a.trials.allSatisfy { $0.validationAccuracy == $0.validationCurve.last && abs(($0.validationAccuracy! * 100).rounded() - $0.validationAccuracy! * 100) < 1e-9 })
        #expect(a.ranked.map(\.validationAccuracy!) == a.ranked.map(\.validationAccuracy!).sorted(by: >))
    }

    /// A frame's budget: advance returns after about the budget, having trained at least one
    /// iteration, and never past the end.
    @Test func advanceStaysWithinTheFrameBudget() {
        let search = Search(data: Self.data, seed: 1, settings: SearchSettings(trials: 2, epochs: 50))
        let start = Date()
        #expect(search.advance(budget: 0.02))
        #expect(Date().timeIntervalSince(start) < 0.5)
        #expect(search.trials.count == 1 && search.trials[0].iteration >= 1 && !search.isFinished)
    }

    /// lr from 1 to 10: every trial diverges, the search stops after three with advice and
    /// never draws a non-finite point; a sane range and r recover.
    @Test func extremeLearningRatesFailWithAdviceAndRecover() {
        let cell = SearchCell(search: Search(data: Self.data, seed: 1, settings: SearchSettings(trials: 20, epochs: 5)))
        cell.setKnob("lr_high", to: 10)
        cell.setKnob("lr_low", to: 1)
        cell.stepHeadless(cell.defaultRunSteps)
        #expect(cell.isFinished && cell.hasFailed)
        #expect(cell.search.trials.count == Search.earlyStopTrials && cell.search.trials.allSatisfy(\.isDiverged))
        #expect(Language.$override.withValue(.en) { cell.status } == "every trial diverged: lr up to 10 is too large — lower 'lr to' below 0.1")
        let screen = Language.$override.withValue(.en) { cell.render(width: 54, height: 14, options: .standard).text }
        #expect(!screen.contains("nan") && !screen.contains("NaN") && screen.contains("diverged"))
        cell.setKnob("lr_high", to: 0.01)
        cell.setKnob("lr_low", to: 0.001)
        cell.reset()
        #expect(!cell.isFinished && cell.search.trials.isEmpty)
        for _ in 0..<20 { cell.step() }
        #expect(cell.search.trials.first?.outcome != nil && cell.search.trials.first?.isDiverged == false)
    }

    /// Narrowing: asked for mid-round it waits for the coarse round, then spans the best
    /// trials' exponents widened by a quarter decade each side (half a decade at least).
    @Test func narrowingSamplesAroundTheBestTrials() throws {
        let search = Search(data: Self.data, seed: 1, settings: SearchSettings(trials: 3, epochs: 2, best: 1))
        search.setNarrow(true)
        for _ in 0..<24 { search.step() }
        #expect(search.round == 1 && !search.isFinished)
        search.step()
        #expect(search.round == 2)
        let best = try #require(search.ranked.first { $0.round == 1 })
        let ranges = try #require(search.fineRanges)
        #expect(abs(log10(ranges.learningRate.lowerBound) - (log10(best.learningRate) - 0.25)) < 1e-12)
        #expect(abs(log10(ranges.learningRate.upperBound) - (log10(best.learningRate) + 0.25)) < 1e-12)
        for _ in 0..<30 { search.step() }
        #expect(search.isFinished && search.trials.filter { $0.round == 2 }.count == 3)
        #expect(search.trials.filter { $0.round == 2 }.allSatisfy { ranges.learningRate.contains($0.learningRate) })
        // Off again: back to the coarse round, finished.
        search.setNarrow(false)
        #expect(search.round == 1 && search.trials.count == 3 && search.isFinished)
    }

    /// Once narrowed, page 1's scatter outlines the fine round's range (in log10) and names it.
    @Test func theScatterOutlinesTheFineRange() throws {
        let search = Search(data: Self.data, seed: 1, settings: SearchSettings(trials: 3, epochs: 2, best: 1))
        let cell = SearchCell(search: search)
        #expect(cell.scatter.boxes.isEmpty)
        search.setNarrow(true)
        for _ in 0..<25 { search.step() }
        let ranges = try #require(search.fineRanges)
        let box = try #require(cell.scatter.boxes.first)
        #expect(box.x == log10(ranges.learningRate.lowerBound)...log10(ranges.learningRate.upperBound))
        #expect(box.y == log10(ranges.weightDecay.lowerBound)...log10(ranges.weightDecay.upperBound))
        let text = cell.render(width: 80, height: 20, options: RenderOptions(unicode: true, color: false)).lines.joined()
        #expect(text.contains("□ fine range"))
    }

    /// `nnbook run hyperparams --set trials=2 --set epochs=1 --format json`: every trial's lr,
    /// weight decay and validation accuracy, and the best one.
    @Test func headlessRunExportsEveryTrialAndTheBest() throws {
        let output = try HyperparamsLesson().run(RunRequest(settings: [("trials", "2"), ("epochs", "1")]))
        let search = try #require(output.cells.first { $0.name == "search" })
        guard case .object(let fields) = search.json else { Issue.record("not an object"); return }
        let keys = fields.map(\.0)
        #expect(["trials", "best", "lr_range", "weight_decay_range", "validation_size"].allSatisfy(keys.contains))
        guard case .array(let trials)? = fields.first(where: { $0.0 == "trials" })?.1 else { Issue.record("no trials"); return }
        #expect(trials.count == 2)
        #expect(search.tables.first?.columns == ["trial", "round", "lr", "weight_decay", "val_acc", "test_acc", "diverged"])
        #expect(output.cells.map(\.name) == ["search", "choice", "sampling"])
    }
}
