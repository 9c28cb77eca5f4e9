import Charts
import LessonKit
import NumericCore

/// The `linalg` lesson (course part "Foundations"): a 2×2 matrix as a map of the plane with
/// its determinant and eigenvectors, the SVD as circle → ellipse, and image compression from
/// the top-k singular values. The decompositions are NumericCore's `SVD` and `SymmetricEigen`.
public struct LinAlgLesson: Lesson {
    public let id = "linalg"
    public var title: String { tr("Matrices as maps, SVD and compression", "矩阵即变换：SVD 与压缩") }
    public var summary: String {
        tr("a 2×2 matrix moves the plane: area = determinant, eigenvectors; circle → ellipse; top-k compression",
           "2×2 矩阵移动平面：面积即行列式，特征向量；圆变椭圆；取前 k 个奇异值压缩")
    }

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        let data = DigitsSource.load(mnistDirectory: context.dataDirectory, synthetic: (train: 10, test: 1), seed: context.seed)
        let digit = data.split.train.images.row(0)
        return [
            Page(title: Localized(en: "A matrix moves the plane", zh: "矩阵移动平面"), text: LinAlgText.map,
                 cell: MapCell(), challenges: [LinAlgChallenges.flatten], prediction: LinAlgChallenges.determinant),
            Page(title: Localized(en: "Circle to ellipse: the SVD", zh: "圆变椭圆：SVD"), text: LinAlgText.svd,
                 cell: EllipseCell()),
            Page(title: Localized(en: "Compression with the top k", zh: "取前 k 个奇异值压缩"), text: LinAlgText.compression,
                 cell: CompressCell(digit: digit, seed: context.seed), challenges: [LinAlgChallenges.compress]),
        ]
    }

    public func challengeIDs() -> [String] { [LinAlgChallenges.flatten.id, LinAlgChallenges.compress.id] }
}
