import LessonKit
import Testing
@testable import nnbook

/// `run --table NAME`: one table of a run as plain CSV, and how the multi-table stream is
/// laid out (review D14 follow-up: several tables in one stream do not load as one CSV).
@Suite struct CSVTableTests {
    @Test func tableNamePrintsThatTableAloneAsPlainCSV() throws {
        // softmax(0.3, 2.9, 4) = 0.01821…, 0.24519…, 0.73660… (activations 4/4 defaults).
        let result = try NnbookBinary.run(["run", "activations", "--table", "softmax"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            score,a,y
            a1,0.3,0.01821127329554753
            a2,2.9,0.24519181293507392
            a3,4.0,0.7365969137693786

            """)
        let csv = try NnbookBinary.run(["run", "activations", "--table", "softmax", "--format", "csv"])
        #expect(csv.stdout == result.stdout)
    }

    @Test func theMultiTableStreamPutsANameLineAboveEachTable() throws {
        let result = try NnbookBinary.run(["run", "activations", "--format", "csv"])
        let nameLines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("# ") }
        #expect(nameLines == ["# curves", "# derivatives at cursor", "# stacked layers", "# softmax"])
        #expect(result.stdout.contains("\n\n# softmax\nscore,a,y\n"))
    }

    @Test(arguments: [
        (["run", "activations", "--table", "nope"],
         "nnbook: error: no table 'nope' in this run of 'activations'; its tables: 'curves', 'derivatives at cursor', 'stacked layers', 'softmax'\n"),
        (["run", "activations", "--table", "softmax", "--format", "json"],
         "nnbook: error: --table prints one CSV table; it does not go with --format json\n"),
    ])
    func tableErrors(arguments: [String], message: String) throws {
        let result = try NnbookBinary.run(arguments)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == message)
    }

    @Test func inProcessTheOnlyTableOfAFakeLesson() throws {
        let registry = LessonRegistry([FakeLesson()])
        #expect(try RunCommand.parse(["fake", "--table", "knob", "--set", "a=0.5"]).output(registry: registry) == "a,seed\n0.5,1\n")
        #expect(throws: (any Error).self) { try RunCommand.parse(["fake", "--table", "other"]).output(registry: registry) }
    }

    @Test func runHelpSaysHowTheStreamIsLaidOut() throws {
        let help = try NnbookBinary.run(["run", "--help"]).stdout
        let words = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("several prints each under a comment line with its name, with a blank line between tables."))
        #expect(words.contains("--table NAME prints just that one table as plain CSV"))
        // The example in the help is the real start of 'nnbook run mlp --format csv'.
        #expect(help.contains("\n  # loss\n  iteration,loss,smoothed_loss\n  1,2.30484...,2.30484...\n"))
        let real = try NnbookBinary.run(["run", "mlp", "--steps", "1", "--format", "csv"], timeout: 120).stdout
        #expect(real.hasPrefix("# loss\niteration,loss,smoothed_loss\n1,2.30484"))
    }
}
