import Charts
import Foundation

/// A lesson as `nnbook list` shows it.
struct ListedLesson {
    var id: String
    var title: String

    /// The lessons `nnbook list` prints, in its order (the menu's order).
    static func all() throws -> [ListedLesson] {
        let result = try NnbookBinary.run(["list"])
        guard result.status == 0 else { throw TmuxLessonError.command("nnbook list", result.stderr) }
        let lines = result.stdout.split(separator: "\n").map(String.init)
        guard let header = lines.first, let title = header.range(of: "TITLE"), let summary = header.range(of: "SUMMARY") else {
            throw TmuxLessonError.command("nnbook list", "no ID/TITLE/SUMMARY header in:\n\(result.stdout)")
        }
        // The header is ASCII, so its character offsets are display columns.
        let titleColumn = header.distance(from: header.startIndex, to: title.lowerBound)
        let summaryColumn = header.distance(from: header.startIndex, to: summary.lowerBound)
        return lines.dropFirst().map { line in
            var id = "", title = ""
            var column = 0
            for character in line {
                if column < titleColumn { id.append(character) } else if column < summaryColumn { title.append(character) }
                column += displayWidth(of: character)
            }
            return ListedLesson(id: id.trimmingCharacters(in: .whitespaces), title: title.trimmingCharacters(in: .whitespaces))
        }
    }

    /// The first lesson `nnbook list` shows (the one the menu selects first); fails with
    /// "no lessons registered" while the registry is empty.
    static func first() throws -> ListedLesson {
        guard let lesson = try all().first else { throw TmuxLessonError.noLessons }
        return lesson
    }
}

/// What `nnbook render` prints: the screen the notebook shows, without colour, as the tests
/// compare it with the captured pane (exactly `height` lines, trailing spaces cut).
enum RenderedScreen {
    static func lines(lesson: String, page: Int, width: Int, height: Int, ascii: Bool = false) throws -> [String] {
        let arguments = ["render", lesson, "--page", "\(page)", "--size", "\(width)x\(height)"] + (ascii ? ["--ascii"] : [])
        let result = try NnbookBinary.run(arguments)
        guard result.status == 0 else {
            throw TmuxLessonError.command("nnbook " + arguments.joined(separator: " "), result.stderr)
        }
        return TmuxScreenText.lines(of: result.stdout, height: height)
    }

    /// The page count in a lesson screen's title line ("…  ·  page 1/7  ·  …").
    static func pageCount(in lines: [String]) throws -> Int {
        guard let title = lines.first, let match = title.firstMatch(of: /page \d+\/(\d+)/), let count = Int(match.1) else {
            throw TmuxLessonError.command("reading the page count", "no 'page k/n' in the title line '\(lines.first ?? "")'")
        }
        return count
    }

    /// Whether a (Unicode) lesson screen shows a knob panel with at least one knob.
    static func hasKnobs(_ lines: [String]) -> Bool {
        lines.contains { $0.contains("┬ Knobs ") } && !lines.contains { $0.contains("│ no knobs") }
    }
}

/// Why the lesson-dependent end-to-end tests cannot run.
enum TmuxLessonError: Error, CustomStringConvertible {
    case noLessons
    case noPage(String)
    case command(String, String)

    var description: String {
        switch self {
        case .noLessons:
            return "no lessons registered: 'nnbook list' shows none, and this end-to-end test needs the first "
                + "listed lesson (register lessons in Sources/nnbook/Lessons.swift)"
        case let .noPage(what): return "the first listed lesson has no \(what)"
        case let .command(command, output): return "\(command) failed: \(output)"
        }
    }
}
