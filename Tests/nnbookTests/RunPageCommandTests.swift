import Charts
import Foundation
import LessonKit
import Testing
@testable import nnbook

/// `nnbook run LESSON --page N`: one page's cell alone, with that page's knob names; the rnn
/// text page's perplexity curve and sample as JSON and CSV, its zero-length message, and
/// the errors for a wrong page or a knob of another page.
@Suite struct RunPageCommandTests {
    func output(_ arguments: [String]) throws -> String {
        try Language.$override.withValue(.en) { try RunCommand.parse(arguments).output(registry: lessonRegistry) }
    }

    @Test func thePageExportsItsCurveAndSampleAsJSON() throws {
        let text = try output(["rnn", "--page", "5", "--steps", "3", "--set", "temperature=0.5"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.count == 1 && cells[0]["name"] as? String == "text")
        let data = try #require(cells[0]["data"] as? [String: Any])
        #expect(data["windows"] as? Int == 3 && data["temperature"] as? Double == 0.5 && data["vocabulary"] as? Int == 59)
        let curve = try #require(data["perplexity_curve"] as? [Double])
        #expect(curve.count == 3 && abs(curve[0] - 59.00699807924079) < 1e-9)
        #expect((data["sample"] as? String)?.count == 241)
    }

    @Test func thePerplexityTableAsCSV() throws {
        let csv = try output(["rnn", "--page", "5", "--steps", "2", "--table", "perplexity"])
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 3 && lines[0] == "window,characters,loss,perplexity")
        #expect(lines[1].hasPrefix("1,25,4.0776") && lines[2].hasPrefix("2,50,"))
    }

    @Test func aZeroLengthSequenceIsExplained() throws {
        let text = try output(["rnn", "--page", "5", "--set", "char_length=0"])
        #expect(text.contains(#""message": "sequence length 0 — set T to 1 or more: a window of 0 characters has nothing to predict""#))
        #expect(text.contains(#""windows": 0"#) && !text.lowercased().contains("nan"))
    }

    @Test func wrongPagesAndOtherPagesKnobsAreErrors() throws {
        #expect(throws: (any Error).self) { try output(["rnn", "--page", "9"]) }
        do {
            _ = try output(["rnn", "--page", "5", "--set", "lr=0.1"])
            Issue.record("lr is page 2's knob")
        } catch {
            #expect("\(error)".contains("page 5 of 'rnn' has no parameter 'lr'; its parameters: temperature, char_lr, char_length, char_hidden, char_seed"))
        }
    }

    @Test func theParameterListNamesTheTextPagesKnobs() throws {
        let list = try output(["rnn", "--list-params"])
        for name in ["temperature", "char_lr", "char_length", "char_hidden", "char_seed"] {
            #expect(list.split(separator: "\n").contains { $0.hasPrefix(name + " ") && $0.contains(" 5 ") }, "\(name)")
        }
    }
}
