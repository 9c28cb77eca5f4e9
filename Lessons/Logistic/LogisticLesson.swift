import Charts
import LessonKit
import NumericCore

/// The `logistic` lesson (Ng, course 1 week 2): logistic regression as a one-neuron net —
/// z = wᵀx + b, a = σ(z), binary cross-entropy, gradient descent live on two 2-D blobs and
/// on "is it a 3?"; one example's computation graph forward and backward, then the
/// vectorized form; and loops against matrix products timed on the learner's machine.
public struct LogisticLesson: Lesson {
    public let id = "logistic"
    public var title: String { tr("Logistic regression: one neuron", "逻辑回归：一个神经元") }
    public var summary: String {
        tr("z = wᵀx + b, a = σ(z): a decision line, \"is it a 3?\", its graph, and loops vs vectorized timed live",
           "z = wᵀx + b，a = σ(z)：决策直线、「是 3 吗？」、它的计算图，以及循环与向量化的实时计时")
    }

    /// The synthetic digits' sizes when no MNIST is given.
    static let syntheticSizes = (train: 2000, test: 1000)

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        let digits = DigitsSource.load(mnistDirectory: context.dataDirectory, synthetic: Self.syntheticSizes,
                                       seed: context.seed, mnistLimit: (train: 5000, test: 1000))
        let seed = context.seed
        let toy = TrainingCell(run: LogisticRun(digits: digits, config: .init(task: .toy, learningRate: 0.1), seed: seed))
        let threes = TrainingCell(run: LogisticRun(digits: digits, config: .init(task: .digits, learningRate: 0.1), seed: seed))
        let race = VectorizationRace(data: LogisticData.isDigit(3, data: digits, limit: LogisticRun.digitsLimit), examples: 1000, seed: seed)
        return [
            Page(title: Localized(en: "One neuron, one line", zh: "一个神经元，一条直线"), text: LogisticText.neuron, cell: toy,
                 challenges: [LogisticChallenges.breakIt]),
            Page(title: Localized(en: "Is it a 3?", zh: "是 3 吗？"), text: LogisticText.digits, cell: threes,
                 challenges: [LogisticChallenges.ninetyFive], prediction: LogisticChallenges.weightPicture),
            Page(title: Localized(en: "The computation graph", zh: "计算图"), text: LogisticText.graph, cell: GraphCell(),
                 challenges: [LogisticChallenges.wrongAndSure]),
            Page(title: Localized(en: "Vectorization", zh: "向量化"), text: LogisticText.vectorization,
                 cell: VectorizationCell(race: race), prediction: LogisticChallenges.howMuchFaster),
        ]
    }

    /// The ids without building the pages (which makes digits).
    public func challengeIDs() -> [String] {
        [LogisticChallenges.breakIt.id, LogisticChallenges.ninetyFive.id, LogisticChallenges.wrongAndSure.id]
    }

    /// `nnbook run logistic --set task=toy|digits --set lr=... --steps N`: applies the settings,
    /// trains ONE run — the task asked for (the last `task` setting; digits when only `digit`
    /// is set; toy by default) — for N iterations (default: the task's 300 or 400), walks the
    /// graph to its end and times the vectorization once; exports the three, training first.
    public func run(_ request: RunRequest) throws -> RunOutput {
        let cells = liveCells(of: makePages(context: request.context))
        try apply(request.settings, to: cells)
        let trainingCells = cells.compactMap { $0 as? TrainingCell }
        let task: LogisticRun.Task = request.settings.last(where: { $0.name == "task" }).flatMap { _ in trainingCells.first?.run.config.task }
            ?? (request.settings.contains { $0.name == "digit" } ? .digits : .toy)
        guard let training = trainingCells.first(where: { $0.run.config.task == task }) else { return RunOutput(lesson: id, cells: []) }
        training.stepHeadless(training.headlessStepCount(requested: request.steps), progress: request.progress)
        var exports = [training.export()]
        for cell in cells where !(cell is TrainingCell) {
            cell.stepHeadless(cell.headlessStepCount(requested: nil))
            exports.append(cell.export())
        }
        return RunOutput(lesson: id, cells: exports)
    }
}
