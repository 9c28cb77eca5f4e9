import Charts
import LessonKit

/// The biasvariance lesson's challenges and prediction: make the verdict say "high variance",
/// then cure it while keeping the big net (page 2); with one learning rate, bring the raw
/// features to the edge of stability and the normalized ones to convergence in a few steps
/// (page 4); "with 10× more data, what happens to the big net's dev error?" (page 3).
enum BiasVarianceChallenges {
    /// Page 2: a finished run whose verdict is high variance.
    static let provokeVariance = Challenge(
        id: "provoke-variance",
        goal: Localized(en: "Finish a run whose verdict is \"high variance\".",
                        zh: "跑完一次训练，让诊断结果是「高方差」。"),
        hints: [
            Localized(en: "Variance is a dev error far above the training error: a big net that can learn few points by heart.",
                      zh: "方差就是开发误差远高于训练误差：一个大网络把很少的点背了下来。"),
            Localized(en: "Set hidden units to 100 and training points to 25, then space and wait for the last epoch.",
                      zh: "把隐藏层神经元数设为 100、训练点数设为 25，再按空格键，等到最后一轮。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? DiagnosisCell else { return .wrongCell }
        let seen = cell.finishedVerdicts.contains { $0.verdict == .highVariance }
        return ChallengeCheck(passed: seen, progress: progress(cell))
    }

    /// Page 2: after a high-variance run, a finished run with at least 50 units judged good.
    static let cureVariance = Challenge(
        id: "cure-variance",
        goal: Localized(en: "After a \"high variance\" run, keep at least 50 hidden units and finish a run judged \"good\".",
                        zh: "在一次「高方差」之后，保持至少 50 个隐藏层神经元，跑完一次诊断为「良好」的训练。"),
        hints: [
            Localized(en: "Ng's recipe for variance: more data, or regularization. The net may stay big.",
                      zh: "吴恩达对高方差的处方：更多数据，或者正则化。网络可以保持很大。"),
            Localized(en: "Keep 100 units, raise training points to 1000, then space.",
                      zh: "保持 100 个神经元，把训练点数调到 1000，再按空格键。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? DiagnosisCell else { return .wrongCell }
        let verdicts = cell.finishedVerdicts
        guard let first = verdicts.firstIndex(where: { $0.verdict == .highVariance }) else {
            return ChallengeCheck(passed: false, progress: tr("first make a high-variance run", "先跑出一次高方差"))
        }
        let cured = verdicts[(first + 1)...].contains { $0.verdict == .good && $0.config.units >= 50 }
        return ChallengeCheck(passed: cured, progress: progress(cell))
    }

    private static func progress(_ cell: DiagnosisCell) -> String {
        guard let last = cell.finishedVerdicts.last else { return tr("no finished run yet", "还没有跑完的训练") }
        return tr("last finished run: \(last.verdict.name), \(last.config.units) units",
                  "上次跑完：\(last.verdict.name)，\(last.config.units) 个神经元")
    }

    /// Page 4: the raw features converge with lr ≥ 0.05 (the knob's 0.0562, just under 2/λmax).
    static let edgeOfStability = Challenge(
        id: "edge-of-stability",
        goal: Localized(en: "Find the largest learning rate on the knob at which the raw features still converge (0.05 or more).",
                        zh: "找出旋钮上原始特征仍能收敛的最大学习率（不小于 0.05）。"),
        hints: [
            Localized(en: "Gradient descent is stable below 2/λmax; the readout shows that bound for each side.",
                      zh: "学习率低于 2/λmax 时梯度下降才稳定；读数给出了每一边的这个界限。"),
            Localized(en: "Turn lr up one step at a time and press space: 0.0562 converges, 0.1 diverges.",
                      zh: "把 lr 一次调高一格再按空格键：0.0562 收敛，0.1 发散。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? NormalizationCell else { return .wrongCell }
        let f = NumberText.format(cell.lr, digits: 3)
        let passed = cell.raw.state == .converged && cell.lr >= 0.05
        return ChallengeCheck(passed: passed, progress: tr("lr \(f): raw \(NormalizationCell.progress(cell.raw))",
                                                           "lr \(f)：原始 \(NormalizationCell.progress(cell.raw))"))
    }

    /// Page 4: the normalized side converges in at most 5 steps.
    static let fastNormalized = Challenge(
        id: "fast-normalized",
        goal: Localized(en: "Make gradient descent on the normalized features converge in 5 steps or fewer.",
                        zh: "让归一化特征上的梯度下降在 5 步以内收敛。"),
        hints: [
            Localized(en: "On a round bowl with curvature about 1, the best learning rate is about 1/curvature.",
                      zh: "在曲率约为 1 的圆碗上，最好的学习率约为 1/曲率。"),
            Localized(en: "Set lr to 1 and press space (the raw side diverges: one lr cannot suit both).",
                      zh: "把 lr 设为 1 再按空格键（原始一边会发散：一个学习率照顾不了两边）。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? NormalizationCell else { return .wrongCell }
        let passed = cell.normalized.state == .converged && cell.normalized.steps <= 5
        return ChallengeCheck(passed: passed, progress: tr("normalized: \(NormalizationCell.progress(cell.normalized))",
                                                           "归一化：\(NormalizationCell.progress(cell.normalized))"))
    }

    /// Page 3: the big net's dev error from 20 to 200 training points (down by more than 2 points,
    /// up by more than 2, or about the same).
    static let tenTimesData = Prediction(
        id: "ten-times-data",
        question: Localized(en: "A big net (50 units) trained on 20 points, then on 200: what does its dev error do?",
                            zh: "大网络（50 个神经元）先用 20 个点训练，再用 200 个点：它的开发误差会怎样？"),
        choices: [Localized(en: "drops toward the training error", zh: "下降，向训练误差靠拢"),
                  Localized(en: "stays about the same", zh: "基本不变"),
                  Localized(en: "rises", zh: "上升")],
        explanation: Localized(en: "With more data the net can no longer learn every (noisy) point by heart: the training error rises toward the optimal error and the dev error falls toward it. More data cures variance, not bias.",
                               zh: "数据多了，网络再也无法把每个（带噪声的）点都背下来：训练误差升向最优误差，开发误差降向它。更多数据治的是方差，不是偏差。")
    ) { cell in
        guard let cell = cell as? LearningCurveCell, let small = cell.devError(at: 20), let big = cell.devError(at: 200) else { return nil }
        return big < small - 0.02 ? 0 : big > small + 0.02 ? 2 : 1
    }
}
