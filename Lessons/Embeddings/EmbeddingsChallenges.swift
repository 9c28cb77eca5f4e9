import Charts
import LessonKit
import NumericCore

/// The embeddings lesson's challenges and prediction: separate the held-out triplets by the
/// margin (page 1), pick a threshold τ that accepts most same pairs and few different ones
/// (page 2), and "does sliding a texture change its Gram matrix?" (page 3).
enum EmbeddingsChallenges {
    /// Page 1: the fraction of held-out triplets to separate, the least α and iterations.
    static let marginGoal = 0.9
    static let marginAtLeast = 0.2
    static let marginIterations = 200

    static let separate = Challenge(
        id: "separate-triplets",
        goal: Localized(en: "With margin α of at least 0.2, train at least 200 iterations and get 90 % of the held-out triplets within the margin.",
                        zh: "间隔 α 不小于 0.2 时训练至少 200 次迭代，让 90% 的留出三元组满足间隔。"),
        hints: [
            Localized(en: "A triplet is within the margin when ‖a−p‖² + α ≤ ‖a−n‖² with n the closest other digit. Too small a learning rate barely moves the points.",
                      zh: "当 ‖a−p‖² + α ≤ ‖a−n‖²（n 为最近的其他数字）时，三元组满足间隔。学习率太小时，点几乎不动。"),
            Localized(en: "Press r, keep α at 0.2 and the learning rate near 0.003, then space and wait for iteration 200.",
                      zh: "按 r，α 保持 0.2，学习率设在 0.003 左右，再按空格键，等到第 200 次迭代。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? TripletCell else { return .wrongCell }
        let run = cell.run
        guard run.config.margin >= marginAtLeast else {
            return ChallengeCheck(passed: false, progress: tr("raise α to 0.2 or more", "把 α 调到 0.2 或以上"))
        }
        guard run.iteration > 0, !run.stopped else {
            return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练"))
        }
        let held = run.heldOutSatisfied
        let passed = run.iteration >= marginIterations && held >= marginGoal && !run.collapsed
        return ChallengeCheck(passed: passed, progress: tr("iteration \(run.iteration): \(EmbeddingsKnobs.percent(held)) within the margin (need 90 % after 200)",
                                                           "第 \(run.iteration) 次迭代：\(EmbeddingsKnobs.percent(held)) 满足间隔（需在 200 次后达到 90%）"))
    }

    /// Page 2: the accept rates to reach after `verifyIterations`.
    static let trueAcceptGoal = 0.8
    static let falseAcceptLimit = 0.1
    static let verifyIterations = 200

    static let verify = Challenge(
        id: "pick-threshold",
        goal: Localized(en: "After at least 200 iterations, choose τ so that true accepts are 80 % or more while false accepts stay under 10 %.",
                        zh: "训练至少 200 次迭代后选一个 τ，让正确接受不低于 80%，同时错误接受低于 10%。"),
        hints: [
            Localized(en: "A larger τ accepts more pairs of both kinds. The sweep on the right shows both rates for every τ.",
                      zh: "τ 越大，两类对都接受得越多。右边的曲线给出每个 τ 下的两个接受率。"),
            Localized(en: "Train to iteration 200, then move τ to where the green curve is high and the red one still low, near 0.5.",
                      zh: "训练到第 200 次迭代，再把 τ 移到绿色曲线已高、红色曲线仍低的地方，在 0.5 附近。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? VerifyCell else { return .wrongCell }
        guard cell.run.iteration > 0, !cell.run.stopped else {
            return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练"))
        }
        let r = cell.rates, p = EmbeddingsKnobs.percent
        let passed = cell.run.iteration >= verifyIterations && r.tar >= trueAcceptGoal && r.far < falseAcceptLimit
        return ChallengeCheck(passed: passed, progress: tr("iteration \(cell.run.iteration): true \(p(r.tar)), false \(p(r.far))",
                                                           "第 \(cell.run.iteration) 次迭代：正确 \(p(r.tar))，错误 \(p(r.far))"))
    }

    /// Page 3: sliding texture B leaves its Gram matrix almost unchanged.
    static let slide = Prediction(
        id: "slide-texture",
        question: Localized(en: "Texture B equals texture A. Slide B by a few pixels: what happens to the style loss?",
                            zh: "纹理 B 与纹理 A 相同。把 B 滑动几个像素，风格损失会怎样？"),
        choices: [Localized(en: "it grows as much as the content loss", zh: "和内容损失一样变大"),
                  Localized(en: "it stays near 0", zh: "仍然接近 0"),
                  Localized(en: "it becomes negative", zh: "变成负数")],
        explanation: Localized(en: "The Gram matrix sums co-activations over all positions, so where a pattern sits does not matter; only the content loss, compared position by position, sees the slide.",
                               zh: "Gram 矩阵把所有位置上的共同激活加在一起，图案在哪里并不影响它；只有逐个位置比较的内容损失才会察觉滑动。")
    ) { cell in
        guard let cell = cell as? StyleCell, cell.shift >= 1, cell.textureA == cell.textureB, cell.period == 4 else { return nil }
        return 1
    }
}

/// Page 4 (texture synthesis): bring the texture loss down fiftyfold, and "will the
/// synthesized stripes sit where the target's are?".
extension EmbeddingsChallenges {
    /// The factor E must fall by, from its start, without the pixels blowing up.
    static let textureFactor = 50.0

    static let texture = Challenge(
        id: "match-texture",
        goal: Localized(en: "Synthesize a texture whose loss E is at most 1/50 of where it started, without the pixels blowing up.",
                        zh: "合成一张纹理，让它的损失 E 降到开始时的 1/50 以下，而且像素不发散。"),
        hints: [
            Localized(en: "The default learning rate is too cautious to get there in 600 iterations; a higher one descends faster until it overshoots.",
                      zh: "默认的学习率太保守，600 次迭代内到不了；学习率越高下降越快，直到步子迈过头。"),
            Localized(en: "Press r, raise pixel_lr to about 2000 (4000 already overshoots), then space and let it run.",
                      zh: "按 r，把 pixel_lr 调到 2000 左右（4000 已经迈过头），再按空格键让它运行。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? TextureCell else { return .wrongCell }
        let run = cell.run
        if run.stopped {
            return ChallengeCheck(passed: false, progress: tr("the pixels blew up: lower pixel_lr, press r", "像素发散了：调小 pixel_lr 后按 r"))
        }
        guard let first = run.losses.first, let last = run.losses.last else {
            return ChallengeCheck(passed: false, progress: tr("press space to start", "按空格键开始"))
        }
        let factor = first / max(last, 1e-300)
        let shown = NumberText.format(factor, digits: 3)
        return ChallengeCheck(passed: factor >= textureFactor,
                              progress: tr("E fell \(shown)-fold (need 50)", "E 降为原来的 1/\(shown)（需要 1/50）"))
    }

    /// Page 4: the synthesized stripes are not in the target's rows.
    static let samePlace = Prediction(
        id: "stripes-same-place",
        question: Localized(en: "Target: stripes, filters: random5. Once E is small, will X's stripes sit in the same rows as T's?",
                            zh: "目标为 stripes，滤波器为 random5。E 变小以后，X 的条纹会和 T 的在同样的行上吗？"),
        choices: [Localized(en: "yes, the same rows", zh: "会，在同样的行上"),
                  Localized(en: "no, anywhere", zh: "不会，可能在任何位置")],
        explanation: Localized(en: "The Gram matrix sums over every position, so it holds how often and how strongly features occur, not where: X gets stripes, but in its own rows.",
                               zh: "Gram 矩阵把所有位置加在一起，记下的是特征出现得多频繁、有多强，而不是在哪里：X 有了条纹，但在它自己的行上。")
    ) { cell in
        guard let cell = cell as? TextureCell, cell.run.config.texture == 0, cell.run.config.filters == 2,
              let first = cell.run.losses.first, let last = cell.run.losses.last, !cell.run.stopped,
              last <= first / 20 else { return nil }
        return cell.run.pixelDifference < 0.05 ? 0 : 1
    }
}
