import Charts
import LessonKit
import Testing
@testable import BiasVarianceLesson

/// The biasvariance lesson's cells: the split's set sizes, the headless export with the
/// issue's keys, and extreme knobs that stop with advice (never a NaN drawn) and recover.
@Suite struct BiasVarianceLessonTests {
    let lesson = BiasVarianceLesson(splitEpochs: 60, curveEpochs: 40)

    @Test func fourPagesInSyllabusOrder() {
        let pages = lesson.makePages(context: LessonContext())
        #expect(pages.map(\.title) == ["Train, dev and test sets", "Bias and variance", "The learning curve", "Normalizing inputs"])
        #expect(pages.map { $0.cell?.knobs.map(\.name) ?? [] } == [
            ["split", "points"], ["dataset", "units", "train", "noise", "lambda", "epochs", "view"], ["units", "noise"], ["lr"],
        ])
    }

    @Test func theSplitSizesFollowTheRatio() {
        #expect(SplitCell.counts(points: 500, split: 0) == (300, 100, 100))
        #expect(SplitCell.counts(points: 1000, split: 1) == (800, 100, 100))
        #expect(SplitCell.counts(points: 500, split: 2) == (490, 5, 5))
        #expect(SplitCell.counts(points: 16000, split: 2) == (15680, 160, 160))
        #expect(SplitCell.counts(points: 100, split: 2) == (98, 1, 1))
        // One standard error of 10 % measured on 100 points is 3 points; on 5 points, 13.4.
        #expect(abs(SplitCell.standardError(0.1, n: 100) - 0.03) < 1e-15)
        #expect(abs(SplitCell.standardError(0.1, n: 5) - 0.13416407864998739) < 1e-15)
    }

    @Test func headlessRunExportsCurvesVerdictLearningCurveAndKnobs() throws {
        let output = try lesson.run(RunRequest(settings: [("units", "100"), ("train", "25"), ("split", "98/1/1")]))
        #expect(output.cells.map(\.name) == ["split", "diagnosis", "learning_curve", "normalization"])
        let json = output.json()
        for key in ["\"split\": \"98/1/1\"", "\"dev_size\": 5", "\"test_error\"", "\"dev_error_stderr\"", "\"verdict\": \"high_variance\"",
                    "\"recipe\": \"more data, regularization\"", "\"units\": 100", "\"train_size\": 25", "\"bias_gap\"", "\"variance_gap\"",
                    "\"learning_curve\"", "\"largest_stable_lr\"", "\"steps_to_converge\": 1926", "\"condition_number\""] {
            #expect(json.contains(key), "missing \(key)")
        }
        #expect(!json.lowercased().contains("nan"))
        let csv = output.csv()
        for table in ["split_errors", "errors", "events", "learning_curve", "path_raw", "path_normalized"] {
            #expect(csv.contains(table), "missing table \(table)")
        }
        #expect(csv.contains("train_size,train_error,dev_error"))
        let curve = try #require(output.cells[2].tables.first)
        #expect(curve.rows.count == LearningCurveCell.sizes.count)
    }

    @Test func aHugeLearningRateStopsWithAdviceAndRecovers() {
        let cell = NormalizationCell()
        cell.setKnob("lr", to: 3)
        cell.stepHeadless(cell.defaultRunSteps)
        #expect(cell.isFinished && cell.hasFailed)
        #expect(cell.raw.state == .diverged && cell.normalized.state == .diverged)
        #expect(cell.status == "lr 3 > 2/λmax = 0.0589: both sides diverge — lower lr, press r")
        for size in [(53, 12), (80, 24), (200, 60)] {
            let text = cell.render(width: size.0, height: size.1, options: .standard).text.lowercased()
            #expect(!text.contains("nan") && !text.contains("inf"))
        }
        cell.setKnob("lr", to: 0.5)
        cell.reset()
        #expect(cell.status == "lr 0.5, both from (0, 0): press space")
        cell.stepHeadless(cell.defaultRunSteps)
        #expect(cell.normalized.state == .converged && cell.normalized.steps == 7)
        #expect(cell.status == "lr 0.5 > 2/λmax = 0.0589: raw features diverge — lower lr, press r")
    }

    @Test func aBigNetOnTwentyPointsDrawsNoNaN() throws {
        let cell = DiagnosisCell(seed: 1)
        cell.setKnob("units", to: 100)
        cell.setKnob("train", to: 20)
        cell.setKnob("lambda", to: 1)
        cell.stepHeadless(cell.defaultRunSteps)
        #expect(cell.isFinished && !cell.hasFailed)
        for size in [(53, 12), (120, 40)] {
            let text = cell.render(width: size.0, height: size.1, options: .standard).text.lowercased()
            #expect(!text.contains("nan"))
        }
        #expect(!RunOutput(lesson: "biasvariance", cells: [cell.export()]).json().lowercased().contains("nan"))
    }

    @Test func weightDecayAndEpochsApplyMidRunWithMarks() {
        let cell = DiagnosisCell(seed: 1)
        for _ in 0..<10 { cell.step() }
        cell.setKnob("lambda", to: 0.01)
        cell.setKnob("epochs", to: 200)
        #expect(cell.run.history.events.map(\.label) == ["λ=0.01", "200 epochs"])
        #expect(cell.run.history.events.map(\.iteration) == [100, 100])
        #expect(cell.run.epoch == 100)
        cell.setKnob("units", to: 4)
        #expect(cell.run.epoch == 0 && cell.run.history.events.isEmpty)
    }
}
