import Charts
import Foundation
import LessonKit

/// The words and numbers the search cells show, chosen when shown (so they follow the language).
enum SearchText {
    /// "81 %" / "81%".
    static func percent(_ fraction: Double) -> String {
        let number = NumberText.format((100 * fraction).rounded(), digits: 3)
        return number + tr(" %", "%")
    }

    static func rate(_ value: Double) -> String { NumberText.format(value, digits: 2) }

    /// The scatter's accuracy classes: ≥ 80 %, 50–80 %, 20–50 %, < 20 %.
    static func bucketName(_ i: Int) -> String {
        switch i {
        case 0: tr("≥ 80 %", "≥ 80%")
        case 1: tr("50–80 %", "50–80%")
        case 2: tr("20–50 %", "20–50%")
        default: tr("< 20 %", "< 20%")
        }
    }

    /// Advice first when trials diverge, then where the search is.
    static func status(_ search: Search) -> String {
        let round = search.roundTrials
        let diverged = round.filter(\.isDiverged)
        let progress: String
        if search.isFinished {
            progress = tr("\(round.count) trials done", "已完成 \(round.count) 次试验")
        } else if let t = search.current {
            progress = tr("trial \(round.count) / \(search.settings.trials) · epoch \(t.epochsDone) / \(t.epochs)",
                          "试验 \(round.count) / \(search.settings.trials) · 第 \(t.epochsDone) / \(t.epochs) 轮")
        } else if round.isEmpty {
            let d = search.data
            progress = tr("\(DataNotice.sourceName(d.source.sourceName)): \(d.train.count) train / \(d.validation.count) validation · press space",
                          "\(DataNotice.sourceName(d.source.sourceName))：训练 \(d.train.count) / 验证 \(d.validation.count) · 按空格键开始")
        } else {
            progress = tr("trial \(round.count) / \(search.settings.trials)", "试验 \(round.count) / \(search.settings.trials)")
        }
        if search.hasFailed {
            return tr("every trial diverged: lr up to \(rate(search.learningRateRange.upperBound)) is too large — lower 'lr to' below 0.1",
                      "所有试验都发散了：lr 最高 \(rate(search.learningRateRange.upperBound)) 太大——把「lr 上限」调到 0.1 以下")
        }
        if let low = diverged.map(\.learningRate).min() {
            return tr("\(diverged.count) diverged (lr ≥ \(rate(low))): lower 'lr to' · ",
                      "\(diverged.count) 次发散（lr ≥ \(rate(low))）：调小「lr 上限」· ") + progress
        }
        if let problem = search.data.source.problem {
            return "⚠ " + DataNotice.mnistNotLoaded(reason: problem) + " · " + progress
        }
        if let best = search.bestTrial, let v = best.validationAccuracy {
            return progress + tr(" · best val \(percent(v))", " · 最佳验证精度 \(percent(v))")
        }
        return progress
    }

    /// One or two bold lines under the scatter: the round's ranges and the best trial so far.
    static func readout(_ search: Search, width: Int) -> [String] {
        let lr = search.learningRateRange, wd = search.weightDecayRange
        let round = search.round == 1 ? tr("coarse", "粗搜") : tr("fine", "细搜")
        let ranges = tr("\(round): lr \(rate(lr.lowerBound))–\(rate(lr.upperBound)), wd \(rate(wd.lowerBound))–\(rate(wd.upperBound))",
                        "\(round)：lr \(rate(lr.lowerBound))–\(rate(lr.upperBound))，wd \(rate(wd.lowerBound))–\(rate(wd.upperBound))")
        guard let best = search.bestTrial, let v = best.validationAccuracy else { return [ranges] }
        let line = tr("best #\(best.number): val \(percent(v)) at lr \(rate(best.learningRate)), wd \(rate(best.weightDecay))",
                      "最佳 #\(best.number)：验证精度 \(percent(v))，lr \(rate(best.learningRate))，wd \(rate(best.weightDecay))")
        if displayWidth(of: ranges + "   " + line) <= width - 2 { return [ranges + "   " + line] }
        return [ranges, line]
    }
}
