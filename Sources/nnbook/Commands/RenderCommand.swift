import ArgumentParser
import LessonKit
import TerminalUI

/// `nnbook render LESSON`: the screen a learner would see, printed as text without ncurses.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print a lesson page as the notebook would show it, as text.",
        discussion: """
            Examples:
              nnbook render activations
              nnbook render optimizers --page 3 --size 120x40 --steps 30 --ascii
            """
    )

    @Argument(help: "The lesson id (see 'nnbook list').")
    var lesson: String

    @Option(parsing: .unconditional, help: ArgumentHelp("The page to show, from 1.", valueName: "N"))
    var page: Int = 1

    @Option(help: ArgumentHelp("The terminal size to draw (at least \(TerminalSize.minimum)).", valueName: "COLSxROWS"))
    var size: String = "80x24"

    @Option(parsing: .unconditional, help: ArgumentHelp("Steps the page's live cell takes first.", valueName: "N"))
    var steps: Int = 0

    @OptionGroup var drawing: DrawingOptions

    /// Whether to draw with ASCII only (`--ascii`).
    var ascii: Bool { drawing.ascii }

    @OptionGroup var context: ContextOptions

    func run() throws {
        try reportingFailures { print(try output(registry: lessonRegistry), terminator: "") }
    }

    /// The rendered screen: exactly ROWS lines of COLS columns, each ending in a newline.
    func output(registry: LessonRegistry) throws -> String {
        let size = try TerminalSize(parsing: size)
        let steps = try Steps.validated(steps) ?? 0
        let context = try context.lessonContext()
        let lesson = try registry.lesson(id: lesson)
        let pageCount = lesson.makePages(context: context).count
        guard page >= 1, page <= pageCount else {
            throw LessonKitError.invalidPage(page, pageCount: pageCount)
        }
        let grid = try Notebook.render(
            lesson: lesson, page: page - 1, width: size.columns, height: size.rows, steps: steps,
            options: Notebook.Options(ascii: ascii, color: false, context: context)
        )
        return grid.lines.map { $0 + "\n" }.joined()
    }
}
