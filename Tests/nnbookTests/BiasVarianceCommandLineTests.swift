import Foundation
import Testing

/// `nnbook run biasvariance` end to end: the knobs on the command line, the seed
/// deciding every random choice, `--list-params`, and `check` solving a challenge.
@Suite struct BiasVarianceCommandLineTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try NnbookBinary.run(["run", "biasvariance", "--format", "json"] + arguments, timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(object)
    }

    func cell(_ output: [String: Any], _ name: String) throws -> [String: Any] {
        let cells = try #require(output["cells"] as? [[String: Any]])
        return try #require(cells.first { $0["name"] as? String == name }?["data"] as? [String: Any])
    }

    @Test func unitsAndSplitFromTheCommandLine() throws {
        let output = try json(["--set", "units=100", "--set", "train=25", "--set", "split=98/1/1"])
        let split = try cell(output, "split"), diagnosis = try cell(output, "diagnosis")
        #expect(split["split"] as? String == "98/1/1" && split["dev_size"] as? Int == 5 && split["test_size"] as? Int == 5)
        #expect(split["test_error"] is Double)
        #expect(diagnosis["units"] as? Int == 100 && diagnosis["verdict"] as? String == "high_variance")
        let curve = try cell(output, "learning_curve")
        #expect((curve["learning_curve"] as? [Any])?.count == 7 && curve["units"] as? Int == 100)
        let normalization = try cell(output, "normalization")
        #expect((normalization["raw"] as? [String: Any])?["steps_to_converge"] as? Int == 1926)
    }

    @Test func theSeedDecides() throws {
        let a = try cell(json(["--seed", "5", "--set", "epochs=100"]), "diagnosis")
        let b = try cell(json(["--seed", "5", "--set", "epochs=100"]), "diagnosis")
        let c = try cell(json(["--seed", "6", "--set", "epochs=100"]), "diagnosis")
        #expect(a["dev_error"] as? Double == b["dev_error"] as? Double && a["train_error"] as? Double == b["train_error"] as? Double)
        #expect(a["dev_error"] as? Double != c["dev_error"] as? Double || a["train_error"] as? Double != c["train_error"] as? Double)
    }

    @Test func listParamsAndCheck() throws {
        let list = try NnbookBinary.run(["run", "biasvariance", "--list-params"])
        #expect(list.status == 0)
        for name in ["split", "points", "units", "train", "noise", "lambda", "epochs", "lr"] {
            #expect(list.stdout.contains("\n\(name) "), "missing \(name)")
        }
        let check = try NnbookBinary.run(["check", "biasvariance", "--set", "lr=1", "--challenge", "fast-normalized"], timeout: 120)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("✓ fast-normalized"))
    }
}
