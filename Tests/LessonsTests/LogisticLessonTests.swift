import Charts
import LessonKit
import NumericCore
import Testing
@testable import LogisticLesson

/// The logistic lesson's runs, statuses, exports and renders: the headless contract, knob
/// changes marked, a too-large learning rate stopped with advice and recovered by r, the
/// toy data's statistics, and no NaN drawn anywhere.
@Suite struct LogisticLessonTests {
    let pages = LogisticLesson().makePages(context: LessonContext())
    var toy: TrainingCell { pages[0].cell as! TrainingCell }
    var threes: TrainingCell { pages[1].cell as! TrainingCell }

    func object(_ value: ExportValue) -> [String: ExportValue] {
        guard case let .object(fields) = value else { return [:] }
        return Dictionary(fields, uniquingKeysWith: { a, _ in a })
    }

    @Test func fourPagesInTheBasicsOrder() {
        #expect(pages.count == 4)
        #expect(pages.map { type(of: $0.cell!) == TrainingCell.self } == [true, true, false, false])
        #expect(toy.run.config.task == .toy && threes.run.config.task == .digits)
        #expect(toy.knobs.map(\.name) == ["task", "lr"] && threes.knobs.map(\.name) == ["task", "lr", "digit"])
    }

    @Test func theBlobsAreWhereTheTextSays() {
        let data = LogisticData.toy(seed: 1)
        #expect(data.trainY.count == 200 && data.testY.count == 400 && data.positiveFraction == 0.5)
        // Class means within 3 standard errors (σ = 1, 100 points: 0.3) of the centres.
        for label in 0...1 {
            let rows = (0..<200).filter { data.trainY[$0] == Double(label) }
            let mx = rows.reduce(0.0) { $0 + data.train.scalars[2 * $1] } / 100
            let my = rows.reduce(0.0) { $0 + data.train.scalars[2 * $1 + 1] } / 100
            let centre = LogisticData.blobCentres[label]
            #expect(abs(mx - centre.0) < 0.3 && abs(my - centre.1) < 0.3, "class \(label): (\(mx), \(my))")
        }
        #expect(LogisticData.toy(seed: 1).train == data.train && LogisticData.toy(seed: 2).train != data.train)
    }

    @Test func headlessRunExportsTheAskedTask() throws {
        let output = try LogisticLesson().run(RunRequest(settings: [("task", "digits"), ("lr", "1")], steps: 20))
        #expect(output.cells.map(\.name) == ["training digits", "graph", "vectorization"])
        let json = object(output.cells[0].json)
        #expect(json["task"] == .string("digits") && json["lr"] == .number(1) && json["digit"] == .integer(3))
        #expect(json["iterations"] == .integer(20) && json["stopped"] == .bool(false))
        guard case let .array(curve) = json["curve"] else { Issue.record("no curve"); return }
        #expect(curve.count == 21)
        #expect(output.cells[0].tables.map(\.name) == ["curve", "events"])
        #expect(output.cells[0].tables[0].columns == ["iteration", "loss", "train_acc", "test_acc"])
        // The graph is walked to its end and the timing done once.
        #expect(object(output.cells[1].json)["stage"] == .integer(6))
        guard case let .number(difference) = object(output.cells[2].json)["max_difference"] else { Issue.record("no timing"); return }
        #expect(difference < 1e-12)
        // By default: the blobs.
        let toyRun = try LogisticLesson().run(RunRequest(steps: 5))
        #expect(object(toyRun.cells[0].json)["task"] == .string("toy"))
        #expect(object(toyRun.cells[0].json)["data"] == .string("blobs"))
    }

    @Test func aLearningRateChangeIsMarkedAtItsIteration() {
        for _ in 0..<5 { toy.step() }
        toy.setKnob("lr", to: 1)
        #expect(toy.run.events.map(\.iteration) == [5] && toy.run.events.map(\.label) == ["lr=1"])
        #expect(toy.costPlot.events.map(\.label) == ["lr=1"] && toy.accuracyPlot.events.count == 1)
        // Before training a change is no event.
        threes.setKnob("lr", to: 0.3)
        #expect(threes.run.events.isEmpty)
        // A new digit restarts.
        for _ in 0..<3 { threes.step() }
        threes.setKnob("digit", to: 7)
        #expect(threes.run.iteration == 0 && threes.title == "is it a 7? one neuron on 784 pixels")
    }

    @Test func aHugeLearningRateStopsWithAdviceAndRRecovers() {
        toy.setKnob("lr", to: 100)
        toy.stepHeadless(300)
        #expect(toy.hasFailed && toy.isFinished)
        #expect(toy.status == "lr too large, steps overshoot — lower lr, press r · stopped at iteration 10")
        #expect(Language.$override.withValue(.zh) { toy.status } == "学习率太大，步子跨过了谷底——调小 lr 后按 r · 在第 10 次迭代停下")
        for (w, h) in [(54, 15), (80, 24), (200, 60)] {
            for options in [RenderOptions.standard, .ascii] {
                let text = toy.render(width: w, height: h, options: options).text
                #expect(!text.lowercased().contains("nan") && !text.contains("inf"))
            }
        }
        toy.reset()
        #expect(!toy.hasFailed && toy.run.iteration == 0)
        #expect(toy.status == "200 training points, 400 test points, press space to train")
        toy.setKnob("lr", to: 0.1)
        toy.stepHeadless(300)
        #expect(!toy.hasFailed && toy.run.iteration == 300)
        #expect(toy.status == "iteration 300 / 300 · done: r restarts")
    }

    @Test func everyCellRendersWithoutNaNAtBothSizesAndInASCII() {
        for page in pages {
            let cell = page.cell!
            cell.stepHeadless(12)
            for (w, h) in [(54, 15), (80, 24), (200, 60)] {
                for options in [RenderOptions.standard, .ascii] {
                    let grid = cell.render(width: w, height: h, options: options)
                    #expect(grid.width == w && grid.height == h)
                    #expect(!grid.text.contains("NaN") && !grid.text.contains("nan"))
                }
            }
        }
    }

    @Test func theDigitsReadoutGivesTheAlwaysNoBaseline() {
        #expect(threes.secondReadout == "always \"no\" scores 90 % (only 10 % are 3s)")
        #expect(threes.run.last.trainAccuracy == threes.run.baselineAccuracy)
        #expect(abs(threes.run.last.cost - 0.6931471805599453) < 1e-12)
    }

    @Test func aFrameDoesAFewIterationsAtMostSoTheRunStaysWatchable() {
        // However large the budget: two iterations on the blobs, four on digits, per frame.
        #expect(toy.advance(budget: 10) && toy.run.iteration == 2)
        #expect(threes.advance(budget: 10) && threes.run.iteration == 4)
        // With no budget left, one piece of work: one vectorized gradient, then ten examples of the loops.
        let race = (pages[3].cell as! VectorizationCell).race
        #expect(race.advance(budget: 0) && race.vectorRuns == 1)
        for _ in 1..<10 { _ = race.advance(budget: 0) }
        #expect(race.vectorDone && race.loopExamples == 0)
        #expect(race.advance(budget: 0) && race.loopExamples == 10)
    }
}
