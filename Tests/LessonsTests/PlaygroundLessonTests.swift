import Charts
import Foundation
import LessonKit
import NumericCore
import Testing
@testable import PlaygroundLesson

/// The playground's runs: the split, a hidden unit's own map as a truncated forward pass
/// (checked against tanh(w·x + b) by hand), knob changes mid-run and their marks, the
/// blow-up at lr 100 and `r`, the extreme net, and wide vs deep with equal weight counts.
@Suite struct PlaygroundLessonTests {
    @Test func fourHundredPointsSplitInHalvesWithNgsLabels() {
        let run = PlaygroundRun(seed: 1)
        #expect(run.train.count == 200 && run.test.count == 200)
        #expect(run.train.labels.filter { $0 == 1 }.count + run.test.labels.filter { $0 == 1 }.count == 200)
        var c = run.config
        c.split = 0.9
        run.apply(c)
        #expect(run.train.count == 360 && run.test.count == 40)
    }

    @Test func aHiddenUnitsMapIsItsOwnTanhOfALine() throws {
        var c = PlaygroundRun.Config()
        c.units = 2
        let run = PlaygroundRun(config: c, seed: 1)
        let affine = try #require(run.net.layers[0] as? Affine)
        // Unit 2 (index 1): tanh(0.5·x − 1·y + 0.25).
        affine.weight.value = Tensor(shape: [2, 2], scalars: [0.3, 0.5, 0.7, -1])
        affine.bias.value = Tensor(shape: [2], scalars: [0, 0.25])
        #expect(run.weightRows[0] == [[0.3, 0.5], [0.7, -1]])
        let grid = run.grid(unit: 2)
        #expect(grid.scores.shape == [PlaygroundRun.mapRows * PlaygroundRun.mapColumns, 2])
        // The top-left cell's centre on the flower's box −5…5 × −5…5.
        let x = -5 + 0.5 / Double(PlaygroundRun.mapColumns) * 10, y = 5 - 0.5 / Double(PlaygroundRun.mapRows) * 10
        #expect(abs(grid.scores.scalars[1] - tanh(0.5 * x - y + 0.25)) < 1e-12)
        #expect(abs(grid.scores.scalars[0] - tanh(0.3 * x + 0.7 * y)) < 1e-12)
        // "On" where the line's value is above 0 (tanh's midpoint).
        #expect(run.mapClass(x: 4, y: -4, unit: 2) == 1 && run.mapClass(x: -4, y: 4, unit: 2) == 0)
        #expect(run.locate(unit: 2)! == (1, 1) && run.locate(unit: 3) == nil && run.locate(unit: 0) == nil)
    }

    @Test func lrLambdaAndBatchApplyMidRunMarkedOthersRestart() {
        let cell = PlaygroundCell(run: PlaygroundRun(seed: 1))
        for _ in 0..<20 { cell.step() }
        cell.setKnob("lr", to: 0.5)
        cell.setKnob("lambda", to: 0.01)
        cell.setKnob("batch", to: 2)
        #expect(cell.run.events.map(\.label) == ["lr=0.5", "λ=0.01", "batch=32"])
        #expect(cell.run.events.map(\.iteration) == [20, 20, 20])
        #expect(cell.run.trainer.batchSize == 32 && cell.run.net.weightDecay == 0.01 && cell.run.iteration == 20)
        #expect(cell.curves.events.map(\.label) == ["lr=0.5", "λ=0.01", "batch=32"])
        cell.setKnob("activation", to: 1)
        #expect(cell.run.iteration == 0 && cell.run.events.isEmpty && cell.title == "playground: flower · 2-4-2 ReLU")
        cell.setKnob("hidden", to: 0)
        #expect(cell.title == "playground: flower · 2-2 (logistic regression)")
    }

