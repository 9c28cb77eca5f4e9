/// Drawing a laid-out graph: arrows (as a layer of line directions turned into box-drawing
/// characters where they meet), their labels, the boxes, the arrow heads.
extension GraphDiagram {
    /// Draws `layout` (made from this diagram, already `drawable` for `options`) at (`ox`, `oy`).
    func draw(_ layout: GraphLayout, into grid: inout Grid, x ox: Int, y oy: Int, options: RenderOptions) {
        let sym = Symbols.for(options)
        var lines = LineLayer(width: layout.width, height: layout.height)
        var heads: [(x: Int, y: Int)] = []
        let boxes = layout.boxes
        for s in layout.segments {
            let from = boxes[s.from], to = boxes[s.to]
            let fromX = layout.layerX(from.layer)
            let startX = fromX + (from.node != nil ? from.width : layout.layerWidth[from.layer])
            let toX = layout.layerX(to.layer)
            let endX = toX - 1
            let y0 = from.outRow, y1 = s.port
            if let track = s.track {
                let tx = toX - 3 - track
                lines.horizontal(y: y0, from: startX, to: tx)
                lines.vertical(x: tx, from: y0, to: y1)
                lines.horizontal(y: y1, from: tx, to: to.node != nil ? endX - 1 : endX)
            } else {
                lines.horizontal(y: y0, from: startX, to: to.node != nil ? endX - 1 : endX)
            }
            if to.node != nil { heads.append((endX, y1)) } else {
                lines.horizontal(y: to.outRow, from: toX, to: toX + layout.layerWidth[to.layer] - 1)
            }
        }
        let outputs = layout.outputs
        for b in outputs {
            let right = layout.layerX(boxes[b].layer) + boxes[b].width
            let end = right + layout.stubWidth + (layout.extra.last ?? 0) - 1
            lines.horizontal(y: boxes[b].outRow, from: right, to: end - 1)
            heads.append((end, boxes[b].outRow))
        }
        lines.render(into: &grid, x: ox, y: oy, unicode: options.unicode)

        // Labels: value above, gradient (and edge notes) below each node's outgoing arrows.
        let gradStyle = options.color ? Style(foreground: Palette.gradient) : Style.plain
        var labelled = Set<Int>()
        for s in layout.segments.map(\.from) + outputs {
            guard let v = boxes[s].node, labelled.insert(v).inserted else { continue }
            let x = ox + layout.layerX(boxes[s].layer) + boxes[s].width + 1
            let room = layout.textWidth.indices.contains(boxes[s].layer) && !outputs.contains(s)
                ? layout.textWidth[boxes[s].layer] : layout.labelWidth(v)
            let y = oy + boxes[s].outRow
            grid.put(layout.above[v], x: x, y: y - 1, maxWidth: room)
            grid.put(layout.below[v], x: x, y: y + 1, style: gradStyle, maxWidth: room)
        }

        for (b, box) in boxes.enumerated() {
            guard let v = box.node else { continue }
            let hasOutput = layout.segments.contains { $0.from == b } || outputs.contains(b)
            drawBox(nodes[v], box: box, x: ox + layout.layerX(box.layer), y: oy, attach: hasOutput,
                    into: &grid, options: options)
        }
        let headStyle = Style.plain
        for h in heads { grid[ox + h.x, oy + h.y] = Glyph(sym.arrowHead, headStyle) }
    }

