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
           "在对数尺度上随机搜索 lr 与权值衰减：最佳试验、由粗到细、验证集与测试集")
    }

    let settings: SearchSettings

    public init() { self.init(settings: SearchSettings()) }
    init(settings: SearchSettings) { self.settings = settings }

    public func makePages(context: LessonContext) -> [Page] {
        let search = Search(data: HoldOut.load(directory: context.dataDirectory, seed: context.seed), seed: context.seed,
                            settings: settings)
        return [
            Page(title: Localized(en: "Random search", zh: "随机搜索"), text: HyperparamsText.search, cell: SearchCell(search: search)),
        ]
    }
}
