import ArgumentParser
import Charts
import LessonKit

/// `nnbook run LESSON`: the lesson's models run headless; their data printed as JSON or CSV.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a lesson's models headless and print their data.",
        discussion: """
            Sets the parameters, steps every animated cell, and prints the cells' data \
            (curves, trajectories, tables): JSON by default, or CSV tables. --list-params \
            shows the names --set takes, with their pages, defaults and allowed values.

            With --format csv, a run with one table prints it as plain CSV; a run with \
            several prints each under a comment line with its name, with a blank line \
            between tables. 'nnbook run mlp --format csv' prints:
              # loss
              iteration,loss,smoothed_loss
              1,2.30484...,2.30484...
              ...

              # accuracy
              ...

            --table NAME prints just that one table as plain CSV, ready for any CSV \
            reader (an unknown NAME lists the run's tables).

            --page N runs only that page's cell: --set then names that page's knobs \
            (two pages may have knobs of the same name with different ranges).

            On a terminal, a run that takes more than 2 s shows its progress on stderr.

            Examples:
              nnbook run optimizers --list-params
              nnbook run optimizers --set surface=rosenbrock --set adam_lr=0.05 --steps 30
              nnbook run mlp --steps 50 --seed 7 --table loss > loss.csv
              nnbook run rnn --page 5 --set temperature=0.5 --steps 300 --table sample
              nnbook run deepnets --page 4 --steps 1 --table misclassified
            """
    )

    @Argument(help: "The lesson id (see 'nnbook list').")
    var lesson: String

    @Option(parsing: .unconditional, help: ArgumentHelp("Run only this page's cell, from 1, with that page's parameters (default: every page).", valueName: "N"))
    var page: Int?

    @Option(name: .customLong("set"), help: ArgumentHelp("Set a parameter before running (repeatable; names: --list-params).", valueName: "NAME=VALUE"))
    var settings: [String] = []

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Steps for animated cells, 0 to \(Steps.maximum) (default: each cell's own).", valueName: "N"))
    var steps: String?

    @Option(help: ArgumentHelp("Output format: json (default) or csv (the default with --table).", valueName: "json|csv"))
    var format: String?

    @Option(help: ArgumentHelp("Print only this CSV table, as plain CSV.", valueName: "NAME"))
    var table: String?

    @Flag(help: "List the lesson's parameters (name, label, page, default, values) and exit.")
    var listParams = false

    @OptionGroup var context: ContextOptions

    @OptionGroup var language: LanguageOptions

    func run() throws {
        try reportingFailures {
            try language.applyHeadless()
            let progress = ProgressLine(label: lesson)
            // Wiped before anything is printed, also when the run fails.
            let text = Result { try output(registry: lessonRegistry, progress: progress.reporter) }
            progress.finish()
            print(try text.get(), terminator: "")
        }
    }

    /// What `nnbook run` prints for these arguments, given the lessons of `registry`;
    /// `progress` is told after every model step.
    func output(registry: LessonRegistry, progress: StepProgress? = nil) throws -> String {
        let format = self.format ?? (table == nil ? "json" : "csv")
        guard format == "json" || format == "csv" else {
            throw CommandFailure(tr("invalid format '\(format)'; valid formats: json, csv",
                                    "无效的格式 '\(format)'；可用的格式：json、csv"))
        }
        if table != nil && format != "csv" {
            throw CommandFailure(tr("--table prints one CSV table; it does not go with --format \(format)",
                                    "--table 输出一张 CSV 表，不能与 --format \(format) 同用"))
        }
        let request = RunRequest(
            settings: try settings.map(Setting.parse),
            steps: try Steps.parse(steps),
            context: try context.lessonContext(),
            progress: progress
        )
        let lesson = try registry.lesson(id: lesson)
        if listParams { return ParameterTable.text(for: lesson, context: request.context) }
        let result = try page.map { try PageRun.run(lesson, page: $0, request: request) } ?? lesson.run(request)
        guard let table else { return format == "json" ? result.json() : result.csv() }
        let tables = result.cells.flatMap(\.tables)
        guard let chosen = tables.first(where: { $0.name == table }) else {
            let names = tables.isEmpty ? tr("(none)", "（无）") : tables.map { "'\($0.name)'" }.joined(separator: ", ")
            throw CommandFailure(tr("no table '\(table)' in this run of '\(lesson.id)'; its tables: \(names)",
                                    "'\(lesson.id)' 的这次运行中没有表 '\(table)'；它的表：\(names)"))
        }
        return chosen.csvText
    }
}
