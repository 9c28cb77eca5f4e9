import Charts
import LessonKit

/// The `biasvariance` lesson (Ng course 2 week 1, course 3 basics): train/dev/test splits,
/// diagnosing bias and variance on noisy 2-D toys from the training and dev errors, the
/// learning curve, and input normalization (an elongated vs a round loss contour).
public struct BiasVarianceLesson: Lesson {
    public let id = "biasvariance"
    public var title: String { tr("Train/dev/test, bias and variance", "训练/开发/测试集，偏差与方差") }
    public var summary: String {
        tr("Split the data, read train vs dev error as bias or variance, learning curves, normalized inputs",
           "划分数据，从训练与开发误差读出偏差或方差，学习曲线，归一化输入")
    }

    /// Epochs per run of the split page and per size of the learning curve (tests use fewer).
    let splitEpochs: Int
    let curveEpochs: Int

    public init() { self.init(splitEpochs: 300, curveEpochs: 300) }

    init(splitEpochs: Int, curveEpochs: Int) {
        self.splitEpochs = splitEpochs
        self.curveEpochs = curveEpochs
    }

    public func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: Localized(en: "Train, dev and test sets", zh: "训练集、开发集与测试集"), text: BiasVarianceText.split,
                 cell: SplitCell(seed: context.seed, epochs: splitEpochs)),
            Page(title: Localized(en: "Bias and variance", zh: "偏差与方差"), text: BiasVarianceText.diagnosis,
                 cell: DiagnosisCell(seed: context.seed),
                 challenges: [BiasVarianceChallenges.provokeVariance, BiasVarianceChallenges.cureVariance]),
            Page(title: Localized(en: "The learning curve", zh: "学习曲线"), text: BiasVarianceText.learningCurve,
                 cell: LearningCurveCell(seed: context.seed, epochs: curveEpochs),
                 prediction: BiasVarianceChallenges.tenTimesData),
            Page(title: Localized(en: "Normalizing inputs", zh: "输入归一化"), text: BiasVarianceText.normalization,
                 cell: NormalizationCell(),
                 challenges: [BiasVarianceChallenges.edgeOfStability, BiasVarianceChallenges.fastNormalized]),
        ]
    }

    /// The ids without building the pages.
    public func challengeIDs() -> [String] {
        [BiasVarianceChallenges.provokeVariance.id, BiasVarianceChallenges.cureVariance.id,
         BiasVarianceChallenges.edgeOfStability.id, BiasVarianceChallenges.fastNormalized.id]
    }
}
