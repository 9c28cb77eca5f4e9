import Charts
import LessonKit
import NumericCore

/// Page 2: a 1×1 convolution. A small 3-channel 4×4 input goes through the core
/// `Convolution` with two 1×1 filters; one pixel's output is written out as a weighted sum of
/// that pixel's channels (nothing from the neighbours). Above it, the cost of a 5×5
/// convolution 192 → 32 channels on 28×28, direct vs through a 1×1 bottleneck, from knobs.
final class OneByOneCell: LiveCell {
    var title: String { tr("1×1 convolution and the bottleneck", "1×1 卷积与瓶颈层") }

    static let inputChannels = 3, outputChannels = 2, side = 4
    private(set) var cost = BottleneckCost()
    /// The pixel whose sum is written out (0-based, row-major).
    private(set) var pixel = 5
    let input: Tensor
    let conv: Convolution

    /// A seeded input (values −1…1 in steps of 0.5) and filters (−1…1 in steps of 0.25),
    /// small enough to read.
    init(seed: UInt64) {
        var rng = Xoshiro256StarStar(seed: seed &+ 14)
        let n = Self.inputChannels * Self.side * Self.side
        input = Tensor(shape: [1, Self.inputChannels, Self.side, Self.side],
                       scalars: (0..<n).map { _ in Double(Int(rng.nextUniform() * 5)) * 0.5 - 1 })
        let w = (0..<(Self.outputChannels * Self.inputChannels)).map { _ in Double(Int(rng.nextUniform() * 9)) * 0.25 - 1 }
        conv = Convolution(weight: Tensor(shape: [Self.outputChannels, Self.inputChannels, 1, 1], scalars: w),
                           bias: Tensor([0, 0]))
    }

