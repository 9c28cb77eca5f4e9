import Charts
import LessonKit
import NumericCore

/// The `hyperparams` lesson: the book's random search of learning rate and weight decay on a
/// log scale (ch. 6), trials training in the background of the frame loop while a scatter
/// fills in; the best trials and a coarse-to-fine narrowing (Ng); uniform vs log sampling;
/// validation vs test.
public struct HyperparamsLesson: Lesson {
    public let id = "hyperparams"
    public var title: String { tr("Hyperparameter search", "超参数搜索") }
    public var summary: String {
        tr("Random search of lr and weight decay on a log scale, best trials, coarse to fine, validation vs test",
           "在对数尺度上随机搜索 lr 与权重衰减：最佳试验、由粗到细、验证集与测试集")
    }

    let settings: SearchSettings

    public init() { self.init(settings: SearchSettings()) }
    init(settings: SearchSettings) { self.settings = settings }

    public func makePages(context: LessonContext) -> [Page] {
        let search = Search(data: HoldOut.load(directory: context.dataDirectory, seed: context.seed), seed: context.seed,
                            settings: settings)
        return [
            Page(title: Localized(en: "Random search", zh: "随机搜索"), text: HyperparamsText.search, cell: SearchCell(search: search),
                 challenges: [HyperparamsChallenges.fewTrials]),
            Page(title: Localized(en: "Best trials, coarse to fine", zh: "最佳试验，由粗到细"), text: HyperparamsText.best,
                 cell: BestCell(search: search), challenges: [HyperparamsChallenges.fineRound]),
            Page(title: Localized(en: "Why a log scale", zh: "为什么用对数尺度"), text: HyperparamsText.sampling,
                 cell: SamplingCell(seed: context.seed), prediction: HyperparamsChallenges.uniformShare),
            Page(title: Localized(en: "Validation vs test", zh: "验证集与测试集"), text: HyperparamsText.validation,
                 cell: ValidationCell(search: search)),
        ]
    }

    /// Applies the settings to every cell, runs the search to its end (both rounds when
    /// `narrow=1`; `--steps N` caps the training iterations), draws the sampling page's
    /// samples, and exports the search (every trial and the best) and the samples.
    public func run(_ request: RunRequest) throws -> RunOutput {
        let cells = liveCells(of: makePages(context: request.context))
        try apply(request.settings, to: cells)
        guard let search = cells.compactMap({ $0 as? SearchCell }).first else { return RunOutput(lesson: id, cells: []) }
        let limit = request.steps ?? Int.max
        var done = 0
        let rounds = search.search.narrowRequested ? 2 : 1
        let total = min(limit, rounds * search.defaultRunSteps)
        while done < limit && !search.isFinished {
            search.step()
            done += 1
            request.progress?(min(done, total), total)
        }
        var exports = [search.export()]
        if let validation = cells.compactMap({ $0 as? ValidationCell }).first {
            exports.append(validation.choiceExport())
        }
        for sampling in cells.compactMap({ $0 as? SamplingCell }) {
            sampling.stepHeadless(sampling.defaultRunSteps)
            exports.append(sampling.export())
        }
        return RunOutput(lesson: id, cells: exports)
    }
}
