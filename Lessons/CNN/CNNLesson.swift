import Charts
import LessonKit

/// The `cnn` lesson (book ch. 7): convolution with padding and stride on a picture drawn in
/// the terminal, hand-set filters, channels and batches, max / average pooling, im2col as a
/// matrix, and the book's SimpleConvNet trained live on digits with its first-layer filters
/// and feature maps before and after training.
public struct CNNLesson: Lesson {
    public let id = "cnn"
    public var title: String { tr("Convolutional networks", "卷积神经网络") }
    public var summary: String {
        tr("Convolution, padding and stride, filters, pooling, im2col, and a small ConvNet trained live",
           "卷积、填充与步幅、滤波器、池化、im2col，以及一个实时训练的小型卷积网络")
    }

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: Localized(en: "Convolution: a filter sliding over an image", zh: "卷积：滤波器在图像上滑动"),
                 text: CNNText.convolution,
                 cell: ExplorerCell(seed: context.seed),
                 challenges: [CNNChallenges.verticalEdge, CNNChallenges.tenByTen], prediction: CNNChallenges.outputSize),
            Page(title: Localized(en: "Channels and batches", zh: "通道与批"), text: CNNText.channels, cell: ChannelsCell()),
            Page(title: Localized(en: "Pooling", zh: "池化"), text: CNNText.pooling, cell: PoolingCell(seed: context.seed)),
            Page(title: Localized(en: "im2col: convolution as a matrix product", zh: "im2col：把卷积变成矩阵乘积"),
                 text: CNNText.im2col, cell: Im2ColCell()),
            Page(title: Localized(en: "A ConvNet learns its filters", zh: "卷积网络学习自己的滤波器"),
                 text: CNNText.training,
                 cell: TrainingCell(seed: context.seed, dataDirectory: context.dataDirectory)),
        ]
    }
}
