/// Where each part of a lesson page goes on a screen of a given size.
///
/// Rows: 0 is the title line, `statusRow` (second to last) the cell's status or the value
/// entry line, `hintsRow` (last) the key hints. A status or a notice too long for its row
/// gets more rows, taken from the cell (or the text) above (`reserving`). Between them:
/// - compact (narrower than 120 columns or lower than 30 rows, e.g. 80×24): the text on
///   top (at most a third of the rows), a header row, then the cell on the left and the
///   knob panel in a column on the right;
/// - wide (e.g. 200×60): the text in a column on the left, the cell and the knob panel
///   beside it on the right;
/// - a page without a cell gives the whole area to the text (at most 100 columns wide);
///   so does the reading view (`t`), which keeps the status row of a page with a cell.
struct PageLayout: Hashable, Sendable {
    /// The text's content area (what `MarkdownText.layout` is laid out into).
    var text: Rect
    /// The column of the text's scroll bar (the divider in the wide layout).
    var scrollbarX: Int
    /// Whether the scroll bar column is a full-height divider (wide layout).
    var isWide: Bool
    /// The row above the cell and the knob panel (cell title, "Knobs").
    var cellHeader: Rect?
    var cell: Rect?
    /// The knob panel, its left border column included.
    var knobs: Rect?
    /// The first row of the cell's status (one or two rows, ending above the notice).
    var statusRow: Int
    /// The hints row, the last row of a notice (which replaces the hints).
    var hintsRow: Int

    /// Whether a `size` screen gets the wide layout.
    static func isWide(_ size: ScreenSize) -> Bool { size.width >= 120 && size.height >= 30 }

    /// The width of the knob panel, its border included.
    static func knobPanelWidth(_ size: ScreenSize) -> Int { size.width >= 100 ? 30 : 26 }

    /// The widest the text of a page without a cell gets.
    static let maximumTextWidth = 100

    /// The width the page text is laid out to.
    static func textWidth(size: ScreenSize, hasCell: Bool) -> Int {
        if !hasCell { return Swift.min(size.width - 3, maximumTextWidth) }
        if isWide(size) { return wideTextColumn(size) - 3 }
        return size.width - 3
    }

    /// The columns of the text side of the wide layout (its divider included).
    private static func wideTextColumn(_ size: ScreenSize) -> Int { Swift.min(84, size.width * 2 / 5) }

    /// The reading view on a `size` screen: the text alone, above the status row when the
    /// page has a cell (`hasStatus`).
    static func reading(size: ScreenSize, hasStatus: Bool) -> PageLayout {
        var layout = make(size: size, hasCell: false, textLines: 0)
        if hasStatus { layout.text.height -= 1 }
        return layout
    }

    /// This layout with `statusRows` rows for the status and `noticeRows` for a notice at
    /// the bottom: each row beyond the first is taken from the cell and the knob panel (or,
    /// without them, from the text).
    func reserving(statusRows: Int, noticeRows: Int) -> PageLayout {
        var layout = self
        let extraNotice = Swift.max(0, noticeRows - 1)
        let extra = Swift.max(0, statusRows - 1) + extraNotice
        layout.statusRow = hintsRow - 1 - extra
        if cell != nil {
            layout.cell?.height -= extra
            layout.knobs?.height -= extra
        } else {
            layout.text.height = Swift.max(1, layout.text.height - extra)
        }
        return layout
    }

    /// The layout for a page on a `size` screen whose text takes `textLines` rows.
    static func make(size: ScreenSize, hasCell: Bool, textLines: Int) -> PageLayout {
        let width = size.width
        let height = size.height
        let body = height - 3
        let textWidth = textWidth(size: size, hasCell: hasCell)
        if !hasCell {
            let x = textWidth < maximumTextWidth ? 1 : (width - textWidth) / 2
            return PageLayout(text: Rect(x: x, y: 1, width: textWidth, height: body + 1), scrollbarX: x + textWidth + 1,
                              isWide: false, cellHeader: nil, cell: nil, knobs: nil,
                              statusRow: height - 2, hintsRow: height - 1)
        }
        let panel = knobPanelWidth(size)
        if isWide(size) {
            let column = wideTextColumn(size)
            let right = width - column
            return PageLayout(
                text: Rect(x: 1, y: 1, width: textWidth, height: body), scrollbarX: column - 1, isWide: true,
                cellHeader: Rect(x: column, y: 1, width: right, height: 1),
                cell: Rect(x: column, y: 2, width: right - panel, height: body - 1),
                knobs: Rect(x: width - panel, y: 2, width: panel, height: body - 1),
                statusRow: height - 2, hintsRow: height - 1)
        }
        let textRows = Swift.min(Swift.max(textLines, 3), Swift.max(3, body / 3))
        let cellRows = body - textRows - 1
        return PageLayout(
            text: Rect(x: 1, y: 1, width: textWidth, height: textRows), scrollbarX: width - 1, isWide: false,
            cellHeader: Rect(x: 0, y: 1 + textRows, width: width, height: 1),
            cell: Rect(x: 0, y: 2 + textRows, width: width - panel, height: cellRows),
            knobs: Rect(x: width - panel, y: 2 + textRows, width: panel, height: cellRows),
            statusRow: height - 2, hintsRow: height - 1)
    }
}
