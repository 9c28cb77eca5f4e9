import ArgumentParser
import LessonKit

/// `nnbook`: the root command. Without a subcommand it opens the interactive notebook where
/// the learner left off; the subcommands open a lesson, list the lessons, or run and render
/// them headless.
@main
struct NnbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nnbook",
        abstract: "An interactive terminal notebook that teaches deep learning by running it.",
        discussion: """
            Lessons follow Saito's "Deep Learning from Scratch": text beside live cells that \
            run the models while charts redraw and you turn the knobs. Every lesson also runs \
            headless, for scripts and tests.

            Examples:
              nnbook                                 open the notebook where you left off
              nnbook open activations                open a lesson
              nnbook list                            list the lessons
              nnbook run activations --list-params   the parameters --set takes
              nnbook run optimizers --set sgd_lr=0.5 --steps 30 --format csv
              nnbook render losses --page 2 --size 100x30 --ascii
            """,
        version: "nnbook 0.1.0",
        subcommands: [OpenCommand.self, ListCommand.self, RunCommand.self, RenderCommand.self] + extraSubcommands
    )

    @OptionGroup var notebook: NotebookOptions

    func run() throws {
        try reportingFailures {
            try OpenCommand.openNotebook(lessonID: nil, options: notebook, registry: lessonRegistry)
        }
    }
}
