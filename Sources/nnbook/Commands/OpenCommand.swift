import ArgumentParser
import LessonKit
import TerminalUI

/// `nnbook open LESSON`: the interactive notebook, starting on a lesson.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the notebook on a lesson.",
        discussion: """
            Needs a terminal. Without LESSON, opens where you left off (as plain 'nnbook' does). \
            A --data directory that cannot be used leaves the lessons on synthetic digits; the \
            status line says why.

            Examples:
              nnbook open activations
              nnbook open mlp --seed 7 --ascii
            """
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
    /// A `--data` directory that cannot be used does not stop it: the lessons use synthetic
    /// digits and the status line says why when the notebook opens.
    static func openNotebook(lessonID: String?, options: NotebookOptions, registry: LessonRegistry) throws {
        let (context, dataMessage) = try options.context.notebookContext()
        if let lessonID { _ = try registry.lesson(id: lessonID) }
        try Notebook.runInteractive(
            registry: registry,
            lessonID: lessonID,
            progress: ProgressStore(),
            options: Notebook.Options(ascii: options.ascii, color: !options.noColor, context: context,
                                      startupMessage: dataMessage, parts: lessonParts)
        )
    }
}
