import Charts
import LessonKit
import NumericCore
import Testing
@testable import EmbeddingsLesson

/// The embeddings lesson's runs: training organizes the embedding and beats chance on
/// verification and one-shot recognition, knob changes are marked, a huge learning rate is
/// caught with advice and r recovers, the seed decides the run, and the headless export.
@Suite struct EmbeddingsLessonTests {
    static let data = DigitsSource.load(mnistDirectory: nil, synthetic: (train: 1000, test: 500), seed: 1)

    @Test func trainingSeparatesHeldOutDigits() {
        let run = EmbeddingRun(data: Self.data, seed: 1)
        let before = run.heldOutSatisfied
        for _ in 0..<30 { run.step() }
        #expect(run.iteration == 300)
        #expect(before < 0.5 && run.heldOutSatisfied > 0.8)
        let cell = VerifyCell(run: run)
        cell.setKnob("tau", to: 0.5)
        // Five classes: chance one-shot accuracy is 20 %.
        #expect(cell.oneShot > 0.8)
        let r = cell.rates
        #expect(r.tar > 0.8 && r.far < 0.15)
    }

    /// Hard mining after 300 random iterations sharpens the embedding instead of collapsing
    /// it (what the page's text advises), and the switch is marked.
    @Test func hardMiningAfterAWarmUpHelps() {
        let run = EmbeddingRun(data: Self.data, seed: 1)
        for _ in 0..<30 { run.step() }
        let warm = run.heldOutSatisfied
        var c = run.config
        c.mining = .hard
        run.apply(c)
        for _ in 0..<30 { run.step() }
        #expect(!run.collapsed && run.heldOutSatisfied > warm + 0.02)
        #expect(run.events.map(\.label) == ["hard"] && run.events[0].iteration == 300)
    }

    @Test func theSeedDecidesTheRun() {
        func final(_ seed: UInt64) -> [Double] {
            let run = EmbeddingRun(data: Self.data, seed: seed)
            for _ in 0..<3 { run.step() }
            return run.losses
        }
        #expect(final(1) == final(1))
        #expect(final(1) != final(2))
    }

    @Test func knobChangesMidRunAreMarked() {
        let cell = TripletCell(run: EmbeddingRun(data: Self.data, seed: 1))
        cell.setKnob("margin", to: 0.5)
        #expect(cell.run.events.isEmpty)
        cell.step()
        cell.setKnob("margin", to: 1)
        cell.setKnob("lr", to: 0.01)
        cell.setKnob("mining", to: 1)
        #expect(cell.run.events.map(\.label) == ["α=1", "lr=0.01", "hard"])
        #expect(cell.run.events.allSatisfy { $0.iteration == 10 })
        #expect(cell.lossPlot.events.count == 3)
        cell.setKnob("classes", to: 3)
        #expect(cell.run.iteration == 0 && cell.run.heldOut.labels.count == 120)
    }

    /// The embedding is scaled to length 1 and Adam scales its steps, so even lr = 3 neither
    /// blows up nor draws a NaN; it just ends worse than lr = 0.003.
    @Test func aHugeLearningRateStaysFinite() {
        let cell = TripletCell(run: EmbeddingRun(data: Self.data, seed: 1))
        cell.setKnob("lr", to: 3)
        for _ in 0..<20 { cell.step() }
        #expect(!cell.run.stopped && cell.run.losses.allSatisfy(\.isFinite))
        #expect(!cell.render(width: 80, height: 16, options: .standard).text.lowercased().contains("nan"))
    }

    @Test func thresholdExtremesGiveAdvice() {
        let cell = VerifyCell(run: EmbeddingRun(data: Self.data, seed: 1))
        cell.setKnob("tau", to: 0)
        #expect(cell.status == "τ = 0 accepts no pair — raise τ")
        #expect(cell.rates.tar == 0 && cell.rates.far == 0)
        cell.setKnob("tau", to: 5)
        #expect(cell.threshold == 2 && cell.rates == (1, 1))
    }

    @Test func headlessExport() throws {
        let output = try EmbeddingsLesson().run(RunRequest(settings: [("tau", "0.4"), ("b", "columns")], steps: 2, context: LessonContext()))
        #expect(output.cells.map(\.name) == ["triplet", "verification", "style", "texture"])
        let loss = try #require(output.cells[0].tables.first)
        #expect(loss.name == "loss" && loss.columns == ["iteration", "loss", "active"] && loss.rows.count == 20)
        #expect(output.cells[0].tables[1].rows.count == 200)
        let rates = try #require(output.cells[1].tables.first)
        #expect(rates.name == "rates" && rates.rows.count == 41 && rates.rows[40] == [.number(2), .number(1), .number(1)])
        guard case .object(let v) = output.cells[1].json, case .object(let s) = output.cells[2].json else {
            Issue.record("not objects"); return
        }
        #expect(v.first { $0.0 == "tau" }?.1 == .number(0.4))
        #expect(s.first { $0.0 == "texture_b" }?.1 == .string("columns") && s.first { $0.0 == "shift" }?.1 == .integer(2))
    }
}
