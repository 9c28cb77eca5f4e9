import ArgumentParser
import Charts
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

    /// Chooses the language (`--lang`, NNBOOK_LANG, the language last switched to in the
    /// notebook, the locale), checks the lesson id and the options, then runs the notebook
    /// until the learner quits. A `--data` directory that cannot be used does not stop it:
    /// the lessons use synthetic digits and the status line says why when the notebook
    /// opens; so does a locale that cannot show the Chinese asked for, or an NNBOOK_LANG
    /// that was ignored.
    static func openNotebook(lessonID: String?, options: NotebookOptions, registry: LessonRegistry) throws {
        let store = ProgressStore()
        let (language, languageMessage) = try options.language.applyNotebook(saved: store.load().progress.language)
        let (context, dataMessage) = try options.context.notebookContext()
        if let lessonID { _ = try registry.lesson(id: lessonID) }
        let startupMessage = [languageMessage, dataMessage].compactMap { $0 }
        try Notebook.runInteractive(
            registry: registry,
            lessonID: lessonID,
            progress: store,
            options: Notebook.Options(ascii: options.ascii, color: !options.noColor, context: context,
                                      startupMessage: startupMessage.isEmpty ? nil : startupMessage.joined(separator: " · "),
                                      parts: notebookParts(), language: language)
        )
    }
}
