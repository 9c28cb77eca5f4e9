/// The printed forms of a headless run.
extension RunOutput {
    /// `{"lesson": ID, "cells": [{"name": NAME, "data": JSON}, ...]}`, pretty-printed, ending
    /// in a newline.
    public func json() -> String {
        let value = ExportValue.object([
            ("lesson", .string(lesson)),
            ("cells", .array(cells.map { .object([("name", .string($0.name)), ("data", $0.json)]) })),
        ])
        return value.jsonText + "\n"
    }

    /// Every table of every cell, in order, as CSV (see `ExportTable.csv(_:)`); empty when
    /// the cells export no tables.
    public func csv() -> String {
        ExportTable.csv(cells.flatMap(\.tables))
    }
}
