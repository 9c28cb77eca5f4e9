import Charts
import LessonKit

/// The perceptron lesson's challenges and prediction, checked on the pages' live cells:
/// NAND and OR by hand on page 1, a fast NAND with the learning rule and the XOR question
/// on page 4.
enum PerceptronChallenges {
    /// Page 1: set w1, w2 and b so the unit computes NAND (all four rows of the truth table).
    static let nand = Challenge(
        id: "nand",
        goal: Localized(en: "Set w1, w2 and b so the unit computes NAND.",
                        zh: "设置 w1、w2 和 b，让这个单元计算 NAND。"),
        hints: [Localized(en: "NAND is 1 everywhere except at (1, 1): the y = 1 side must hold three corners, not one.",
                          zh: "NAND 除了 (1, 1) 处处为 1：y = 1 的一侧要包含三个角，而不是一个。"),
                Localized(en: "Flip the sign of every AND number: w1 = −0.5, w2 = −0.5, b = 0.7.",
                          zh: "把 AND 的每个数都变号：w1 = −0.5，w2 = −0.5，b = 0.7。")]
    ) { cell in
        guard let cell = cell as? GateCell else { return .wrongCell }
        return rowsCheck(cell.perceptron, against: .nand)
    }

    /// Page 1: with both weights at 0.5, find a bias that makes OR.
    static let orBias = Challenge(
        id: "or-bias",
        goal: Localized(en: "Keep w1 = w2 = 0.5 and find a bias b that makes the unit compute OR.",
                        zh: "保持 w1 = w2 = 0.5，找到一个偏置 b，让这个单元计算 OR。"),
        hints: [Localized(en: "(0, 0) must give 0 and (1, 0) must give 1: what does that say about b and about 0.5 + b?",
                          zh: "(0, 0) 必须得到 0，(1, 0) 必须得到 1：这对 b 和 0.5 + b 分别意味着什么？"),
                Localized(en: "Any b with −0.5 < b ≤ 0 works: b = 0 down to b = −0.4 on the knob (the book uses −0.2).",
                          zh: "满足 −0.5 < b ≤ 0 的 b 都可以：在旋钮上就是从 b = 0 到 b = −0.4（书中用 −0.2）。")]
    ) { cell in
        guard let cell = cell as? GateCell else { return .wrongCell }
        let p = cell.perceptron
        guard abs(p.w1 - 0.5) < 1e-9, abs(p.w2 - 0.5) < 1e-9 else {
            return ChallengeCheck(passed: false, progress: tr("set w1 = w2 = 0.5 first (now \(number(p.w1)), \(number(p.w2)))",
                                                              "先设 w1 = w2 = 0.5（现在是 \(number(p.w1))、\(number(p.w2))）"))
        }
        return rowsCheck(p, against: .or)
    }

    /// The most epochs the learning rule may take on NAND in `fastNAND`.
    static let fastEpochs = 5

    /// Page 4: the learning rule finds NAND within `fastEpochs` epochs (the lesson's default
    /// start takes 8 at η = 0.1, so η or the start must change).
    static let fastNAND = Challenge(
        id: "fast-nand",
        goal: Localized(en: "Make the learning rule learn NAND in at most \(fastEpochs) epochs.",
                        zh: "让学习规则在最多 \(fastEpochs) 轮内学会 NAND。"),
        hints: [Localized(en: "Choose the target NAND and press space; if it takes too long, change η or the random start and run again.",
                          zh: "把目标选为 NAND，按空格键；如果太慢，就改变 η 或随机起点，再运行一次。"),
                Localized(en: "Try other random starts, or η = 0.5 (with the default seed: at η = 0.1 starts #5 and #9 take 5 epochs, at η = 0.5 start #7 takes 4).",
                          zh: "试试别的随机起点，或者 η = 0.5（默认种子下：η = 0.1 时起点 #5 和 #9 需要 5 轮，η = 0.5 时起点 #7 需要 4 轮）。")],
        needsRun: true
    ) { cell in
        guard let cell = cell as? LearningCell else { return .wrongCell }
        guard cell.target == .nand else {
            return ChallengeCheck(passed: false, progress: tr("the target is \(cell.target.label): choose NAND",
                                                              cell.target.label(after: "目标是") + "：请选 NAND"))
        }
        switch cell.training.state {
        case .running:
            return ChallengeCheck(passed: false, progress: tr("NAND: \(cell.training.epochs) epochs done, press space to run",
                                                              "NAND：已完成 \(cell.training.epochs) 轮，按空格键运行"))
        case .gaveUp(let epochs):
            return ChallengeCheck(passed: false, progress: tr("not learned in \(epochs) epochs", "\(epochs) 轮内没有学会"))
        case .converged(let epochs):
            let passed = epochs <= fastEpochs
            let progress = passed
                ? tr("converged in \(epochs) epoch\(epochs == 1 ? "" : "s")", "\(epochs) 轮后收敛")
                : tr("converged in \(epochs) epoch\(epochs == 1 ? "" : "s"): need ≤ \(fastEpochs), try another η or start",
                     "\(epochs) 轮后收敛：需要 ≤ \(fastEpochs) 轮，换一个 η 或起点试试")
            return ChallengeCheck(passed: passed, progress: progress)
        }
    }

    /// Page 4: will the rule converge on XOR? Known once a run with target XOR has ended.
    static let xorConverges = Prediction(
        id: "xor-converges",
        question: Localized(en: "Choose the target XOR: will the learning rule converge (an epoch with no mistake)?",
                            zh: "把目标选为 XOR：学习规则会收敛（出现一轮没有错误）吗？"),
        choices: [Localized(en: "yes", zh: "会"), Localized(en: "no", zh: "不会")],
        explanation: Localized(en: "No line separates XOR's 1s from its 0s, so every epoch makes a mistake and the rule gives up after 100 epochs; the convergence theorem only promises a finish when a line exists.",
                               zh: "没有哪条直线能把 XOR 的 1 和 0 分开，所以每一轮都会出错，规则在 100 轮后放弃；收敛定理只在存在这样的直线时才保证会停下来。")
    ) { cell in
        guard let cell = cell as? LearningCell, cell.target == .xor else { return nil }
        switch cell.training.state {
        case .running: return nil
        case .converged: return 0
        case .gaveUp: return 1
        }
    }

    /// "3 of 4 rows right": the perceptron's truth table against `gate`'s.
    static func rowsCheck(_ perceptron: Perceptron, against gate: LogicGate) -> ChallengeCheck {
        let right = zip(perceptron.truthTable, gate.truthTable).filter { $0 == $1 }.count
        return ChallengeCheck(passed: right == 4, progress: tr("\(right) of 4 rows right for \(gate.label)",
                                                               "\(gate.label)：4 行中对了 \(right) 行"))
    }

    private static func number(_ x: Double) -> String { NumberText.format(x, digits: 3) }
}
