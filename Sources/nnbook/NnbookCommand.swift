import ArgumentParser
import Charts
import Foundation
import LessonKit
import NumericCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

            In English or Simplified Chinese (中文): --lang en|zh on any command, else \
            NNBOOK_LANG=en|zh, else (the notebook) the language last chosen in it, else the \
            locale (Chinese when LC_ALL, LC_MESSAGES or LANG starts with zh), else English. \
            Exports keep English keys.

            Examples:
              nnbook                                 open the notebook where you left off
              nnbook open activations                open a lesson
              nnbook list                            list the lessons
              nnbook list --lang zh                  list the lessons in Chinese
              nnbook run activations --list-params   the parameters --set takes
              nnbook run optimizers --set sgd_lr=0.5 --steps 30 --format csv
              nnbook render losses --page 2 --size 100x30 --ascii
              nnbook progress                        your progress per lesson
            """,
        version: "nnbook 0.1.0",
        subcommands: [OpenCommand.self, ListCommand.self, RunCommand.self, RenderCommand.self,
                      CheckCommand.self, ProgressCommand.self] + extraSubcommands
    )

    @OptionGroup var notebook: NotebookOptions

    /// The entry point. Ctrl-\ (SIGQUIT) in a headless run quits as other Unix programs do
    /// (status 131) instead of going through the Swift backtracer, which would print a
    /// "Program crashed" report and wait; the interactive notebook installs its own handler,
    /// which restores the terminal first. The stop signals are also unblocked: a parent may
    /// start nnbook with them blocked (Foundation's `Process` does), and a run that cannot be
    /// stopped is worse than one that stops. Large freed buffers stay in the heap for the next
    /// training iteration (`AllocatorTuning`).
    static func main() {
        AllocatorTuning.keepFreedBlocks()
        signal(SIGQUIT, SIG_DFL)
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        for stop in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&stopSignals, stop) }
        sigprocmask(SIG_UNBLOCK, &stopSignals, nil)
        // The language before any option is parsed (NNBOOK_LANG, the locale); `--lang`
        // overrides it when a command runs.
        Language.processDefault = Language.resolve(flag: nil, environment: ProcessInfo.processInfo.environment)
        main(nil)
    }

    func run() throws {
        try reportingFailures {
            try OpenCommand.openNotebook(lessonID: nil, options: notebook, registry: lessonRegistry)
        }
    }
}
