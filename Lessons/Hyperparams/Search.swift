import Foundation
import LessonKit
import NumericCore

/// What the learner sets for the search: the book's ranges and 50 epochs by default, but 20
/// trials rather than its 100 (a debug build trains the 20 in about 25 s).
struct SearchSettings: Equatable {
    var trials = 20
    var epochs = 50
    var learningRate: ClosedRange<Double> = 1e-6...1e-2
    var weightDecay: ClosedRange<Double> = 1e-8...1e-4
    /// How many of the best trials the table lists and the narrowing uses.
    var best = 5
}

/// The book's random search (ch. 6), run a training iteration at a time so the frame loop
/// never waits: trial after trial draws lr = 10^U(log lr range) and weight decay =
/// 10^U(log wd range), trains, and records its validation accuracy. "Narrow" starts a second,
/// fine round that samples only around the best trials of the first (coarse to fine, Ng).
///
/// Every draw comes from the seed, the round and the trial number, so the same settings give
/// the same trials whatever the frame timing.
final class Search {
    let data: HoldOut
    let seed: UInt64
    private(set) var settings: SearchSettings
    /// Every trial so far, both rounds, in order.
    private(set) var trials: [Trial] = []
    /// The fine round's ranges once narrowed (nil: the search is in its coarse round).
    private(set) var fineRanges: (learningRate: ClosedRange<Double>, weightDecay: ClosedRange<Double>)?
    /// The first trials of a round all diverged: the search stops there.
    static let earlyStopTrials = 3

    init(data: HoldOut, seed: UInt64, settings: SearchSettings = SearchSettings()) {
        self.data = data
        self.seed = seed
        self.settings = settings
    }

    var round: Int { fineRanges == nil ? 1 : 2 }
    var learningRateRange: ClosedRange<Double> { fineRanges?.learningRate ?? settings.learningRate }
    var weightDecayRange: ClosedRange<Double> { fineRanges?.weightDecay ?? settings.weightDecay }
    /// The current round's trials.
    var roundTrials: [Trial] { trials.filter { $0.round == round } }
    var current: Trial? { trials.last.flatMap { $0.isDone ? nil : $0 } }

    /// The round stopped early: its first `earlyStopTrials` trials all diverged.
    var stoppedEarly: Bool {
        let done = roundTrials.filter(\.isDone)
        return done.count >= Self.earlyStopTrials && done.allSatisfy(\.isDiverged)
    }
    var isFinished: Bool {
        if stoppedEarly { return true }
        guard roundComplete else { return false }
        // A requested fine round is still to come.
        return !(round == 1 && narrowRequested && narrowedRanges() != nil)
    }
    /// The search ended without one trial that learned.
    var hasFailed: Bool { isFinished && !roundTrials.contains { !$0.isDiverged } }

    /// The finished trials of both rounds, best validation accuracy first (ties: earlier first).
    var ranked: [Trial] {
        trials.filter { $0.validationAccuracy != nil }
            .sorted { ($0.validationAccuracy!, -$0.number) > ($1.validationAccuracy!, -$1.number) }
    }
    var bestTrial: Trial? { ranked.first }

    /// One training iteration of the current trial, drawing the next trial first if none is training.
    func step() {
        guard !isFinished else { return }
        enterFineRoundIfDue()
        if current == nil { startTrial() }
        current?.step()
    }

    /// Iterations for about `budget` seconds (at least one unless finished); true if any ran.
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            step()
            return true
        } > 0
    }

    /// The random stream of trial `number` in `round`.
    private func rng(round: Int, number: Int) -> Xoshiro256StarStar {
        var mixer = Xoshiro256StarStar(seed: seed ^ (UInt64(round) << 56) ^ (UInt64(number) << 40))
        return Xoshiro256StarStar(seed: mixer.next())
    }

    private func startTrial() {
        let number = roundTrials.count + 1
        var random = rng(round: round, number: number)
        let lr = Sampling.log.draw(low: learningRateRange.lowerBound, high: learningRateRange.upperBound, using: &random)
        let wd = Sampling.log.draw(low: weightDecayRange.lowerBound, high: weightDecayRange.upperBound, using: &random)
        trials.append(Trial(number: trials.count + 1, round: round, learningRate: lr, weightDecay: wd,
                            epochs: settings.epochs, data: data, seed: random.next()))
    }

    /// Back to no trials with the current settings (the coarse round).
    func restart() {
        trials = []
        fineRanges = nil
    }

    /// New settings: new ranges or epochs restart the search; more or fewer trials or a new
    /// `best` keep what has been trained (fewer trials drop the latest ones of the round).
    func apply(_ new: SearchSettings) {
        let old = settings
        settings = new
        if new.epochs != old.epochs || new.learningRate != old.learningRate || new.weightDecay != old.weightDecay {
            restart()
        } else if new.trials < old.trials {
            let drop = roundTrials.dropFirst(new.trials).map(ObjectIdentifier.init)
            trials.removeAll { drop.contains(ObjectIdentifier($0)) }
        }
        enterFineRoundIfDue()
    }

    /// The fine round's ranges: the span of the best `settings.best` finished trials in
    /// log10, widened by a quarter decade on each side (at least half a decade wide), kept
    /// inside the knobs' bounds (so a best trial at the edge of the coarse range can lead a
    /// little beyond it). Nil when no trial has finished.
    func narrowedRanges() -> (learningRate: ClosedRange<Double>, weightDecay: ClosedRange<Double>)? {
        let best = ranked.filter { $0.round == 1 }.prefix(max(1, settings.best))
        guard !best.isEmpty else { return nil }
        func span(_ values: [Double], inside coarse: ClosedRange<Double>) -> ClosedRange<Double> {
            let logs = values.map(log10)
            var low = logs.min()! - 0.25, high = logs.max()! + 0.25
            if high - low < 0.5 { let mid = (low + high) / 2; low = mid - 0.25; high = mid + 0.25 }
            low = max(low, log10(coarse.lowerBound)); high = min(high, log10(coarse.upperBound))
            return pow(10, low)...pow(10, max(low, high))
        }
        return (span(best.map(\.learningRate), inside: SearchKnobs.learningRateBounds),
                span(best.map(\.weightDecay), inside: SearchKnobs.weightDecayBounds))
    }

    /// Whether the learner asked for the fine round: it starts as soon as the coarse round is
    /// complete (at once if it already is), around the best trials of the coarse round.
    private(set) var narrowRequested = false

    /// Asks for the fine round (true), or drops it and goes back to the coarse round (false).
    func setNarrow(_ on: Bool) {
        narrowRequested = on
        if on { enterFineRoundIfDue() } else if fineRanges != nil {
            trials.removeAll { $0.round == 2 }
            fineRanges = nil
        }
    }

    private var roundComplete: Bool { roundTrials.count >= settings.trials && roundTrials.allSatisfy(\.isDone) }

    private func enterFineRoundIfDue() {
        guard narrowRequested, fineRanges == nil, roundComplete, !stoppedEarly, let ranges = narrowedRanges() else { return }
        fineRanges = ranges
    }
}
