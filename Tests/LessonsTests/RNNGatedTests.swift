import LessonKit
import NumericCore
import Testing
@testable import RNNLesson

/// The gated-cell page: the echo task's sequences, the headless run of `task=echo` with both
/// nets' curves and gradient profiles, knob changes marked or restarting, a blown-up run's
/// advice and recovery with `r`.
@Suite struct RNNGatedTests {
    @Test func anEchoSequenceShowsTheSignOnceThenDistractors() {
        var rng = Xoshiro256StarStar(seed: 5)
        let (inputs, targets, sign) = EchoTask.sequence(delay: 3, rng: &rng)
        #expect(inputs.count == 4 && targets.count == 4)
        #expect(inputs[0] == [sign, 1] && abs(sign) == 1)
        #expect(inputs.dropFirst().allSatisfy { $0.count == 2 && abs($0[0]) == 1 && $0[1] == 0 })
        #expect(targets.prefix(3).allSatisfy { $0 == nil } && targets[3] == [sign])
    }

    @Test func headlessEchoRunExportsBothCurvesAndProfiles() throws {
        let out = try RNNLesson().run(RunRequest(settings: [("task", "echo"), ("delay", "10")], steps: 20))
        #expect(out.cells.map(\.name) == ["echo"])
        let echo = out.cells[0]
        #expect(echo.tables.map(\.name) == ["curves", "profile", "echo_events"])
        #expect(echo.tables[0].columns == ["iteration", "rnn_loss", "rnn_accuracy", "lstm_loss", "lstm_accuracy"])
        #expect(echo.tables[0].rows.count == 20)
        #expect(echo.tables[1].columns == ["t", "rnn_h", "lstm_h", "lstm_c"] && echo.tables[1].rows.count == 11)
        // Without a task the run is the sine pages' as before; a knob of the echo page says where it lives.
        #expect(try RNNLesson().run(RunRequest(steps: 2)).cells.map(\.name) == ["unrolled", "sine", "gradients"])
        let elsewhere = #expect(throws: LessonKitError.self) { try RNNLesson().run(RunRequest(settings: [("delay", "10")], steps: 2)) }
        guard case let .parameterElsewhere(name, _, hint)? = elsewhere else { Issue.record("\(String(describing: elsewhere))"); return }
        #expect(name == "delay" && hint == "it belongs to task echo; add --set task=echo")
        let unknown = #expect(throws: LessonKitError.self) { try RNNLesson().run(RunRequest(settings: [("task", "copy")], steps: 2)) }
        guard case let .invalidValue(knob, value, expected)? = unknown else { Issue.record("\(String(describing: unknown))"); return }
        #expect(knob == "task" && value == "copy" && expected == "one of: sine, echo, text")
    }

    /// The first iteration's losses are the two nets' mean ½(y − s)² on the same batch: both
    /// start near 0.5, the loss of always answering 0.
    @Test func bothNetsSeeTheSameBatches() throws {
        let run = GatedRun(config: GatedRun.Config(), seed: 1)
        run.step()
        #expect(run.rnnTrack.losses.count == 1 && run.lstmTrack.losses.count == 1)
        #expect(abs(run.rnnTrack.losses[0] - 0.5) < 0.3 && abs(run.lstmTrack.losses[0] - 0.5) < 0.3)
        #expect(run.rnnTrack.hiddenProfile.count == 21 && run.lstmTrack.cellProfile.count == 21)
    }

    @Test func learningRateAndClipAreMarkedANewDelayRestarts() {
        let cell = GatedCell(run: GatedRun(config: GatedRun.Config(), seed: 1))
        cell.setKnob("lr", to: 0.02)
        #expect(cell.run.events.isEmpty)
        for _ in 0..<5 { cell.step() }
        cell.setKnob("lr", to: 0.005)
        cell.setKnob("clip", to: 1)
        cell.step()
        cell.setKnob("clip", to: 0)
        #expect(cell.run.events.map(\.iteration) == [5, 5, 6])
        #expect(cell.run.events.map(\.label) == ["lr=0.005", "clip=1", "clip off"])
        #expect(cell.accuracyPlot().events.map(\.label) == ["lr=0.005", "clip=1", "clip off"])
        cell.setKnob("delay", to: 30)
        #expect(cell.run.iteration == 0 && cell.run.events.isEmpty && cell.run.config.learningRate == 0.005)
        #expect(cell.run.lstmTrack.hiddenProfile.count == 31)
    }

    /// lr = 1 throws Adam's steps so far that a loss passes 10 at once: the status gives the
    /// advice first; a lower rate and r recover.
    @Test func aBlownUpRunGivesAdviceAndRecovers() {
        let cell = GatedCell(run: GatedRun(config: GatedRun.Config(), seed: 1))
        cell.setKnob("lr", to: 1)
        cell.stepHeadless(50)
        #expect(cell.hasFailed && cell.isFinished)
        #expect(cell.status == "learning rate too high — lower it, press r · the LSTM loss blew up at iteration 2")
        cell.setKnob("lr", to: 0.01)
        cell.reset()
        #expect(!cell.hasFailed && cell.run.iteration == 0)
        cell.stepHeadless(5)
        #expect(!cell.hasFailed && cell.run.iteration == 5)
    }
}
