import LessonKit
import NumericCore

/// The mlp lesson's challenges and prediction, each checked on its page's live cell: reach
/// 90 % test accuracy within 1000 iterations (training page), make all three learning rates
/// learn fast (three-rates page), and "at lr = 100, up or down?" (three-rates page).
enum MLPChallenges {
    /// The test accuracy to reach, and the iterations allowed to reach it.
    static let targetAccuracy = 0.9
    static let iterationBudget = 1000

    /// Training page: ≥ 90 % test accuracy at an epoch end within the first 1000 iterations.
    static let ninetyPercent = Challenge(
        id: "test-90",
        goal: "Reach at least 90 % test accuracy within the first 1000 iterations.",
        hints: [
            "The book's lr 0.1 is safe but slow: try larger learning rates (H raises a decade).",
            "Set learning rate to 1 (or 2), press r, then space: test accuracy passes 90 % after about 300–400 iterations.",
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? TrainingCell else { return .wrongCell }
        return checkAccuracy(cell.run)
    }

    /// The best test accuracy among the epochs that ended within `budget` iterations.
    static func checkAccuracy(_ run: TrainingRun, budget: Int = iterationBudget) -> ChallengeCheck {
        let epochs = run.history.epochs.filter { $0.iteration <= budget }
        guard let best = epochs.max(by: { $0.testAccuracy < $1.testAccuracy }) else {
            return ChallengeCheck(passed: false, progress: "no test accuracy yet: press space to train (it is measured after every epoch)")
        }
        let percent = NumberText.format(100 * best.testAccuracy, digits: 3) + " %"
        if best.testAccuracy >= targetAccuracy {
            return ChallengeCheck(passed: true, progress: "test \(percent) at iteration \(best.iteration) of \(budget)")
        }
        let used = min(run.iteration, budget)
        let tail = run.iteration >= budget ? " — out of iterations: change a knob and press r" : ""
        return ChallengeCheck(passed: false, progress: "best test \(percent) at iteration \(best.iteration); \(used) of \(budget) used\(tail)")
    }

    /// The mean loss every run must get below, and by which iteration.
    static let fastLoss = 1.0
    static let fastIterations = 300

    /// Three-rates page: every run's mean loss below 1.0 within 300 iterations, none stopped.
    static let allThreeLearn = Challenge(
        id: "three-rates-learn",
        goal: "Choose lr A, B and C so that all three runs get their mean loss below 1.0 within 300 iterations.",
        hints: [
            "lr A = 0.01 is far too small and lr C = 100 far too large: each must move towards the middle.",
            "Set lr A, lr B and lr C all between about 1 and 5 (for example 1, 2 and 3), then press space.",
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? RaceCell else { return .wrongCell }
        let results = cell.runs.map(fastIteration)
        let parts = zip(["A", "B", "C"], zip(cell.runs, results)).map { name, pair -> String in
            let (run, reached) = pair
            if run.isStopped { return "\(name) stopped ✗" }
            if let reached { return "\(name) < 1 at \(reached) ✓" }
            let seen = min(run.smoothedLosses.count, fastIterations)
            guard seen > 0 else { return "\(name) not run" }
            return "\(name) \(NumberText.format(run.smoothedLosses[seen - 1], digits: 3)) at \(seen)"
        }
        let passed = zip(cell.runs, results).allSatisfy { !$0.0.isStopped && $0.1 != nil }
        return ChallengeCheck(passed: passed, progress: parts.joined(separator: ", "))
    }

    /// The first iteration (1-based, within `fastIterations`) whose mean loss is below
    /// `fastLoss`, or nil.
    static func fastIteration(_ run: TrainingRun) -> Int? {
        run.smoothedLosses.prefix(fastIterations).firstIndex { $0 < fastLoss }.map { $0 + 1 }
    }

    /// The learning rate the prediction asks about, and how long a run that does not stop
    /// must go before its loss counts as "down" or "flat".
    static let predictedRate = 100.0
    static let predictionIterations = 200

    /// Three-rates page: at lr = 100, will the loss go up or down? Answered by whichever run
    /// has lr 100 (run C by default): stopped → up; else after 200 iterations, down or flat.
    static let lossAtHundred = LessonKit.Prediction(
        id: "lr-100-loss",
        question: "At lr = 100 (run C), will the loss go up or down?",
        choices: ["up: it blows up", "down: it learns faster", "it stays flat"],
        explanation: "Steps 1000 times the book's overshoot: the scores blow up, softmax pins a wrong class at "
            + "probability ≈ 1 and the loss jumps far above ln 10 ≈ 2.3, so the run stops. A larger step is only "
            + "faster while it stays smaller than the valley it is crossing."
    ) { cell in
        guard let cell = cell as? RaceCell,
              let run = cell.runs.first(where: { $0.config.learningRate == predictedRate }) else { return nil }
        if run.isStopped { return 0 }
        guard run.iteration >= predictionIterations, let loss = run.smoothedLosses.last else { return nil }
        return loss < TrainingRun.initialLoss - 0.1 ? 1 : 2
    }
}
