import Charts
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

    /// "step 12" ("第 12 步"), or "—" when not (yet) within ε.
    static func stepText(_ step: Int?) -> String { step.map { tr("step \($0)", "第 \($0) 步") } ?? "—" }

    /// " · step 12 of 30" ("第 12 / 30 步"): where the race is, closing a progress line.
    static func clockText(_ race: SurfaceRace) -> String {
        " · " + tr("step \(race.clock) of \(race.planned)", "第 \(race.clock) / \(race.planned) 步")
    }

    /// Bowl page: SGD within ε before Adam, changing only SGD's lr and the start.
    static let sgdBeforeAdam = Challenge(
        id: "sgd-before-adam",
        goal: Localized(en: "Make SGD reach ε before Adam on the bowl, changing only SGD's lr and the start point.",
                        zh: "在碗形曲面上让 SGD 比 Adam 先进入 ε 范围，只能改 SGD 的 lr 和起点。"),
        hints: [
            Localized(en: "SGD zig-zags across the steep y direction, and an lr above 1 makes that blow up; what if the start had no y to zig-zag in?",
                      zh: "SGD 在陡峭的 y 方向上走之字形，lr 大于 1 时就会失控；如果起点在 y 方向上根本没有可来回的余地呢？"),
            Localized(en: "Set start y to 0, then raise SGD lr to about 5: with no y-gradient its steps along x can be large.",
                      zh: "把起点 y 设为 0，再把 SGD lr 提高到 5 左右：没有 y 方向的梯度，它沿 x 的步子就可以很大。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? SurfaceRaceCell else { return .wrongCell }
        let race = cell.race
        guard matchesBook(race, freeKinds: [.sgd]) else {
            return ChallengeCheck(passed: false, progress: tr("change only SGD lr and the start (choose surface book to reload the rest)",
                                                              "只改 SGD lr 和起点（把曲面重新选为 book 可恢复其余设置）"))
        }
        let sgd = withinStep(.sgd, in: race), adam = withinStep(.adam, in: race)
        let passed = sgd != nil && (adam == nil || sgd! < adam!)
        let progress = tr("SGD ≤ε at \(stepText(sgd)), Adam at \(stepText(adam))",
                          "SGD ≤ε：\(stepText(sgd))，Adam：\(stepText(adam))")
        return ChallengeCheck(passed: passed, progress: progress + clockText(race))
    }

    /// Adaptive page: Adam first within ε of all six, changing only Adam's lr.
    static let adamFirst = Challenge(
        id: "adam-first",
        goal: Localized(en: "Make Adam the first optimizer within ε on the bowl by changing only Adam's lr.",
                        zh: "只改 Adam 的 lr，让 Adam 在碗形曲面上第一个进入 ε 范围。"),
        hints: [
            Localized(en: "AdaGrad gets there at step 19 and Adam only at 26: Adam's lr 0.3 is cautious.",
                      zh: "AdaGrad 在第 19 步到达，Adam 要到第 26 步：Adam 的 lr 0.3 太保守了。"),
            Localized(en: "Raise Adam lr to about 0.5 (not much more: at 1.5 its overshoot makes it late again).",
                      zh: "把 Adam lr 提高到 0.5 左右（别再高太多：到 1.5 时它冲过头，又会迟到）。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? SurfaceRaceCell else { return .wrongCell }
        let race = cell.race
        guard matchesBook(race, freeKinds: [.adam]) && race.start == book.start else {
            return ChallengeCheck(passed: false, progress: tr("change only Adam lr (choose surface book to reload the rest)",
                                                              "只改 Adam lr（把曲面重新选为 book 可恢复其余设置）"))
        }
        let adam = withinStep(.adam, in: race)
        let others = race.standings.filter { $0.settings.kind != .adam && $0.withinStep != nil }
        let best = others.min { ($0.withinStep!, $0.settings.kind.index) < ($1.withinStep!, $1.settings.kind.index) }
        let passed = adam != nil && (best == nil || adam! < best!.withinStep!)
        let rival = best.map { tr("first other: \($0.settings.kind.displayName) at step \($0.withinStep!)",
                                  "其他中最先：\($0.settings.kind.displayName) 第 \($0.withinStep!) 步") }
            ?? tr("no other within ε", "其他都未进入 ε")
        let progress = tr("Adam at \(stepText(adam)), \(rival)", "Adam：\(stepText(adam))，\(rival)")
        return ChallengeCheck(passed: passed, progress: progress + clockText(race))
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
        goal: Localized(en: "On Rosenbrock, get any optimizer within 0.1 of the minimum (1, 1) within the 300 steps, from the usual start.",
                        zh: "在 Rosenbrock 上，从默认起点出发，让任意一个优化器在 300 步内到达最小值 (1, 1) 的 0.1 以内。"),
        hints: [
            Localized(en: "The valley is curved and flat: the plain rates are too timid; momentum carries speed along the valley floor.",
                      zh: "山谷又弯又平：默认的学习率太保守；动量能让速度沿着谷底保持下去。"),
            Localized(en: "Raise Momentum lr from 0.0005 to 0.002 or 0.003 (Nesterov is less forgiving: it diverges there).",
                      zh: "把 Momentum lr 从 0.0005 提高到 0.002 或 0.003（Nesterov 没那么宽容：在那里它会发散）。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? SurfaceRaceCell else { return .wrongCell }
        let race = cell.race
        let preset = SurfacePreset.rosenbrock
        guard race.preset == preset, race.start == preset.surface.start, race.planned <= preset.steps,
              let minimum = preset.surface.minimum else {
            return ChallengeCheck(passed: false, progress: tr("choose surface rosenbrock (its start, at most 300 steps)",
                                                              "把曲面选为 rosenbrock（用它的起点，最多 300 步）"))
        }
        func distance(_ p: SIMD2<Double>) -> Double { ((p.x - minimum.x) * (p.x - minimum.x) + (p.y - minimum.y) * (p.y - minimum.y)).squareRoot() }
        let arrivals = race.runs.compactMap { run in
            run.path.firstIndex { distance($0) <= rosenbrockTolerance }.map { (run.settings.kind, $0) }
        }
        if let first = arrivals.min(by: { $0.1 < $1.1 }) {
            return ChallengeCheck(passed: true, progress: tr("\(first.0.displayName) within 0.1 of (1, 1) at step \(first.1)",
                                                             "\(first.0.displayName) 在第 \(first.1) 步到达 (1, 1) 的 0.1 以内"))
        }
        let closest = race.runs.filter { !$0.hasDiverged }.min { distance($0.current) < distance($1.current) }
        let text = closest.map { run in
            let d = NumberText.format(distance(run.current), digits: 3)
            return tr("closest: \(run.settings.kind.displayName) \(d) from (1, 1)",
                      "最近：\(run.settings.kind.displayName)，距 (1, 1) \(d)")
        } ?? tr("every optimizer diverged or is off", "所有优化器都已发散或关闭")
        return ChallengeCheck(passed: false, progress: text + clockText(race))
    }

    /// Bowl page: who is first within ε in the book's race? Known once someone is (AdaGrad,
    /// at step 19); nil while no one is, or when the race is not the book's.
    static let firstOnBowl = Prediction(
        id: "first-within-eps",
        question: Localized(en: "Which optimizer reaches ε (0.5 from the minimum) first on the book's bowl?",
                            zh: "在书中的碗形曲面上，哪个优化器最先进入 ε 范围（距最小值 0.5 以内）？"),
        choices: OptimizerKind.allCases.map { Localized(neutral: $0.displayName) },
        explanation: Localized(
            en: "AdaGrad, at step 19: dividing by the root of its summed squared gradients shrinks the steep "
                + "y steps and keeps the flat x steps large at once. Adam gets there at 26 and SGD at 27; momentum "
                + "overshoots and swings back.",
            zh: "AdaGrad，在第 19 步：除以梯度平方和的平方根，既缩小了陡峭的 y 方向的步子，又让平缓的 x 方向"
                + "保持大步。Adam 在第 26 步到达，SGD 在第 27 步；动量会冲过头再荡回来。")
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
