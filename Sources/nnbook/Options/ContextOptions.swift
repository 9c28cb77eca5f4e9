import ArgumentParser
import Foundation
import LessonKit

/// `--seed` and `--data`: what every lesson is given when it builds its models.
struct ContextOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The seed of every random choice (same seed, same run).", valueName: "S"))
    var seed: UInt64 = 1

    @Option(name: .customLong("data"), help: ArgumentHelp("A directory with the real MNIST files.", valueName: "DIR"))
    var dataDirectory: String?

    /// The lesson context, after checking that the data directory exists.
    func lessonContext() throws -> LessonContext {
        if let dataDirectory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dataDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CommandFailure("invalid --data '\(dataDirectory)': no such directory; expected a directory holding the MNIST files")
            }
        }
        return LessonContext(seed: seed, dataDirectory: dataDirectory)
    }
}