    var knobs: [Knob] {
        [
            Knob(name: "channels", label: tr("input channels C", "输入通道数 C"), kind: .integer(range: 1...1024, step: 16), value: Double(cost.channels)),
            Knob(name: "bottleneck", label: tr("bottleneck channels", "瓶颈通道数"), kind: .integer(range: 1...512, step: 1), value: Double(cost.bottleneck)),
            Knob(name: "outputs", label: tr("output channels FN", "输出通道数 FN"), kind: .integer(range: 1...512, step: 1), value: Double(cost.outputs)),
            Knob(name: "filter", label: tr("filter size F", "滤波器大小 F"), kind: .integer(range: 1...11, step: 2), value: Double(cost.filter)),
            Knob(name: "pixel", label: tr("pixel shown", "显示的像素"), kind: .integer(range: 1...(Self.side * Self.side), step: 1), value: Double(pixel + 1)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let v = Int(value.rounded())
        switch name {
        case "channels": cost.channels = max(1, min(1024, v))
        case "bottleneck": cost.bottleneck = max(1, min(512, v))
        case "outputs": cost.outputs = max(1, min(512, v))
        case "filter": cost.filter = max(1, min(11, v))
        case "pixel": pixel = max(0, min(Self.side * Self.side - 1, v - 1))
        default: return
        }
    }

    /// The 1×1 convolution's output (1, 2, 4, 4), computed by the core layer.
    var output: Tensor { conv.forward(input, training: false) }

    func channelValues(of t: Tensor, channels: Int) -> [Double] {
        (0..<channels).map { t.scalars[$0 * Self.side * Self.side + pixel] }
    }

    /// "pixel (2, 2): x = (0.5, −1, 0)" and one "out1 = 1.125 = 0.25·0.5 + …" line per filter
    /// (the result first, so a narrow screen cuts only the terms).
    var mixingLines: [String] {
        let x = channelValues(of: input, channels: Self.inputChannels)
        let y = channelValues(of: output, channels: Self.outputChannels)
        let w = conv.weight.value.scalars
        let f = { (v: Double) in NumberText.format(v, digits: 4) }
        let term = { (v: Double) in v < 0 ? "(" + f(v) + ")" : f(v) }
        var lines = [tr("pixel (\(pixel / Self.side + 1), \(pixel % Self.side + 1)): channels x = (", "像素 (\(pixel / Self.side + 1), \(pixel % Self.side + 1))：各通道 x = (")
                     + x.map(f).joined(separator: ", ") + ")"]
        for o in 0..<Self.outputChannels {
            let terms = (0..<Self.inputChannels).map { c in "\(term(w[o * Self.inputChannels + c]))·\(term(x[c]))" }
            lines.append("out\(o + 1) = " + f(y[o]) + " = " + terms.joined(separator: " + "))
        }
        return lines
    }

    var costTable: Table {
        let c = cost, g = ShapeTableCell.grouped
        let rows = [
            [tr("direct", "直接"), "\(c.channels)→\(c.outputs) @\(c.filter)×\(c.filter)", g(c.directParameters), g(c.directMultiplyAdds)],
            [tr("1×1 squeeze", "1×1 压缩"), "\(c.channels)→\(c.bottleneck) @1×1", g(c.squeezeParameters), g(c.squeezeMultiplyAdds)],
            [tr("then F×F", "再做 F×F"), "\(c.bottleneck)→\(c.outputs) @\(c.filter)×\(c.filter)", g(c.expandParameters), g(c.expandMultiplyAdds)],
            [tr("bottleneck", "瓶颈合计"), "", g(c.bottleneckParameters), g(c.bottleneckMultiplyAdds)],
        ]
        return Table(title: tr("on a 28×28 map, same padding", "在 28×28 的特征图上，填充使尺寸不变"),
                     columns: [Table.Column(tr("path", "路径"), alignment: .left), Table.Column(tr("conv", "卷积"), alignment: .left),
                               Table.Column(tr("params", "参数"), alignment: .right), Table.Column(tr("mult-adds", "乘加"), alignment: .right)],
                     rows: rows)
    }

    var savingLine: String {
        let s = NumberText.format((cost.saving * 10).rounded() / 10, digits: 4)
        return tr("the bottleneck needs \(s)× fewer multiply-adds", "瓶颈结构的乘加次数少 \(s) 倍")
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let table = costTable
        let lines = [savingLine] + mixingLines
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            grid.blit(table.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// Table `bottleneck` (path, params, mult_adds) and `one_by_one` (channel, value) for
    /// the pixel shown; JSON adds the settings and the saving.
    func export() -> CellExport {
        let c = cost
        let y = channelValues(of: output, channels: Self.outputChannels)
        let json: ExportValue = .object([
            ("size", .integer(c.size)), ("channels", .integer(c.channels)), ("bottleneck", .integer(c.bottleneck)),
            ("outputs", .integer(c.outputs)), ("filter", .integer(c.filter)),
            ("direct_params", .integer(c.directParameters)), ("direct_mult_adds", .integer(c.directMultiplyAdds)),
            ("bottleneck_params", .integer(c.bottleneckParameters)), ("bottleneck_mult_adds", .integer(c.bottleneckMultiplyAdds)),
            ("saving", .number(c.saving)), ("pixel", .integer(pixel + 1)),
            ("pixel_outputs", .array(y.map(ExportValue.number))),
        ])
        return CellExport(name: "one_by_one", json: json, tables: [
            ExportTable(name: "bottleneck", columns: ["path", "params", "mult_adds"], rows: [
                [.string("direct"), .integer(c.directParameters), .integer(c.directMultiplyAdds)],
                [.string("squeeze"), .integer(c.squeezeParameters), .integer(c.squeezeMultiplyAdds)],
                [.string("expand"), .integer(c.expandParameters), .integer(c.expandMultiplyAdds)],
            ]),
            ExportTable(name: "one_by_one", columns: ["channel", "value"],
                        rows: y.enumerated().map { [.integer($0.offset + 1), .number($0.element)] }),
        ])
    }
}
