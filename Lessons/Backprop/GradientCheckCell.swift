import Charts
import LessonKit
import NumericCore

/// Page 5: the gradient check of a 4-5-3 network on 3 samples, one row per parameter:
/// how big its gradients are and how far backprop and central differences are apart.
final class GradientCheckCell: LiveCell {
    var title: String { tr("Gradient check: backprop vs numerical", "梯度确认：反向传播对比数值微分") }
    private(set) var activationIndex = 0
    private(set) var seed = 1
    /// Whether the numerical side differentiates the book's loss (with +1e-7 in the log).
    private(set) var bookDelta = true
    private(set) var check = GradientCheck(activation: GradientCheck.activations[0].activation, seed: 1)

    var knobs: [Knob] {
        [Knob(name: "activation", label: tr("hidden activation", "隐藏层激活函数"), kind: .choice(GradientCheck.activations.map(\.name)),
              value: Double(activationIndex)),
         Knob(name: "seed", label: tr("seed (weights, data)", "种子（权重、数据）"), kind: .integer(range: 0...999, step: 1), value: Double(seed)),
         Knob(name: "delta", label: tr("δ in log(y + δ)", "log(y + δ) 中的 δ"), kind: .choice(["1e-7", "0"]), value: bookDelta ? 0 : 1)]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "activation": activationIndex = min(max(Int(value), 0), GradientCheck.activations.count - 1)
        case "seed": seed = min(max(Int(value), 0), 999)
        case "delta": bookDelta = value < 0.5
        default: return
        }
        check = GradientCheck(activation: GradientCheck.activations[activationIndex].activation, seed: UInt64(seed),
                              bookDelta: bookDelta)
    }

    /// The verdict under the table: agreement, or what explains the difference.
    var verdict: [String] {
        let worst = NumberText.format(check.worstRelative, digits: 2)
        if check.worstRelative < 1e-7 {
            return [tr("largest rel Δ \(worst) < 1e-7: backprop is right", "最大相对差 \(worst) < 1e-7：反向传播是对的")]
        }
        if bookDelta {
            let expected = NumberText.format(check.probabilityOfLabel.map { Loss.crossEntropyDelta / $0 }.max() ?? 0, digits: 2)
            return [tr("largest rel Δ \(worst): the 1e-7 in log(y + 1e-7),", "最大相对差 \(worst)：来自 log(y + 1e-7) 中的 1e-7，"),
                    tr("which y − t leaves out (≈ 1e-7/y = \(expected) a sample). δ = 0?",
                       "y − t 不含它（每个样本约 1e-7/y = \(expected)）。δ = 0？")]
        }
        return [tr("largest rel Δ \(worst) ≥ 1e-7: a kink (ReLU at 0) or a bug", "最大相对差 \(worst) ≥ 1e-7：折点（ReLU 的 0 处）或程序错误")]
    }

    var status: String? {
        // Short enough for the 80-column status row, also spelled out in ASCII; the worst
        // relative error is the table's "‖Δ‖ rel" column.
        let loss = GraphReadout.number(check.loss), worst = NumberText.format(check.worstNormRelative, digits: 2)
        return "\(GradientCheck.activations[activationIndex].name) · " + tr("loss", "损失") + " \(loss) · "
            + "δ \(bookDelta ? "1e-7" : "0") · " + tr("worst rel. error", "最大相对误差") + " \(worst)"
    }

    /// The table: one row per parameter.
    var table: Table {
        let rows = check.rows.map { row -> [String] in
            [row.name, row.shape.map(String.init).joined(separator: "×"), NumberText.format(row.largestGradient, digits: 3),
             NumberText.format(row.largestAbsolute, digits: 2), NumberText.format(row.largestRelative, digits: 2),
             NumberText.format(row.normRelative, digits: 2)]
        }
        let worst = check.rows.indices.max { check.rows[$0].normRelative < check.rows[$1].normRelative }
        return Table(columns: [.init(tr("param", "参数"), alignment: .left), .init(tr("shape", "形状"), alignment: .left),
                               .init(tr("|g| max", "|g| 最大")), .init(tr("max |Δ|", "最大 |Δ|")),
                               .init(tr("max rel Δ", "最大相对 Δ")), .init(tr("‖Δ‖ rel", "‖Δ‖ 相对"))],
                     rows: rows, highlightedRow: worst)
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let lines = ([tr("backprop: Sequential.gradient · numerical: h = 1e-4", "反向传播对比数值微分（中心差分，h = 1e-4）")]
                     + verdict).map(options.drawable)
        let tableRows = min(height, check.rows.count + 2)
        var drawnTable = table
        drawnTable.columns = drawnTable.columns.map { .init(options.drawable($0.header), alignment: $0.alignment) }
        drawnTable.rows = drawnTable.rows.map { $0.map(options.drawable) }
        grid.blit(drawnTable.render(width: width, height: tableRows, options: options), x: 0, y: 0)
        for (i, line) in lines.enumerated() where tableRows + 1 + i < height {
            grid.put(line, x: 0, y: tableRows + 1 + i, style: Style(bold: i >= 1), maxWidth: width)
        }
        return grid
    }

    func export() -> CellExport {
        let rows = check.rows.map { row -> ExportValue in
            .object([("param", .string(row.name)), ("shape", .array(row.shape.map(ExportValue.integer))),
                     ("max_grad", .number(row.largestGradient)), ("max_abs_diff", .number(row.largestAbsolute)),
                     ("max_rel_diff", .number(row.largestRelative)), ("norm_rel_diff", .number(row.normRelative))])
        }
        let json: ExportValue = .object([
            ("activation", .string(GradientCheck.activations[activationIndex].name)), ("seed", .integer(seed)),
            ("sizes", .array(GradientCheck.sizes.map(ExportValue.integer))), ("samples", .integer(GradientCheck.samples)),
            ("delta", .number(bookDelta ? Loss.crossEntropyDelta : 0)),
            ("loss", .number(check.loss)), ("parameters", .array(rows)), ("worst_rel_diff", .number(check.worstRelative)),
            ("worst_norm_rel_diff", .number(check.worstNormRelative)),
        ])
        let table = ExportTable(name: "gradient-check", columns: ["param", "max_grad", "max_abs_diff", "max_rel_diff", "norm_rel_diff"],
                                rows: check.rows.map { [.string($0.name), .number($0.largestGradient),
                                                        .number($0.largestAbsolute), .number($0.largestRelative),
                                                        .number($0.normRelative)] })
        return CellExport(name: "gradient-check", json: json, tables: [table])
    }
}
