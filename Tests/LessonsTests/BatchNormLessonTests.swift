import LessonKit
import Testing
@testable import BatchNormLesson

/// `nnbook run batchnorm`: the pair's accuracy table comes first with the columns the issue
/// names; the 16-scale grid trains only when `grid_epochs` is set; the settings reach the cells.
@Suite struct BatchNormLessonTests {
    private let lesson = BatchNormLesson(trainSize: 200, epochs: 2)

    @Test func csvStartsWithThePairsAccuracyPerEpoch() throws {
        let output = try lesson.run(RunRequest(settings: [("sigma", "0.01")], steps: 20))
        let table = try #require(output.cells.first?.tables.first)
        #expect(output.cells.map(\.name) == ["pair", "grid", "transform", "running"])
        #expect(table.name == "accuracy")
        #expect(table.columns == ["epoch", "iteration", "train_acc_bn", "train_acc_plain"])
        // 200 images, batch 100: 2 iterations per epoch; 20 steps stop at the 2 epochs asked.
        #expect(table.rows.map { $0[0] } == [.integer(0), .integer(1), .integer(2)])
        #expect(table.rows.map { $0[1] } == [.integer(0), .integer(2), .integer(4)])
        let csv = output.csv()
        #expect(csv.hasPrefix("# accuracy\nepoch,iteration,train_acc_bn,train_acc_plain\n0,0,"))
        let grid = try #require(output.cells.first { $0.name == "grid" })
        #expect(grid.tables.first?.rows.isEmpty == true)   // not trained by default
    }

    @Test func gridTrainsWhenItsEpochsAreSet() throws {
        let output = try lesson.run(RunRequest(settings: [("grid_epochs", "1")]))
        let grid = try #require(output.cells.first { $0.name == "grid" })
        // 16 scales × 1 epoch × 2 iterations; rows: epochs 0 and 1 per scale.
        #expect(grid.tables.first?.rows.count == 32)
        guard case let .object(fields) = grid.json else { Issue.record("grid json is not an object"); return }
        #expect(fields.first { $0.0 == "iterations" }?.1 == .integer(32))
    }

    @Test func transformSettingsReachTheExport() throws {
        let output = try lesson.run(RunRequest(settings: [("gamma", "2"), ("beta", "1"), ("unit", "5")]))
        let transform = try #require(output.cells.first { $0.name == "transform" })
        guard case let .object(fields) = transform.json else { Issue.record("not an object"); return }
        #expect(fields.first { $0.0 == "unit" }?.1 == .integer(5))
        #expect(fields.first { $0.0 == "batch" }?.1 == .integer(30))   // 1 + 29 headless batches
        let rows = try #require(transform.tables.first?.rows)
        #expect(rows.count == 100)
        for row in rows {
            guard case let .number(xn) = row[2], case let .number(y) = row[3] else { Issue.record("\(row)"); continue }
            #expect(abs(y - (2 * xn + 1)) < 1e-9)
        }
    }
}
