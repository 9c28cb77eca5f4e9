import ArgumentParser
import Charts
import Foundation
import LessonKit

/// `--seed` and `--data`: what every lesson is given when it builds its models.
struct ContextOptions: ParsableArguments {
    @Option(parsing: .unconditional,
            help: ArgumentHelp("The seed of every random choice (same seed, same run), 0 to \(UInt64.max).", valueName: "S"))
    var seed: String = "1"

    @Option(name: .customLong("data"), help: ArgumentHelp("A directory with the real MNIST files (loaded first: run and render stop if it fails; the notebook uses synthetic digits and says why).", valueName: "DIR"))
    var dataDirectory: String?

    /// The context of a headless command (`run`, `render`): fails with "cannot use --data
    /// DIR: REASON" when a data directory is given but does not load (see `DataCheck`).
    func lessonContext() throws -> LessonContext {
        let seed = try Seed.parse(seed)
        if let dataDirectory, let problem = DataCheck.problem(with: dataDirectory) {
            throw CommandFailure(tr("cannot use --data \(dataDirectory): \(problem)",
                                    "无法使用 --data \(dataDirectory)：\(problem)"))
        }
        return LessonContext(seed: seed, dataDirectory: dataDirectory)
    }

    /// The context of the interactive notebook, which opens whatever `--data` holds: a
    /// directory that does not load is left out (the lessons use synthetic digits) and
    /// `message` says why, for the status line.
    func notebookContext() throws -> (context: LessonContext, message: String?) {
        let seed = try Seed.parse(seed)
        if let dataDirectory, let problem = DataCheck.problem(with: dataDirectory) {
            return (LessonContext(seed: seed), tr("cannot use --data \(dataDirectory): \(problem); using synthetic digits",
                                                 "无法使用 --data \(dataDirectory)：\(problem)；改用合成数字"))
        }
        return (LessonContext(seed: seed, dataDirectory: dataDirectory), nil)
    }
}
