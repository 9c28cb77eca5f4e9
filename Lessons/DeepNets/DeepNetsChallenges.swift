import Charts
import LessonKit
import NumericCore

/// The deepnets lesson's challenges and prediction: slim LeNet-5 under 40,000 parameters
/// (page 1), make a bottleneck ten times cheaper (page 2), train a deep residual net to 80 %
/// (page 3), and "which 20-layer net learns?" (page 3).
enum DeepNetsChallenges {
    static let parameterBudget = 40_000

    /// Page 1: LeNet-5 under 40,000 parameters, the last pool still 5×5.
    static let leNetBudget = Challenge(
        id: "lenet-budget",
        goal: Localized(en: "Edit LeNet-5 to fewer than 40,000 parameters while its last pool still outputs 5×5 maps.",
                        zh: "修改 LeNet-5，让参数少于 40,000 个，同时最后一个池化层的输出仍是 5×5。"),
        hints: [
            Localized(en: "Most parameters sit in the first fully connected layer: its input is every value of the last pool.",
                      zh: "大部分参数在第一个全连接层：它的输入是最后一个池化层输出的所有值。"),
            Localized(en: "Select layer 3 and lower its filters FN from 16 to 8: the pool then gives 8×5×5 = 200 inputs instead of 400.",
                      zh: "选中第 3 层，把滤波器数 FN 从 16 调到 8：池化层的输出就从 400 个变成 8×5×5 = 200 个。"),
        ]
    ) { cell in
        guard let cell = cell as? ShapeTableCell else { return .wrongCell }
        guard cell.netIndex == 0 else {
            return ChallengeCheck(passed: false, progress: tr("choose lenet", "选择 lenet"))
        }
        let rows = cell.architecture.rows()
        let lastPool = rows.last(where: { if case .pool = $0.layer { return true } else { return false } })?.output
        let total = cell.architecture.totalParameters
        let shapeOK = cell.architecture.isValid && lastPool?.height == 5 && lastPool?.width == 5
        let passed = shapeOK && total < parameterBudget
        let n = ShapeTableCell.grouped(total)
        return ChallengeCheck(passed: passed, progress: shapeOK
            ? tr("\(n) parameters (need < 40,000)", "\(n) 个参数（需要 < 40,000）")
            : tr("\(n) parameters, but the last pool is not 5×5", "\(n) 个参数，但最后的池化输出不是 5×5"))
    }

    /// Page 2: the bottleneck at least ten times cheaper than the direct 5×5 conv to 32 channels.
    static let tenfold = Challenge(
        id: "tenfold-bottleneck",
        goal: Localized(en: "Keep 192 input channels, 32 output channels and 5×5 filters, and make the bottleneck need at least 10× fewer multiply-adds.",
                        zh: "保持 192 个输入通道、32 个输出通道和 5×5 滤波器，让瓶颈结构的乘加次数少至少 10 倍。"),
        hints: [
            Localized(en: "The saving grows as the bottleneck gets narrower: the 5×5 convolution then sees fewer channels.",
                      zh: "瓶颈越窄，节省越多：5×5 卷积看到的通道更少了。"),
            Localized(en: "With 16 bottleneck channels it is 9.7×; one channel fewer is enough.",
                      zh: "瓶颈通道数为 16 时是 9.7 倍；再少一个通道就够了。"),
        ]
    ) { cell in
        guard let cell = cell as? OneByOneCell else { return .wrongCell }
        let c = cell.cost
        guard c.channels == 192, c.outputs == 32, c.filter == 5 else {
            return ChallengeCheck(passed: false, progress: tr("set C = 192, FN = 32, F = 5", "请设 C = 192，FN = 32，F = 5"))
        }
        let s = NumberText.format((c.saving * 10).rounded() / 10, digits: 4)
        return ChallengeCheck(passed: c.saving >= 10, progress: tr("\(s)× fewer (need ≥ 10)", "少 \(s) 倍（需要 ≥ 10）"))
    }

    static let residualAccuracy = 0.8
    static let residualDepth = 20

