import LessonKit
import NumericCore

/// Headless exports of the experiment: `pair` (one σ: per epoch the train accuracy with and
/// without batch norm, per iteration both losses) and `grid` (every σ × epoch).
enum PairExport {
    private static func value(_ x: Double?) -> ExportValue { x.map(ExportValue.number) ?? .null }

    /// Rows (epoch, iteration, train_acc_bn, train_acc_plain); a diverged net's cells are null.
    static func accuracyRows(_ p: ScalePair) -> [[ExportValue]] {
        guard !p.bn.accuracies.isEmpty || !p.plain.accuracies.isEmpty else { return [] }
        let last = max(p.bn.accuracies.last?.epoch ?? 0, p.plain.accuracies.last?.epoch ?? 0)
        return (0...last).map { e in
            [.integer(e), .integer(e * p.iterationsPerEpoch),
             value(p.bn.accuracies.first { $0.epoch == e }?.accuracy),
             value(p.plain.accuracies.first { $0.epoch == e }?.accuracy)]
        }
    }

    static func pair(_ p: ScalePair, source: DataSource) -> CellExport {
        let rows = accuracyRows(p)
        let n = max(p.bn.losses.count, p.plain.losses.count)
        let lossRows = (0..<n).map { i in
            [ExportValue.integer(i + 1), value(p.bn.losses.indices.contains(i) ? p.bn.losses[i] : nil),
             value(p.plain.losses.indices.contains(i) ? p.plain.losses[i] : nil)]
        }
        let json: ExportValue = .object([
            ("data", .string(source.name)), ("warning", source.problem.map { .string(DataNotice.mnistNotLoaded(reason: $0)) } ?? .null),
            ("sigma", .number(p.sigma)), ("lr", .number(p.learningRate)), ("batch", .integer(p.batchSize)),
            ("epochs", .integer(p.epochs)), ("train_size", .integer(p.labels.count)),
            ("sizes", .array(([p.images.columns] + ScalePair.hidden + [10]).map(ExportValue.integer))),
            ("sampling", .string("with replacement")), ("iterations", .integer(p.iteration)),
            ("diverged_bn", .bool(p.bn.diverged)), ("diverged_plain", .bool(p.plain.diverged)),
            ("accuracy", .array(rows.map { r in
                .object([("epoch", r[0]), ("iteration", r[1]), ("train_acc_bn", r[2]), ("train_acc_plain", r[3])])
            })),
            ("events", .array(p.events.map { .object([("iteration", .integer($0.iteration)), ("label", .string($0.label))]) })),
        ])
        return CellExport(name: "pair", json: json, tables: [
            ExportTable(name: "accuracy", columns: ["epoch", "iteration", "train_acc_bn", "train_acc_plain"], rows: rows),
            ExportTable(name: "loss", columns: ["iteration", "loss_bn", "loss_plain"], rows: lossRows),
        ])
    }

    static func grid(_ g: ScaleGrid, source: DataSource) -> CellExport {
        var rows: [[ExportValue]] = []
        for p in g.pairs {
            for r in accuracyRows(p) where p.iteration > 0 { rows.append([.number(p.sigma)] + [r[0], r[2], r[3]]) }
        }
        let learned = g.learned()
        let json: ExportValue = .object([
            ("data", .string(source.name)),
            ("sigmas", .array(ScaleGrid.sigmas.map(ExportValue.number))), ("lr", .number(g.learningRate)),
            ("epochs", .integer(g.epochs)), ("train_size", .integer(g.labels.count)),
            ("iterations", .integer(g.iterations)),
            ("learned_bn", .integer(learned.bn)), ("learned_plain", .integer(learned.plain)),
            ("scales", .array(g.pairs.map { p in
                .object([("sigma", .number(p.sigma)), ("iterations", .integer(p.iteration)),
                         ("train_acc_bn", .array(p.bn.accuracies.map { .number($0.accuracy) })),
                         ("train_acc_plain", .array(p.plain.accuracies.map { .number($0.accuracy) })),
                         ("diverged_bn", .bool(p.bn.diverged)), ("diverged_plain", .bool(p.plain.diverged))])
            })),
        ])
        return CellExport(name: "grid", json: json, tables: [
            ExportTable(name: "grid", columns: ["sigma", "epoch", "train_acc_bn", "train_acc_plain"], rows: rows),
        ])
    }
}
