import ArgumentParser
import Charts
import LessonKit

/// `nnbook check LESSON`: evaluates a lesson's challenges against knob settings, headless,
/// so a teacher can script grading.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a lesson's challenges against parameter settings.",
        discussion: """
            Builds the lesson, applies the --set values to every cell with that parameter \
            (as 'nnbook run' does), runs the cells of challenges that need a run (--steps, \
            else each cell's own), and prints one line per challenge: "✓ id  goal" or \
            "✗ id  goal — how close". Exits 0 if every checked challenge is met, 1 otherwise. \
            'nnbook check LESSON' alone lists every challenge with its id; --challenge ID \
            (repeatable) checks only those, e.g. to grade one answer: \
            'nnbook check LESSON --set NAME=VALUE ... --challenge ID'.

            Examples:
              nnbook check perceptron --set b=-0.2 --challenge or-bias
              nnbook check losses --set lr=0.99 --challenge largest-lr
            """
    )

    @Argument(help: "The lesson id (see 'nnbook list').")
    var lesson: String

    @Option(name: .customLong("set"), help: ArgumentHelp("Set a parameter first (repeatable; names: nnbook run LESSON --list-params).", valueName: "NAME=VALUE"))
    var settings: [String] = []

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Steps for cells a challenge runs, 0 to \(Steps.maximum) (default: each cell's own).", valueName: "N"))
    var steps: String?

    @Option(name: .customLong("challenge"), help: ArgumentHelp("Check only this challenge (repeatable; default: all).", valueName: "ID"))
    var challenges: [String] = []

    @OptionGroup var context: ContextOptions

    @OptionGroup var language: LanguageOptions

    func run() throws {
        var allPassed = true
        try reportingFailures {
            try language.applyHeadless()
            let results = try results(registry: lessonRegistry)
            print(Self.text(of: results), terminator: "")
            allPassed = results.allSatisfy(\.check.passed)
        }
        if !allPassed { throw ExitCode.failure }
    }

    /// The outcome of every checked challenge; fails for a lesson without challenges.
    func results(registry: LessonRegistry) throws -> [ChallengeResult] {
        let lesson = try registry.lesson(id: lesson)
        let results = try lesson.checkChallenges(settings: try settings.map(Setting.parse), steps: try Steps.parse(steps),
                                                 only: challenges, context: try context.lessonContext())
        if results.isEmpty { throw CommandFailure(tr("lesson '\(lesson.id)' has no challenges yet", "课程 '\(lesson.id)' 还没有挑战")) }
        return results
    }

    /// One line per challenge.
    static func text(of results: [ChallengeResult]) -> String {
        results.map { $0.line + "\n" }.joined()
    }
}
