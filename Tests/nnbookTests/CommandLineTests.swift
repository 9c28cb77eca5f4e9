import Foundation
import Testing

/// End-to-end tests of the built `nnbook` binary (see `NnbookBinary` for how it is found).
/// They hold whatever lessons the registry lists: errors are provoked with ids no lesson has.
@Suite struct CommandLineTests {
    @Test func helpNamesEverySubcommandAndShowsExamples() throws {
        let result = try NnbookBinary.run(["--help"])
        #expect(result.status == 0)
        for word in ["open", "list", "run", "render", "Examples:", "nnbook run activations --list-params"] {
            #expect(result.stdout.contains(word), "\(word)")
        }
    }

    @Test func version() throws {
        let result = try NnbookBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "nnbook 0.1.0\n")
    }

    @Test func listPrintsAlignedColumnsUnderAHeader() throws {
        let result = try NnbookBinary.run(["list"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("ID  "))
        let titleColumn = try #require(header.range(of: "TITLE")).lowerBound.utf16Offset(in: header)
        #expect(header.hasSuffix("SUMMARY"))
        for line in lines.dropFirst() {
            let characters = Array(line)
            #expect(characters.count > titleColumn && characters[titleColumn - 1] == " " && characters[titleColumn] != " ", "\(line)")
        }
    }

    @Test func runOfAnUnknownLessonNamesTheValidOnes() throws {
        let result = try NnbookBinary.run(["run", "no-such-lesson"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("nnbook: error: unknown lesson 'no-such-lesson'; valid lessons: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func openAndRenderOfAnUnknownLesson() throws {
        for arguments in [["open", "no-such-lesson"], ["render", "no-such-lesson"]] {
            let result = try NnbookBinary.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("nnbook: error: unknown lesson 'no-such-lesson'; valid lessons: "))
        }
    }

    @Test(arguments: [
        ("80", "nnbook: error: invalid size '80': expected COLSxROWS, e.g. 80x24\n"),
        ("abcxdef", "nnbook: error: invalid size 'abcxdef': expected COLSxROWS, e.g. 80x24\n"),
        ("0x10", "nnbook: error: invalid size '0x10': expected COLSxROWS from 80x24 (the notebook's smallest screen) to 1000x1000, e.g. 120x40\n"),
        ("79x24", "nnbook: error: invalid size '79x24': expected COLSxROWS from 80x24 (the notebook's smallest screen) to 1000x1000, e.g. 120x40\n"),
        ("-80x24", "nnbook: error: invalid size '-80x24': expected COLSxROWS, e.g. 80x24\n"),
    ])
    func badSizes(size: String, message: String) throws {
        let result = try NnbookBinary.run(["render", "any-lesson", "--size", size])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == message)
    }

    @Test(arguments: [
        (["run", "any-lesson", "--format", "xml"], "nnbook: error: invalid format 'xml'; valid formats: json, csv\n"),
        (["run", "any-lesson", "--steps", "-3"], "nnbook: error: invalid --steps '-3': expected a whole number from 0 to 1000000\n"),
        (["render", "any-lesson", "--steps", "-1"], "nnbook: error: invalid --steps '-1': expected a whole number from 0 to 1000000\n"),
        (["run", "any-lesson", "--set", "lr"], "nnbook: error: invalid --set 'lr': expected NAME=VALUE, e.g. lr=0.1 (see --list-params)\n"),
        (["run", "any-lesson", "--data", "/no/such/dir"],
         "nnbook: error: cannot use --data /no/such/dir: no such directory\n"),
    ])
    func badOptions(arguments: [String], message: String) throws {
        let result = try NnbookBinary.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr == message)
    }

    @Test func argumentParserErrorsKeepTheirExitCode() throws {
        let result = try NnbookBinary.run(["no-such-subcommand"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unexpected argument 'no-such-subcommand'"))
    }

    @Test func withoutATerminalTheNotebookPointsToRunAndRender() throws {
        let result = try NnbookBinary.run([])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("nnbook: error: "))
        #expect(result.stderr.contains("use 'nnbook run LESSON' or 'nnbook render LESSON'"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }
}
