import Charts
import Foundation
import LessonKit
import Testing
@testable import RNNLesson

/// The rnn lesson's text page: the bundled corpus and its vocabulary, the character model's
/// run (first loss ln V, perplexity falling, samples), knob changes marked, the temperature
/// redrawing the same draws, divergence advice and recovery, a zero-length window's message,
/// safe sample text, the export, and the challenge and prediction through the knobs.
@Suite struct RNNTextTests {
    /// A short, small run for tests.
    func cell(hidden: Int = 16, windows: Int = 3000) -> CharCell {
        var c = CharRun.Config()
        c.hidden = hidden
        c.windows = windows
        return CharCell(run: CharRun(config: c))
    }

    @Test func theCorpusAndItsVocabulary() {
        let text = AliceCorpus.text
        #expect(text.count == 3340 && text.hasPrefix("Alice was beginning to get very tired") && text.hasSuffix("nice grand words to say.)"))
        #expect(text.unicodeScalars.allSatisfy { $0 == "\n" || (0x20...0x7E).contains($0.value) })
        let v = CharVocabulary(text)
        #expect(v.size == 59 && v.symbols.prefix(3) == ["\n", " ", "!"] && v.symbols.last == "y")
        #expect(v.decode(v.encode("Alice")) == "Alice" && v.encode("Alice") == [12, 45, 42, 36, 38])
        #expect(text.split(separator: "\n").count == 8)
    }

    /// Weights ~ N(0, 0.01²): the first window's loss is ln 59 = 4.0775 to within 1e-3, so
    /// the first perplexity is the uniform guess's 59.
    @Test func anUntrainedModelGuessesUniformly() {
        let cell = cell()
        cell.step()
        #expect(abs(cell.run.losses[0] - log(59)) < 1e-3 && abs(cell.run.perplexity - 59) < 0.1)
        #expect(cell.run.charactersSeen == 25 && cell.run.position == 25)
    }

    @Test func knobChangesAreMarkedAndShapeChangesRestart() {
        let cell = cell()
        for _ in 0..<4 { cell.step() }
        cell.setKnob("char_lr", to: 0.3)
        cell.setKnob("temperature", to: 0.5)
        cell.setKnob("char_length", to: 40)
        #expect(cell.run.events.map(\.label) == ["lr=0.3", "τ=0.5", "T=40"] && cell.run.events.allSatisfy { $0.iteration == 4 })
        #expect(cell.perplexityPlot().events.map(\.label) == ["lr=0.3", "τ=0.5", "T=40"])
        cell.step()
        #expect(cell.run.charactersSeen == 4 * 25 + 40 && cell.run.characterCounts == [25, 50, 75, 100, 140])
        cell.setKnob("char_hidden", to: 24)
        #expect(cell.run.iteration == 0 && cell.run.events.isEmpty && cell.run.net.hiddenSize == 24)
    }

    /// A new temperature redraws the sample with the same random draws: back at the first
    /// temperature, the very same text.
    @Test func temperatureRedrawsTheSameDraws() {
        let cell = cell()
        for _ in 0..<16 { cell.step() }
        let warm = cell.run.sample
        cell.setKnob("temperature", to: 0.2)
        let cold = cell.run.sample
        cell.setKnob("temperature", to: 1)
        #expect(cold != warm && cell.run.sample == warm && warm.count == 241 && warm.first == "A")
        #expect(cell.run.sampledAt == 400)
    }

    @Test func aBlownUpRunAdvisesFirstAndRecovers() {
        let cell = cell()
        cell.setKnob("char_lr", to: 10)
        cell.stepHeadless(200)
        #expect(cell.hasFailed && cell.isFinished)
        #expect(cell.status?.hasPrefix("learning rate too high — lower it, press r · the loss blew up at window ") == true)
        let screen = cell.render(width: 80, height: 24, options: .standard).text.lowercased()
        #expect(!screen.contains("nan") && !screen.contains("inf"))
        cell.setKnob("char_lr", to: 0.1)
        cell.reset()
        #expect(!cell.hasFailed && cell.run.iteration == 0)
        for _ in 0..<20 { cell.step() }
        #expect(!cell.hasFailed && cell.run.perplexity.isFinite)
    }

