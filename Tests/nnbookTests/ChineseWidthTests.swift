import Charts
import Foundation
import LessonKit
import Testing
import TerminalUI
@testable import nnbook

/// Issue #11's width test: every page of every lesson, in English and in Chinese, rendered
/// at 80×24 and 200×60, has every line exactly as wide as the screen — measured with the
/// width table (`displayWidth(of:)`) and, independently, with Python's
/// `unicodedata.east_asian_width` (`Scripts/check_widths.py`, W/F = 2 columns, combining
/// marks 0), which must agree on every line.
///
/// Renders are in process through `Notebook.render` (before any step, and after 30 steps,
/// when statuses are longest), plus the built binary for the first page of every lesson.
/// It assumes nothing is translated: a lesson still in English only is measured all the same.
@Suite("Chinese widths: every page fits at 80×24 and 200×60 in both languages (#11)", .serialized)
struct ChineseWidthTests {
    /// One rendered screen and what it is.
    struct Screen {
        var label: String
        var lines: [String]
    }

    static let sizes = [(columns: 80, rows: 24), (columns: 200, rows: 60)]

    /// Every page of every lesson in both languages at `columns`×`rows`, after 0 and 30 steps.
    static func inProcessScreens(columns: Int, rows: Int) throws -> [Screen] {
        var screens: [Screen] = []
        for lesson in lessonRegistry.lessons {
            let pageCount = lesson.makePages(context: LessonContext()).count
            for language in Language.allCases {
                for page in 0..<pageCount {
                    for steps in [0, 30] {
                        let grid = try Language.$override.withValue(language) {
                            try Notebook.render(lesson: lesson, page: page, width: columns, height: rows, steps: steps,
                                                options: Notebook.Options(color: false, language: language))
                        }
                        screens.append(Screen(label: "\(lesson.id) \(language.rawValue) page \(page + 1) steps \(steps) \(columns)x\(rows)",
                                              lines: grid.lines))
                    }
                }
            }
        }
        return screens
    }

    /// The first page of every lesson in both languages, rendered by the binary.
    static func binaryScreens(columns: Int, rows: Int) throws -> [Screen] {
        var screens: [Screen] = []
        for lesson in lessonRegistry.lessons {
            for language in Language.allCases {
                let result = try NnbookBinary.run(["render", lesson.id, "--lang", language.rawValue, "--size", "\(columns)x\(rows)"])
                #expect(result.status == 0, "\(lesson.id) \(language): \(result.stderr)")
                #expect(result.stderr.isEmpty, "\(lesson.id) \(language): \(result.stderr)")
                screens.append(Screen(label: "binary: render \(lesson.id) --lang \(language.rawValue) --size \(columns)x\(rows)",
                                      lines: result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)))
            }
        }
        return screens
    }

    /// Runs `Scripts/check_widths.py FILE COLUMNS` on `screens`; its status and the widths it printed.
    static func pythonWidths(of screens: [Screen], columns: Int) throws -> (status: Int32, widths: [Int], stderr: String) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-widths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("screens.txt")
        let text = screens.map { "\u{1D}\($0.label)\n" + $0.lines.map { $0 + "\n" }.joined() }.joined()
        try text.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Scripts/check_widths.py").path, file.path, "\(columns)"]
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        let widths = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").compactMap { Int($0) }
        return (process.terminationStatus, widths, try String(contentsOf: err, encoding: .utf8))
    }

    @Test(arguments: sizes.indices)
    func everyLineFitsInBothLanguages(size: Int) throws {
        let (columns, rows) = Self.sizes[size]
        let screens = try Self.inProcessScreens(columns: columns, rows: rows) + Self.binaryScreens(columns: columns, rows: rows)
        #expect(screens.count > 4 * lessonRegistry.lessons.count)
        for screen in screens {
            #expect(screen.lines.count == rows, "\(screen.label)")
            for (number, line) in screen.lines.enumerated() where displayWidth(of: line) != columns {
                Issue.record("\(screen.label), line \(number + 1): \(displayWidth(of: line)) columns, not \(columns): \(line)")
            }
        }
        let python = try Self.pythonWidths(of: screens, columns: columns)
        #expect(python.status == 0, "check_widths.py: \(python.stderr)")
        let lines = screens.flatMap { screen in screen.lines.enumerated().map { (screen.label, $0.offset + 1, $0.element) } }
        try #require(python.widths.count == lines.count, "check_widths.py measured \(python.widths.count) lines of \(lines.count)")
        for ((label, number, line), width) in zip(lines, python.widths) where width != displayWidth(of: line) {
            Issue.record("\(label), line \(number): Python measures \(width) columns, the width table \(displayWidth(of: line)): \(line)")
        }
    }

    /// The script itself: wide and fullwidth characters take 2 columns, combining marks 0,
    /// and a line wider than COLS fails naming it.
    @Test func theCheckerMeasuresWideAndCombiningCharacters() throws {
        let screen = Screen(label: "sample", lines: ["学习率 lr", "e\u{301}", "（全角）", "─━·"])
        let fits = try Self.pythonWidths(of: [screen], columns: 10)
        #expect(fits.status == 0)
        #expect(fits.widths == [9, 1, 8, 3])
        let tooWide = try Self.pythonWidths(of: [screen], columns: 8)
        #expect(tooWide.status == 1)
        #expect(tooWide.stderr == "sample, line 1: 9 columns > 8: 学习率 lr\n")
    }
}
