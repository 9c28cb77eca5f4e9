import Charts

/// A scene drawn for the learner: the canvas as a `Heatmap` image (half-blocks with colour,
/// shade characters without), box outlines on top in their colours with a short label at the
/// top-left corner (`3+`, `3x`: the marker says the box's state without colour too; a label
/// that would run into another is left out), an
/// optional S×S grid of dotted lines and marked points (object centres).
struct SceneView: Chart {
    /// A box to outline: `label` goes on its top edge.
    struct Outline {
        var box: Box
        var color: Color
        var label: String
        var dim = false
    }

    var title: String
    var pixels: [Double]
    var outlines: [Outline] = []
    /// Draw an S×S grid when set.
    var gridSize: Int?
    /// Points to mark (canvas x, y) with their colour.
    var points: [(x: Double, y: Double, color: Color)] = []

    /// Columns and rows per canvas pixel, the way `Heatmap` scales its image into `area`.
    static func scale(area: (width: Int, height: Int), options: RenderOptions) -> (x: Double, y: Double) {
        let n = Double(Scene.side)
        if options.unicode && options.color {
            var f = min(Double(area.width) / n, Double(area.height * 2) / n)
            if f >= 1 { f = f.rounded(.down) }
            return (f, f / 2)
        }
        var f = min(Double(area.width) / (2 * n), Double(area.height) / n)
        if f >= 1 { f = f.rounded(.down) }
        return (2 * f, f)
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        let top = height >= 3 && !title.isEmpty ? 1 : 0
        if top == 1 {
            grid.put(options.drawable(title), x: 0, y: 0, style: Style(bold: true), maxWidth: width)
        }
        var map = Heatmap(rows: Scene.side, columns: Scene.side, values: pixels)
        map.range = 0...1
        map.showColorBar = false
        let area = (width: width, height: height - top)
        grid.blit(map.render(width: area.width, height: area.height, options: options), x: 0, y: top)
        let f = SceneView.scale(area: area, options: options)
        let columns = Int(Double(Scene.side) * f.x), rows = Int((Double(Scene.side) * f.y).rounded(.up))
        func column(_ x: Double) -> Int { min(columns - 1, Int(x * f.x)) }
        func row(_ y: Double) -> Int { min(rows - 1, Int(y * f.y)) + top }
        let u = options.unicode
        if let s = gridSize, s > 1 {
            let style = Style(foreground: options.color ? .brightBlack : nil)
            for k in 1..<s {
                let at = Double(k) * Double(Scene.side) / Double(s)
                let c = column(at), r = row(at)
                for y in top..<(top + rows) { grid[c, y] = Glyph(u ? "┊" : ":", style) }
                for x in 0..<columns { grid[x, r] = Glyph(u ? (x == c ? "┼" : "┈") : (x == c ? "+" : "."), style) }
            }
        }
        for outline in outlines where outline.box.isValid {
            let b = outline.box
            let c0 = column(b.x), c1 = max(c0, Int((b.right * f.x).rounded(.up)) - 1)
            let r0 = row(b.y), r1 = max(r0, min(rows - 1, Int((b.bottom * f.y).rounded(.up)) - 1) + top)
            let right = min(c1, columns - 1)
            let style = Style(foreground: options.color ? outline.color : nil, dim: outline.dim)
            for x in c0...right {
                grid[x, r0] = Glyph(u ? "─" : "-", style)
                grid[x, r1] = Glyph(u ? "─" : "-", style)
            }
            for y in r0...r1 {
                grid[c0, y] = Glyph(u ? "│" : "|", style)
                grid[right, y] = Glyph(u ? "│" : "|", style)
            }
            grid[c0, r0] = Glyph(u ? "┌" : "+", style)
            grid[right, r0] = Glyph(u ? "┐" : "+", style)
            grid[c0, r1] = Glyph(u ? "└" : "+", style)
            grid[right, r1] = Glyph(u ? "┘" : "+", style)
        }
        // Labels after every outline, so no edge hides one; the last outlines' labels first, and
        // a label that would touch one already placed is left out (two run together would read
        // as another number: "1x" next to "0+" as "10+").
        var taken = Set<Int>()
        for outline in outlines.reversed() where outline.box.isValid && !outline.label.isEmpty {
            let style = Style(foreground: options.color ? outline.color : nil, bold: true, dim: outline.dim)
            let x = column(outline.box.x) + 1, y = row(outline.box.y)
            let span = (x - 1)...(x + displayWidth(of: outline.label))
            guard !span.contains(where: { taken.contains(y * width + $0) }) else { continue }
            for c in span { taken.insert(y * width + c) }
            _ = grid.put(outline.label, x: x, y: y, style: style, maxWidth: max(0, width - x))
        }
        for p in points {
            let style = Style(foreground: options.color ? p.color : nil, bold: true)
            grid[column(p.x), row(p.y)] = Glyph(u ? "●" : "o", style)
        }
        return grid
    }

    /// The columns the image takes at `area` (for placing a panel beside it).
    static func imageWidth(area: (width: Int, height: Int), options: RenderOptions) -> Int {
        Int(Double(Scene.side) * scale(area: area, options: options).x)
    }
}
