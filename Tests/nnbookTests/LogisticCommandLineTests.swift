import Foundation
import Testing

/// `nnbook run logistic` end to end: the asked task's curves as CSV, the knobs and the
/// stopped flag in JSON for a learning rate of 100, and every parameter listed.
@Suite struct LogisticCommandLineTests {
    @Test func digitsCurvesAsCSV() throws {
        let result = try NnbookBinary.run(["run", "logistic", "--set", "task=digits", "--set", "lr=1", "--steps", "3", "--format", "csv"], timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex(of: "iteration,loss,train_acc,test_acc"))
        // Iterations 0…3; iteration 0 is the untrained neuron: cost ln 2, and 90 % by always saying "no".
        #expect(lines[header + 1].hasPrefix("0,0.69314718055") && lines[header + 1].hasSuffix(",0.9,0.9"))
        #expect(lines[header + 4].hasPrefix("3,") && lines[header + 5] == "")
        #expect(lines.contains("examples,features,vectorized_ms,loops_ms,speedup,max_difference"))
    }

    @Test func aHugeLearningRateStopsInJSON() throws {
        let result = try NnbookBinary.run(["run", "logistic", "--set", "lr=100", "--format", "json"], timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let cells = try #require(json["cells"] as? [[String: Any]])
        let training = try #require(cells.first?["data"] as? [String: Any])
        #expect(training["task"] as? String == "toy" && training["lr"] as? Double == 100)
        #expect(training["stopped"] as? Bool == true && training["iterations"] as? Int == 10)
        #expect((training["curve"] as? [Any])?.count == 11)
        #expect(!result.stdout.contains("NaN") && !result.stdout.contains("nan"))
    }

    @Test func everyParameterIsListed() throws {
        let result = try NnbookBinary.run(["run", "logistic", "--list-params"])
        #expect(result.status == 0)
        let names = Set(result.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) })
        #expect(names == ["task", "lr", "digit", "x1", "x2", "w1", "w2", "b", "y", "examples"])
    }
}
