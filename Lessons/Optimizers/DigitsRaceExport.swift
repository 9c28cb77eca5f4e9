import Charts
import LessonKit
import NumericCore

/// The headless form of the digits race: the net and data, then for each switched-on
/// optimizer its hyperparameters, every iteration's loss (raw and smoothed), the accuracy
/// after each epoch and the hyperparameter changes; as CSV, one row per iteration with a
/// loss column per optimizer.
struct DigitsRaceExport {
    let race: DigitsRace

    func export() -> CellExport {
        let config = race.config
        let runs = race.shown
        let optimizers: [ExportValue] = runs.map { run in
            .object([
                ("name", .string(run.settings.kind.displayName)),
                ("kind", .string(run.settings.kind.rawValue)),
                ("hyperparameters", .object(run.settings.hyperparameters.map { ($0.0, .number($0.1)) })),
                ("iterations", .integer(run.iteration)),
                ("diverged_at", run.divergedAt.map(ExportValue.integer) ?? .null),
                ("loss", .array(run.losses.map(ExportValue.number))),
                ("smoothed_loss", .array(run.smoothedLosses.map(ExportValue.number))),
                ("accuracy", .array(run.epochs.map { .object([
                    ("iteration", .integer($0.iteration)), ("train", .number($0.trainAccuracy)), ("test", .number($0.testAccuracy)),
                ]) })),
                ("events", .array(run.events.map { .object([("iteration", .integer($0.iteration)), ("label", .string($0.label))]) })),
            ])
        }
        let json: ExportValue = .object([
            ("network", .string(config.shape + tr(" ReLU, He init", " ReLU，He 初始值"))),
            ("batch_size", .integer(config.batchSize)),
            ("data", .string(race.isBuilt ? DigitsRaceCell.sourceName(race.data) : tr("not loaded (no iterations run)", "未载入（尚未迭代）"))),
            ("seed", .integer(Int(truncatingIfNeeded: race.context.seed))),
            ("iterations", .integer(race.clock)),
            ("smoothing_window", .integer(config.smoothingWindow)),
            ("optimizers", .array(optimizers)),
        ])
        let n = race.clock
        let rows = (0..<n).map { i in
            [ExportValue.integer(i + 1)] + runs.map { i < $0.losses.count ? .number($0.losses[i]) : .null }
        }
        let accuracyRows = runs.flatMap { run in
            run.epochs.map { [ExportValue.string(run.settings.kind.rawValue), .integer($0.iteration),
                              .number($0.trainAccuracy), .number($0.testAccuracy)] }
        }
        return CellExport(name: "digits race", json: json, tables: [
            ExportTable(name: "loss curves", columns: ["iteration"] + runs.map { "loss_" + $0.settings.kind.rawValue }, rows: rows),
            ExportTable(name: "accuracy", columns: ["optimizer", "iteration", "train", "test"], rows: accuracyRows),
        ])
    }
}
