import Dispatch
import Foundation
import LessonKit
import NumericCore

/// The live run of the text page: a character-level language model (`CharRNN`, a
/// `VanillaRNN` V → hidden → V) reading the bundled corpus (`AliceCorpus`) one window of T
/// characters at a time, as min-char-rnn does: the hidden state carries on from window to
/// window (back to zero at the start of the text), BPTT stops at the window's edge, AdaGrad
/// updates, the gradient's global norm clipped at 5.
///
/// The perplexity curve is exp of the mean loss per character over the last (up to) 50
/// windows. Every `sampleEvery` characters of training a fresh sample is drawn at the
/// temperature knob (its random draws fixed by the seed and the sample's number, so a
/// temperature change redraws the same sample with only the temperature changed). The
/// learning rate, temperature and window length change the running model and are marked;
/// a new hidden size or seed restarts. A window length of 0 has nothing to predict: the run
/// stays put and says so (the core's `RecurrentError.emptySequence`). The run stops
/// (failed) when a window's loss is not finite or exceeds `blowUpFactor`·ln V.
final class CharRun: PlayableRun {
    struct Config: Equatable {
        var hidden = 64
        /// T: characters per training window (BPTT steps).
        var length = 25
        var learningRate = 0.1
        var temperature = 1.0
        var seed: UInt64 = 1
        /// Windows to train.
        var windows = 3000
    }

    /// A window's loss above this many times ln V (the loss of a uniform guess) stops the run.
    static let blowUpFactor = 5.0
    /// Characters of training between two samples.
    static let sampleEvery = 400
    /// Characters in a sample.
    static let sampleLength = 240
    /// Windows the perplexity curve averages over.
    static let smoothing = 50

    let vocabulary: CharVocabulary
    let data: [Int]
    private(set) var config: Config
    private(set) var net: VanillaRNN
    private var memory: RNNAdaGrad
    /// Where the next window starts in `data`, and the hidden state carried to it.
    private(set) var position = 0
    private var state: [Double]
    /// The mean loss per character of every window trained (window i + 1 at index i).
    private(set) var losses: [Double] = []
    /// exp(mean of the last ≤ 50 losses) after every window: the plotted curve.
    private(set) var perplexities: [Double] = []
    /// Knob changes: (window, label).
    private(set) var events: [(iteration: Int, label: String)] = []
    /// Characters trained on so far (the sum of the windows' lengths), and that count after
    /// every window.
    private(set) var charactersSeen = 0
    private(set) var characterCounts: [Int] = []
    /// The current sample, the number of characters trained when it was drawn and its number.
    private(set) var sample = ""
    private(set) var sampledAt = 0
    private var sampleNumber = 0
    private(set) var stopped = false
    /// Why the run cannot train (a window of length 0), in the core's words; nil when it can.
    private(set) var refusal: RecurrentError?

    init(config: Config, text: String = AliceCorpus.text) {
        vocabulary = CharVocabulary(text)
        data = vocabulary.encode(text)
        self.config = config
        net = CharRNN.model(vocabulary: vocabulary.size, hidden: config.hidden, seed: config.seed)
        memory = RNNAdaGrad(for: net)
        state = Array(repeating: 0, count: config.hidden)
        resample()
    }

    var iteration: Int { losses.count }
    var isFinished: Bool { stopped || refusal != nil || iteration >= config.windows }

    /// The uniform guess's perplexity: V.
    var uniformPerplexity: Double { Double(vocabulary.size) }

    /// Perplexity now: exp of the mean loss per character over the last ≤ 50 windows (NaN before any).
    var perplexity: Double { perplexities.last ?? .nan }

    /// Fresh weights and AdaGrad memory, the same knobs.
    func restart() {
        net = CharRNN.model(vocabulary: vocabulary.size, hidden: config.hidden, seed: config.seed)
        memory = RNNAdaGrad(for: net)
        state = Array(repeating: 0, count: config.hidden)
        position = 0; losses = []; perplexities = []; characterCounts = []; events = []; charactersSeen = 0
        sampleNumber = 0; stopped = false; refusal = nil
        resample()
    }

    /// Applies `new`: hidden size or seed restart; lr, temperature and T are marked; a new
    /// temperature redraws the current sample.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.hidden != old.hidden || new.seed != old.seed { restart(); return }
        if new.length != old.length {
            refusal = nil
            if new.length == 0 { step() }  // the core refuses the empty window: the status says so at once
        }
        if new.temperature != old.temperature { resample() }
        guard iteration > 0 else { return }
        if new.learningRate != old.learningRate { events.append((iteration, "lr=" + Self.short(new.learningRate))) }
        if new.temperature != old.temperature { events.append((iteration, "τ=" + Self.short(new.temperature))) }
        if new.length != old.length { events.append((iteration, "T=\(new.length)")) }
    }

    /// "0.1", "1.5": a value as marked on the curve.
    static func short(_ v: Double) -> String { NumberText.format(v, digits: 2) }

    /// One training step on the next window (`CharRNN.trainStep`); nothing once finished.
    func step() {
        guard !isFinished else { return }
        let t = config.length
        if position + t + 1 > data.count {
            position = 0
            state = Array(repeating: 0, count: config.hidden)
        }
        let window = Array(data[position..<min(data.count, position + t + 1)])
        let result: CharRNNStep
        do {
            result = try CharRNN.trainStep(net, window: window, from: state, memory: &memory, learningRate: config.learningRate)
        } catch let error as RecurrentError {
            refusal = error
            return
        } catch {
            return
        }
        state = result.state
        position += t
        charactersSeen += t
        characterCounts.append(charactersSeen)
        losses.append(result.loss)
        let tail = losses.suffix(Self.smoothing)
        perplexities.append(exp(tail.reduce(0, +) / Double(tail.count)))
        let limit = Self.blowUpFactor * log(Double(vocabulary.size))
        if !result.loss.isFinite || result.loss > limit || !result.gradientNorm.isFinite {
            stopped = true
            return
        }
        if charactersSeen / Self.sampleEvery != (charactersSeen - t) / Self.sampleEvery {
            sampleNumber += 1
            resample()
        }
    }

    /// Windows for about `budget` seconds; true if any ran.
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            step()
            return true
        } > 0
    }

    /// Draws the sample again from the current model at the current temperature: the corpus's
    /// first character as the prompt, then `sampleLength` characters.
    private func resample() {
        var rng = Xoshiro256StarStar(seed: config.seed &* 1_000_003 &+ UInt64(sampleNumber))
        let prompt = Array(data.prefix(1))
        let drawn = CharRNN.sample(net, prompt: prompt, count: Self.sampleLength, temperature: config.temperature, rng: &rng)
        sample = vocabulary.decode(prompt + drawn)
        sampledAt = charactersSeen
    }
}

extension CharRun {
    /// Distinct words over words in the current sample (words split at spaces and newlines):
    /// near 1 for varied text, small for a sample stuck repeating a few words.
    var sampleVariety: Double {
        let words = sample.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard !words.isEmpty else { return .nan }
        return Double(Set(words).count) / Double(words.count)
    }
}