    /// Page 3: a residual net of at least 20 hidden layers to 80 % test accuracy.
    static let deepResidual = Challenge(
        id: "deep-residual",
        goal: Localized(en: "With at least 20 hidden layers, train until the residual net reaches 80 % test accuracy.",
                        zh: "在至少 20 个隐藏层的设置下训练，直到残差网络的测试精度达到 80%。"),
        hints: [
            Localized(en: "The shortcuts let the gradient reach the first layers, so the residual net learns even when the plain one stalls.",
                      zh: "捷径让梯度能传到最前面的几层，所以即使普通网络停滞，残差网络也能学习。"),
            Localized(en: "Keep init at small and the learning rate near 0.1, press space and wait about 600 iterations.",
                      zh: "保持 init 为 small、学习率为 0.1 左右，按空格键，等大约 600 次迭代。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? ResidualCell else { return .wrongCell }
        let run = cell.run
        guard run.config.depth >= residualDepth else {
            return ChallengeCheck(passed: false, progress: tr("raise hidden layers to 20 or more", "把隐藏层数调到 20 或以上"))
        }
        guard let acc = cell.residualAccuracy, !run.stopped else {
            return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练"))
        }
        return ChallengeCheck(passed: acc >= residualAccuracy,
                              progress: tr("residual test \(ResidualCell.percent(acc)) (need 80 %)",
                                           "残差网络测试精度 \(ResidualCell.percent(acc))（需要 80%）"))
    }

    /// Page 3: which of the two 20-layer nets, started from std 0.01 weights, learns.
    static let whichLearns = Prediction(
        id: "which-learns",
        question: Localized(en: "20 hidden layers, weights of std 0.01: which net's loss falls below 2?",
                            zh: "20 个隐藏层，权重标准差 0.01：哪个网络的损失会降到 2 以下？"),
        choices: [Localized(en: "only the plain net", zh: "只有普通网络"),
                  Localized(en: "only the residual net", zh: "只有残差网络"),
                  Localized(en: "both", zh: "两个都会")],
        explanation: Localized(en: "Through 20 small layers the plain net's signal and gradient shrink to almost nothing; each residual block starts near the identity, so the gradient reaches every layer through the shortcuts.",
                               zh: "经过 20 层很小的权重，普通网络的信号和梯度都几乎缩到 0；每个残差块开始时接近恒等映射，梯度沿捷径传到每一层。")
    ) { cell in
        guard let cell = cell as? ResidualCell, cell.run.config.initIndex == 1, cell.run.iteration >= 200 else { return nil }
        return 1
    }
}

/// Page 4 (training DeepConvNet): 90 % test accuracy within 500 iterations, and what a
/// learning rate 100 times the book's does.
extension DeepNetsChallenges {
    static let deepConvAccuracy = 0.9
    static let deepConvBudget = 500

    /// The first measurement at or before iteration 500 with ≥ 90 % test accuracy, if any.
    static func deepConvReached(_ run: DeepConvRun) -> DeepConvRun.Evaluation? {
        run.evaluations.first { $0.iteration <= deepConvBudget && $0.testAccuracy >= deepConvAccuracy }
    }

    /// Page 4: ≥ 90 % test accuracy at a measurement within the first 500 iterations.
    static let deepConv90 = Challenge(
        id: "deepconv-90",
        goal: Localized(en: "Train DeepConvNet to at least 90 % test accuracy within 500 iterations.",
                        zh: "在 500 次迭代以内把 DeepConvNet 训练到至少 90% 的测试精度。"),
        hints: [
            Localized(en: "Adam with the book's learning rate 0.001 gets there; much smaller rates crawl, much larger ones break the net.",
                      zh: "用书中的学习率 0.001，Adam 就能做到；学习率小得多会爬得很慢，大得多会把网络弄坏。"),
            Localized(en: "Press r, set lr to 0.001, keep iterations at 500 or more, and press space.",
                      zh: "按 r，把 lr 设为 0.001，迭代次数保持 500 或以上，再按空格键。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? DeepConvCell else { return .wrongCell }
        let run = cell.run
        if let hit = deepConvReached(run) {
            return ChallengeCheck(passed: true, progress: tr("test \(DeepConvCell.percent(hit.testAccuracy)) at iteration \(hit.iteration)",
                                                             "第 \(hit.iteration) 次迭代测试精度 \(DeepConvCell.percent(hit.testAccuracy))"))
        }
        guard let last = run.evaluations.last else {
            return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练"))
        }
        if last.iteration >= deepConvBudget || run.stopped {
            return ChallengeCheck(passed: false, progress: tr("not 90 % by iteration 500: change lr, press r",
                                                              "500 次迭代内未达到 90%：改变 lr 后按 r"))
        }
        return ChallengeCheck(passed: false, progress: tr("test \(DeepConvCell.percent(last.testAccuracy)) at iteration \(last.iteration) (need 90 %)",
                                                          "第 \(last.iteration) 次迭代测试精度 \(DeepConvCell.percent(last.testAccuracy))（需要 90%）"))
    }

    /// Page 4: with lr 0.1 (100 × the book's), what does training do? Known once such a run
    /// has stopped or measured its accuracy after 100 iterations.
    static let bigLearningRate = Prediction(
        id: "deepconv-big-lr",
        question: Localized(en: "Set lr to 0.1, 100 times the book's 0.001, and train. What happens?",
                            zh: "把 lr 设为 0.1，是书中 0.001 的 100 倍，然后训练。会怎样？"),
        choices: [Localized(en: "it learns faster", zh: "学得更快"),
                  Localized(en: "about the same", zh: "差不多"),
                  Localized(en: "it breaks: stuck or blown up", zh: "训练失败：停滞或发散")],
        explanation: Localized(en: "Adam moves every weight by about lr per iteration whatever the gradient's size: at 0.1 the first steps push the ReLUs into never firing or the scores to extremes, and the net stops learning.",
                               zh: "无论梯度多大，Adam 每次迭代都让每个权重移动大约 lr：lr 为 0.1 时，最初几步就让 ReLU 再也不激活，或把得分推到极端，网络不再学习。")
    ) { cell in
        guard let cell = cell as? DeepConvCell else { return nil }
        let run = cell.run
        guard run.config.learningRate >= 0.05, run.events.isEmpty else { return nil }
        if run.stopped { return 2 }
        guard let last = run.evaluations.last, last.iteration >= 100 else { return nil }
        return last.testAccuracy < 0.5 ? 2 : 0
    }
}

/// Page 5 (data augmentation): augmentation beating no augmentation by 5 points on 100
/// training images, and "what does rotating by up to 180° do?".
extension DeepNetsChallenges {
    static let augmentGain = 5.0
    static let augmentImages = 100

    /// Page 5: with at most 100 training images, the augmented net's test accuracy at least
    /// 5 points above the plain one's after the run.
    static let augmentBeats = Challenge(
        id: "augment-beats",
        goal: Localized(en: "With 100 training images or fewer, make augmentation beat no augmentation by at least 5 points of test accuracy.",
                        zh: "在不超过 100 张训练图像时，让数据增强的测试精度比不增强高至少 5 个百分点。"),
        hints: [
            Localized(en: "The fewer the images, the more a net learns them by heart, and the more new warped copies help.",
                      zh: "图像越少，网络越容易把它们死记下来，变形出来的新样本帮助就越大。"),
            Localized(en: "Set training images to 100, keep small warps (shift 2, rotation 10, scale 0.1), press space and wait for the run to end.",
                      zh: "把训练图像数设为 100，保持较小的变形（平移 2、旋转 10、缩放 0.1），按空格键，等训练结束。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? AugmentCell else { return .wrongCell }
        let run = cell.run
        guard run.plainTrainer.trainLabels.count <= augmentImages else {
            return ChallengeCheck(passed: false, progress: tr("lower training images to 100", "把训练图像数降到 100"))
        }
        guard run.config.augment else {
            return ChallengeCheck(passed: false, progress: tr("turn augmentation on", "打开数据增强"))
        }
        guard let gain = run.gain, gain.isFinite, !run.stopped else {
            return ChallengeCheck(passed: false, progress: tr("press space to train", "按空格键开始训练"))
        }
        let g = (gain < 0 ? "−" : "") + NumberText.format((abs(gain) * 10).rounded() / 10, digits: 3)
        return ChallengeCheck(passed: gain >= augmentGain && run.isFinished,
                              progress: run.isFinished ? tr("\(g) points (need ≥ 5)", "\(g) 个百分点（需要 ≥ 5）")
                                                       : tr("\(g) points so far, run to the end", "目前 \(g) 个百分点，请训练到结束"))
    }

    /// Page 5: rotating by up to 180° makes 6 and 9 (and more) look alike.
    static let upsideDown = Prediction(
        id: "rotate-180",
        question: Localized(en: "Rotate the training digits by up to 180°: how does the augmented net's test accuracy compare?",
                            zh: "把训练数字随机旋转至多 180°：增强后网络的测试精度会怎样？"),
        choices: [Localized(en: "higher than without", zh: "比不增强高"),
                  Localized(en: "about the same", zh: "差不多"),
                  Localized(en: "lower than without", zh: "比不增强低")],
        explanation: Localized(en: "Turned upside down a 6 is a 9 and a 9 a 6, and a 2 or 7 looks like nothing the test set holds: the net learns labels that lie, and the test digits are never upright-flipped.",
                               zh: "倒过来的 6 就是 9，9 就是 6，2 和 7 也变得不像测试集里的任何数字：网络学到的是错误的标签，而测试数字从来不会倒过来。")
    ) { cell in
        guard let cell = cell as? AugmentCell, cell.run.config.augment, cell.run.config.rotation >= 150,
              cell.run.epoch >= 50, let gain = cell.run.gain else { return nil }
        return gain > 1 ? 0 : gain < -1 ? 2 : 1
    }
}
