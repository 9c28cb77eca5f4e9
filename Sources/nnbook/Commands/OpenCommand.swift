import ArgumentParser
import LessonKit
import TerminalUI

/// `nnbook open LESSON`: the interactive notebook, starting on a lesson.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the notebook on a lesson.",
        discussion: "Needs a terminal. Without LESSON, opens where you left off (as plain 'nnbook' does)."
    )

    @Argument(help: "The lesson id (see 'nnbook list').")
    var lesson: String?

    @OptionGroup var notebook: NotebookOptions

    func run() throws {
        try reportingFailures {
            try Self.openNotebook(lessonID: lesson, options: notebook, registry: lessonRegistry)
        }
    }

    /// Checks the lesson id and the options, then runs the notebook until the learner quits.
    static func openNotebook(lessonID: String?, options: NotebookOptions, registry: LessonRegistry) throws {
        let context = try options.context.lessonContext()
        if let lessonID { _ = try registry.lesson(id: lessonID) }
        try Notebook.runInteractive(
            registry: registry,
            lessonID: lessonID,
            progress: ProgressStore(),
            options: Notebook.Options(ascii: options.ascii, color: !options.noColor, context: context)
        )
    }
}
