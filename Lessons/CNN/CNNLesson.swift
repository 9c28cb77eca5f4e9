import LessonKit

/// The `cnn` lesson (book ch. 7): convolution with padding and stride on a picture drawn in
/// the terminal, hand-set filters, channels and batches, max / average pooling, im2col as a
/// matrix, and the book's SimpleConvNet trained live on digits with its first-layer filters
/// and feature maps before and after training.
public struct CNNLesson: Lesson {
    public let id = "cnn"
    public let title = "Convolutional networks"
    public let summary = "Convolution, padding and stride, filters, pooling, im2col, and a small ConvNet trained live"

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: "Convolution: a filter sliding over an image", text: CNNText.convolution,
                 cell: ExplorerCell(seed: context.seed),
                 challenges: [CNNChallenges.verticalEdge, CNNChallenges.tenByTen], prediction: CNNChallenges.outputSize),
            Page(title: "Channels and batches", text: CNNText.channels, cell: ChannelsCell()),
            Page(title: "Pooling", text: CNNText.pooling, cell: PoolingCell(seed: context.seed)),
            Page(title: "im2col: convolution as a matrix product", text: CNNText.im2col, cell: Im2ColCell()),
            Page(title: "A ConvNet learns its filters", text: CNNText.training,
                 cell: TrainingCell(seed: context.seed, dataDirectory: context.dataDirectory)),
        ]
    }
}
