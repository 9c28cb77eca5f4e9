import LessonKit
import NumericCore

/// The headless export of a training run: `nnbook run mlp --format csv` prints its tables
/// `loss` (iteration, loss, smoothed_loss), `accuracy` (epoch, iteration, train_acc,
/// test_acc) and `events` (iteration, label); JSON adds the settings and the data source.
enum TrainingExport {
    static func export(_ run: TrainingRun) -> CellExport {
        let h = run.history
        let lossRows = h.losses.indices.map { i in
            [ExportValue.integer(i + 1), .number(h.losses[i]), .number(run.smoothedLosses[i])]
        }
        let accuracyRows = h.epochs.map { e in
            [ExportValue.integer(e.epoch), .integer(e.iteration), .number(e.trainAccuracy), .number(e.testAccuracy)]
        }
        let eventRows = h.events.map { [ExportValue.integer($0.iteration), .string($0.label)] }
        let c = run.config
        let json: ExportValue = .object([
            ("data", .string(run.data.sourceName)),
            ("warning", TrainingRun.warning(of: run.data).map(ExportValue.string) ?? .null),
            ("train_size", .integer(run.data.split.train.count)), ("test_size", .integer(run.data.split.test.count)),
            ("sizes", .array([run.data.split.train.images.columns, c.hiddenSize, run.data.split.train.classes].map(ExportValue.integer))),
            ("activation", .string(c.activation.rawValue)), ("weight_std", .number(c.weightStd)),
            ("batch", .integer(c.batchSize)), ("lr", .number(c.learningRate)),
            ("sampling", .string("with replacement")),
            ("iterations", .integer(run.iteration)),
            ("stopped", run.stopReason.map(ExportValue.string) ?? .null),
            ("loss", .array(h.losses.map(ExportValue.number))),
            ("smoothed_loss", .array(run.smoothedLosses.map(ExportValue.number))),
            ("epochs", .array(h.epochs.map { e in
                .object([("epoch", .integer(e.epoch)), ("iteration", .integer(e.iteration)),
                         ("train_acc", .number(e.trainAccuracy)), ("test_acc", .number(e.testAccuracy))])
            })),
            ("events", .array(h.events.map { .object([("iteration", .integer($0.iteration)), ("label", .string($0.label))]) })),
        ])
        return CellExport(name: "training", json: json, tables: [
            ExportTable(name: "loss", columns: ["iteration", "loss", "smoothed_loss"], rows: lossRows),
            ExportTable(name: "accuracy", columns: ["epoch", "iteration", "train_acc", "test_acc"], rows: accuracyRows),
            ExportTable(name: "events", columns: ["iteration", "label"], rows: eventRows),
        ])
    }
}
