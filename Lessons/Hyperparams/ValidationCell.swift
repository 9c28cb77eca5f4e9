import Charts
import Foundation
import LessonKit

/// Page 4: validation vs test. The finished trials ranked by the chosen set's accuracy
/// (validation, as it must be, or test, to show what goes wrong), each with both accuracies,
/// and the number one would report for the winner.
final class ValidationCell: SearchDriver {
    override var title: String { tr("choosing on validation, reporting on test", "用验证集挑选，用测试集报告") }

    /// Which set picks the winner (knob `choose_by`: validation or test).
    enum Chooser: Int { case validation, test }
    static let chooserNames = ["validation", "test"]
    private(set) var chooser = Chooser.validation

    override var knobs: [Knob] {
        [Knob(name: "choose_by", label: tr("choose the best by", "挑选依据"), kind: .choice(Self.chooserNames), value: Double(chooser.rawValue)),
         SearchKnobs.best(search.settings)]
    }
    override func setKnob(_ name: String, to value: Double) {
        if name == "choose_by" { chooser = value >= 0.5 ? .test : .validation } else { SearchKnobs.set(name, to: value, on: search) }
    }

    /// Finished trials, best first by the chooser's set.
    var ranked: [Trial] {
        switch chooser {
        case .validation: return search.ranked
        case .test: return search.ranked.sorted { ($0.testAccuracy!, -$0.number) > ($1.testAccuracy!, -$1.number) }
        }
    }

    /// The winner's validation and test accuracy, and how much its chosen set's number
    /// overstates the accuracy on images that played no part in choosing.
    var winner: Trial? { ranked.first }

    var table: Table {
        let rows = ranked.prefix(search.settings.best).enumerated().map { i, t in
            ["\(i + 1)", "#\(t.number)", SearchText.rate(t.learningRate), SearchText.rate(t.weightDecay),
             SearchText.percent(t.validationAccuracy ?? 0), SearchText.percent(t.testAccuracy ?? 0)]
        }
        let by = chooser == .validation ? tr("validation", "验证集") : tr("test", "测试集")
        return Table(title: tr("ranked by \(by)", "按\(by)排名"),
                     columns: [Table.Column(tr("rank", "名次")), Table.Column(tr("trial", "试验"), alignment: .left),
                               Table.Column("lr"), Table.Column("wd"), Table.Column(tr("val", "验证"), alignment: .right), Table.Column(tr("test", "测试"), alignment: .right)],
                     rows: rows, highlightedRow: rows.isEmpty ? nil : 0)
    }

    var verdict: String {
        guard let w = winner, let v = w.validationAccuracy, let t = w.testAccuracy else {
            return tr("no finished trial yet: press space", "还没有完成的试验：按空格键")
        }
        switch chooser {
        case .validation:
            return tr("chosen on validation: #\(w.number), val \(SearchText.percent(v)) → test \(SearchText.percent(t)), an honest estimate",
                      "用验证集挑选：#\(w.number)，验证 \(SearchText.percent(v)) → 测试 \(SearchText.percent(t))，是诚实的估计")
        case .test:
            return tr("chosen on test: #\(w.number), test \(SearchText.percent(t)) — no longer an unseen set, so this number flatters",
                      "用测试集挑选：#\(w.number)，测试 \(SearchText.percent(t))——测试集已不再是没见过的数据，这个数字偏高")
        }
    }

    override func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var lines = [verdict]
        if displayWidth(of: verdict) > width - 2 {
            // Two lines rather than a cut: break at the first separator.
            let parts = verdict.split(separator: tr(": ", "：").first!, maxSplits: 1).map(String.init)
            if parts.count == 2 { lines = [parts[0] + tr(":", "："), parts[1].trimmingCharacters(in: .whitespaces)] }
            lines = lines.flatMap { ReadoutLines.wrap($0, width: width - 2) }
        }
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            grid.blit(table.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }
}

extension ValidationCell {
    /// The winner as chosen now: `choice` (chosen_by, trial, lr, weight_decay, val_acc, test_acc).
    func choiceExport() -> CellExport {
        let w = winner
        func number(_ v: Double?) -> ExportValue { v.map(ExportValue.number) ?? .null }
        let json: ExportValue = .object([
            ("chosen_by", .string(Self.chooserNames[chooser.rawValue])),
            ("trial", w.map { .integer($0.number) } ?? .null),
            ("lr", number(w?.learningRate)), ("weight_decay", number(w?.weightDecay)),
            ("val_acc", number(w?.validationAccuracy)), ("test_acc", number(w?.testAccuracy)),
        ])
        return CellExport(name: "choice", json: json, tables: [])
    }
}
