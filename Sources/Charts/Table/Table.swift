/// Rows of text under column headers: numbers right-aligned (unless told otherwise), a
/// highlighted row (pointer `▸`, reverse video), cells cut with `…` when the table is too
/// narrow, and the rows nearest the highlighted one when it is too short.
///
/// ```
///   lr      decay   acc
///   ──────  ──────  ─────
///   0.1     1e-4    0.912
/// ▸ 0.01    1e-3    0.957
/// ```
public struct Table: Chart, Sendable {
    /// A column: its header and alignment (nil: right if every cell parses as a number).
    public struct Column: Sendable, Hashable {
        public var header: String
        public var alignment: TextAlignment?
        /// A column headed `header`.
        public init(_ header: String, alignment: TextAlignment? = nil) {
            self.header = header
            self.alignment = alignment
        }
    }

    public var title: String
    public var columns: [Column]
    /// Cells, row by row (missing cells are blank).
    public var rows: [[String]]
    public var highlightedRow: Int?

    /// A table of `rows` under `columns`, `highlightedRow` marked.
    public init(title: String = "", columns: [Column], rows: [[String]], highlightedRow: Int? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.highlightedRow = highlightedRow
    }

    /// A table whose columns are just headers (alignment decided from the cells).
    public init(title: String = "", headers: [String], rows: [[String]], highlightedRow: Int? = nil) {
        self.init(title: title, columns: headers.map { Column($0) }, rows: rows, highlightedRow: highlightedRow)
    }

    /// The alignment of column `c`: as set, or right when all its non-empty cells are numbers.
    public func alignment(of c: Int) -> TextAlignment {
        if let a = columns[c].alignment { return a }
        let cells = rows.compactMap { c < $0.count ? $0[c] : nil }.filter { !$0.isEmpty }
        return !cells.isEmpty && cells.allSatisfy(Table.looksNumeric) ? .right : .left
    }

    static func looksNumeric(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: " ")
        guard !t.isEmpty else { return false }
        if Double(t) != nil { return true }
        let suffixes: Set<Character> = ["%", "k", "M", "G", "T"]
        if let last = t.last, suffixes.contains(last) { return Double(t.dropLast()) != nil }
        return ["NaN", "inf", "-inf"].contains(t)
    }

    /// Column widths fitting `width`: natural widths, the widest shrunk first (never below 1).
    func columnWidths(fitting width: Int, gutter: Int) -> [Int] {
        var widths = columns.indices.map { c in
            rows.reduce(displayWidth(of: columns[c].header)) { c < $1.count ? Swift.max($0, displayWidth(of: $1[c])) : $0 }
        }
        let separators = 2 * Swift.max(0, columns.count - 1)
        while widths.reduce(0, +) + separators + gutter > width {
            guard let i = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[i] > 1 else { break }
            widths[i] -= 1
        }
        return widths
    }

    /// This table with its title, headers and cells as `options` can draw them.
    func drawable(_ options: RenderOptions) -> Table {
        guard !options.unicode else { return self }
        var t = self
        t.title = options.drawable(title)
        t.columns = columns.map { Column(options.drawable($0.header), alignment: $0.alignment) }
        t.rows = rows.map { $0.map(options.drawable) }
        return t
    }

    /// Renders the chart into exactly `width` × `height` cells (see `Chart`).
    public func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard grid.width > 0, grid.height > 0, !columns.isEmpty else { return grid }
        let sym = Symbols.for(options)
        // Alignment from the cells as given (so both modes align alike), widths from the text drawn.
        let aligns = columns.indices.map(alignment(of:))
        let table = drawable(options)
        let headers = table.columns.map(\.header), cells = table.rows
        var y = 0
        if !table.title.isEmpty && grid.height >= 4 {
            grid.put(TextFit.truncate(table.title, to: grid.width, ellipsis: sym.ellipsis), x: 0, y: 0, style: Style(bold: true))
            y = 1
        }
        let gutter = highlightedRow == nil ? 0 : 2
        let widths = table.columnWidths(fitting: grid.width, gutter: gutter)
        func line(_ cells: [String]) -> String {
            columns.indices.map { c in
                TextFit.pad(c < cells.count ? cells[c] : "", to: widths[c], alignment: aligns[c], ellipsis: sym.ellipsis)
            }.joined(separator: "  ")
        }
        grid.put(line(headers), x: gutter, y: y, style: Style(bold: true))
        y += 1
        if grid.height - y >= 2 {
            let rule = columns.indices.map { String(repeating: String(sym.horizontal), count: widths[$0]) }.joined(separator: "  ")
            grid.put(rule, x: gutter, y: y, style: options.color ? .color(Palette.muted) : .plain)
            y += 1
        }
        let room = Swift.max(0, grid.height - y)
        let shown = Swift.min(cells.count, room)
        let first = highlightedRow.map { Swift.max(0, Swift.min(cells.count - shown, $0 - shown / 2)) } ?? 0
        for k in 0..<shown {
            let i = first + k
            let marked = i == highlightedRow
            if marked {
                grid.put(String(sym.pointer), x: 0, y: y + k, style: options.color ? .color(Palette.accent) : .plain)
            }
            grid.put(line(cells[i]), x: gutter, y: y + k, style: Style(reverse: marked))
        }
        return grid
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
