import Charts
import LessonKit
import Testing
@testable import RNNLesson

/// The rnn lesson's cells: the headless export, the seed, knob changes marked on the loss
/// curve, a blown-up run's advice and recovery, and the unrolled walk's values.
@Suite struct RNNLessonTests {
    @Test func taskTextRunsTheLanguageModelAlone() throws {
        let out = try RNNLesson().run(RunRequest(settings: [("task", "text"), ("temperature", "0.5")], steps: 2))
        #expect(out.cells.map(\.name) == ["text"])
        #expect(throws: LessonKitError.self) { try RNNLesson().run(RunRequest(settings: [("temperature", "0.5")], steps: 1)) }
    }

    @Test func headlessSineRunExportsTheCurves() throws {
        let out = try RNNLesson().run(RunRequest(settings: [("task", "sine")], steps: 50))
        #expect(out.cells.map(\.name) == ["unrolled", "sine", "gradients"])
        let sine = out.cells[1]
        #expect(sine.tables.map(\.name) == ["loss", "prediction", "events"])
        #expect(sine.tables[0].columns == ["iteration", "loss"] && sine.tables[0].rows.count == 50)
        #expect(sine.tables[1].columns == ["t", "input", "target", "prediction"] && sine.tables[1].rows.count == 24)
        #expect(out.cells[2].tables.map(\.name) == ["gradient_norms", "gradient_loss"])
        #expect(out.cells[2].tables[0].rows.count == 32)
        // The unrolled walk: T = 4 rows, the hand-chosen net's first hidden state tanh(0.1), tanh(−0.1).
        let unrolled = out.cells[0].tables[0]
        #expect(unrolled.rows.count == 4)
        #expect(unrolled.rows[0][2] == .number(0.09966799462495582) && unrolled.rows[0][3] == .number(-0.09966799462495582))
    }

    @Test func theSeedDecidesEverything() throws {
        func losses(_ seed: UInt64) throws -> [ExportValue] {
            try RNNLesson().run(RunRequest(steps: 20, context: LessonContext(seed: seed))).cells[1].tables[0].rows.map { $0[1] }
        }
        #expect(try losses(1) == losses(1))
        #expect(try losses(1) != losses(2))
    }

    @Test func learningRateChangesAreMarkedOnTheLossCurve() {
        let cell = SineCell(run: SineRun(config: SineRun.Config(), seed: 1))
        cell.setKnob("lr", to: 0.1)
        #expect(cell.run.events.isEmpty)
        for _ in 0..<10 { cell.step() }
        cell.setKnob("lr", to: 0.2)
        #expect(cell.run.events.map(\.iteration) == [10] && cell.run.events.map(\.label) == ["lr=0.2"])
        #expect(RNNKnobs.lossPlot(cell.run).events.map(\.label) == ["lr=0.2"])
        let clip = GradientCell(run: SineRun(config: RNNLesson.gradientDefaults, seed: 1))
        clip.step()
        clip.setKnob("clip", to: 1)
        clip.setKnob("clip", to: 0)
        #expect(clip.run.events.map(\.label) == ["clip=1", "clip off"])
    }

    @Test func aBlownUpRunAdvisesFirstAndRecovers() {
        let cell = SineCell(run: SineRun(config: SineRun.Config(), seed: 1))
        cell.setKnob("lr", to: 1)
        cell.setKnob("hidden", to: 64)
        cell.stepHeadless(cell.headlessStepCount(requested: nil))
        #expect(cell.hasFailed && cell.isFinished && cell.run.iteration == 4)
        #expect(cell.status == "learning rate too high — lower it, press r · the loss blew up at iteration 4")
        let screen = cell.render(width: 80, height: 24, options: .standard).text.lowercased()
        #expect(!screen.contains("nan") && !screen.contains("inf"))
        cell.setKnob("lr", to: 0.05)
        cell.reset()
        #expect(!cell.hasFailed && cell.run.iteration == 0)
        for _ in 0..<20 { cell.step() }
        #expect(!cell.hasFailed && cell.run.recentLoss.isFinite)
    }

    @Test func theUnrolledWalkGoesForwardThenBack() {
        let cell = UnrollCell()
        #expect(cell.currentStep == nil && !cell.isFinished)
        for _ in 0..<4 { cell.step() }
        #expect(cell.currentStep == 4 && !cell.isBackward)
        cell.step()
        #expect(cell.currentStep == 4 && cell.isBackward)
        for _ in 0..<3 { cell.step() }
        #expect(cell.currentStep == 1 && cell.isFinished)
        // At W_hh scale 0 each step forgets the one before: ∂L/∂h_t comes from y_t alone,
        // W_hyᵀ (y_t − target_t)/T.
        cell.setKnob("whh_scale", to: 0)
        let g = cell.gradients.hiddenGradients[0], y = cell.trace.outputs[0][0], target = cell.targets[0][0]
        #expect(abs(g[0] - 1.2 * (y - target) / 4) < 1e-15 && abs(g[1] - -0.8 * (y - target) / 4) < 1e-15)
    }

    /// At ρ = 3 the gradient explodes through time; a clip norm of 1 scales every larger
    /// gradient down to it, and the plot draws the threshold.
    @Test func clippingCutsTheExplodingGradient() {
        let cell = GradientCell(run: SineRun(config: RNNLesson.gradientDefaults, seed: 1))
        cell.setKnob("radius", to: 3)
        cell.setKnob("clip", to: 1)
        for _ in 0..<50 { cell.step() }
        #expect(cell.run.reachRatio > 100 && cell.ratioReadout.hasSuffix("(explodes)"))
        #expect(cell.run.gradientNorms.count == 50)
        #expect(cell.run.clippedCount == cell.run.gradientNorms.filter { $0 > 1 }.count && cell.run.clippedCount > 40)
        #expect(cell.clipPlot().series.map(\.name) == ["norm", "clip"])
        #expect(cell.export().tables[1].columns == ["iteration", "loss", "gradient_norm"])
        #expect(!cell.hasFailed)
    }
}
