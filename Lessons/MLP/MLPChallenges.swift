import Charts
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
        goal: Localized(en: "Reach at least 90 % test accuracy within the first 1000 iterations.",
                        zh: "在前 1000 次迭代内，让测试精度至少达到 90%。"),
        hints: [
            Localized(en: "The book's lr 0.1 is safe but slow: try larger learning rates (H raises a decade).",
                      zh: "书中的 lr 0.1 稳妥但慢：试试更大的学习率（H 一次调大 10 倍）。"),
            Localized(en: "Set learning rate to 1 (or 2), press r, then space: test accuracy passes 90 % after about 300–400 iterations.",
                      zh: "把学习率设为 1（或 2），按 r，再按空格键：大约 300–400 次迭代后，测试精度超过 90%。"),
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
            return ChallengeCheck(passed: false, progress: tr("no test accuracy yet: press space to train (it is measured after every epoch)",
                                                               "还没有测试精度：按空格键开始训练（每轮结束时测量一次）"))
        }
        let percent = NumberText.format(100 * best.testAccuracy, digits: 3) + tr(" %", "%")
        if best.testAccuracy >= targetAccuracy {
            return ChallengeCheck(passed: true, progress: tr("test \(percent) at iteration \(best.iteration) of \(budget)",
                                                              "第 \(best.iteration) 次迭代（共 \(budget) 次）测试精度 \(percent)"))
        }
        let used = min(run.iteration, budget)
        let tail = run.iteration >= budget ? tr(" — out of iterations: change a knob and press r", "——迭代次数用完了：调整旋钮后按 r") : ""
        return ChallengeCheck(passed: false, progress: tr("best test \(percent) at iteration \(best.iteration); \(used) of \(budget) used",
                                                           "最佳测试精度 \(percent)（第 \(best.iteration) 次迭代）；已用 \(used) / \(budget) 次") + tail)
    }

    /// The mean loss every run must get below, and by which iteration.
    static let fastLoss = 1.0
    static let fastIterations = 300

    /// Three-rates page: every run's mean loss below 1.0 within 300 iterations, none stopped.
    static let allThreeLearn = Challenge(
        id: "three-rates-learn",
        goal: Localized(en: "Choose lr A, B and C so that all three runs get their mean loss below 1.0 within 300 iterations.",
                        zh: "选好 lr A、B、C，让三次训练的平均损失都在 300 次迭代内降到 1.0 以下。"),
        hints: [
            Localized(en: "lr A = 0.01 is far too small and lr C = 100 far too large: each must move towards the middle.",
                      zh: "lr A = 0.01 太小，lr C = 100 太大：两者都要往中间靠。"),
            Localized(en: "Set lr A, lr B and lr C all between about 1 and 5 (for example 1, 2 and 3), then press space.",
                      zh: "把 lr A、lr B、lr C 都设在大约 1 到 5 之间（例如 1、2、3），再按空格键。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? RaceCell else { return .wrongCell }
        let results = cell.runs.map(fastIteration)
        let parts = zip(["A", "B", "C"], zip(cell.runs, results)).map { name, pair -> String in
            let (run, reached) = pair
            if run.isStopped { return tr("\(name) stopped ✗", "\(name) 已停止 ✗") }
            if let reached { return tr("\(name) < 1 at \(reached) ✓", "\(name) 第 \(reached) 次 < 1 ✓") }
            let seen = min(run.smoothedLosses.count, fastIterations)
            guard seen > 0 else { return tr("\(name) not run", "\(name) 未运行") }
            let loss = NumberText.format(run.smoothedLosses[seen - 1], digits: 3)
            return tr("\(name) \(loss) at \(seen)", "\(name) 第 \(seen) 次 \(loss)")
        }
        let passed = zip(cell.runs, results).allSatisfy { !$0.0.isStopped && $0.1 != nil }
        return ChallengeCheck(passed: passed, progress: parts.joined(separator: tr(", ", "，")))
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
        question: Localized(en: "At lr = 100 (run C), will the loss go up or down?",
                            zh: "lr = 100 时（lr C），损失会上升还是下降？"),
        choices: [Localized(en: "up: it blows up", zh: "上升：损失爆炸"),
                  Localized(en: "down: it learns faster", zh: "下降：学得更快"),
                  Localized(en: "it stays flat", zh: "保持平稳")],
        explanation: Localized(
            en: "Steps 1000 times the book's overshoot: the scores blow up, softmax pins a wrong class at "
                + "probability ≈ 1 and the loss jumps far above ln 10 ≈ 2.3, so the run stops. A larger step is only "
                + "faster while it stays smaller than the valley it is crossing.",
            zh: "步长是书中的 1000 倍，一步就迈过了头：分数爆炸，softmax 把一个错误的类别钉在概率 ≈ 1 上，"
                + "损失跳到远高于 ln 10 ≈ 2.3 的地方，于是训练停止。步子更大，只有在它仍小于正在穿越的山谷时才会更快。")
    ) { cell in
        guard let cell = cell as? RaceCell,
              let run = cell.runs.first(where: { $0.config.learningRate == predictedRate }) else { return nil }
        if run.isStopped { return 0 }
        guard run.iteration >= predictionIterations, let loss = run.smoothedLosses.last else { return nil }
        return loss < TrainingRun.initialLoss - 0.1 ? 1 : 2
    }
}
