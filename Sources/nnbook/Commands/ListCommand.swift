import ArgumentParser
import Charts
import LessonKit

/// `nnbook list`: the lessons' ids, titles and summaries in aligned columns.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the lessons: id, title and summary."
    )

    @OptionGroup var language: LanguageOptions

    func run() throws {
        try reportingFailures {
            try language.applyHeadless()
            print(Self.listing(of: lessonRegistry), terminator: "")
        }
    }

    /// A header line (ID, TITLE, SUMMARY; in Chinese 编号, 标题, 简介) and one line per lesson, columns padded to the
    /// widest entry (in display columns) plus two spaces; each line ends in a newline.
    static func listing(of registry: LessonRegistry) -> String {
        let rows = [[tr("ID", "编号"), tr("TITLE", "标题"), tr("SUMMARY", "简介")]] + registry.lessons.map { [$0.id, $0.title, $0.summary] }
        let idWidth = rows.map { displayWidth(of: $0[0]) }.max() ?? 0
        let titleWidth = rows.map { displayWidth(of: $0[1]) }.max() ?? 0
        func padded(_ s: String, _ width: Int) -> String {
            s + String(repeating: " ", count: width - displayWidth(of: s) + 2)
        }
        return rows.map { padded($0[0], idWidth) + padded($0[1], titleWidth) + $0[2] + "\n" }.joined()
    }
}
