import LessonKit

/// The headless export of the search: `nnbook run hyperparams --format json` gives the
/// settings, every trial (lr, weight decay, validation accuracy, its curve) and the best one;
/// `--format csv` the table `trials` (trial, round, lr, weight_decay, val_acc, test_acc, diverged).
enum SearchExport {
    static func export(_ search: Search) -> CellExport {
        func number(_ v: Double?) -> ExportValue { v.map(ExportValue.number) ?? .null }
        func trialObject(_ t: Trial) -> ExportValue {
            .object([("trial", .integer(t.number)), ("round", .integer(t.round)),
                     ("lr", .number(t.learningRate)), ("weight_decay", .number(t.weightDecay)),
                     ("val_acc", number(t.validationAccuracy)), ("test_acc", number(t.testAccuracy)),
                     ("diverged", .bool(t.isDiverged)), ("epochs_done", .integer(t.epochsDone)),
                     ("val_curve", .array(t.validationCurve.map(ExportValue.number)))])
        }
        let s = search.settings
        let json: ExportValue = .object([
            ("data", .string(search.data.source.sourceName)),
            ("warning", search.data.source.problem.map { ExportValue.string(DataNotice.mnistNotLoaded(reason: $0)) } ?? .null),
            ("train_size", .integer(search.data.train.count)), ("validation_size", .integer(search.data.validation.count)),
            ("test_size", .integer(search.data.test.count)),
            ("sizes", .array(([784] + Trial.hidden + [10]).map(ExportValue.integer))),
            ("trials_per_round", .integer(s.trials)), ("epochs", .integer(s.epochs)), ("batch", .integer(Trial.batchSize)),
            ("lr_range", .array([.number(s.learningRate.lowerBound), .number(s.learningRate.upperBound)])),
            ("weight_decay_range", .array([.number(s.weightDecay.lowerBound), .number(s.weightDecay.upperBound)])),
            ("round", .integer(search.round)),
            ("fine_lr_range", search.fineRanges.map { .array([.number($0.learningRate.lowerBound), .number($0.learningRate.upperBound)]) } ?? .null),
            ("fine_weight_decay_range", search.fineRanges.map { .array([.number($0.weightDecay.lowerBound), .number($0.weightDecay.upperBound)]) } ?? .null),
            ("stopped", search.hasFailed ? .string(SearchText.status(search)) : .null),
            ("trials", .array(search.trials.map(trialObject))),
            ("best", search.bestTrial.map(trialObject) ?? .null),
        ])
        let rows = search.trials.map { t in
            [ExportValue.integer(t.number), .integer(t.round), .number(t.learningRate), .number(t.weightDecay),
             number(t.validationAccuracy), number(t.testAccuracy), .bool(t.isDiverged)]
        }
        return CellExport(name: "search", json: json, tables: [
            ExportTable(name: "trials", columns: ["trial", "round", "lr", "weight_decay", "val_acc", "test_acc", "diverged"], rows: rows),
        ])
    }
}
