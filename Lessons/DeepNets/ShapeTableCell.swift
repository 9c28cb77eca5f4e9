import Charts
import LessonKit

/// Page 1: LeNet-5, the book's DeepConvNet or VGG-16's first two blocks as a table the learner edits — pick a layer,
/// change its filter count, filter size or padding, and every output shape, parameter count
/// (FH·FW·C + 1)·FN and multiply-add count below it follows, with the totals.
final class ShapeTableCell: LiveCell {
    var title: String { tr("shape table: \(architecture.name)", "形状表：\(architecture.name)") }

    private(set) var netIndex = 0
    private(set) var architecture = Architecture.leNet5
    /// The selected layer (0-based).
    private(set) var selected = 0

    init() {}

    var knobs: [Knob] {
        let layer = architecture.layers[selected]
        var list = [
            Knob(name: "net", label: tr("architecture", "网络结构"), kind: .choice(Architecture.choices), value: Double(netIndex)),
            Knob(name: "layer", label: tr("layer", "层"), kind: .integer(range: 1...architecture.layers.count, step: 1),
                 value: Double(selected + 1)),
        ]
        switch layer {
        case let .conv(fn, size, pad, _):
            list.append(Knob(name: "filters", label: tr("filters FN", "滤波器数 FN"), kind: .integer(range: 1...512, step: 1), value: Double(fn)))
            list.append(Knob(name: "size", label: tr("filter size F", "滤波器大小 F"), kind: .integer(range: 1...11, step: 1), value: Double(size)))
            list.append(Knob(name: "pad", label: tr("padding P", "填充 P"), kind: .integer(range: 0...5, step: 1), value: Double(pad)))
        case let .pool(size, _):
            list.append(Knob(name: "size", label: tr("pool size", "池化窗口"), kind: .integer(range: 1...8, step: 1), value: Double(size)))
        case let .fc(n):
            list.append(Knob(name: "filters", label: tr("units", "神经元数"), kind: .integer(range: 1...4096, step: 1), value: Double(n)))
        }
        return list
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let v = Int(value.rounded())
        switch name {
        case "net":
            netIndex = max(0, min(Architecture.choices.count - 1, v))
            architecture = Architecture.named(netIndex)
            selected = 0
        case "layer":
            selected = max(0, min(architecture.layers.count - 1, v - 1))
        case "filters", "size", "pad":
            architecture.layers[selected] = Self.edited(architecture.layers[selected], name, v)
        default: return
        }
    }

    /// The layer with one setting changed (clamped to the knob's range; a setting the layer
    /// does not have leaves it unchanged; a pool's stride follows its size).
    static func edited(_ layer: Architecture.Layer, _ name: String, _ v: Int) -> Architecture.Layer {
        switch (layer, name) {
        case let (.conv(_, size, pad, stride), "filters"): return .conv(filters: max(1, min(512, v)), size: size, pad: pad, stride: stride)
        case let (.conv(fn, _, pad, stride), "size"): return .conv(filters: fn, size: max(1, min(11, v)), pad: pad, stride: stride)
        case let (.conv(fn, size, _, stride), "pad"): return .conv(filters: fn, size: size, pad: max(0, min(5, v)), stride: stride)
        case (.pool, "size"): let s = max(1, min(8, v)); return .pool(size: s, stride: s)
        case (.fc, "filters"): return .fc(outputs: max(1, min(4096, v)))
        default: return layer
        }
    }

    /// `r` restores the original architecture.
    func reset() {
        architecture = Architecture.named(netIndex)
        selected = min(selected, architecture.layers.count - 1)
    }

    /// The first layer that cannot apply, as advice; else nil.
    var status: String? {
        guard let bad = architecture.rows().firstIndex(where: { $0.output == nil }) else { return nil }
        return tr("layer \(bad + 1): the window is larger than its padded input — shrink the filter or add padding (r restores)",
                  "第 \(bad + 1) 层：窗口比填充后的输入还大——减小滤波器或增加填充（按 r 复原）")
    }

    static func layerName(_ layer: Architecture.Layer) -> String {
        switch layer {
        case let .conv(fn, size, pad, stride):
            return "conv \(fn)@\(size)×\(size)" + (pad > 0 ? " p\(pad)" : "") + (stride > 1 ? " s\(stride)" : "")
        case let .pool(size, _): return tr("pool \(size)×\(size)", "池化 \(size)×\(size)")
        case let .fc(n): return tr("fc \(n)", "全连接 \(n)")
        }
    }

    static func shapeText(_ s: Architecture.Shape?) -> String {
        guard let s else { return "—" }
        return s.height == 1 && s.width == 1 ? "\(s.channels)" : "\(s.channels)×\(s.height)×\(s.width)"
    }

