import Charts
import LessonKit
import NumericCore

/// Page 3: max and average pooling side by side on the same input, window and stride as
/// knobs (the book's default: 2×2 windows, stride 2), using the core's `MaxPooling` and
/// `AveragePooling`; the chosen output cell's window is framed on the input.
final class PoolingCell: LiveCell {
    var title: String { tr("max and average pooling", "最大池化与平均池化") }
    private(set) var image: ExplorerImage = .book { didSet { pixels = image.pixels(seed: seed) } }
    private(set) var window = 2, stride = 2
    private(set) var selectedRow = 0, selectedColumn = 0
    private let seed: UInt64

    /// The images pooling can take (the 4×4 example, the digits, the simple pictures).
    static let images: [ExplorerImage] = [.book, .digit2, .digit7, .square, .stripes]

    init(seed: UInt64 = 1) {
        self.seed = seed
        pixels = ExplorerImage.book.pixels(seed: seed)
    }

    var knobs: [Knob] {
        [
            Knob(name: "pool_image", label: tr("input", "输入"), kind: .choice(Self.images.map(\.rawValue)),
                 value: Double(Self.images.firstIndex(of: image) ?? 0)),
            Knob(name: "window", label: tr("window", "窗口"), kind: .integer(range: 1...4, step: 1), value: Double(window)),
            Knob(name: "pool_stride", label: tr("stride", "步幅"), kind: .integer(range: 1...4, step: 1), value: Double(stride)),
            Knob(name: "pool_row", label: tr("output row", "输出行"), kind: .integer(range: 0...max(0, (formula.size ?? 1) - 1), step: 1),
                 value: Double(selection?.row ?? 0)),
            Knob(name: "pool_col", label: tr("output col", "输出列"), kind: .integer(range: 0...max(0, (widthFormula.size ?? 1) - 1), step: 1),
                 value: Double(selection?.column ?? 0)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let whole = Int(max(-1e6, min(1e6, value.rounded())))
        switch name {
        case "pool_image": image = Self.images[min(Self.images.count - 1, max(0, whole))]
        case "window": window = min(4, max(1, whole))
        case "pool_stride": stride = min(4, max(1, whole))
        case "pool_row": selectedRow = max(0, whole)
        case "pool_col": selectedColumn = max(0, whole)
        default: return
        }
        if let s = selection { selectedRow = s.row; selectedColumn = s.column }
    }

    /// The pixels of the input.
    private(set) var pixels: (height: Int, width: Int, values: [Double])

    /// OH for the current window and stride (no padding: pooling here never pads).
    var formula: OutputSizeFormula {
        OutputSizeFormula(name: "OH", input: pixels.height, window: window, pad: 0, stride: stride)
    }

    /// OW for the current window and stride.
    var widthFormula: OutputSizeFormula {
        OutputSizeFormula(name: "OW", input: pixels.width, window: window, pad: 0, stride: stride)
    }

    /// Max-pooled and average-pooled outputs (row-major), or nil for an invalid combination.
    var outputs: (height: Int, width: Int, max: [Double], average: [Double])? {
        guard let oh = formula.size, let ow = widthFormula.size else { return nil }
        let p = pixels
        let x = Tensor(shape: [1, 1, p.height, p.width], scalars: p.values)
        let maxed = MaxPooling(poolHeight: window, poolWidth: window, stride: stride).forward(x, training: false)
        let averaged = AveragePooling(poolHeight: window, poolWidth: window, stride: stride).forward(x, training: false)
        return (oh, ow, maxed.scalars, averaged.scalars)
    }

    /// The selected output cell, clamped (nil without output).
    var selection: (row: Int, column: Int)? {
        guard let oh = formula.size, let ow = widthFormula.size else { return nil }
        return (min(max(0, selectedRow), oh - 1), min(max(0, selectedColumn), ow - 1))
    }

    var status: String? {
        if let problem = formula.shortProblem ?? widthFormula.shortProblem { return tr("no output: ", "没有输出：") + problem }
        return tr("pooling has no weights: it takes the max (or mean) of each window, per channel",
                  "池化没有权重：它逐个通道地取每个窗口的最大值（或平均值）")
    }

    /// The readout: the size formula, then the selected window's max and mean (why there is
    /// no output is said once, in the "no output" panel, and short in the status line).
    var readoutParts: [String] {
        var parts = OutputSizeFormula.texts(formula, widthFormula)
        if let out = outputs, let s = selection {
            let i = s.row * out.width + s.column
            parts.append(WindowMention.rows(s.row * stride, s.row * stride + window - 1,
                                            columns: s.column * stride, s.column * stride + window - 1))
            parts.append(tr("max ", "最大值 ") + NumberText.format(out.max[i], digits: 4))
            parts.append(tr("mean ", "平均值 ") + NumberText.format(out.average[i], digits: 4))
        }
        return parts
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let p = pixels
        let s = selection
        let input = CellLayout.heatmap(tr("input", "输入") + " \(p.height)×\(p.width)", rows: p.height, columns: p.width, values: p.values,
                                       highlight: s.map { MatrixRect(row: $0.row * stride, column: $0.column * stride,
                                                                     height: window, width: window) })
        let readout = ReadoutLines.pack(WindowMention.parts(readoutParts, options: options, input: input), width: width, options: options)
        var panels: [CellLayout.Panel] = []
        var inputPanel = CellLayout.Panel(input)
        if let out = outputs, let s {
            let mark = MatrixRect(row: s.row, column: s.column)
            let maxMap = CellLayout.heatmap(tr("max", "最大") + " \(out.height)×\(out.width)", rows: out.height, columns: out.width,
                                            values: out.max, highlight: mark, digits: 3)
            let averageMap = CellLayout.heatmap(tr("average", "平均"), rows: out.height, columns: out.width,
                                                values: out.average, highlight: mark, digits: 3)
            // Side by side, images keep one scale: the pooled maps are drawn smaller than the input.
            let chartRows = height - min(readout.count, max(0, height - 3)) - 1
            let widths = height < 24 && !input.showValues && !maxMap.showValues
                ? PoolingScale.widths(input: (p.height, p.width), output: (out.height, out.width),
                                      width: width, rows: chartRows, options: options)
                : nil
            // In Chinese a pooled map's title is a column wider ("最大 14×14", "max 14×14"): it
            // gets its columns when the row has them to spare (English keeps its layout).
            let titled = widths.map { w in
                Language.current == .zh ? max(w.output, min(displayWidth(of: maxMap.title), (width - 2 - w.input) / 2)) : w.output
            }
            inputPanel = .init(input, width: widths?.input)
            panels.append(.init(maxMap, width: titled))
            panels.append(.init(averageMap, width: titled))
        } else {
            panels.append(.init(MessagePanel(title: tr("no output", "没有输出"), lines: [formula.problem ?? widthFormula.problem ?? ""])))
        }
        // Tall areas (the wide screen layout) put the input above the two pooled maps.
        let rows: [(panels: [CellLayout.Panel], weight: Double)] = height >= 24
            ? [([.init(input)], 1.2), (panels, 1)]
            : [([inputPanel] + panels, 1)]
        return CellLayout.grid(rows, readout: readout, width: width, height: height, options: options)
    }

    func export() -> CellExport {
        var json: [(String, ExportValue)] = [
            ("input", .string(image.rawValue)), ("window", .integer(window)), ("stride", .integer(stride)),
            ("OH", formula.size.map(ExportValue.integer) ?? .null), ("OW", widthFormula.size.map(ExportValue.integer) ?? .null),
        ]
        var tables: [ExportTable] = []
        if let out = outputs {
            json.append(("max", .array(out.max.map(ExportValue.number))))
            json.append(("average", .array(out.average.map(ExportValue.number))))
            tables.append(ExportTable(name: "pooled", columns: ["row", "col", "max", "average"], rows: out.max.indices.map { i in
                [.integer(i / out.width), .integer(i % out.width), .number(out.max[i]), .number(out.average[i])]
            }))
        } else {
            json.append(("problem", .string(formula.problem ?? widthFormula.problem ?? "")))
        }
        return CellExport(name: "pooling", json: .object(json), tables: tables)
    }
}
