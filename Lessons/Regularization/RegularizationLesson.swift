import Charts
import LessonKit
import NumericCore

/// The `regularization` lesson (book ch. 6.4, Ng course 2 week 1): overfitting on a small
/// training set with train/test curves and their gap, weight decay λ and dropout as cures, a
/// 2-D toy set whose decision boundary shows overfitting, and the book's vs inverted dropout.
public struct RegularizationLesson: Lesson {
    public let id = "regularization"
    public var title: String { tr("Overfitting, weight decay, dropout", "过拟合、权重衰减与 dropout") }
    public var summary: String {
        tr("300 training images overfit: the train/test gap, λ and dropout knobs, a wiggly decision boundary",
           "300 张训练图像上的过拟合：训练与测试的差距，λ 与 dropout 旋钮，弯弯曲曲的决策边界")
    }

    /// The synthetic dataset sizes (train, test) used when no MNIST is given: enough training
    /// images for the largest training-set knob (1000), 1000 test images.
    let sizes: (train: Int, test: Int)
    /// The overfitting run's settings at the start (the book's by default).
    let overfit: OverfitRun.Config
    /// The toy run's settings at the start.
    let toy: ToyRun.Config

    public init() { self.init(sizes: (train: 1000, test: 1000), overfit: OverfitRun.Config(), toy: ToyRun.Config()) }

    /// A lesson on smaller data or smaller nets (tests use small ones).
    init(sizes: (train: Int, test: Int), overfit: OverfitRun.Config, toy: ToyRun.Config) {
        self.sizes = sizes
        self.overfit = overfit
        self.toy = toy
    }

    public func makePages(context: LessonContext) -> [Page] {
        let data = DigitsSource.load(mnistDirectory: context.dataDirectory, synthetic: sizes, seed: context.seed)
        let overfitCell = OverfitCell(run: OverfitRun(data: data, config: overfit, seed: context.seed))
        return [
            Page(title: Localized(en: "Overfitting, and two cures", zh: "过拟合及两种对策"), text: RegularizationText.overfitting,
                 cell: overfitCell, challenges: [RegularizationChallenges.closeTheGap]),
            Page(title: Localized(en: "The decision boundary", zh: "决策边界"), text: RegularizationText.boundary,
                 cell: BoundaryCell(run: ToyRun(config: toy, seed: context.seed)),
                 challenges: [RegularizationChallenges.smoothBoundary]),
            Page(title: Localized(en: "Book vs inverted dropout", zh: "书中的 dropout 与反向 dropout"), text: RegularizationText.dropout,
                 cell: DropoutFormsCell(seed: context.seed),
                 challenges: [RegularizationChallenges.settleMeans],
                 prediction: RegularizationChallenges.invertedAtTest),
        ]
    }

    /// The ids without building the pages (which loads digits).
    public func challengeIDs() -> [String] {
        [RegularizationChallenges.closeTheGap.id, RegularizationChallenges.smoothBoundary.id, RegularizationChallenges.settleMeans.id]
    }
}
