import Foundation
import Testing

/// `nnbook run playground` end to end: Ng's contrast on the flower after 2000 iterations
/// (logistic regression well below the 4-tanh-unit hidden layer), the exports' keys, and
/// `--seed` deciding the run.
@Suite struct PlaygroundCommandLineTests {
    /// The first cell's JSON object ("playground") of a run's JSON output.
    func playground(_ arguments: [String]) throws -> [String: Any] {
        let result = try NnbookBinary.run(["run", "playground"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let cells = try #require(root["cells"] as? [[String: Any]])
        let cell = try #require(cells.first { $0["name"] as? String == "playground" })
        return try #require(cell["data"] as? [String: Any])
    }

    @Test func logisticRegressionVsFourTanhUnitsOnTheFlower() throws {
        let logistic = try playground(["--set", "dataset=flower", "--set", "hidden=0", "--steps", "2000"])
        let shallow = try playground(["--set", "dataset=flower", "--set", "hidden=1", "--set", "units=4",
                                      "--set", "activation=tanh", "--steps", "2000"])
        #expect(logistic["sizes"] as? [Int] == [2, 2] && shallow["sizes"] as? [Int] == [2, 4, 2])
        #expect(logistic["iterations"] as? Int == 2000 && shallow["iterations"] as? Int == 2000)
        let a = try #require(logistic["final_test_acc"] as? Double), b = try #require(shallow["final_test_acc"] as? Double)
        let at = try #require(logistic["final_train_acc"] as? Double), bt = try #require(shallow["final_train_acc"] as? Double)
        // Seed 1: logistic regression 66.5 % test (56.5 % train), 4 tanh units 89.5 % (95 %).
        #expect(a < 0.75 && at < 0.75, "logistic regression: test \(a), train \(at)")
        #expect(b > 0.85 && bt > 0.85, "4 tanh units: test \(b), train \(bt)")
        #expect(b - a > 0.15)
    }

    @Test func csvHasTheCurvesAndTheSeedDecides() throws {
        let csv = try NnbookBinary.run(["run", "playground", "--table", "playground_curves", "--steps", "20"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "iteration,train_loss,test_loss,train_acc,test_acc" && lines.count == 4)
        let other = try NnbookBinary.run(["run", "playground", "--table", "playground_curves", "--steps", "20", "--seed", "2"])
        let again = try NnbookBinary.run(["run", "playground", "--table", "playground_curves", "--steps", "20"])
        #expect(other.stdout != csv.stdout && again.stdout == csv.stdout)
    }
}
