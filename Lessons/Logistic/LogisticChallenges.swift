import Charts
import LessonKit
import NumericCore

/// The logistic lesson's challenges and predictions, each checked on its page's cell: make
/// gradient descent fail on the blobs (page 1), 95 % train accuracy on "is it a 3?" within
/// 100 iterations (page 2), a confidently wrong neuron walked backward (page 3); "what do the
/// weights of 'is it a 3?' look like?" (page 2) and "how much faster is vectorized?" (page 4).
enum LogisticChallenges {
    /// Page 1: the run stops because the cost jumps up.
    static let breakIt = Challenge(
        id: "overshoot",
        goal: Localized(en: "On the blobs, find a learning rate so large that gradient descent fails and the run stops.",
                        zh: "在两团点上，找一个大到让梯度下降失败、训练自动停下的学习率。"),
        hints: [
            Localized(en: "A step of lr·dw that is too long jumps over the valley of the cost, and the next one jumps back further.",
                      zh: "lr·dw 这一步迈得太大，就会跳过代价的谷底，下一步又跳得更远。"),
            Localized(en: "Raise lr step by step past 10 and watch the cost curve; press r after each change.",
                      zh: "把 lr 一步步调到 10 以上，看代价曲线；每次调整后按 r。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? TrainingCell, cell.run.config.task == .toy else { return .wrongCell }
        let run = cell.run
        if run.stopped {
            return ChallengeCheck(passed: true, progress: tr("stopped at iteration \(run.iteration) with lr \(lr(run))",
                                                             "lr 为 \(lr(run)) 时在第 \(run.iteration) 次迭代停下"))
        }
        guard run.iteration > 0 else { return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练")) }
        return ChallengeCheck(passed: false, progress: tr("cost \(NumberText.format(run.last.cost, digits: 3)) at iteration \(run.iteration), still descending",
                                                          "第 \(run.iteration) 次迭代代价 \(NumberText.format(run.last.cost, digits: 3))，仍在下降"))
    }

    private static func lr(_ run: LogisticRun) -> String { NumberText.format(run.config.learningRate, digits: 3) }

    /// Page 2: the accuracy and the iterations it must be reached within.
    static let targetAccuracy = 0.95
    static let targetIterations = 100

    /// Page 2: 95 % train accuracy on "is it a 3?" within 100 iterations.
    static let ninetyFive = Challenge(
        id: "threes-95",
        goal: Localized(en: "On \"is it a 3?\", reach 95 % train accuracy within 100 iterations.",
                        zh: "在「是 3 吗？」上，100 次迭代以内让训练精度达到 95%。"),
        hints: [
            Localized(en: "Saying \"no\" every time already scores about 90 %: the neuron must learn what a 3 looks like, and fast.",
                      zh: "每次都回答「不是」就有约 90%：神经元得学会 3 长什么样，而且要学得快。"),
            Localized(en: "Press r, raise the learning rate to about 1, then space.",
                      zh: "按 r，把学习率调到 1 左右，再按空格键。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? TrainingCell, cell.run.config.task == .digits else { return .wrongCell }
        let run = cell.run
        guard run.config.digit == 3 else {
            return ChallengeCheck(passed: false, progress: tr("set the digit back to 3", "把数字调回 3"))
        }
        guard run.iteration > 0 else { return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练")) }
        if let hit = run.history.first(where: { $0.trainAccuracy >= targetAccuracy }), hit.iteration <= targetIterations {
            return ChallengeCheck(passed: true, progress: tr("95 % at iteration \(hit.iteration)", "第 \(hit.iteration) 次迭代达到 95%"))
        }
        let upTo = run.history.prefix(targetIterations + 1).map(\.trainAccuracy).max() ?? 0
        return ChallengeCheck(passed: false, progress: tr("best in the first 100 iterations: \(TrainingCell.percent(upTo))",
                                                          "前 100 次迭代中最好：\(TrainingCell.percent(upTo))"))
    }

    /// Page 3: the loss above which the neuron counts as confidently wrong.
    static let wrongLoss = 3.0

    /// Page 3: a confidently wrong neuron (L > 3) walked through the backward pass.
    static let wrongAndSure = Challenge(
        id: "confidently-wrong",
        goal: Localized(en: "Make the neuron confidently wrong (loss L above 3) and walk the graph to the end: how large does dz get?",
                        zh: "让神经元错得很自信（损失 L 大于 3），再把计算图走到底：dz 能有多大？"),
        hints: [
            Localized(en: "L is large when a is near 0 while y = 1 (or near 1 while y = 0), that is when z is far on the wrong side.",
                      zh: "y = 1 而 a 接近 0（或 y = 0 而 a 接近 1）时 L 很大，也就是 z 远远落在错误的一边。"),
            Localized(en: "With y = 1, turn w₁ down to −3, then press space and let the backward pass finish.",
                      zh: "y = 1 时把 w₁ 调到 −3，再按空格键，让反向传播走完。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? GraphCell else { return .wrongCell }
        let g = cell.graph
        let loss = NumberText.format(g.loss, digits: 3)
        guard g.loss > wrongLoss else {
            return ChallengeCheck(passed: false, progress: tr("L = \(loss): not wrong enough yet", "L = \(loss)：还错得不够"))
        }
        guard g.isFinished else {
            return ChallengeCheck(passed: false, progress: tr("L = \(loss): now walk the graph to its end", "L = \(loss)：现在把计算图走到底"))
        }
        return ChallengeCheck(passed: true, progress: tr("L = \(loss), dz = \(NumberText.format(g.dz, digits: 3))",
                                                         "L = \(loss)，dz = \(NumberText.format(g.dz, digits: 3))"))
    }

    /// Page 2: what the learned weights look like.
    static let weightPicture = Prediction(
        id: "threes-weights",
        question: Localized(en: "After training \"is it a 3?\", what will the 784 weights look like as a 28×28 picture?",
                            zh: "训练完「是 3 吗？」后，784 个权重排成 28×28 的图会是什么样？"),
        choices: [Localized(en: "Noise: no shape to see", zh: "噪声：看不出形状"),
                  Localized(en: "A 3 in red, with blue where other digits put ink that a 3 leaves empty",
                            zh: "红色的 3，其他数字有笔画而 3 没有的地方是蓝色"),
                  Localized(en: "One colour everywhere", zh: "处处同一种颜色")],
        explanation: Localized(en: "Each weight multiplies one pixel: ink where 3s have it pushes z up (red), ink where only other digits have it pushes z down (blue). The neuron's weights are a template it matches every image against.",
                               zh: "每个权重乘一个像素：3 有笔画的地方让 z 变大（红），只有其他数字才有笔画的地方让 z 变小（蓝）。神经元的权重就是一个模板，每张图都拿来跟它比对。")
    ) { cell in
        guard let cell = cell as? TrainingCell, cell.run.config.task == .digits, cell.run.config.digit == 3,
              cell.run.iteration >= 100 else { return nil }
        return 1
    }

    /// The choice a measured speed-up falls in (< 2×, 2–10×, 10–100×, ≥ 100×).
    static func speedupChoice(_ speedup: Double) -> Int {
        speedup < 2 ? 0 : speedup < 10 ? 1 : speedup < 100 ? 2 : 3
    }

    /// Page 4: how much faster the vectorized gradient is, on this machine.
    static let howMuchFaster = Prediction(
        id: "how-much-faster",
        question: Localized(en: "On your machine, how much faster will the vectorized gradient be than the loops?",
                            zh: "在你的机器上，向量化的梯度会比循环快多少？"),
        choices: [Localized(en: "About the same (under 2×)", zh: "差不多（不到 2 倍）"),
                  Localized(en: "2× to 10×", zh: "2 到 10 倍"),
                  Localized(en: "10× to 100×", zh: "10 到 100 倍"),
                  Localized(en: "100× or more", zh: "100 倍以上")],
        explanation: Localized(en: "Both do the same multiplications and additions. The matrix product does them in blocks that stay in the cache, several at once per instruction and on every core; the loops do one at a time.",
                               zh: "两者做的乘法和加法一样多。矩阵乘法按块来算，数据留在缓存里，一条指令同时算好几个，还用上所有核心；循环则一次只算一个。")
    ) { cell in
        guard let cell = cell as? VectorizationCell, let speedup = cell.race.speedup else { return nil }
        return speedupChoice(speedup)
    }
}
