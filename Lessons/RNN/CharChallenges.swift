import Charts
import LessonKit

/// The text page's challenge and prediction: bring the model's perplexity per character
/// below `perplexityGoal`, and "what does a trained model write at τ = 0.2?".
enum CharChallenges {
    /// The perplexity to get under (the uniform guess is 59).
    static let perplexityGoal = 4.0

    static let perplexityBelow = Challenge(
        id: "perplexity-below",
        goal: Localized(en: "Within the 3000 windows, bring the perplexity per character below 4 (a uniform guess is 59).",
                        zh: "在 3000 个窗口之内，让每字符困惑度降到 4 以下（均匀猜测是 59）。"),
        hints: [
            Localized(en: "The defaults end near 4.4. Each window is one update: a longer window reads more text per update, and its gradient reaches further back.",
                      zh: "默认设置最后停在 4.4 附近。每个窗口就是一次更新：窗口越长，每次更新读的文本越多，梯度也传得越远。"),
            Localized(en: "Set the sequence length T to 50, press r, then space and let all 3000 windows run.",
                      zh: "把序列长度 T 调到 50，按 r，再按空格键让 3000 个窗口全部跑完。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? CharCell else { return .wrongCell }
        let run = cell.run
        guard run.iteration > 0, !run.stopped, run.refusal == nil else {
            return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练"))
        }
        return ChallengeCheck(passed: run.perplexity < perplexityGoal,
                              progress: tr("perplexity \(RNNKnobs.number(run.perplexity)) (need < 4)",
                                           "困惑度 \(RNNKnobs.number(run.perplexity))（需 < 4）"))
    }

    /// Characters of training before the cold sample counts as the trained model's.
    static let trainedCharacters = 20_000

    static let coldSample = Prediction(
        id: "cold-sample",
        question: Localized(en: "After training, what does the model write at temperature τ = 0.2?",
                            zh: "训练之后，模型在温度 τ = 0.2 时会写出什么？"),
        choices: [Localized(en: "random letters, as before training", zh: "随机字母，和训练前一样"),
                  Localized(en: "the same few common words, over and over", zh: "同几个常见的词，一遍又一遍"),
                  Localized(en: "more varied words than at τ = 1", zh: "比 τ = 1 时更多样的词")],
        explanation: Localized(en: "A low temperature sharpens softmax(y/τ) until the most likely next character wins almost every time: the sample falls into a loop of the commonest words.",
                               zh: "低温度让 softmax(y/τ) 变得尖锐，几乎每次都是最可能的下一个字符胜出：样本陷入最常见的几个词的循环。")
    ) { cell in
        guard let cell = cell as? CharCell, cell.run.config.temperature <= 0.3,
              cell.run.sampledAt >= trainedCharacters else { return nil }
        return cell.run.sampleVariety < 0.5 ? 1 : nil
    }
}