    @Test func lrOneHundredStopsWithAdviceAndRRecovers() {
        let cell = PlaygroundCell(run: PlaygroundRun(seed: 1))
        cell.setKnob("lr", to: 100)
        for _ in 0..<200 { cell.step() }
        #expect(cell.hasFailed && cell.isFinished && cell.run.iteration == 50)
        #expect(cell.status == "lr 100 is too large — lower it, press r · the loss blew up at iteration 50")
        let text = cell.render(width: 80, height: 20, options: .standard).text.lowercased()
        #expect(!text.contains("nan") && !text.contains("inf"))
        cell.setKnob("lr", to: 1.2)
        cell.reset()
        #expect(!cell.hasFailed && cell.run.iteration == 0 && cell.run.records.count == 1)
        for _ in 0..<100 { cell.step() }
        #expect(!cell.hasFailed)
        // λ·lr ≥ 1: each step's pull on the weights overshoots zero; the advice names λ.
        cell.setKnob("lambda", to: 10)
        cell.reset()
        for _ in 0..<200 { cell.step() }
        #expect(cell.status == "λ 10 × lr 1.2 is too large — lower one, press r · the loss blew up at iteration 50")
    }

    @Test func fiftyUnitsTimesFourLayersStepsAFrameAtATime() {
        let cell = PlaygroundCell(run: PlaygroundRun(seed: 1))
        for (k, v) in [("hidden", 4.0), ("units", 50), ("init", 1), ("lr", 100)] { cell.setKnob(k, to: v) }
        #expect(cell.run.config.sizes == [2, 50, 50, 50, 50, 2])
        // However large the budget, one frame runs at most `iterationsPerFrame` iterations.
        _ = cell.advance(budget: 60)
        #expect(cell.run.iteration <= PlaygroundRun.iterationsPerFrame)
        for _ in 0..<100 { cell.step() }
        cell.setKnob("unit", to: 120)
        for size in [(80, 24), (200, 60)] {
            let text = cell.render(width: size.0, height: size.1, options: .standard).text.lowercased()
            #expect(!text.contains("nan"))
        }
    }

    @Test func wideAndDeepHaveTheSameWeightCount() {
        let cell = DepthCell(seed: 1)
        func count(_ run: PlaygroundRun) -> Int { run.net.parameters.map { $0.value.scalars.count }.reduce(0, +) }
        #expect(cell.wide.config.sizes == [2, 12, 2] && cell.deep.config.sizes == [2, 4, 4, 4, 2])
        #expect(count(cell.wide) == 62 && count(cell.deep) == 62)
        cell.setKnob("budget", to: 6)
        cell.setKnob("deep_layers", to: 2)
        #expect(cell.deep.config.sizes == [2, 3, 3, 2])
        for _ in 0..<30 { cell.step() }
        cell.setKnob("depth_lr", to: 0.1)
        #expect(cell.wide.events.map(\.label) == ["lr=0.1"] && cell.deep.iteration == 30)
    }

    @Test func exportHasTheKnobsAndCurves() throws {
        let cell = PlaygroundCell(run: PlaygroundRun(seed: 1))
        for _ in 0..<30 { cell.step() }
        let export = cell.export()
        #expect(export.name == "playground")
        #expect(export.tables.map(\.name) == ["playground_curves", "playground_final"])
        #expect(export.tables[1].rows.count == 1 && export.tables[1].columns.count == 20)
        #expect(export.tables[1].rows[0][8] == .string("2-4-2") && export.tables[1].rows[0][0] == .string("flower"))
        #expect(export.tables[0].columns == ["iteration", "train_loss", "test_loss", "train_acc", "test_acc"])
        #expect(export.tables[0].rows.count == 4)  // iterations 0, 10, 20, 30
        guard case .object(let fields) = export.json else { Issue.record("not an object"); return }
        #expect(fields.map(\.0) == ["dataset", "noise", "split", "train_size", "test_size", "hidden", "units", "activation",
                                    "sizes", "lr", "lambda", "batch", "init", "unit", "iterations", "stopped",
                                    "final_train_loss", "final_test_loss", "final_train_acc", "final_test_acc"])
    }
}
