import Charts
import LessonKit
import NumericCore

/// Page 4: im2col — the book's 4×4 example unrolled into a matrix with one row per output
/// position (columns: the 9 window entries), the filter flattened to a row W, and the whole
/// convolution as one matrix product col · Wᵀ, reshaped to the feature map. All from the
/// core's `im2col` and `MatMul`.
final class Im2ColCell: LiveCell {
    var title: String { tr("im2col: convolution as one matrix product", "im2col：把卷积变成一次矩阵乘积") }
    private(set) var pad = 0, stride = 1, position = 0

    /// The input (1, 1, 4, 4): the book's example.
    static let input = Tensor(shape: [1, 1, 4, 4], scalars: ExplorerImage.bookInput)
    /// The filter (1, 1, 3, 3): the book's.
    static let filter = Tensor(shape: [1, 1, 3, 3], scalars: FilterPreset.book.kernel3)

    var knobs: [Knob] {
        [
            Knob(name: "col_pad", label: tr("padding P", "填充 P"), kind: .integer(range: 0...2, step: 1), value: Double(pad)),
            Knob(name: "col_stride", label: tr("stride S", "步幅 S"), kind: .integer(range: 1...3, step: 1), value: Double(stride)),
            Knob(name: "position", label: tr("output position", "输出位置"), kind: .integer(range: 0...max(0, positions - 1), step: 1),
                 value: Double(min(position, max(0, positions - 1)))),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let whole = Int(max(-1e6, min(1e6, value.rounded())))
        switch name {
        case "col_pad": pad = min(2, max(0, whole))
        case "col_stride": stride = min(3, max(1, whole))
        case "position": position = max(0, whole)
        default: return
        }
        position = min(position, max(0, positions - 1))
    }

    /// The size formula (the input is square, so OH = OW).
    var formula: OutputSizeFormula { OutputSizeFormula(name: "OH", input: 4, window: 3, pad: pad, stride: stride) }

    /// OH·OW: the rows of the unrolled matrix (0 when the combination is invalid).
    var positions: Int { (formula.size ?? 0) * (formula.size ?? 0) }

    /// The unrolled input (OH·OW × 9), or nil for an invalid combination.
    var columns: Tensor? {
        guard formula.size != nil else { return nil }
        return im2col(Self.input, filterHeight: 3, filterWidth: 3, stride: stride, pad: pad)
    }

    /// col · Wᵀ: one value per output position (OH·OW × 1).
    var product: Tensor? {
        guard let col = columns else { return nil }
        return MatMul.multiplyTransposedB(col, Self.filter.reshaped([1, 9]))
    }

    var status: String? {
        if let problem = formula.shortProblem { return tr("no output: ", "没有输出：") + problem }
        return tr("each window becomes a row: \(positions) rows × 9 columns, then one matrix product",
                  "每个窗口变成一行：\(positions) 行 × 9 列，然后做一次矩阵乘积")
    }

    /// The readout: the shapes of the product, then the chosen row's dot product written out.
    var readoutParts: [String] { readoutParts(width: .max) }

    /// The readout for `width` columns: the dot product is written out term by term when
    /// that fits on one line (without spaces around "+" if need be), else shortened to
    /// "row · W".
    func readoutParts(width: Int) -> [String] {
        guard let col = columns, let out = product, let oh = formula.size else {
            return [formula.text, tr("no output: ", "没有输出：") + (formula.problem ?? "")]
        }
        let row = col.row(position)
        let w = Self.filter.scalars
        let terms = zip(row, w).map { "\(NumberText.format($0, digits: 3))·\(NumberText.format($1, digits: 3))" }
        let value = NumberText.format(out.scalars[position], digits: 4)
        let lead = tr("row \(position)·W = ", "第 \(position) 行·W = ")
        let full = lead + terms.joined(separator: " + ") + " = " + value
        let tight = lead + terms.joined(separator: "+") + " = " + value
        let short = tr("row \(position) (window at \(position / oh),\(position % oh))·W = \(value)",
                       "第 \(position) 行（窗口位于 \(position / oh),\(position % oh)）·W = \(value)")
        return [
            "col (\(positions)×9)·Wᵀ (9×1) = (\(positions)×1) → " + tr("reshape to \(oh)×\(oh)", "变形为 \(oh)×\(oh)"),
            [full, tight].first { displayWidth(of: $0) <= width - 1 } ?? short,
        ]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let readout = ReadoutLines.pack(readoutParts(width: width), width: width, options: options)
        guard let col = columns, let out = product, let oh = formula.size else {
            let message = MessagePanel(title: tr("no output", "没有输出"), lines: [formula.text])
            return CellLayout.grid([([.init(message)], 1)], readout: readout, width: width, height: height, options: options)
        }
        let rows = positions
        let colMap = CellLayout.heatmap("col = im2col(x) \(rows)×9", rows: rows, columns: 9, values: col.scalars,
                                        highlight: MatrixRect(row: position, column: 0, height: 1, width: 9), valuesUpTo: 200)
        let colWidth = max(displayWidth(of: colMap.title), CellLayout.valuesWidth(of: colMap))
        let product = CellLayout.heatmap("col·Wᵀ", rows: rows, columns: 1, values: out.scalars,
                                         highlight: MatrixRect(row: position, column: 0), valuesUpTo: 200)
        let map = CellLayout.heatmap("out \(oh)×\(oh)", rows: oh, columns: oh, values: out.scalars,
                                     highlight: MatrixRect(row: position / oh, column: position % oh))
        let weights = CellLayout.heatmap(tr("W (filter as a 1×9 row)", "W（滤波器排成 1×9 的一行）"), rows: 1, columns: 9, values: Self.filter.scalars)
        let layout: [(panels: [CellLayout.Panel], weight: Double)]
        if width < colWidth + 24 && height >= 24 {
            // Narrow and tall: the feature map gets a row of its own.
            layout = [([.init(colMap, width: colWidth), .init(product, width: 8)], Double(rows + 1)),
                      ([.init(weights, width: colWidth)], 2), ([.init(map)], Double(oh + 1))]
        } else {
            layout = [([.init(colMap, width: colWidth), .init(product, width: 8), .init(map)], Double(rows + 1)),
                      ([.init(weights, width: colWidth)], 2)]
        }
        return CellLayout.grid(layout, readout: readout, width: width, height: height, options: options)
    }

    func export() -> CellExport {
        var json: [(String, ExportValue)] = [("pad", .integer(pad)), ("stride", .integer(stride)),
                                             ("filter", .array(Self.filter.scalars.map(ExportValue.number)))]
        var tables: [ExportTable] = []
        if let col = columns, let out = product {
            json.append(("col_shape", .array(col.shape.map(ExportValue.integer))))
            json.append(("col", .array((0..<col.rows).map { .array(col.row($0).map(ExportValue.number)) })))
            json.append(("output", .array(out.scalars.map(ExportValue.number))))
            tables.append(ExportTable(name: "im2col rows and col·Wᵀ",
                                      columns: (0..<9).map { "c\($0)" } + ["col·Wᵀ"],
                                      rows: (0..<col.rows).map { r in col.row(r).map(ExportValue.number) + [.number(out.scalars[r])] }))
        } else {
            json.append(("problem", .string(formula.problem ?? "")))
        }
        return CellExport(name: "im2col", json: .object(json), tables: tables)
    }
}
