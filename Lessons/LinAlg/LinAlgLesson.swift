import Charts
import LessonKit
import NumericCore

/// The `linalg` lesson (course part "Foundations"): a 2×2 matrix as a map of the plane with
/// its determinant and eigenvectors, the SVD as circle → ellipse, and image compression from
/// the top-k singular values, PCA of the digits, and a linear autoencoder that finds the PCA
/// plane. The decompositions are NumericCore's `SVD`, `SymmetricEigen` and `PCA`.
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
        // Pages 4 and 5 analyse the same digits, loaded when first shown.
        let pool = DigitsPool(directory: context.dataDirectory, seed: context.seed)
        return [
            Page(title: Localized(en: "A matrix moves the plane", zh: "矩阵移动平面"), text: LinAlgText.map,
                 cell: MapCell(), challenges: [LinAlgChallenges.flatten], prediction: LinAlgChallenges.determinant),
            Page(title: Localized(en: "Circle to ellipse: the SVD", zh: "圆变椭圆：SVD"), text: LinAlgText.svd,
                 cell: EllipseCell()),
            Page(title: Localized(en: "Compression with the top k", zh: "取前 k 个奇异值压缩"), text: LinAlgText.compression,
                 cell: CompressCell(digit: digit, seed: context.seed), challenges: [LinAlgChallenges.compress]),
            Page(title: Localized(en: "PCA of the digits", zh: "手写数字的 PCA"), text: LinAlgText.pca,
                 cell: PCACell(pool: pool), challenges: [LinAlgChallenges.fewComponents]),
            Page(title: Localized(en: "A linear autoencoder finds the PCA plane", zh: "线性自编码器找到 PCA 平面"), text: LinAlgText.autoencoder,
                 cell: AutoencoderCell(run: AutoencoderRun(pool: pool, seed: context.seed)),
                 challenges: [LinAlgChallenges.reachThePlane], prediction: LinAlgChallenges.codes),
        ]
    }

    public func challengeIDs() -> [String] {
        [LinAlgChallenges.flatten.id, LinAlgChallenges.compress.id, LinAlgChallenges.fewComponents.id, LinAlgChallenges.reachThePlane.id]
    }

    /// The default headless run (every page's cell), or with `--set page=N` only page N's
    /// cell (1–5): its knobs are set, it is stepped and it alone is exported — e.g.
    /// `run linalg --set page=4 --format csv` for the explained variance, `page=5` for the
    /// subspace-angle curve.
    public func run(_ request: RunRequest) throws -> RunOutput {
        guard let chosen = request.settings.last(where: { $0.name == "page" }) else { return try defaultRun(request) }
        let pages = makePages(context: request.context)
        guard let page = Int(chosen.value), (1...pages.count).contains(page), let cell = pages[page - 1].cell else {
            throw LessonKitError.invalidValue(knob: "page", value: chosen.value, expected: tr("a page from 1 to \(pages.count)", "1 到 \(pages.count) 之间的页码"))
        }
        do {
            try apply(request.settings.filter { $0.name != "page" }, to: [cell])
        } catch let LessonKitError.unknownKnob(name, lesson, valid) {
            throw LessonKitError.unknownKnob(name, lesson: lesson, valid: ["page"] + valid)
        }
        cell.stepHeadless(cell.headlessStepCount(requested: request.steps), progress: request.progress)
        return RunOutput(lesson: id, cells: [cell.export()])
    }

    /// Every cell, as `Lesson.run` does by default.
    private func defaultRun(_ request: RunRequest) throws -> RunOutput {
        let cells = liveCells(of: makePages(context: request.context))
        try apply(request.settings, to: cells)
        for cell in cells where cell.isAnimated {
            cell.stepHeadless(cell.headlessStepCount(requested: request.steps), progress: request.progress)
        }
        return RunOutput(lesson: id, cells: cells.map { $0.export() })
    }
}
