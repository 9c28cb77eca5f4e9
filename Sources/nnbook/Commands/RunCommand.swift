import ArgumentParser
import LessonKit

/// `nnbook run LESSON`: the lesson's models run headless; their data printed as JSON or CSV.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a lesson's models headless and print their data.",
        discussion: """
            Sets the parameters, steps every animated cell, and prints the cells' data \
            (curves, trajectories, tables): JSON by default, or CSV tables.

            Examples:
              nnbook run optimizers --set lr=0.1 --set surface=rosenbrock --steps 30
              nnbook run mlp --steps 200 --seed 7 --format csv > curves.csv
            """
    )

    @Argument(help: "The lesson id (see 'nnbook list').")
    var lesson: String

    @Option(name: .customLong("set"), help: ArgumentHelp("Set a parameter before running (repeatable).", valueName: "NAME=VALUE"))
    var settings: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("Steps for animated cells (default: each cell's own).", valueName: "N"))
    var steps: Int?

    @Option(help: ArgumentHelp("Output format: json or csv.", valueName: "json|csv"))
    var format: String = "json"

    @OptionGroup var context: ContextOptions

    func run() throws {
        try reportingFailures { print(try output(registry: lessonRegistry), terminator: "") }
    }

    /// What `nnbook run` prints for these arguments, given the lessons of `registry`.
    func output(registry: LessonRegistry) throws -> String {
        guard format == "json" || format == "csv" else {
            throw CommandFailure("invalid format '\(format)'; valid formats: json, csv")
        }
        let request = RunRequest(
            settings: try settings.map(Setting.parse),
            steps: try Steps.validated(steps),
            context: try context.lessonContext()
        )
        let result = try registry.lesson(id: lesson).run(request)
        return format == "json" ? result.json() : result.csv()
    }
}
