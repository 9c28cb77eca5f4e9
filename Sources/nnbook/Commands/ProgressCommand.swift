import ArgumentParser
import Charts
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

    @OptionGroup var language: LanguageOptions

    func run() throws {
        try reportingFailures {
            try language.applyHeadless()
            let store = ProgressStore()
            if let reset {
                let lesson = try lessonRegistry.lesson(id: reset)
                guard try yes || confirm(tr("Reset progress of \(lesson.id)? [y/N] ", "重置 \(lesson.id) 的进度吗？[y/N] ")) else {
                    print(tr("Nothing reset.", "没有重置任何内容。"))
                    return
                }
                try store.update { $0.reset(lesson: lesson.id) }
                print(tr("Reset the progress of \(lesson.id).", "已重置 \(lesson.id) 的进度。"))
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
            throw CommandFailure(tr("--reset asks for confirmation; stdin is not a terminal, so add --yes",
                                    "--reset 需要确认，但标准输入不是终端，请加上 --yes"))
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
        default: throw CommandFailure(tr("invalid format '\(format)'; valid formats: table, json",
                                         "无效的格式 '\(format)'；可用的格式：table、json"))
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
        status = Self.text(of: LessonStatus(lesson: lesson.id, challengeIDs: challengeIDs, progress: progress))
        challengesDone = challengeIDs.filter { progress.hasMet(challenge: $0, lesson: lesson.id) }
        challengesTotal = challengeIDs.count
        let answers = Array((progress.predictions[lesson.id] ?? [:]).values)
        predictionsAnswered = answers.filter { $0 != LessonKit.Progress.skipped }.count
        predictionsSkipped = answers.count - predictionsAnswered
        lastPage = progress.visited.contains(lesson.id) ? progress.page(of: lesson.id) + 1 : nil
    }

    /// The status in the current language: "not started", "visited", "2 of 3 challenges",
    /// "done" (the menu's words, `LessonStatus.text`), or 未开始, 已访问, 挑战 2 / 3, 已完成.
    static func text(of status: LessonStatus) -> String {
        switch status {
        case .notStarted: return tr(status.text, "未开始")
        case .visited: return tr(status.text, "已访问")
        case let .challenges(done, total): return tr(status.text, "挑战 \(done) / \(total)")
        case .done: return tr(status.text, "已完成")
        }
    }

    /// The rows as an aligned text table with a header, columns padded in display columns.
    static func table(_ rows: [ProgressRow]) -> String {
        let header = [tr("LESSON", "课程"), tr("STATUS", "状态"), tr("CHALLENGES", "挑战"),
                      tr("PREDICTIONS", "预测"), tr("LAST PAGE", "上次页码")]
        let cells = rows.map { row in
            [row.lesson, row.status, "\(row.challengesDone.count)/\(row.challengesTotal)",
             "\(row.predictionsAnswered)"
                + (row.predictionsSkipped > 0 ? tr(" (+\(row.predictionsSkipped) skipped)", "（另跳过 \(row.predictionsSkipped) 个）") : ""),
             row.lastPage.map(String.init) ?? "-"]
        }
        let all = [header] + cells
        let widths = header.indices.map { column in all.map { displayWidth(of: $0[column]) }.max() ?? 0 }
        return all.map { line in
            line.enumerated().map { column, text in
                column == line.count - 1 ? text : text + String(repeating: " ", count: widths[column] - displayWidth(of: text))
            }.joined(separator: "  ") + "\n"
        }.joined()
    }
}
