import LessonKit
import NumericCore

/// Headless exports of the transform pages: `transform` (the shown unit's x, x̂, y on the
/// current batch, with the statistics used) and `running` (per training batch: the batch's
/// mean and variance and the running averages after the update).
enum TransformExport {
    static func export(_ m: MiniBatchTransform) -> CellExport {
        let x = m.before, xn = m.normalized, y = m.after
        let b = m.batchStatistics, used = m.usedStatistics
        let json: ExportValue = .object([
            ("unit", .integer(m.unit)), ("std", .number(m.sigma)), ("gamma", .number(m.gamma)), ("beta", .number(m.beta)),
            ("batch_size", .integer(m.batchSize)), ("batch", .integer(m.batches)),
            ("mode", .string(m.inference ? "inference" : "train")), ("epsilon", .number(BatchNormalization.epsilon)),
            ("batch_mean", .number(b.mean)), ("batch_var", .number(b.variance)),
            ("used_mean", .number(used.mean)), ("used_var", .number(used.variance)),
            ("x", .array(x.map(ExportValue.number))), ("x_hat", .array(xn.map(ExportValue.number))),
            ("y", .array(y.map(ExportValue.number))),
        ])
        let rows = x.indices.map { [ExportValue.integer($0), .number(x[$0]), .number(xn[$0]), .number(y[$0])] }
        return CellExport(name: "transform", json: json,
                          tables: [ExportTable(name: "transform", columns: ["index", "x", "x_hat", "y"], rows: rows)])
    }

    static func running(_ m: MiniBatchTransform) -> CellExport {
        let rows = m.trace.map { t in
            [ExportValue.integer(t.batch), .number(t.mean), .number(t.variance), .number(t.runningMean), .number(t.runningVariance)]
        }
        let r = m.running
        let json: ExportValue = .object([
            ("unit", .integer(m.unit)), ("momentum", .number(m.momentum)), ("mode", .string(m.inference ? "inference" : "train")),
            ("running_mean", .number(r.mean)), ("running_var", .number(r.variance)),
            ("trace", .array(m.trace.map { t in
                .object([("batch", .integer(t.batch)), ("batch_mean", .number(t.mean)), ("batch_var", .number(t.variance)),
                         ("running_mean", .number(t.runningMean)), ("running_var", .number(t.runningVariance))])
            })),
        ])
        return CellExport(name: "running", json: json, tables: [
            ExportTable(name: "running", columns: ["batch", "batch_mean", "batch_var", "running_mean", "running_var"], rows: rows),
        ])
    }
}