    /// A box with the node's text centred on its output row, bordered by its state.
    private func drawBox(_ node: Node, box: GraphLayout.Box, x: Int, y: Int, attach: Bool,
                         into grid: inout Grid, options: RenderOptions) {
        let active = node.state == .active
        let chars: (h: Character, v: Character, tl: Character, tr: Character, bl: Character, br: Character, tee: Character)
        if options.unicode {
            chars = active ? ("═", "║", "╔", "╗", "╚", "╝", "╟") : ("─", "│", "┌", "┐", "└", "┘", "├")
        } else {
            chars = active ? ("=", "#", "#", "#", "#", "#", "#") : ("-", "|", "+", "+", "+", "+", "+")
        }
        var style = Style.plain
        if options.color {
            switch node.state {
            case .normal: break
            case .active: style = Style(foreground: Palette.accent, bold: true)
            case .done: style = Style(foreground: .cube(1, 4, 1))
            }
        } else if active {
            style.bold = true
        }
        let top = y + box.top, bottom = y + box.top + box.height - 1, right = x + box.width - 1
        for cx in (x + 1)..<right {
            grid[cx, top] = Glyph(chars.h, style)
            grid[cx, bottom] = Glyph(chars.h, style)
        }
        for cy in (top + 1)..<bottom {
            grid[x, cy] = Glyph(chars.v, style)
            grid[right, cy] = Glyph(chars.v, style)
            for cx in (x + 1)..<right { grid[cx, cy] = .blank }
        }
        grid[x, top] = Glyph(chars.tl, style)
        grid[right, top] = Glyph(chars.tr, style)
        grid[x, bottom] = Glyph(chars.bl, style)
        grid[right, bottom] = Glyph(chars.br, style)
        if attach { grid[right, y + box.outRow] = Glyph(chars.tee, style) }
        let text = node.boxText
        let w = displayWidth(of: text)
        grid.put(text, x: x + (box.width - w) / 2, y: y + box.outRow, style: Style(bold: active), maxWidth: box.width - 2)
    }
}

/// Line directions per cell, turned into box-drawing characters where lines meet.
struct LineLayer {
    static let north: UInt8 = 1, east: UInt8 = 2, south: UInt8 = 4, west: UInt8 = 8
    let width: Int
    let height: Int
    var bits: [UInt8]

    init(width: Int, height: Int) {
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
        bits = [UInt8](repeating: 0, count: self.width * self.height)
    }

    mutating func add(_ x: Int, _ y: Int, _ b: UInt8) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        bits[y * width + x] |= b
    }

    /// A horizontal line on row `y` covering columns `from…to` (either order).
    mutating func horizontal(y: Int, from a: Int, to b: Int) {
        let lo = Swift.min(a, b), hi = Swift.max(a, b)
        guard lo <= hi else { return }
        if lo == hi { add(lo, y, LineLayer.east | LineLayer.west); return }
        for x in lo...hi {
            add(x, y, (x < hi ? LineLayer.east : 0) | (x > lo ? LineLayer.west : 0))
        }
    }

    /// A vertical line in column `x` covering rows `from…to` (either order).
    mutating func vertical(x: Int, from a: Int, to b: Int) {
        let lo = Swift.min(a, b), hi = Swift.max(a, b)
        guard lo < hi else { return }
        for y in lo...hi {
            add(x, y, (y < hi ? LineLayer.south : 0) | (y > lo ? LineLayer.north : 0))
        }
    }

    /// The character for a set of directions.
    static func character(_ b: UInt8, unicode: Bool) -> Character? {
        if b == 0 { return nil }
        let horizontal = b & ~(east | west) == 0, vertical = b & ~(north | south) == 0
        if !unicode { return horizontal ? "-" : vertical ? "|" : "+" }
        if horizontal { return "─" }
        if vertical { return "│" }
        switch b {
        case east | south: return "┌"
        case west | south: return "┐"
        case north | east: return "└"
        case north | west: return "┘"
        case north | east | south: return "├"
        case north | west | south: return "┤"
        case east | west | south: return "┬"
        case east | west | north: return "┴"
        default: return "┼"
        }
    }

    func render(into grid: inout Grid, x: Int, y: Int, unicode: Bool) {
        for row in 0..<height {
            for col in 0..<width {
                if let ch = LineLayer.character(bits[row * width + col], unicode: unicode) {
                    grid[x + col, y + row] = Glyph(ch)
                }
            }
        }
    }
}
