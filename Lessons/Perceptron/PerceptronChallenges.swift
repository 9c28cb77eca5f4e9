import LessonKit

/// The perceptron lesson's challenges and prediction, checked on the pages' live cells:
/// NAND and OR by hand on page 1, a fast NAND with the learning rule and the XOR question
/// on page 4.
enum PerceptronChallenges {
    /// Page 1: set w1, w2 and b so the unit computes NAND (all four rows of the truth table).
    static let nand = Challenge(
        id: "nand",
        goal: "Set w1, w2 and b so the unit computes NAND.",
        hints: ["NAND is 1 everywhere except at (1, 1): the y = 1 side must hold three corners, not one.",
                "Flip the sign of every AND number: w1 = −0.5, w2 = −0.5, b = 0.7."]
    ) { cell in
        guard let cell = cell as? GateCell else { return .wrongCell }
        return rowsCheck(cell.perceptron, against: .nand)
    }

    /// Page 1: with both weights at 0.5, find a bias that makes OR.
    static let orBias = Challenge(
        id: "or-bias",
        goal: "Keep w1 = w2 = 0.5 and find a bias b that makes the unit compute OR.",
        hints: ["(0, 0) must give 0 and (1, 0) must give 1: what does that say about b and about 0.5 + b?",
                "Any b with −0.5 < b ≤ 0 works: b = 0 down to b = −0.4 on the knob (the book uses −0.2)."]
    ) { cell in
        guard let cell = cell as? GateCell else { return .wrongCell }
        let p = cell.perceptron
        guard abs(p.w1 - 0.5) < 1e-9, abs(p.w2 - 0.5) < 1e-9 else {
            return ChallengeCheck(passed: false, progress: "set w1 = w2 = 0.5 first (now \(number(p.w1)), \(number(p.w2)))")
        }
        return rowsCheck(p, against: .or)
    }

    /// The most epochs the learning rule may take on NAND in `fastNAND`.
    static let fastEpochs = 5

    /// Page 4: the learning rule finds NAND within `fastEpochs` epochs (the lesson's default
    /// start takes 8 at η = 0.1, so η or the start must change).
    static let fastNAND = Challenge(
        id: "fast-nand",
        goal: "Make the learning rule learn NAND in at most \(fastEpochs) epochs.",
        hints: ["Choose the target NAND and press space; if it takes too long, change η or the random start and run again.",
                "Try other random starts, or η = 0.5 (with the default seed: at η = 0.1 starts #5 and #9 take 5 epochs, at η = 0.5 start #7 takes 4)."],
        needsRun: true
    ) { cell in
        guard let cell = cell as? LearningCell else { return .wrongCell }
        guard cell.target == .nand else {
            return ChallengeCheck(passed: false, progress: "the target is \(cell.target.label): choose NAND")
        }
        switch cell.training.state {
        case .running:
            return ChallengeCheck(passed: false, progress: "NAND: \(cell.training.epochs) epochs done, press space to run")
        case .gaveUp(let epochs):
            return ChallengeCheck(passed: false, progress: "not learned in \(epochs) epochs")
        case .converged(let epochs):
            let passed = epochs <= fastEpochs
            return ChallengeCheck(passed: passed, progress: "converged in \(epochs) epoch\(epochs == 1 ? "" : "s")"
                                    + (passed ? "" : ": need ≤ \(fastEpochs), try another η or start"))
        }
    }

    /// Page 4: will the rule converge on XOR? Known once a run with target XOR has ended.
    static let xorConverges = Prediction(
        id: "xor-converges",
        question: "Choose the target XOR: will the learning rule converge (an epoch with no mistake)?",
        choices: ["yes", "no"],
        explanation: "No line separates XOR's 1s from its 0s, so every epoch makes a mistake and the rule gives up after 100 epochs; the convergence theorem only promises a finish when a line exists."
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
        return ChallengeCheck(passed: right == 4, progress: "\(right) of 4 rows right for \(gate.label)")
    }

    private static func number(_ x: Double) -> String { NumberText.format(x, digits: 3) }
}
