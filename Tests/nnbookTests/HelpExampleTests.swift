import Foundation
import Testing

/// Every example command that `nnbook --help`, each subcommand's `--help` and the README's
/// "Using it" section show runs with exit status 0 (review D5: the documented
/// `run optimizers --set lr=0.1` failed). Headless examples run as child processes; the
/// notebook's own (`nnbook`, `nnbook open …`) run under tmux and quit with `q`.
@Suite(.serialized) struct HelpExampleTests {
    /// An example as written: the command line, without its description or redirection.
    struct Example: CustomStringConvertible {
        var source: String
        var arguments: [String]
        var description: String { "\(source): nnbook \(arguments.joined(separator: " "))" }
        /// Whether it opens the interactive notebook (no subcommand, or `open`).
        var isInteractive: Bool { arguments.first.map { $0.hasPrefix("-") || $0 == "open" } ?? true }
    }

    /// The command line of an example line: text up to two spaces in a row (a description
    /// follows) or a `>` (output redirected), split at spaces, without the leading `nnbook`.
    static func arguments(ofExampleLine line: String) -> [String] {
        var command = line.trimmingCharacters(in: .whitespaces)
        if let description = command.range(of: "  ") { command = String(command[..<description.lowerBound]) }
        if let redirect = command.firstIndex(of: ">") { command = String(command[..<redirect]) }
        return command.split(separator: " ").dropFirst().map(String.init)
    }

    /// The example lines of a help text: the lines starting with `nnbook` after an
    /// "Examples:" line, up to the next blank line.
    static func examples(inHelp help: String, source: String) -> [Example] {
        var examples: [Example] = []
        var inExamples = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "Examples:" { inExamples = true; continue }
            if trimmed.isEmpty { inExamples = false; continue }
            if inExamples && (trimmed == "nnbook" || trimmed.hasPrefix("nnbook ")) {
                examples.append(Example(source: source, arguments: arguments(ofExampleLine: trimmed)))
            }
        }
        return examples
    }

    /// The subcommands `nnbook --help` lists under SUBCOMMANDS.
    static func subcommands(inRootHelp help: String) -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }.compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }

    /// The README's "Using it" code block lines that are complete commands: starting with
    /// `nnbook`, with no placeholder (an upper-case word such as LESSON, `[`, `|`). `bench`
    /// is left out: it is documented for release builds and times for minutes.
    static func readmeExamples() throws -> [Example] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        guard let section = readme.range(of: "## Using it") else { return [] }
        let rest = readme[section.upperBound...]
        guard let open = rest.range(of: "```\n"), let close = rest[open.upperBound...].range(of: "```") else { return [] }
        return rest[open.upperBound..<close.lowerBound].split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed == "nnbook" || trimmed.hasPrefix("nnbook ") else { return nil }
            let arguments = arguments(ofExampleLine: trimmed)
            let placeholder = arguments.contains { word in
                word.contains("[") || word.contains("|") || word.contains { $0.isUppercase } && !word.contains { $0.isLowercase }
            }
            guard !placeholder, arguments.first != "bench" else { return nil }
            return Example(source: "README", arguments: arguments)
        }
    }

    /// Every example of every help text and of the README.
    static func allExamples() throws -> [Example] {
        let root = try NnbookBinary.run(["--help"])
        var examples = examples(inHelp: root.stdout, source: "nnbook --help")
        let subcommands = subcommands(inRootHelp: root.stdout)
        #expect(subcommands == ["open", "list", "run", "render", "check", "progress", "bench"])
        for subcommand in subcommands {
            let help = try NnbookBinary.run([subcommand, "--help"])
            #expect(help.status == 0)
            examples += Self.examples(inHelp: help.stdout, source: "nnbook \(subcommand) --help")
        }
        return examples + (try readmeExamples())
    }

    @Test func exampleLinesAreCutAtTheirDescriptionAndRedirection() {
        #expect(Self.arguments(ofExampleLine: "  nnbook list          list the lessons") == ["list"])
        #expect(Self.arguments(ofExampleLine: "nnbook run mlp --steps 5 --table loss > loss.csv") == ["run", "mlp", "--steps", "5", "--table", "loss"])
        #expect(Self.arguments(ofExampleLine: "nnbook") == [])
        let help = "Text\n\nExamples:\n  nnbook open x   open\n  nnbook run y\n\n  nnbook not-an-example\n"
        #expect(Self.examples(inHelp: help, source: "t").map(\.arguments) == [["open", "x"], ["run", "y"]])
    }

    @Test func everyHeadlessExampleRuns() throws {
        let examples = try Self.allExamples().filter { !$0.isInteractive }
        // The help shows run and render examples (root and subcommand help).
        #expect(examples.filter { $0.arguments.first == "run" }.count >= 4)
        #expect(examples.filter { $0.arguments.first == "render" }.count >= 3)
        for example in examples {
            let result = try NnbookBinary.run(example.arguments, timeout: 120)
            #expect(result.status == 0, "\(example)\n\(result.stderr)")
            #expect(result.stderr == "", "\(example)")
            #expect(!result.stdout.isEmpty, "\(example)")
        }
    }

    @Test func everyNotebookExampleOpensAndQuits() throws {
        let examples = try Self.allExamples().filter(\.isInteractive)
        #expect(examples.contains { $0.arguments.isEmpty })
        #expect(examples.contains { $0.arguments.first == "open" })
        for example in examples {
            let tmux = try TmuxSession(width: 80, height: 24)
            defer { tmux.close() }
            try tmux.startNnbook(example.arguments)
            // The menu's hints, or a lesson's title line (in English, or in Chinese for
            // `--lang zh`).
            _ = try tmux.waitForScreen("the notebook for \(example)", timeout: 30) {
                $0.contains("q quit") || $0.contains("  ·  page 1/") || $0.contains("q 退出") || $0.contains("第 1/")
            }
            try tmux.sendKeys("q")
            #expect(try tmux.exitStatusAndTerminalState().status == 0, "\(example)")
        }
    }
}
