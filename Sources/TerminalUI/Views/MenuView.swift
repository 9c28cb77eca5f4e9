import Charts
import LessonKit

/// The lesson menu: one row per lesson (progress mark, full title, summary cut to the
/// screen at a word), the selection marked, a legend, where the learner left off, and for a
/// learner who has opened nothing yet a welcome line saying where to start.
enum MenuView {
    static func render(_ app: NotebookApp, palette: Palette, symbols: Symbols) -> Grid {
        let size = app.size
        var grid = Grid(width: size.width, height: size.height)
        var x = grid.put(" nnbook", x: 0, y: 0, style: palette.accent)
        x += grid.put("  \(symbols.separator)  deep learning from scratch, one live experiment at a time",
                      x: x, y: 0, style: palette.dim)

        let longest = app.lessons.map { displayWidth(of: symbols.text($0.title)) }.max() ?? 0
        let titleWidth = Swift.min(longest, size.width / 2)
        let top = 2
        let rows = Swift.max(1, size.height - 6)
        let first = Swift.max(0, Swift.min(app.menuSelection - rows / 2, app.lessons.count - rows))
        for (row, index) in (first..<Swift.min(app.lessons.count, first + rows)).enumerated() {
            let lesson = app.lessons[index]
            let y = top + row
            let selected = index == app.menuSelection
            if selected { grid.put(symbols.selected, x: 1, y: y, style: palette.accent) }
            grid.put(mark(for: lesson.id, progress: app.progress, symbols: symbols), x: 3, y: y,
                     style: palette.accent)
            grid.put(symbols.truncated(lesson.title, to: titleWidth), x: 5, y: y,
                     style: selected ? palette.accent : palette.bold)
            let summaryX = 5 + titleWidth + 2
            let summary = WrappedText.lines(symbols.text(lesson.summary), width: size.width - summaryX - 1,
                                            maximumLines: 1, ellipsis: symbols.ellipsis).first ?? ""
            grid.put(summary, x: summaryX, y: y, style: selected ? palette.plain : palette.dim)
        }
        if first > 0 { grid.put(symbols.ellipsis, x: 5, y: top - 1, style: palette.dim) }
        if first + rows < app.lessons.count { grid.put(symbols.ellipsis, x: 5, y: top + rows, style: palette.dim) }

        var legend = "\(symbols.finished) finished   \(symbols.visited) visited"
        if let last = app.progress.lastLesson, let lesson = app.lessons.first(where: { $0.id == last }) {
            legend += "   \(symbols.separator)   left off in \(lesson.title), page \(app.progress.lastPage + 1)"
        }
        grid.put(" " + symbols.truncated(legend, to: size.width - 2), x: 0, y: size.height - 3, style: palette.dim)
        if app.progress.visited.isEmpty, let first = app.lessons.first {
            let x = grid.put(" New here?", x: 0, y: size.height - 2, style: palette.accent)
            let rest = " Start with \(first.title) — Enter opens it; ? shows every key."
            grid.put(symbols.truncated(rest, to: size.width - x - 1), x: x, y: size.height - 2)
        }
        return grid
    }

    /// ✓ for a finished lesson, • for a visited one, a space otherwise.
    static func mark(for id: String, progress: Progress, symbols: Symbols) -> String {
        if progress.finished.contains(id) { return symbols.finished }
        if progress.visited.contains(id) { return symbols.visited }
        return " "
    }
}
