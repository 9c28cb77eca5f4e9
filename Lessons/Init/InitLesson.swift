import Charts
import LessonKit

/// The `init` lesson (book ch. 6.2; Ng C2 "vanishing/exploding gradients"): activation
/// histograms per layer for σ = 1, 0.01, Xavier and He; gradient norms per layer; three
/// nets trained on digits from std 0.01, Xavier and He.
public struct InitLesson: Lesson {
    public let id = "init"
    public var title: String { tr("Weight initialization", "权重初始化") }
    public var summary: String {
        tr("Why the starting weights matter: activation histograms, vanishing gradients, Xavier and He",
           "初始权重为什么重要：激活值直方图、梯度消失、Xavier 与 He 初始值")
    }

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        let histograms = HistogramCell(context: context)
        return [
            Page(title: Localized(en: "Activations layer by layer", zh: "逐层看激活值"), text: InitText.histograms, cell: histograms,
                 prediction: InitChallenges.smallSigma),
            Page(title: Localized(en: "Xavier and He", zh: "Xavier 与 He 初始值"), text: InitText.xavierHe, cell: histograms,
                 challenges: [InitChallenges.sigmoidSpread]),
            Page(title: Localized(en: "Vanishing and exploding gradients", zh: "梯度消失与梯度爆炸"), text: InitText.gradients,
                 cell: GradientCell(context: context), challenges: [InitChallenges.deepReLU]),
            Page(title: Localized(en: "Training from each start", zh: "从不同初始值开始训练"), text: InitText.training,
                 cell: TrainingCell(context: context), challenges: [InitChallenges.heAhead]),
        ]
    }

    /// The headless run: the settings go to every cell with that knob; the two stacks are
    /// always computed whole (forward and backward, a few layers), and `--steps` counts
    /// training iterations only (default 200).
    public func run(_ request: RunRequest) throws -> RunOutput {
        let cells = liveCells(of: makePages(context: request.context))
        try apply(request.settings, to: cells)
        for cell in cells {
            if cell is TrainingCell {
                cell.stepHeadless(cell.headlessStepCount(requested: request.steps), progress: request.progress)
            } else {
                cell.stepHeadless(cell.headlessStepCount(requested: nil))
            }
        }
        return RunOutput(lesson: id, cells: cells.map { $0.export() })
    }
}
