import Charts
import LessonKit

/// Page 2: channels and batches — a batch of two 3-channel images, a (2, 3, 3, 3) filter
/// bank; the chosen filter's three channel slices under the chosen image's three channels,
/// and the output value of a chosen position written out as a sum over channels.
final class ChannelsCell: LiveCell {
    var title: String { tr("channels: ", "通道：") + "(N, C, H, W) * (FN, C, FH, FW)" }
    private(set) var image = 0, filter = 0, row = 0, column = 0

    var knobs: [Knob] {
        [
            Knob(name: "n", label: tr("image n", "图像 n"), kind: .integer(range: 0...1, step: 1), value: Double(image)),
            Knob(name: "k", label: tr("filter f", "滤波器 f"), kind: .integer(range: 0...1, step: 1), value: Double(filter)),
            Knob(name: "out_row", label: tr("output row", "输出行"), kind: .integer(range: 0...1, step: 1), value: Double(row)),
            Knob(name: "out_col", label: tr("output col", "输出列"), kind: .integer(range: 0...1, step: 1), value: Double(column)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let v = value.rounded() >= 1 ? 1 : 0
        switch name {
        case "n": image = v
        case "k": filter = v
        case "out_row": row = v
        case "out_col": column = v
        default: return
        }
    }

    var status: String? {
        tr("every filter spans all C channels; each filter makes one output channel",
           "每个滤波器覆盖全部 C 个通道；每个滤波器产生一个输出通道")
    }

    /// What each channel adds to the selected output value.
    var contributions: [Double] {
        (0..<3).map { ChannelsExample.contribution(image: image, filter: filter, channel: $0, row: row, column: column) }
    }

    /// The selected output value, from the core's convolution of the whole batch.
    var selectedValue: Double { ChannelsExample.outputMap(image: image, filter: filter)[row * 2 + column] }

    /// The readout: the shapes, then the selected value as a sum over channels.
    var readoutParts: [String] {
        let c = contributions.map { NumberText.format($0, digits: 4) }
        let b = NumberText.format(ChannelsExample.biases.scalars[filter], digits: 4)
        return [
            "x (N,C,H,W) = (2,3,4,4)", "W (FN,C,FH,FW) = (2,3,3,3)", "out (N,FN,OH,OW) = (2,2,2,2)",
            "out[\(image),\(filter),\(row),\(column)] = R \(c[0]) + G \(c[1]) + B \(c[2]) + b \(b) = \(NumberText.format(selectedValue, digits: 4))",
        ]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let window = MatrixRect(row: row, column: column, height: 3, width: 3)
        let inputs: [CellLayout.Panel] = (0..<3).map { ch in
            .init(CellLayout.heatmap("x[\(image),\(ch)] \(ChannelsExample.channelNames[ch])", rows: 4, columns: 4,
                                     values: ChannelsExample.plane(image: image, channel: ch), highlight: window))
        }
        let output = CellLayout.Panel(CellLayout.heatmap("out[\(image),\(filter)]", rows: 2, columns: 2,
                                                         values: ChannelsExample.outputMap(image: image, filter: filter),
                                                         highlight: MatrixRect(row: row, column: column)))
        let slices: [CellLayout.Panel] = (0..<3).map { ch in
            .init(CellLayout.heatmap("W[\(filter),\(ch)]", rows: 3, columns: 3,
                                     values: ChannelsExample.slice(filter: filter, channel: ch)))
        }
        let bias = CellLayout.Panel(MessagePanel(title: "b[\(filter)] = \(NumberText.format(ChannelsExample.biases.scalars[filter], digits: 3))",
                                                 lines: [tr("one bias", "每个滤波器"), tr("per filter", "一个偏置")]))
        let readout = ReadoutLines.pack(readoutParts, width: width, options: options)
        // Narrow areas stack channels, slices, and output in three rows.
        let rows: [(panels: [CellLayout.Panel], weight: Double)] = width < 53 && height >= 16
            ? [(inputs, 5), (slices, 4), ([output, bias], 3)]
            : [(inputs + [output], 5), (slices + [bias], 4)]
        return CellLayout.grid(rows, readout: readout, width: width, height: height, options: options)
    }

    func export() -> CellExport {
        let out = ChannelsExample.output
        let json: ExportValue = .object([
            ("input_shape", .array(ChannelsExample.input.shape.map(ExportValue.integer))),
            ("filter_shape", .array(ChannelsExample.filters.shape.map(ExportValue.integer))),
            ("output_shape", .array(out.shape.map(ExportValue.integer))),
            ("output", .array(out.scalars.map(ExportValue.number))),
            ("selected", .object([("n", .integer(image)), ("k", .integer(filter)), ("row", .integer(row)),
                                  ("col", .integer(column)), ("value", .number(selectedValue)),
                                  ("channel_terms", .array(contributions.map(ExportValue.number)))])),
        ])
        let rows: [[ExportValue]] = out.scalars.indices.map { i in
            [.integer(i / 8), .integer(i / 4 % 2), .integer(i / 2 % 2), .integer(i % 2), .number(out.scalars[i])]
        }
        return CellExport(name: "channels", json: json,
                          tables: [ExportTable(name: "output (N, FN, OH, OW)", columns: ["n", "k", "row", "col", "value"], rows: rows)])
    }
}
