/// Drawing a plot's frame: header, border, ticks and their labels, x label, legend, colour bar.
extension Plot {
    func drawDecorations(into grid: inout Grid, layout: PlotLayout, options: RenderOptions) {
        let sym = Symbols.for(options)
        let r = layout.region
        let muted = options.color ? Style(foreground: Palette.muted) : Style.plain
        if layout.header { drawHeader(into: &grid, region: r, symbols: sym, muted: muted, options: options) }
        if layout.border { drawBorder(into: &grid, region: r, symbols: sym, style: muted) }
        if layout.yTicks { drawYTicks(into: &grid, layout: layout, symbols: sym, muted: muted) }
        if layout.xTicks { drawXTicks(into: &grid, layout: layout, symbols: sym, muted: muted) }
        let frameRight = r.x + r.columns + (layout.border ? 1 : 0)
        if layout.xLabel {
            let y = r.y + r.rows + (layout.border ? 1 : 0) + (layout.xTicks ? 1 : 0)
            let text = TextFit.truncate(xLabel, to: grid.width, ellipsis: sym.ellipsis)
            let w = displayWidth(of: text)
            let x = Swift.max(0, Swift.min(grid.width - w, r.x + (r.columns - w) / 2))
            grid.put(text, x: x, y: y, style: muted)
        }
        if layout.legendRight {
            for (i, entry) in legend.enumerated() {
                entry.draw(into: &grid, x: frameRight + 1, y: r.y + i, maxWidth: layout.legendWidth, options: options)
            }
        } else if layout.legendBottom {
            var x = r.x
            let y = grid.height - 1
            for entry in legend {
                let room = grid.width - x
                if room < 3 { break }
                entry.draw(into: &grid, x: x, y: y, maxWidth: room, options: options)
                x += entry.width + 2
            }
        }
        if layout.colorBar, let bar = colorBar {
            let x = frameRight + 1 + (layout.legendRight ? layout.legendWidth + 1 : 0)
            bar.draw(into: &grid, x: x, y: r.y, rows: r.rows, options: options)
        }
    }

    /// y label at the left, notes at the right, the title centred over the data between them.
    private func drawHeader(into grid: inout Grid, region r: PlotRegion, symbols sym: Symbols, muted: Style,
                            options: RenderOptions) {
        let W = grid.width
        let yl = TextFit.truncate(yLabel, to: W / 3, ellipsis: sym.ellipsis)
        let leftEnd = yl.isEmpty ? 0 : displayWidth(of: yl) + 1
        grid.put(yl, x: 0, y: 0, style: muted)
        var rightStart = W
        if !notes.isEmpty {
            let full = sym.warning + " " + notes.joined(separator: ", ")
            let text = TextFit.truncate(full, to: Swift.max(0, W - leftEnd - (title.isEmpty ? 0 : 6)), ellipsis: sym.ellipsis)
            let w = displayWidth(of: text)
            rightStart = W - w
            grid.put(text, x: rightStart, y: 0, style: options.color ? Style(foreground: Palette.warning) : .plain)
            rightStart -= 1
        }
        guard !title.isEmpty else { return }
        let room = rightStart - leftEnd
        guard room > 0 else { return }
        let text = TextFit.truncate(title, to: room, ellipsis: sym.ellipsis)
        let w = displayWidth(of: text)
        let centred = r.x + (r.columns - w) / 2
        let x = Swift.max(leftEnd, Swift.min(rightStart - w, centred))
        grid.put(text, x: x, y: 0, style: Style(bold: true))
    }

    private func drawBorder(into grid: inout Grid, region r: PlotRegion, symbols sym: Symbols, style: Style) {
        let left = r.x - 1, right = r.x + r.columns, top = r.y - 1, bottom = r.y + r.rows
        for x in r.x..<right {
            grid[x, top] = Glyph(sym.horizontal, style)
            grid[x, bottom] = Glyph(sym.horizontal, style)
        }
        for y in r.y..<bottom {
            grid[left, y] = Glyph(sym.vertical, style)
            grid[right, y] = Glyph(sym.vertical, style)
        }
        grid[left, top] = Glyph(sym.topLeft, style)
        grid[right, top] = Glyph(sym.topRight, style)
        grid[left, bottom] = Glyph(sym.bottomLeft, style)
        grid[right, bottom] = Glyph(sym.bottomRight, style)
    }

    private func drawYTicks(into grid: inout Grid, layout: PlotLayout, symbols sym: Symbols, muted: Style) {
        let r = layout.region
        var usedRows: [Int] = []
        for (value, label) in zip(layout.yAxis.ticks, layout.yAxis.labels) {
            let row = r.row(for: value)
            guard row >= 0, row < r.rows, !usedRows.contains(row) else { continue }
            usedRows.append(row)
            let text = TextFit.truncate(label, to: layout.labelWidth, ellipsis: sym.ellipsis)
            grid.put(text, x: layout.labelWidth - displayWidth(of: text), y: r.y + row)
            if layout.border { grid[r.x - 1, r.y + row] = Glyph(sym.leftTick, muted) }
        }
    }

    private func drawXTicks(into grid: inout Grid, layout: PlotLayout, symbols sym: Symbols, muted: Style) {
        let r = layout.region
        let y = r.y + r.rows + (layout.border ? 1 : 0)
        var nextFree = 0
        for (value, label) in zip(layout.xAxis.ticks, layout.xAxis.labels) {
            let col = r.column(for: value)
            guard col >= 0, col < r.columns else { continue }
            let gx = r.x + col
            let w = displayWidth(of: label)
            let x = Swift.max(0, Swift.min(grid.width - w, gx - (w - 1) / 2))
            guard x >= nextFree else { continue }
            if layout.border { grid[gx, r.y + r.rows] = Glyph(sym.bottomTick, muted) }
            grid.put(label, x: x, y: y)
            nextFree = x + w + 1
        }
    }
}