    /// 61706 → "61,706".
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A multiply-add count for the table: grouped digits below ten million (LeNet-5 and
    /// DeepConvNet), whole millions above ("1,850M" for VGG's 1,849,688,064, written out in
    /// full under the table), so VGG's rows fit the 54 columns the cell has at 80×24.
    static func compactCount(_ n: Int) -> String {
        n < 10_000_000 ? grouped(n) : grouped(Int((Double(n) / 1e6).rounded())) + "M"
    }

    var table: Table {
        let rows = architecture.rows()
        var cells = [["0", tr("input", "输入"), Self.shapeText(architecture.input), "", ""]]
        for (i, r) in rows.enumerated() {
            cells.append(["\(i + 1)", Self.layerName(r.layer), Self.shapeText(r.output),
                          Self.grouped(r.parameters), Self.compactCount(r.multiplyAdds)])
        }
        cells.append(["", tr("total", "合计"), "", Self.grouped(architecture.totalParameters), Self.compactCount(architecture.totalMultiplyAdds)])
        return Table(columns: [Table.Column("#"), Table.Column(tr("layer", "层"), alignment: .left),
                               Table.Column(tr("output", "输出"), alignment: .left),
                               Table.Column(tr("params", "参数"), alignment: .right),
                               Table.Column(tr("mult-adds", "乘加"), alignment: .right)],
                     rows: cells, highlightedRow: selected + 1)
    }

    /// The selected layer's counts written out, one line each:
    /// "params (5·5·6 + 1)·16 = 2,416" and "mult-adds 10·10·16·5·5·6 = 240,000".
    var formulaLines: [String] {
        let rows = architecture.rows()
        let r = rows[selected]
        let input = selected == 0 ? architecture.input : rows[selected - 1].output
        guard let s = input, let o = r.output else { return [tr("this layer cannot apply", "这一层无法计算")] }
        switch r.layer {
        case let .conv(fn, size, _, _):
            return [tr("params ", "参数 ") + "(\(size)·\(size)·\(s.channels) + 1)·\(fn) = \(Self.grouped(r.parameters))",
                    tr("mult-adds ", "乘加 ") + "\(o.height)·\(o.width)·\(fn)·\(size)·\(size)·\(s.channels) = \(Self.grouped(r.multiplyAdds))"]
        case .pool:
            return [tr("a pool has no parameters and no multiply-adds", "池化层没有参数，也没有乘加")]
        case let .fc(n):
            return [tr("params ", "参数 ") + "(\(s.count) + 1)·\(n) = \(Self.grouped(r.parameters))",
                    tr("mult-adds ", "乘加 ") + "\(s.count)·\(n) = \(Self.grouped(r.multiplyAdds))"]
        }
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let table = self.table
        return ChartLayout.withReadout(formulaLines, width: width, height: height, options: options) { grid, rows in
            grid.blit(table.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// `nnbook run deepnets --format csv`: table `shapes` (layer, kind, output, params,
    /// mult_adds); JSON adds the net, input and totals.
    func export() -> CellExport {
        let rows = architecture.rows()
        let tableRows = rows.enumerated().map { i, r -> [ExportValue] in
            [.integer(i + 1), .string(Self.kindName(r.layer)), .string(Self.shapeText(r.output)),
             .integer(r.parameters), .integer(r.multiplyAdds)]
        }
        let json: ExportValue = .object([
            ("net", .string(Architecture.choices[netIndex])),
            ("input", .string(Self.shapeText(architecture.input))),
            ("valid", .bool(architecture.isValid)),
            ("total_params", .integer(architecture.totalParameters)),
            ("total_mult_adds", .integer(architecture.totalMultiplyAdds)),
            ("layers", .array(rows.enumerated().map { i, r in
                .object([("layer", .integer(i + 1)), ("kind", .string(Self.kindName(r.layer))),
                         ("output", .string(Self.shapeText(r.output))),
                         ("params", .integer(r.parameters)), ("mult_adds", .integer(r.multiplyAdds))])
            })),
        ])
        return CellExport(name: "shapes", json: json, tables: [
            ExportTable(name: "shapes", columns: ["layer", "kind", "output", "params", "mult_adds"], rows: tableRows),
        ])
    }

    /// The layer in the command line's (English) words: "conv 6@5x5 p0", "pool 2", "fc 120".
    static func kindName(_ layer: Architecture.Layer) -> String {
        switch layer {
        case let .conv(fn, size, pad, stride): return "conv \(fn)@\(size)x\(size) p\(pad) s\(stride)"
        case let .pool(size, _): return "pool \(size)"
        case let .fc(n): return "fc \(n)"
        }
    }
}
