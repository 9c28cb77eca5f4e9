import Charts
import LessonKit
import NumericCore

/// The `embeddings` lesson (Ng course 4 week 4): a net that maps digit images to points on a
/// circle trained with the triplet loss, verification and one-shot recognition with a distance
/// threshold, and style as Gram matrices of a convolution layer's feature maps.
public struct EmbeddingsLesson: Lesson {
    public let id = "embeddings"
    public var title: String { tr("Embeddings and the triplet loss", "嵌入与三元组损失") }
    public var summary: String {
        tr("digits mapped to a circle by the triplet loss, verification with a threshold τ, one-shot recognition, Gram matrices, texture synthesis",
           "用三元组损失把数字映射到圆上，用阈值 τ 做验证，单样本识别，Gram 矩阵，纹理合成")
    }

    /// The synthetic dataset sizes (train, test) when no MNIST is given.
    let sizes: (train: Int, test: Int)
    /// The training runs' settings at the start.
    let config: EmbeddingRun.Config

    public init() { self.init(sizes: (train: 1000, test: 500), config: EmbeddingRun.Config()) }

    /// A lesson on other data sizes or settings (tests).
    init(sizes: (train: Int, test: Int), config: EmbeddingRun.Config) {
        self.sizes = sizes
        self.config = config
    }

    public func makePages(context: LessonContext) -> [Page] {
        let data = DigitsSource.load(mnistDirectory: context.dataDirectory, synthetic: sizes, seed: context.seed,
                                     mnistLimit: (train: 5000, test: 1000))
        return [
            Page(title: Localized(en: "The triplet loss", zh: "三元组损失"), text: EmbeddingsText.triplet,
                 cell: TripletCell(run: EmbeddingRun(data: data, config: config, seed: context.seed)),
                 challenges: [EmbeddingsChallenges.separate]),
            Page(title: Localized(en: "Verification and one-shot recognition", zh: "验证与单样本识别"), text: EmbeddingsText.verification,
                 cell: VerifyCell(run: EmbeddingRun(data: data, config: config, seed: context.seed)),
                 challenges: [EmbeddingsChallenges.verify]),
            Page(title: Localized(en: "Style as Gram matrices", zh: "用 Gram 矩阵表示风格"), text: EmbeddingsText.style,
                 cell: StyleCell(), prediction: EmbeddingsChallenges.slide),
            Page(title: Localized(en: "Texture synthesis", zh: "纹理合成"), text: EmbeddingsText.texture,
                 cell: TextureCell(run: TextureRun(seed: context.seed)),
                 challenges: [EmbeddingsChallenges.texture], prediction: EmbeddingsChallenges.samePlace),
        ]
    }

    /// The ids without building the pages (which loads digits).
    public func challengeIDs() -> [String] {
        [EmbeddingsChallenges.separate.id, EmbeddingsChallenges.verify.id, EmbeddingsChallenges.texture.id]
    }
}
