import Charts
import LessonKit

/// A lesson page: the title line, the text (scrollable, with a "more" cue when cut), the
/// cell with its header, the knob panel and the status rows (`StatusLineView`); in the
/// reading view (`t`) the text alone above the status. The last row (hints) is drawn by
/// `ScreenRenderer`.
enum LessonPageView {
    static func render(_ app: NotebookApp, palette: Palette, symbols: Symbols) -> Grid {
        var grid = Grid(width: app.size.width, height: app.size.height)
        guard let session = app.session, let (layout, text) = app.pageLayout() else { return grid }
        drawTitle(session, into: &grid, palette: palette, symbols: symbols)
        drawText(text, session: session, layout: layout, into: &grid, palette: palette, symbols: symbols)
        guard let cell = session.cell else { return grid }
        if let header = layout.cellHeader, let area = layout.cell, let panel = layout.knobs {
            drawHeader(cell.title, session: session, header: header, panelX: panel.x, into: &grid,
                       palette: palette, symbols: symbols)
            if session.showsChallenges && area.width > 0 && area.height > 0 {
                ChallengesPanelView.draw(app, session: session, in: area, into: &grid, palette: palette, symbols: symbols)
            } else if area.width > 0 && area.height > 0 {
                grid.blit(cell.render(width: area.width, height: area.height, options: app.renderOptions),
                          x: area.x, y: area.y)
            }
            KnobPanelView.draw(session, in: panel, into: &grid, palette: palette, symbols: symbols)
            if !session.showsChallenges {
                let titleEnd = header.x + 1 + displayWidth(of: " " + symbols.truncated(cell.title, to: panel.x - header.x - 4) + " ")
                if let cue = session.cues(progress: app.progress).first(where: { panel.x - 3 - displayWidth(of: $0) > titleEnd }) {
                    drawCue(symbols.text(cue), after: titleEnd, panelX: panel.x, y: header.y, into: &grid, palette: palette)
                }
            }
        }
        StatusLineView.draw(app, cell: cell, y: layout.statusRow, into: &grid, palette: palette, symbols: symbols)
        return grid
    }

    /// " Lesson title  ·  page k/n  ·  Page title"; when that is too wide, tighter
    /// separators, then "k/n" without "page", then cut with an ellipsis.
    private static func drawTitle(_ session: LessonSession, into grid: inout Grid, palette: Palette, symbols: Symbols) {
        let x = grid.put(" " + symbols.text(session.lesson.title), x: 0, y: 0, style: palette.accent)
        let room = grid.width - x - 1
        let page = "\(session.pageIndex + 1)/\(session.pages.count)"
        let long = tr("page " + page, "第 \(page) 页")
        let forms = [("  \(symbols.separator)  ", long), (" \(symbols.separator) ", long),
                     (" \(symbols.separator) ", page)].map { separator, position in
            separator + position + (session.page.title.isEmpty ? "" : separator + symbols.text(session.page.title))
        }
        let rest = forms.first { displayWidth(of: $0) <= room } ?? symbols.truncated(forms.last!, to: room)
        grid.put(rest, x: x, y: 0)
    }

    /// The visible rows of the text and its scroll bar (or the wide layout's divider).
    private static func drawText(_ text: Grid, session: LessonSession, layout: PageLayout, into grid: inout Grid,
                                 palette: Palette, symbols: Symbols) {
        let area = layout.text
        let maximum = Swift.max(0, text.height - area.height)
        let scroll = Swift.max(0, Swift.min(maximum, session.textScroll))
        for row in 0..<Swift.min(area.height, text.height - scroll) {
            for col in 0..<Swift.min(area.width, text.width) {
                grid[area.x + col, area.y + row] = text[col, scroll + row]
            }
        }
        if scroll < maximum && !session.isReading && area.height > 1 {
            let cue = symbols.unicode ? tr("↓ more — t to read all", "↓ 还有更多——按 t 阅读全文")
                : tr("v more - t to read all", "v 还有更多 - 按 t 阅读全文")
            grid.fill(x: area.x, y: area.y + area.height - 1, width: area.width, height: 1, with: .blank)
            grid.put(cue, x: area.x, y: area.y + area.height - 1, style: palette.accent, maxWidth: area.width)
        }
        if layout.isWide {
            for y in area.y..<(area.y + area.height) { grid.put(symbols.vertical, x: layout.scrollbarX, y: y, style: palette.dim) }
            grid.put(symbols.teeRight, x: layout.scrollbarX, y: area.y, style: palette.dim)
        }
        guard maximum > 0 else { return }
        let thumb = Swift.max(1, area.height * area.height / text.height)
        let offset = (area.height - thumb) * scroll / maximum
        let thumbStyle = session.focus == .text ? palette.accent : palette.plain
        for row in 0..<area.height {
            let inThumb = row >= offset && row < offset + thumb
            grid.put(inThumb ? symbols.scrollThumb : symbols.vertical, x: layout.scrollbarX, y: area.y + row,
                     style: inThumb ? thumbStyle : palette.dim)
        }
    }

    /// The challenges cue at the right end of the cell's part of the header (the caller
    /// chooses a form that fits after the cell's title).
    private static func drawCue(_ cue: String, after titleEnd: Int, panelX: Int, y: Int, into grid: inout Grid,
                                palette: Palette) {
        let text = " " + cue + " "
        let x = panelX - 1 - displayWidth(of: text)
        guard x > titleEnd else { return }
        grid.put(text, x: x, y: y, style: palette.accent)
    }

    /// "─ Cell title ───┬─ Knobs ───": the cell's title and the panel's heading, the
    /// heading in the accent while the panel has the focus.
    private static func drawHeader(_ title: String, session: LessonSession, header: Rect, panelX: Int,
                                   into grid: inout Grid, palette: Palette, symbols: Symbols) {
        grid.put(String(repeating: symbols.horizontal, count: header.width), x: header.x, y: header.y, style: palette.dim)
        grid.put(" " + symbols.truncated(title, to: panelX - header.x - 4) + " ", x: header.x + 1, y: header.y,
                 style: palette.bold)
        grid.put(symbols.teeDown, x: panelX, y: header.y, style: palette.dim)
        grid.put(tr(" Knobs ", " 旋钮 "), x: panelX + 1, y: header.y, style: session.focus == .knobs ? palette.accent : palette.dim)
    }
}
