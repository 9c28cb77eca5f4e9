import ArgumentParser
import Foundation
import LessonKit

/// `nnbook progress`: the learner's progress per lesson as a table or JSON, and resetting
/// one lesson's progress.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your progress per lesson, or reset one lesson's.",
        discussion: """
            One row per lesson: its status (not started, visited, n of m challenges, done), \
            challenges met, predictions answered and the page you last saw. --reset LESSON \
            forgets everything about that lesson (asks first; give --yes when stdin is not a \
            terminal). Progress lives in $XDG_STATE_HOME/nnbook/progress.json.

            Examples:
              nnbook progress
              nnbook progress --format json
              nnbook progress --reset perceptron --yes
            """
    )

    @Option(help: ArgumentHelp("Output format: table (default) or json.", valueName: "table|json"))
    var format = "table"

    @Option(help: ArgumentHelp("Forget this lesson's progress (visits, pages, knobs, challenges, predictions).", valueName: "LESSON"))
    var reset: String?

    @Flag(help: "Reset without asking.")
    var yes = false

    func run() throws {
        try reportingFailures {
            let store = ProgressStore()
            if let reset {
                let lesson = try lessonRegistry.lesson(id: reset)
                guard try yes || confirm("Reset progress of \(lesson.id)? [y/N] ") else {
                    print("Nothing reset.")
                    return
                }
                try store.update { $0.reset(lesson: lesson.id) }
                print("Reset the progress of \(lesson.id).")
                return
            }
            let loaded = store.load()
            if let warning = loaded.warning { FileHandle.standardError.write(Data("nnbook: warning: \(warning)\n".utf8)) }
            print(try output(lessons: lessonRegistry.lessons, progress: loaded.progress), terminator: "")
        }
    }

    /// Asks `question` on a terminal and reads y/yes; without a terminal, fails (use --yes).
    private func confirm(_ question: String) throws -> Bool {
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure("--reset asks for confirmation; stdin is not a terminal, so add --yes")
        }
        FileHandle.standardOutput.write(Data(question.utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return answer == "y" || answer == "yes"
    }

    /// The table or JSON for `lessons` in `progress` (challenge counts from `challengeIDs`).
    func output(lessons: [any Lesson], progress: LessonKit.Progress,
                challengeIDs: (any Lesson) -> [String] = { $0.challengeIDs() }) throws -> String {
        let rows = lessons.map { ProgressRow(lesson: $0, challengeIDs: challengeIDs($0), progress: progress) }
        switch format {
        case "table": return ProgressRow.table(rows)
        case "json":
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            return String(decoding: try encoder.encode(["lessons": rows]), as: UTF8.self) + "\n"
        default: throw CommandFailure("invalid format '\(format)'; valid formats: table, json")
        }
    }
}

/// One lesson's line of `nnbook progress` (and its JSON object).
struct ProgressRow: Encodable, Equatable {
    var lesson: String
    var status: String
    /// The ids of the challenges met, in the lesson's order.
    var challengesDone: [String]
    var challengesTotal: Int
    /// Predictions answered with a choice (skipped ones not counted).
    var predictionsAnswered: Int
    var predictionsSkipped: Int
    /// The page (1-based) last seen, nil if never opened.
    var lastPage: Int?

    init(lesson: any Lesson, challengeIDs: [String], progress: LessonKit.Progress) {
        self.lesson = lesson.id
        status = LessonStatus(lesson: lesson.id, challengeIDs: challengeIDs, progress: progress).text
        challengesDone = challengeIDs.filter { progress.hasMet(challenge: $0, lesson: lesson.id) }
        challengesTotal = challengeIDs.count
        let answers = Array((progress.predictions[lesson.id] ?? [:]).values)
        predictionsAnswered = answers.filter { $0 != LessonKit.Progress.skipped }.count
        predictionsSkipped = answers.count - predictionsAnswered
        lastPage = progress.visited.contains(lesson.id) ? progress.page(of: lesson.id) + 1 : nil
    }

    /// The rows as an aligned text table with a header.
    static func table(_ rows: [ProgressRow]) -> String {
        let header = ["LESSON", "STATUS", "CHALLENGES", "PREDICTIONS", "LAST PAGE"]
        let cells = rows.map { row in
            [row.lesson, row.status, "\(row.challengesDone.count)/\(row.challengesTotal)",
             "\(row.predictionsAnswered)" + (row.predictionsSkipped > 0 ? " (+\(row.predictionsSkipped) skipped)" : ""),
             row.lastPage.map(String.init) ?? "-"]
        }
        let all = [header] + cells
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { line in
            line.enumerated().map { column, text in
                column == line.count - 1 ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ") + "\n"
        }.joined()
    }
}