    @Test func aZeroLengthSequenceSaysSoAndTrainsNothing() {
        let cell = cell()
        cell.setKnob("char_length", to: 0)
        #expect(cell.run.refusal == .emptySequence && cell.isFinished && !cell.hasFailed)
        #expect(cell.status == "sequence length 0 — set T to 1 or more: a window of 0 characters has nothing to predict")
        #expect(cell.stepHeadless(10) == 0 && cell.run.iteration == 0)
        let screen = cell.render(width: 80, height: 24, options: .standard).text.lowercased()
        #expect(!screen.contains("nan"))
        if case let .object(fields) = cell.export().json {
            #expect(fields.first { $0.0 == "message" }?.1 == .string(cell.status!))
        }
        cell.setKnob("char_length", to: 1)
        cell.step()
        #expect(cell.run.refusal == nil && cell.run.iteration == 1 && cell.run.charactersSeen == 1)
    }

    @Test func sampledTextIsDrawnSafely() {
        #expect(SampleText.visible("a\nb\tc\u{7}d\u{200B}", unicode: true) == "a↵b c·d·")
        #expect(SampleText.visible("a\nb\u{1B}", unicode: false) == "a|b.")
        #expect(SampleText.lines("the cat sat on the mat", width: 10) == ["the cat", "sat on the", "mat"])
        #expect(SampleText.lines("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        let cell = cell()
        for _ in 0..<16 { cell.step() }
        for line in cell.render(width: 80, height: 24, options: .standard).lines {
            #expect(displayWidth(of: line) == 80)
        }
    }

    @Test func theExportHasTheCurveAndTheSample() {
        let cell = cell()
        for _ in 0..<30 { cell.step() }
        let export = cell.export()
        #expect(export.name == "text")
        #expect(export.tables.map(\.name) == ["perplexity", "sample", "text_events"])
        #expect(export.tables[0].columns == ["window", "characters", "loss", "perplexity"] && export.tables[0].rows.count == 30)
        #expect(export.tables[0].rows[29][1] == .integer(750))
        #expect(export.tables[1].rows == [[.integer(400), .number(1), .string(cell.run.sample)]])
    }

    /// The challenge through the knobs, as `nnbook check` runs it: the defaults end at 4.43
    /// after 3000 windows (fails), T = 50 at 3.90 (passes).
    @Test func theChallengeFailsAtTheDefaultsAndPassesWithLongerWindows() throws {
        let lesson = RNNLesson()
        for (settings, passes) in [([(String, String)](), false), ([("char_length", "50")], true)] {
            let pages = lesson.makePages(context: LessonContext())
            let page = try #require(pages.last)
            let cell = try #require(page.cell as? CharCell)
            let challenge = try #require(page.challenges.first)
            #expect(challenge.id == "perplexity-below" && challenge.needsRun)
            #expect(challenge.evaluate(cell).passed == false)
            try lesson.apply(settings.map { (name: $0.0, value: $0.1) }, to: [cell])
            cell.stepHeadless(cell.headlessStepCount(requested: nil))
            #expect(cell.run.iteration == 3000)
            let check = challenge.evaluate(cell)
            #expect(check.passed == passes, "\(settings): \(check.progress ?? "")")
            #expect(check.progress == "perplexity \(RNNKnobs.number(cell.run.perplexity)) (need < 4)")
        }
    }

    /// The prediction: undecided before training or when warm; after 20000 characters at
    /// τ = 0.2 the sample repeats a few words (variety under 0.5): choice 2, "the same few words".
    @Test func theColdSamplePredictionIsReadFromTheSample() throws {
        let page = try #require(RNNLesson().makePages(context: LessonContext()).last)
        let prediction = try #require(page.prediction)
        let cell = try #require(page.cell as? CharCell)
        cell.setKnob("temperature", to: 0.2)
        #expect(prediction.id == "cold-sample" && prediction.truth(cell) == nil)
        for _ in 0..<1000 { cell.step() }
        #expect(cell.run.sampledAt >= 20000 && cell.run.sampleVariety < 0.5)
        #expect(prediction.truth(cell) == 1)
        cell.setKnob("temperature", to: 1)
        #expect(prediction.truth(cell) == nil && cell.run.sampleVariety > 0.5)
    }
}
