import Testing

/// `nnbook run deepnets --page 4` end to end through the built binary: the DeepConvNet page
/// alone (its `iterations`, `batch` and `lr` differ in range from the residual page's knobs of
/// the same names), one iteration of the book's net (seconds in a debug build), the accuracy
/// curve and the misclassified test indices in CSV and JSON, and `--list-params`.
@Suite struct DeepNetsCommandLineTests {
    func run(_ arguments: [String]) throws -> String {
        let result = try NnbookBinary.run(["run", "deepnets"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func pageFourExportsTheCurveAndTheMisclassifiedDigits() throws {
        let csv = try run(["--page", "4", "--set", "iterations=50", "--set", "batch=10", "--steps", "1", "--format", "csv"])
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let curve = try #require(lines.firstIndex(of: "# curve"))
        #expect(lines[curve + 1] == "iteration,train,test")
        #expect(lines[curve + 2].hasPrefix("1,"))
        let loss = try #require(lines.firstIndex(of: "# loss"))
        #expect(lines[loss + 2].hasPrefix("1,") && lines[loss + 3] == "")
        let wrong = try #require(lines.firstIndex(of: "# misclassified"))
        #expect(lines[wrong + 1] == "index,label,predicted")
        // After one iteration most of the 300 test digits are still wrong: each row names a
        // test index, its label and a different predicted class.
        let rows = lines[(wrong + 2)...].filter { !$0.isEmpty }.map { $0.split(separator: ",").compactMap { Int($0) } }
        #expect(rows.count > 150 && rows.count <= 300)
        #expect(rows.allSatisfy { $0.count == 3 && (0..<300).contains($0[0]) && $0[1] != $0[2] })
        #expect(!lines.contains("# shapes") && !lines.contains("# gradient_norms"))

        let json = try run(["--page", "4", "--set", "iterations=50", "--set", "batch=10", "--steps", "1"])
        for key in ["\"planned_iterations\": 50", "\"batch\": 10", "\"iterations\": 1", "\"parameters\": 123552",
                    "\"curve\": [", "\"misclassified\": [", "\"test_subset\": 300"] {
            #expect(json.contains(key), "\(key)")
        }
    }

    @Test func aPageOutOfRangeOrAKnobOfAnotherPageIsRefused() throws {
        let far = try NnbookBinary.run(["run", "deepnets", "--page", "9"])
        #expect(far.status != 0 && far.stderr.contains("9"))
        let other = try NnbookBinary.run(["run", "deepnets", "--page", "4", "--set", "depth=4"])
        #expect(other.status != 0 && other.stderr.contains("page 4 of 'deepnets' has no parameter 'depth'; its parameters: iterations, batch, lr, model"))
    }

    @Test func listParamsNamesTheDeepConvNetKnobs() throws {
        let text = try run(["--list-params"])
        let lines = text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.contains("iterations iterations 4 500 a whole number from 50 to 2000"))
        #expect(lines.contains("batch batch size 4 100 a whole number from 10 to 200"))
        #expect(lines.contains("lr learning rate 4 0.001 a number from 1e-05 to 1"))
        #expect(lines.contains("net architecture 1 lenet one of: lenet, deepconvnet, vgg"))
        #expect(lines.contains("model net 4 deepconvnet one of: deepconvnet, simpleconvnet"))
    }
}
