import Charts
import LessonKit

/// `--list-params`: every knob of every page of a lesson, as an aligned table with the name
/// that `--set` takes, the label the notebook shows, the page(s), the default and the values
/// it accepts.
///
/// A knob shown on several pages (the same cell, or cells that agree on label, default and
/// values) is one row listing every page; the same name with another label or default (the
/// perceptron's w1 on the AND and OR pages) is a row of its own. `run --set` sets a name on
/// every page that has it, `render --set` on the rendered page only.
enum ParameterTable {
    /// One row: name, label, pages (1-based), default, values.
    struct Row: Equatable {
        var name: String
        var label: String
        var pages: [Int]
        var defaultValue: String
        var values: String
    }

    /// The rows of `pages`, in page and panel order.
    static func rows(of pages: [Page]) -> [Row] {
        var rows: [Row] = []
        for (index, page) in pages.enumerated() {
            for knob in page.cell?.knobs ?? [] {
                let row = Row(name: knob.name, label: knob.label, pages: [index + 1],
                              defaultValue: defaultText(knob), values: knob.rangeDescription)
                if let same = rows.firstIndex(where: { $0.name == row.name && $0.label == row.label
                    && $0.defaultValue == row.defaultValue && $0.values == row.values }) {
                    if rows[same].pages.last != index + 1 { rows[same].pages.append(index + 1) }
                } else {
                    rows.append(row)
                }
            }
        }
        return rows
    }

    /// The table for `lesson`'s pages built with `context`: a header (NAME, LABEL, PAGE,
    /// DEFAULT, VALUES; in Chinese 名称, 标签, 页, 默认值, 取值) and a row per knob, columns padded to the widest entry (in display
    /// columns) plus two spaces; every line ends in a newline. A lesson without knobs gives
    /// one line saying so.
    static func text(for lesson: any Lesson, context: LessonContext) -> String {
        let rows = rows(of: lesson.makePages(context: context))
        guard !rows.isEmpty else { return tr("lesson '\(lesson.id)' has no parameters\n", "课程 '\(lesson.id)' 没有参数\n") }
        let cells = [[tr("NAME", "名称"), tr("LABEL", "标签"), tr("PAGE", "页"), tr("DEFAULT", "默认值"), tr("VALUES", "取值")]] + rows.map {
            [$0.name, $0.label, $0.pages.map(String.init).joined(separator: ","), $0.defaultValue, $0.values]
        }
        let widths = (0..<4).map { column in cells.map { displayWidth(of: $0[column]) }.max() ?? 0 }
        return cells.map { line in
            (0..<4).map { line[$0] + String(repeating: " ", count: widths[$0] - displayWidth(of: line[$0]) + 2) }.joined()
                + line[4] + "\n"
        }.joined()
    }

    /// The default as `--set` would take it back: numbers to 6 significant digits, a
    /// choice's name, on/off.
    private static func defaultText(_ knob: Knob) -> String {
        if case .continuous = knob.kind { return NumberText.format(knob.value, digits: 6) }
        return knob.formattedValue
    }
}
