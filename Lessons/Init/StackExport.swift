import Charts
import LessonKit
import NumericCore

/// The headless form of a stack cell: the settings, then per layer the activation
/// statistics (`mean`, `std` population over all 1000·100 values, `below_0.01`,
/// `above_0.99`, `saturated`), the 30-bin histogram (counts and edges) and, when the
/// backward pass ran, `gradient_norm`; as CSV one row per layer.
struct StackExport {
    let cell: StackCell

    func export(name: String) -> CellExport {
        let s = cell.current
        let k = cell.knobValues
        let layers: [ExportValue] = s.stats.enumerated().map { l, st in
            var fields: [(String, ExportValue)] = [
                ("layer", .integer(l + 1)),
                ("mean", .number(st.mean)), ("std", .number(st.std)),
                ("below_0.01", .number(st.below)), ("above_0.99", .number(st.above)),
                ("saturated", .number(st.saturated)),
                ("histogram", .object([("counts", .array(st.counts.map(ExportValue.number))),
                                       ("edges", .array(st.edges.map(ExportValue.number)))])),
            ]
            if cell.backward { fields.append(("gradient_norm", s.gradientNorms[l].map(ExportValue.number) ?? .null)) }
            return .object(fields)
        }
        let json: ExportValue = .object([
            ("activation", .string(k.activation.rawValue)),
            ("init", .string(k.initChoice.rawValue)),
            ("sigma", .number(k.effectiveSigma)),
            ("depth", .integer(k.depth)),
            ("samples", .integer(ActivationStack.samples)),
            ("units", .integer(ActivationStack.width)),
            ("seed", .integer(Int(truncatingIfNeeded: cellSeed))),
            ("layers", .array(layers)),
        ])
        var columns = ["layer", "mean", "std", "below_0.01", "above_0.99", "saturated"]
        if cell.backward { columns.append("gradient_norm") }
        let rows: [[ExportValue]] = s.stats.enumerated().map { l, st in
            var row: [ExportValue] = [.integer(l + 1), .number(st.mean), .number(st.std), .number(st.below), .number(st.above), .number(st.saturated)]
            if cell.backward { row.append(s.gradientNorms[l].map(ExportValue.number) ?? .null) }
            return row
        }
        return CellExport(name: name, json: json, tables: [ExportTable(name: name, columns: columns, rows: rows)])
    }

    private var cellSeed: UInt64 { cell.seedValue }
}
