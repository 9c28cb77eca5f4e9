import Charts
import LessonKit
import NumericCore

/// The `deepnets` lesson (book ch. 8, Ng course 4 week 2): classic convnets as shape tables
/// the learner edits (LeNet-5, the book's DeepConvNet), the 1×1 convolution and the
/// bottleneck's saving, and residual connections against a plain deep stack on digits.
public struct DeepNetsLesson: Lesson {
    public let id = "deepnets"
    public var title: String { tr("Going deeper: shapes, 1×1 convs, residual nets", "更深的网络：形状、1×1 卷积、残差网络") }
    public var summary: String {
        tr("LeNet-5 and DeepConvNet as editable shape tables, the 1×1 bottleneck, plain vs residual on digits",
           "可编辑的 LeNet-5 与 DeepConvNet 形状表，1×1 瓶颈层，普通网络与残差网络在手写数字上的对比")
    }

    /// Synthetic digits (train, test) when no MNIST is given.
    let sizes: (train: Int, test: Int)
    /// The residual run's settings at the start.
    let residual: ResidualRun.Config
    /// The DeepConvNet run's settings at the start.
    let deepConv: DeepConvRun.Config
    /// The augmentation run's settings at the start.
    var augment = AugmentRun.Config()

    public init() { self.init(sizes: (train: 1000, test: 500), residual: ResidualRun.Config()) }

    /// A lesson on smaller data or nets (tests use small ones).
    init(sizes: (train: Int, test: Int), residual: ResidualRun.Config, deepConv: DeepConvRun.Config = DeepConvRun.Config()) {
        self.sizes = sizes
        self.residual = residual
        self.deepConv = deepConv
    }

    public func makePages(context: LessonContext) -> [Page] {
        let data = DigitsSource.load(mnistDirectory: context.dataDirectory, synthetic: sizes, seed: context.seed)
        return [
            Page(title: Localized(en: "Shape tables", zh: "形状表"), text: DeepNetsText.shapes,
                 cell: ShapeTableCell(), challenges: [DeepNetsChallenges.leNetBudget]),
            Page(title: Localized(en: "1×1 convolutions", zh: "1×1 卷积"), text: DeepNetsText.oneByOne,
                 cell: OneByOneCell(seed: context.seed), challenges: [DeepNetsChallenges.tenfold]),
            Page(title: Localized(en: "Residual connections", zh: "残差连接"), text: DeepNetsText.residual,
                 cell: ResidualCell(run: ResidualRun(data: data, config: residual, seed: context.seed)),
                 challenges: [DeepNetsChallenges.deepResidual],
                 prediction: DeepNetsChallenges.whichLearns),
            Page(title: Localized(en: "Training DeepConvNet", zh: "训练 DeepConvNet"), text: DeepNetsText.deepConv,
                 cell: DeepConvCell(run: DeepConvRun(data: data, config: deepConv, seed: context.seed)),
                 challenges: [DeepNetsChallenges.deepConv90],
                 prediction: DeepNetsChallenges.bigLearningRate),
            Page(title: Localized(en: "Data augmentation", zh: "数据增强"), text: DeepNetsText.augmentation,
                 cell: AugmentCell(run: AugmentRun(data: data, config: augment, seed: context.seed)),
                 challenges: [DeepNetsChallenges.augmentBeats],
                 prediction: DeepNetsChallenges.upsideDown),
        ]
    }

    /// The ids without building the pages (which loads digits).
    public func challengeIDs() -> [String] {
        [DeepNetsChallenges.leNetBudget.id, DeepNetsChallenges.tenfold.id, DeepNetsChallenges.deepResidual.id,
         DeepNetsChallenges.deepConv90.id, DeepNetsChallenges.augmentBeats.id]
    }
}
