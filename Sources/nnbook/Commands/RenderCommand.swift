import ArgumentParser
import Charts
import LessonKit
import TerminalUI

/// `nnbook render LESSON`: the screen a learner would see, printed as text without ncurses.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print a lesson page as the notebook would show it, as text.",
        discussion: """
            --set turns the knobs of the rendered page first (the names are in \
            --list-params); then its live cell takes --steps steps, stopping early when it \
            finishes (a page without animation takes none).

            Examples:
              nnbook render activations
              nnbook render activations --page 4 --set a1=0.5
              nnbook render optimizers --page 3 --size 120x40 --steps 30 --ascii
            """
    )

    @Argument(help: "The lesson id (see 'nnbook list').")
    var lesson: String

    @Option(parsing: .unconditional, help: ArgumentHelp("The page to show, from 1.", valueName: "N"))
    var page: Int = 1

    @Option(parsing: .unconditional,
            help: ArgumentHelp("The terminal size to draw, from \(TerminalSize.minimum) to \(TerminalSize.maximum).", valueName: "COLSxROWS"))
    var size: String = "80x24"

    @Option(name: .customLong("set"), help: ArgumentHelp("Set a knob of the page first (repeatable; names: --list-params).", valueName: "NAME=VALUE"))
    var settings: [String] = []

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Steps the page's live cell takes first, 0 to \(Steps.maximum) (default: 0).", valueName: "N"))
    var steps: String?

    @Flag(help: "List the lesson's parameters (name, label, page, default, values) and exit.")
    var listParams = false

    @OptionGroup var drawing: DrawingOptions

    /// Whether to draw with ASCII only (`--ascii`).
    var ascii: Bool { drawing.ascii }

    @OptionGroup var context: ContextOptions

    @OptionGroup var language: LanguageOptions

    func run() throws {
        try reportingFailures {
            try language.applyHeadless()
            let progress = ProgressLine(label: tr("\(lesson) page \(page)", "\(lesson) 第 \(page) 页"))
            // Wiped before anything is printed, also when the run fails.
            let text = Result { try output(registry: lessonRegistry, progress: progress.reporter) }
            progress.finish()
            print(try text.get(), terminator: "")
        }
    }

    /// The rendered screen: exactly ROWS lines of COLS columns, each ending in a newline
    /// (or, with `--list-params`, the parameter table), in the current language (set by
    /// `run()` from `--lang`). `progress` is told after every step.
    func output(registry: LessonRegistry, progress: StepProgress? = nil) throws -> String {
        let size = try TerminalSize(parsing: size)
        let steps = try Steps.parse(steps) ?? 0
        let settings = try settings.map(Setting.parse)
        let context = try context.lessonContext()
        let lesson = try registry.lesson(id: lesson)
        if listParams { return ParameterTable.text(for: lesson, context: context) }
        let pageCount = lesson.makePages(context: context).count
        guard page >= 1, page <= pageCount else {
            throw LessonKitError.invalidPage(page, pageCount: pageCount)
        }
        let grid = try Notebook.render(
            lesson: lesson, page: page - 1, width: size.columns, height: size.rows, steps: steps,
            options: Notebook.Options(ascii: ascii, color: false, context: context, language: .current),
            prepare: { try PageSettings.apply(settings, to: $0, page: page, lessonID: lesson.id) },
            progress: progress
        )
        return grid.lines.map { $0 + "\n" }.joined()
    }
}
