import Charts
import LessonKit
import NumericCore
import Testing
@testable import RegularizationLesson

/// The regularization lesson's models, with real values: the book's overfitting run (gap with
/// and without λ and dropout), the L2 term, both dropout forms against the statistics of
/// `Scripts/reference/regularization_dropout.py`, divergence and recovery, the export.
@Suite struct RegularizationLessonTests {
    let pages = RegularizationLesson().makePages(context: LessonContext())
    var overfit: OverfitCell { pages[0].cell as! OverfitCell }
    var boundary: BoundaryCell { pages[1].cell as! BoundaryCell }
    var forms: DropoutFormsCell { pages[2].cell as! DropoutFormsCell }

    /// The book's figure 6-21 on synthetic digits: after 200 epochs on 300 images the net
    /// without regularization fits its training set (≥ 99 %) with a gap over 15 points;
    /// λ = 0.1 and dropout 0.2 each end with a gap under 10 points.
    @Test func weightDecayAndDropoutNarrowTheGap() throws {
        func finalGap(_ settings: [(String, Double)]) throws -> (train: Double, gap: Double) {
            let cell = try #require(RegularizationLesson().makePages(context: LessonContext())[0].cell as? OverfitCell)
            for (name, value) in settings { cell.setKnob(name, to: value) }
            cell.stepHeadless(cell.headlessStepCount(requested: nil))
            #expect(cell.run.epoch == 200 && !cell.run.stopped)
            return (try #require(cell.run.last).trainAccuracy, try #require(cell.run.gap))
        }
        let plain = try finalGap([])
        #expect(plain.train >= 0.99 && plain.gap > 0.15)
        let decay = try finalGap([("lambda", 0.1)])
        #expect(decay.gap < 0.10 && decay.gap < plain.gap - 0.05)
        let dropout = try finalGap([("dropout", 0.2)])
        #expect(dropout.gap < 0.10 && dropout.gap < plain.gap - 0.05)
    }

    /// The L2 term (hand-derived, and numerically in the reference script): the loss grows by
    /// ½·λ·Σ‖W‖² over the weights (not biases) and each weight gradient by λ·W.
    @Test func theL2TermAddsLambdaTimesW() throws {
        let x = Tensor(rows: [[0.5, -1, 2], [1, 0.25, -0.5]]), labels = [1, 0]
        let plain = Sequential.mlp(sizes: [3, 4, 2], init: .std(0.5), seed: 3)
        let decayed = Sequential.mlp(sizes: [3, 4, 2], init: .std(0.5), weightDecay: 0.1, seed: 3)
        let lossPlain = plain.gradient(x, labels: labels), lossDecayed = decayed.gradient(x, labels: labels)
        var squares = 0.0
        for p in plain.parameters where p.decays { squares += p.value.scalars.reduce(0) { $0 + $1 * $1 } }
        #expect(abs(lossDecayed - lossPlain - 0.05 * squares) < 1e-12)
        for (a, b) in zip(plain.parameters, decayed.parameters) {
            let extra = a.decays ? 0.1 : 0
            for i in 0..<a.value.scalars.count {
                #expect(abs(b.grad.scalars[i] - a.grad.scalars[i] - extra * a.value.scalars[i]) < 1e-12)
            }
        }
    }

    /// Both dropout forms on the cell's 12 units, p = 0.5, 2000 masks: every unit's training
    /// mean is within 4 standard errors of (1 − p)·x (book) and of x (inverted) — the same
    /// check numpy passes over 20 seeds (worst 2.82). The test outputs are exact.
    @Test func bothDropoutFormsHaveTheirTestOutputAsMean() {
        let cell = forms
        #expect(cell.x == [0.28, 0.34, 0.85, 1.16, 0.71, 0.86, 0.29, 0.42, 0.21, 1.49, 1.4, 1.18])
        cell.stepHeadless(cell.headlessStepCount(requested: nil))
        #expect(cell.draws == 2000 && cell.isFinished)
        let n = 2000.0, p = 0.5
        for i in 0..<DropoutFormsCell.units {
            let x = cell.x[i]
            #expect(cell.bookTest[i] == 0.5 * x && cell.invertedTest[i] == x)
            #expect(abs(cell.bookTrainMean[i] - (1 - p) * x) < 4 * x * (p * (1 - p) / n).squareRoot())
            #expect(abs(cell.invertedTrainMean[i] - x) < 4 * x * (p / ((1 - p) * n)).squareRoot())
            // The same masks: inverted is the book's output divided by keep = 1 − p.
            #expect(abs(cell.invertedTrainMean[i] - cell.bookTrainMean[i] / (1 - p)) < 1e-12)
        }
        // A new ratio starts again: p = 0 keeps every unit, so both means are exact at once.
        cell.setKnob("ratio", to: 0)
        cell.step()
        #expect(cell.draws == 1 && cell.bookTrainMean == cell.x && cell.invertedTrainMean == cell.x)
    }

    /// λ = 1000: every step multiplies W by 1 − lr·λ = −9, the loss blows up, the run stops
    /// with advice first and draws no NaN; r (reset) with λ back at 0 trains again.
    @Test func hugeLambdaStopsWithAdviceAndResetRecovers() throws {
        let cell = overfit
        cell.setKnob("lambda", to: 1000)
        cell.stepHeadless(50)
        #expect(cell.hasFailed && cell.isFinished)
        let status = try #require(cell.status)
        #expect(status.hasPrefix("λ too large — lower it, press r"))
        let text = cell.render(width: 80, height: 20, options: .standard).text
        #expect(!text.contains("nan") && !text.contains("inf"))
        cell.setKnob("lambda", to: 0)
        cell.reset()
        #expect(!cell.hasFailed && cell.run.epoch == 0)
        cell.step()
        #expect(cell.run.epoch == 1 && !cell.hasFailed)
    }

    /// The λ knob reaches 0: one step up from 0 is 0.0001, one step down from there is 0 again;
    /// a change mid-run is marked on the curves at its epoch.
    @Test func lambdaKnobReachesZeroAndChangesAreMarked() throws {
        let cell = overfit
        let knob = try #require(cell.knobs.first { $0.name == "lambda" })
        cell.setKnob("lambda", to: knob.stepped(by: 1))
        #expect(cell.run.config.lambda == 0.0001)
        let up = try #require(cell.knobs.first { $0.name == "lambda" })
        cell.setKnob("lambda", to: up.stepped(by: -1))
        #expect(cell.run.config.lambda == 0)
        cell.step(); cell.step()
        cell.setKnob("lambda", to: 0.1)
        cell.setKnob("dropout", to: 0.2)
        #expect(cell.run.net.weightDecay == 0.1)
        #expect(cell.run.events.map(\.epoch) == [2, 2] && cell.run.events.map(\.label) == ["λ=0.1", "p=0.2"])
        #expect(cell.plot(strokes: 10).events.map(\.label) == ["λ=0.1", "p=0.2", "best"])
    }

    /// The toy net overfits the noisy moons: without λ it ends near 97 % on its training
    /// points with a long boundary; λ = 0.01 shortens the boundary and raises test accuracy.
    @Test func weightDecaySmoothsTheToyBoundary() throws {
        func run(_ lambda: Double) throws -> (train: Double, test: Double, length: Int, best: Int) {
            let cell = try #require(RegularizationLesson().makePages(context: LessonContext())[1].cell as? BoundaryCell)
            cell.setKnob("lambda", to: lambda)
            cell.stepHeadless(cell.headlessStepCount(requested: nil))
            let last = try #require(cell.run.last)
            return (last.trainAccuracy, last.testAccuracy, cell.run.boundaryLength, try #require(cell.run.best).epoch)
        }
        let plain = try run(0), smooth = try run(0.01)
        #expect(plain.train > 0.95 && plain.length > 400)
        // Early stopping: the best test epoch comes long before the end.
        #expect(plain.best < 500)
        #expect(smooth.length < 250 && smooth.test > plain.test + 0.05)
    }

    /// The map is filled in half blocks: with colour, cells the boundary crosses show `▀`
    /// (upper class as foreground, lower as background); before training there is no map.
    @Test func theBoundaryIsAHalfBlockMap() throws {
        let cell = boundary
        #expect(!cell.render(width: 60, height: 20, options: .standard).text.contains("▀"))
        for _ in 0..<20 { cell.step() }
        let text = cell.render(width: 60, height: 20, options: .standard).text
        #expect(text.components(separatedBy: "▀").count - 1 > 20)
        #expect(cell.run.mapClass(x: -1, y: 0.2) == 0 && cell.run.mapClass(x: 2, y: 0) == 1)
    }

    /// `nnbook run regularization --format csv`: per-epoch train and test accuracy and the gap.
    @Test func exportHasPerEpochAccuracyAndGap() throws {
        let output = try RegularizationLesson().run(RunRequest(settings: [("lambda", "0.1"), ("dropout", "0")], steps: 3,
                                                               context: LessonContext()))
        #expect(output.cells.map(\.name) == ["overfitting", "boundary", "dropout_forms"])
        let table = try #require(output.cells[0].tables.first)
        #expect(table.name == "accuracy" && table.columns == ["epoch", "iteration", "train_acc", "test_acc", "gap"])
        #expect(table.rows.count == 3 && table.rows[2][0] == .integer(3) && table.rows[2][1] == .integer(9))
        guard case .object(let fields) = output.cells[0].json else { Issue.record("not an object"); return }
        #expect(fields.first { $0.0 == "lambda" }?.1 == .number(0.1))
        #expect(fields.first { $0.0 == "train_size" }?.1 == .integer(300))
    }
}
