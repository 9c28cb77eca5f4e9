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
        x += grid.put("  \(symbols.separator)  " + tr("deep learning from scratch, one live experiment at a time",
                                                   "从零开始学深度学习，每次一个动手实验"),
                      x: x, y: 0, style: palette.dim)

        let longest = app.lessons.map { displayWidth(of: symbols.text($0.title)) }.max() ?? 0
        let titleWidth = Swift.min(longest, size.width / 2)
        let counts = app.lessons.map { app.challengeCount(of: $0) }
        let countWidth = counts.map { $0.total > 0 ? displayWidth(of: "\($0.met)/\($0.total)") : 0 }.max() ?? 0
        let entries = self.entries(app)
        let selectedRow = entries.firstIndex { $0 == app.menuSelection } ?? 0
        let top = 2
        let rows = Swift.max(1, size.height - 6)
        let first = Swift.max(0, Swift.min(selectedRow - rows / 2, entries.count - rows))
        for (row, entry) in entries[first..<Swift.min(entries.count, first + rows)].enumerated() {
            let y = top + row
            guard let index = entry else {
                let part = app.partNames[app.lessons[entries[(first + row + 1)...].compactMap { $0 }.first ?? 0].id]?.text ?? ""
                grid.put(symbols.truncated(part, to: size.width - 4), x: 3, y: y, style: palette.dim)
                continue
            }
            let lesson = app.lessons[index]
            let selected = index == app.menuSelection
            let status = LessonStatus(lesson: lesson.id, challengeIDs: app.challengeIDs(of: lesson), progress: app.progress)
            if selected { grid.put(symbols.selected, x: 1, y: y, style: palette.accent) }
            grid.put(mark(for: status, symbols: symbols), x: 3, y: y, style: palette.accent)
            grid.put(symbols.truncated(lesson.title, to: titleWidth), x: 5, y: y,
                     style: selected ? palette.accent : palette.bold)
            var summaryX = 5 + titleWidth + 2
            if countWidth > 0 {
                let count = counts[index]
                let text = count.total > 0 ? "\(count.met)/\(count.total)" : ""
                grid.put(text, x: summaryX + countWidth - displayWidth(of: text), y: y, style: palette.accent)
                summaryX += countWidth + 2
            }
            let summary = WrappedText.lines(symbols.text(lesson.summary), width: size.width - summaryX - 1,
                                            maximumLines: 1, ellipsis: symbols.ellipsis).first ?? ""
            grid.put(summary, x: summaryX, y: y, style: selected ? palette.plain : palette.dim)
        }
        if first > 0 { grid.put(symbols.ellipsis, x: 5, y: top - 1, style: palette.dim) }
        if first + rows < entries.count { grid.put(symbols.ellipsis, x: 5, y: top + rows, style: palette.dim) }

        let (done, visited) = (symbols.finished, symbols.visited)
        var legend = countWidth > 0
            ? tr("\(done) done   \(visited) visited   n/m challenges met", "\(done) 已完成   \(visited) 已访问   n/m 已完成的挑战")
            : tr("\(done) finished   \(visited) visited", "\(done) 已完成   \(visited) 已访问")
        if let last = app.progress.lastLesson, let lesson = app.lessons.first(where: { $0.id == last }) {
            let page = app.progress.lastPage + 1
            legend += "   \(symbols.separator)   " + tr("left off in \(lesson.title), page \(page)",
                                                       "上次读到「\(lesson.title)」第 \(page) 页")
        }
        grid.put(" " + symbols.truncated(legend, to: size.width - 2), x: 0, y: size.height - 3, style: palette.dim)
        if app.progress.visited.isEmpty, let first = app.lessons.first {
            let x = grid.put(tr(" New here?", " 第一次来？"), x: 0, y: size.height - 2, style: palette.accent)
            let rest = tr(" Start with \(first.title) — Enter opens it; ? shows every key.",
                          " 从「\(first.title)」开始——按 Enter 打开；按 ? 查看所有按键。")
            grid.put(symbols.truncated(rest, to: size.width - x - 1), x: x, y: size.height - 2)
        }
        return grid
    }

    /// The menu's rows: a part's heading (nil) before the first lesson of each part named in
    /// `app.partNames`, and the lessons (their indices); no headings when no parts are given.
    static func entries(_ app: NotebookApp) -> [Int?] {
        var out: [Int?] = []
        var part: Localized?
        for (index, lesson) in app.lessons.enumerated() {
            if let name = app.partNames[lesson.id], name != part {
                out.append(nil)
                part = name
            }
            out.append(index)
        }
        return out
    }

    /// ✓ for a done lesson, • for a visited one (or one with some challenges met), a space otherwise.
    static func mark(for status: LessonStatus, symbols: Symbols) -> String {
        switch status {
        case .done: return symbols.finished
        case .visited, .challenges: return symbols.visited
        case .notStarted: return " "
        }
    }
}
