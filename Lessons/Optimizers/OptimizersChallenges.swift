import LessonKit
import NumericCore

/// The optimizers lesson's challenges and prediction, checked on the surface races: which
/// optimizer reaches ε first on the book's bowl (prediction), SGD beating Adam by a better
/// start and learning rate, Adam winning by its learning rate alone, and some optimizer
/// reaching the Rosenbrock minimum.
enum OptimizersChallenges {
    /// The bowl race as the lesson opens it: the book's start, steps, ε and rates.
    static var book: SurfaceRace { SurfaceRace(preset: .book) }

    /// The first step at which `kind` came within ε, or nil (also when it is switched off).
    static func withinStep(_ kind: OptimizerKind, in race: SurfaceRace) -> Int? {
        race.standings.first { $0.settings.kind == kind }?.withinStep
    }

    /// "step 12", or "—" when not (yet) within ε.
    static func stepText(_ step: Int?) -> String { step.map { "step \($0)" } ?? "—" }

    /// Bowl page: SGD within ε before Adam, changing only SGD's lr and the start.
    static let sgdBeforeAdam = Challenge(
        id: "sgd-before-adam",
        goal: "Make SGD reach ε before Adam on the bowl, changing only SGD's lr and the start point.",
        hints: [
            "SGD zig-zags across the steep y direction, and an lr above 1 makes that blow up; what if the start had no y to zig-zag in?",
            "Set start y to 0, then raise SGD lr to about 5: with no y-gradient its steps along x can be large.",
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? SurfaceRaceCell else { return .wrongCell }
        let race = cell.race
        guard matchesBook(race, freeKinds: [.sgd]) else {
            return ChallengeCheck(passed: false, progress: "change only SGD lr and the start (choose surface book to reload the rest)")
        }
        let sgd = withinStep(.sgd, in: race), adam = withinStep(.adam, in: race)
        let passed = sgd != nil && (adam == nil || sgd! < adam!)
        return ChallengeCheck(passed: passed, progress: "SGD ≤ε at \(stepText(sgd)), Adam at \(stepText(adam)) · step \(race.clock) of \(race.planned)")
    }

    /// Adaptive page: Adam first within ε of all six, changing only Adam's lr.
    static let adamFirst = Challenge(
        id: "adam-first",
        goal: "Make Adam the first optimizer within ε on the bowl by changing only Adam's lr.",
        hints: [
            "AdaGrad gets there at step 19 and Adam only at 26: Adam's lr 0.3 is cautious.",
            "Raise Adam lr to about 0.5 (not much more: at 1.5 its overshoot makes it late again).",
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? SurfaceRaceCell else { return .wrongCell }
        let race = cell.race
        guard matchesBook(race, freeKinds: [.adam]) && race.start == book.start else {
            return ChallengeCheck(passed: false, progress: "change only Adam lr (choose surface book to reload the rest)")
        }
        let adam = withinStep(.adam, in: race)
        let others = race.standings.filter { $0.settings.kind != .adam && $0.withinStep != nil }
        let best = others.min { ($0.withinStep!, $0.settings.kind.index) < ($1.withinStep!, $1.settings.kind.index) }
        let passed = adam != nil && (best == nil || adam! < best!.withinStep!)
        let rival = best.map { "first other: \($0.settings.kind.displayName) at step \($0.withinStep!)" } ?? "no other within ε"
        return ChallengeCheck(passed: passed, progress: "Adam at \(stepText(adam)), \(rival) · step \(race.clock) of \(race.planned)")
    }

    /// Whether `race` is the book's race except for the learning rates of `freeKinds` (and
    /// the start, which the caller checks where it matters).
    static func matchesBook(_ race: SurfaceRace, freeKinds: Set<OptimizerKind>) -> Bool {
        let book = self.book
        guard race.preset == .book && race.planned == book.planned && race.epsilon == book.epsilon else { return false }
        let expected = book.racers.map { settings -> RacerSettings in
            var s = settings
            if freeKinds.contains(s.kind), let actual = race.racers.first(where: { $0.kind == s.kind }) {
                s.learningRate = actual.learningRate
            }
            return s
        }
        return race.racers == expected
    }

    /// How close to Rosenbrock's minimum (1, 1) counts as there, whatever the ε knob says.
    static let rosenbrockTolerance = 0.1

    /// Surfaces page: any optimizer within 0.1 of (1, 1) within the surface's 300 steps.
    static let rosenbrock = Challenge(
        id: "rosenbrock-minimum",
        goal: "On Rosenbrock, get any optimizer within 0.1 of the minimum (1, 1) within the 300 steps, from the usual start.",
        hints: [
            "The valley is curved and flat: the plain rates are too timid; momentum carries speed along the valley floor.",
            "Raise Momentum lr from 0.0005 to 0.002 or 0.003 (Nesterov is less forgiving: it diverges there).",
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? SurfaceRaceCell else { return .wrongCell }
        let race = cell.race
        let preset = SurfacePreset.rosenbrock
        guard race.preset == preset, race.start == preset.surface.start, race.planned <= preset.steps,
              let minimum = preset.surface.minimum else {
            return ChallengeCheck(passed: false, progress: "choose surface rosenbrock (its start, at most 300 steps)")
        }
        func distance(_ p: SIMD2<Double>) -> Double { ((p.x - minimum.x) * (p.x - minimum.x) + (p.y - minimum.y) * (p.y - minimum.y)).squareRoot() }
        let arrivals = race.runs.compactMap { run in
            run.path.firstIndex { distance($0) <= rosenbrockTolerance }.map { (run.settings.kind, $0) }
        }
        if let first = arrivals.min(by: { $0.1 < $1.1 }) {
            return ChallengeCheck(passed: true, progress: "\(first.0.displayName) within 0.1 of (1, 1) at step \(first.1)")
        }
        let closest = race.runs.filter { !$0.hasDiverged }.min { distance($0.current) < distance($1.current) }
        let text = closest.map { "closest: \($0.settings.kind.displayName) \(NumberText.format(distance($0.current), digits: 3)) from (1, 1)" }
            ?? "every optimizer diverged or is off"
        return ChallengeCheck(passed: false, progress: text + " · step \(race.clock) of \(race.planned)")
    }

    /// Bowl page: who is first within ε in the book's race? Known once someone is (AdaGrad,
    /// at step 19); nil while no one is, or when the race is not the book's.
    static let firstOnBowl = Prediction(
        id: "first-within-eps",
        question: "Which optimizer reaches ε (0.5 from the minimum) first on the book's bowl?",
        choices: OptimizerKind.allCases.map(\.displayName),
        explanation: "AdaGrad, at step 19: dividing by the root of its summed squared gradients shrinks the steep "
            + "y steps and keeps the flat x steps large at once. Adam gets there at 26 and SGD at 27; momentum "
            + "overshoots and swings back."
    ) { cell in
        guard let cell = cell as? SurfaceRaceCell, matchesBook(cell.race, freeKinds: []), cell.race.start == book.start else { return nil }
        let arrived = cell.race.runs.compactMap { run in
            Standing(run: run, surface: cell.race.surface, epsilon: cell.race.epsilon).withinStep.map { (run.settings.kind, $0) }
        }
        // Ties go to the earlier optimizer in the choices' order (`min` keeps the first).
        guard let first = arrived.min(by: { $0.1 < $1.1 }) else { return nil }
        return first.0.index
    }
}

extension OptimizerKind {
    /// The position in `allCases`: the prediction's choice index and the tie-break order.
    var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
