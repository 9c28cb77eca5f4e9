import Charts
import LessonKit
import NumericCore

/// Pages 1–2: one histogram of the activations per layer, drawn as each layer is computed,
/// titled with its saturated fraction; the per-layer mean and std under them.
final class HistogramCell: StackCell, LiveCell, HeadlessStepping {
    var title: String { tr("activations per layer", "各层的激活值") }

    init(context: LessonContext) { super.init(seed: context.seed, backward: false) }

    static let colors: [Color] = [.blue, .cyan, .green, .yellow, .magenta]

    /// Rows of a histogram at most (taller ones only stretch the bars).
    static let maxRowHeight = 20

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 4, height > 4 else { return grid }
        let s = current
        let depth = s.depth
        // Histograms at least 16 columns wide, or narrower (down to 10) when that keeps
        // every row at least 6 lines tall.
        let wide = max(1, min(depth, width / 16))
        let fitRows = max(1, (height - 2) / 6)
        let perRow = max(wide, min(depth, width / 10, (depth + fitRows - 1) / fitRows))
        let rows = (depth + perRow - 1) / perRow
        let cellWidth = width / perRow
        // Room for the statistics table (a header, a rule, a row per layer, a title) under
        // histograms of at least 6 rows: a large terminal; else readout lines.
        let tableHeight = depth + 3
        let useTable = height - tableHeight >= rows * 6
        let readout = useTable ? [] : readoutLines(width: width - 1)
        let lines = Array(readout.prefix(max(1, height - rows * 6)))
        let chartHeight = max(0, height - (useTable ? tableHeight : lines.count))
        let rowHeight = max(1, min(Self.maxRowHeight, chartHeight / rows))
        for l in 0..<depth {
            let x = (l % perRow) * cellWidth, y = (l / perRow) * rowHeight
            grid.blit(histogram(layer: l, columns: cellWidth - (cellWidth < 16 ? 2 : 7), short: cellWidth < 20)
                .render(width: cellWidth, height: rowHeight, options: options), x: x, y: y)
        }
        let below = rows * rowHeight
        if useTable {
            grid.blit(table().render(width: width, height: height - below, options: options), x: 0, y: below)
        }
        for (i, line) in lines.enumerated() {
            grid.put(options.drawable(line), x: 1, y: below + i, style: .init(bold: true), maxWidth: width - 1)
        }
        return grid
    }

    /// Per layer: mean, std, below 0.01, above 0.99, saturated.
    func table() -> Table {
        let k = knobValues
        let rows = current.stats.enumerated().map { l, st in
            ["\(l + 1)", NumberText.format(st.mean, digits: 3), NumberText.format(st.std, digits: 3),
             percent(st.below), percent(st.above), percent(st.saturated)]
        }
        return Table(title: k.activation.label + ", " + k.initChoice.label(fanIn: StackKnobs.width, custom: k.sigma),
                     columns: [Table.Column(tr("layer", "层")), Table.Column(tr("mean μ", "平均值 μ")), Table.Column(tr("std σ", "标准差 σ")),
                               Table.Column("< 0.01", alignment: .right), Table.Column("> 0.99", alignment: .right),
                               Table.Column(tr("saturated", "饱和"), alignment: .right)],
                     rows: rows)
    }

    /// Layer `l`'s histogram (empty axes until computed), bins merged to fit the columns.
    func histogram(layer l: Int, columns: Int, short: Bool = false) -> Histogram {
        let s = current
        guard l < s.stats.count else {
            return Histogram(title: tr("layer \(l + 1)", "第 \(l + 1) 层"), counts: [0], edges: [0, 1], yLabel: "")
        }
        let st = s.stats[l]
        var counts = st.counts, edges = st.edges
        if knobValues.activation == .relu {
            let shared = s.sharedReLUHistograms()
            counts = shared.counts[l]
            edges = (0...ActivationStack.bins).map { shared.range.upperBound * Double($0) / Double(ActivationStack.bins) }
        }
        let title = short ? tr("L\(l + 1) \(percent(st.saturated))", "第 \(l + 1) 层 \(percent(st.saturated))")
            : tr("layer \(l + 1) · sat \(percent(st.saturated))", "第 \(l + 1) 层 饱和 \(percent(st.saturated))")
        var chart = Histogram(title: title,
                              counts: Self.merged(counts, columns: columns), edges: Self.mergedEdges(edges, columns: columns), yLabel: "")
        chart.color = Self.colors[l % Self.colors.count]
        return chart
    }

    /// Bins per bar so that the 30 bins fit `columns` bars (a divisor of 30, so bars stay equal).
    static func group(columns: Int) -> Int {
        [1, 2, 3, 5, 6, 10, 15, 30].first { ActivationStack.bins / $0 <= max(1, columns) } ?? ActivationStack.bins
    }

    static func merged(_ counts: [Double], columns: Int) -> [Double] {
        let g = group(columns: columns)
        return stride(from: 0, to: counts.count, by: g).map { counts[$0..<min(counts.count, $0 + g)].reduce(0, +) }
    }

    static func mergedEdges(_ edges: [Double], columns: Int) -> [Double] {
        let g = group(columns: columns)
        return stride(from: 0, to: edges.count, by: g).map { edges[$0] }
    }

    /// "layer 1 mean 0.5 std 0.46 · layer 2 …", packed into lines of `width` columns.
    func readoutLines(width: Int) -> [String] {
        let parts = current.stats.enumerated().map { l, st in
            tr("L\(l + 1) μ \(NumberText.format(st.mean, digits: 2)) σ \(NumberText.format(st.std, digits: 2))",
               "第 \(l + 1) 层 μ \(NumberText.format(st.mean, digits: 2)) σ \(NumberText.format(st.std, digits: 2))")
        }
        let head = knobValues.activation.label + ", " + knobValues.initChoice.label(fanIn: StackKnobs.width, custom: knobValues.sigma) + ":"
        return ReadoutPacker.pack([head] + parts, width: width)
    }

    func export() -> CellExport { StackExport(cell: self).export(name: "activation histograms") }
}

/// Packs parts into lines of at most `width` display columns, two spaces apart.
enum ReadoutPacker {
    static func pack(_ parts: [String], width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for part in parts {
            if line.isEmpty { line = part; continue }
            if displayWidth(of: line) + 2 + displayWidth(of: part) > width {
                lines.append(line)
                line = part
            } else {
                line += "  " + part
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
