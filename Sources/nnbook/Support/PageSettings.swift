import Charts
import LessonKit

/// `render --set NAME=VALUE`: settings for the knobs of the one page being rendered.
enum PageSettings {
    /// Sets each knob of `cell` (the cell of 1-based `page` of lesson `lessonID`; nil for a
    /// page of text only) in order; values are parsed by the knob as in `run --set`. Throws
    /// for a name the page has no knob of, naming the page's knobs.
    static func apply(_ settings: [(name: String, value: String)], to cell: LiveCell?, page: Int, lessonID: String) throws {
        guard !settings.isEmpty else { return }
        let all = tr("see 'nnbook render \(lessonID) --list-params'", "参见 'nnbook render \(lessonID) --list-params'")
        guard let cell, !cell.knobs.isEmpty else {
            throw CommandFailure(tr("page \(page) of '\(lessonID)' has no parameters; \(all)",
                                    "'\(lessonID)' 的第 \(page) 页没有参数；\(all)"))
        }
        for setting in settings {
            guard let knob = cell.knobs.first(where: { $0.name == setting.name }) else {
                let names = cell.knobs.map(\.name).joined(separator: ", ")
                throw CommandFailure(tr("page \(page) of '\(lessonID)' has no parameter '\(setting.name)'; its parameters: \(names) (\(all))",
                                        "'\(lessonID)' 的第 \(page) 页没有参数 '\(setting.name)'；它的参数：\(names)（\(all)）"))
            }
            cell.setKnob(knob.name, to: try knob.parse(setting.value))
        }
    }
}
