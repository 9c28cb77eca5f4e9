import Charts
import LessonKit

/// Page 1: the convolution explorer — an image, an editable filter (a preset, then any
/// entry by hand), padding and stride with the output-size formula, the feature map, and
/// the receptive field of a chosen output cell framed on the (padded) input.
final class ExplorerCell: LiveCell {
    var title: String { tr("convolution explorer", "卷积探索器") }
    private(set) var model: ConvolutionExplorer

    init(seed: UInt64 = 1) { model = ConvolutionExplorer(seed: seed) }

    var knobs: [Knob] {
        let n = model.filterSize
        let entry = model.selectedEntry
        let outRows = max(1, model.heightFormula.size ?? 1), outColumns = max(1, model.widthFormula.size ?? 1)
        return [
            Knob(name: "image", label: tr("image", "图像"), kind: .choice(ExplorerImage.allCases.map(\.rawValue)), value: model.image.index),
            Knob(name: "preset", label: tr("filter preset", "滤波器预设"), kind: .choice(FilterPreset.allCases.map(\.rawValue)),
                 value: model.preset.index),
            Knob(name: "size", label: tr("filter size", "滤波器大小"), kind: .choice(["3×3", "5×5"]), value: n == 5 ? 1 : 0),
            Knob(name: "entry", label: tr("entry", "元素") + " f\(entry / n + 1)\(entry % n + 1)", kind: .integer(range: 1...(n * n), step: 1),
                 value: Double(entry + 1)),
            Knob(name: "value", label: tr("entry value", "元素值"), kind: .continuous(range: -10...10, step: 0.5, scale: .linear),
                 value: model.filter[entry]),
            Knob(name: "pad", label: tr("padding P", "填充 P"), kind: .integer(range: 0...4, step: 1), value: Double(model.pad)),
            Knob(name: "stride", label: tr("stride S", "步幅 S"), kind: .integer(range: 1...4, step: 1), value: Double(model.stride)),
            Knob(name: "row", label: tr("output row", "输出行"), kind: .integer(range: 0...(outRows - 1), step: 1),
                 value: Double(model.selection?.row ?? 0)),
            Knob(name: "col", label: tr("output col", "输出列"), kind: .integer(range: 0...(outColumns - 1), step: 1),
                 value: Double(model.selection?.column ?? 0)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let whole = Int(max(-1e6, min(1e6, value.rounded())))
        switch name {
        case "image": model.image = ExplorerImage(index: value)
        case "preset": model.choose(FilterPreset(index: value))
        case "size": model.setFilterSize(whole == 1 ? 5 : 3)
        case "entry": model.selectedEntry = min(max(0, whole - 1), model.filterSize * model.filterSize - 1)
        case "value": model.setEntry(model.selectedEntry, to: min(10, max(-10, value)))
        case "pad": model.pad = min(4, max(0, whole))
        case "stride": model.stride = min(4, max(1, whole))
        case "row": model.selectedRow = max(0, whole)
        case "col": model.selectedColumn = max(0, whole)
        default: return
        }
        // Keep the selection inside the output when the output shrinks.
        if let s = model.selection { model.selectedRow = s.row; model.selectedColumn = s.column }
    }

    /// The problem, or the filter's origin: "preset Sobel x", "edited by hand".
    var status: String? {
        if let problem = model.shortProblem { return tr("no output: ", "没有输出：") + problem }
        return model.edited
            ? tr("filter \(model.preset.rawValue), edited by hand — choose a preset to restore it",
                 "滤波器 \(model.preset.rawValue) 已被手工编辑；重新选择预设即可恢复")
            : tr("cross-correlation (the book's convolution): the filter is not flipped",
                 "互相关（即书中的卷积）：滤波器不翻转")
    }

    /// The readout: the two size formulas, then the selected cell (why there is none is said
    /// once, in the "no output" panel, and short in the status line).
    var readoutParts: [String] {
        var parts = OutputSizeFormula.texts(model.heightFormula, model.widthFormula)
        if let s = model.selection, let v = model.selectedValue, let field = model.receptiveField {
            let n = field.size
            parts.append(tr("out[\(s.row),\(s.column)] = Σ window⊙filter = ", "out[\(s.row),\(s.column)] = Σ 窗口⊙滤波器 = ")
                         + NumberText.format(v, digits: 4))
            parts.append(WindowMention.rows(field.row, field.row + n - 1, columns: field.column, field.column + n - 1))
        }
        return parts
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let padded = model.paddedInput
        let n = model.filterSize
        let field = model.receptiveField
        let inputTitle = tr("input", "输入") + " \(model.pixels.height)×\(model.pixels.width)"
            + (model.pad > 0 ? ", P=\(model.pad)" : "")
        let input = CellLayout.heatmap(inputTitle, rows: padded.height, columns: padded.width, values: padded.values,
                                       highlight: field.map { MatrixRect(row: $0.row, column: $0.column, height: n, width: n) },
                                       valuesUpTo: 100, colorBar: width >= 100)
        let filter = CellLayout.heatmap(tr("filter", "滤波器") + " \(n)×\(n)", rows: n, columns: n, values: model.filter,
                                        highlight: MatrixRect(row: model.selectedEntry / n, column: model.selectedEntry % n),
                                        valuesUpTo: width >= 100 ? 25 : 9, digits: 2)
        let filterWidth = max(displayWidth(of: filter.title), filter.showValues ? CellLayout.valuesWidth(of: filter) : max(8, width / 6))
        let filterPanel = CellLayout.Panel(filter, width: min(filterWidth, width / 3))
        let outputPanel: CellLayout.Panel
        if let out = model.output, let s = model.selection {
            let map = CellLayout.heatmap(tr("output", "输出") + " \(out.height)×\(out.width)", rows: out.height, columns: out.width,
                                         values: out.values, highlight: MatrixRect(row: s.row, column: s.column),
                                         valuesUpTo: 100, digits: 3, colorBar: width >= 100)
            outputPanel = .init(map)
        } else {
            outputPanel = .init(MessagePanel(title: tr("no output", "没有输出"), lines: [model.problem ?? ""]))
        }
        let readout = ReadoutLines.pack(WindowMention.parts(readoutParts, options: options, input: input), width: width, options: options)
        // Tall areas (the wide screen layout) stack the input above the filter and output.
        let rows: [(panels: [CellLayout.Panel], weight: Double)] = height >= 24
            ? [([.init(input)], 1.2), ([filterPanel, outputPanel], 1)]
            : [([.init(input), filterPanel, outputPanel], 1)]
        return CellLayout.grid(rows, readout: readout, width: width, height: height, options: options)
    }

    func export() -> CellExport {
        let out = model.output
        var json: [(String, ExportValue)] = [
            ("image", .string(model.image.rawValue)),
            ("input_shape", .array([.integer(model.pixels.height), .integer(model.pixels.width)])),
            ("filter_preset", .string(model.preset.rawValue)),
            ("filter_edited", .bool(model.edited)),
            ("filter", .array((0..<n).map { r in .array((0..<n).map { c in .number(model.filter[r * n + c]) }) })),
            ("pad", .integer(model.pad)), ("stride", .integer(model.stride)),
            ("OH", model.heightFormula.size.map(ExportValue.integer) ?? .null),
            ("OW", model.widthFormula.size.map(ExportValue.integer) ?? .null),
            ("formula", .string(model.heightFormula.text + "; " + model.widthFormula.text)),
            ("problem", model.problem.map(ExportValue.string) ?? .null),
        ]
        var tables: [ExportTable] = []
        if let out {
            json.append(("output", .array((0..<out.height).map { r in
                .array((0..<out.width).map { c in .number(out.values[r * out.width + c]) })
            })))
            if let s = model.selection, let v = model.selectedValue {
                json.append(("selected", .object([("row", .integer(s.row)), ("col", .integer(s.column)), ("value", .number(v))])))
            }
            tables.append(ExportTable(name: "feature map", columns: ["row", "col", "value"],
                                      rows: out.values.indices.map { i in
                                          [.integer(i / out.width), .integer(i % out.width), .number(out.values[i])]
                                      }))
        }
        return CellExport(name: "convolution explorer", json: .object(json), tables: tables)
    }

    private var n: Int { model.filterSize }
}
