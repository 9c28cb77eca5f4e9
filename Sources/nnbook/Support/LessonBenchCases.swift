import Bench
import PlaygroundLesson

/// `nnbook bench` cases that time a lesson's own training step (they need the lesson
/// modules, which the Bench module does not see).
enum LessonBenchCases {
    static let playgroundName = "playground step 2-50-50-2 tanh, 400 points, SGD"

    /// The playground's step at the size issue 13 names: it must allow ≥ 30 steps per frame.
    static var playgroundStep: BenchmarkCase {
        BenchmarkCase(name: playgroundName, numpyKey: nil) {
            let setup = PlaygroundStep.benchmarkSetup()
            return { Benchmark.blackHole(PlaygroundStep.step(setup.net, x: setup.x, labels: setup.labels, optimizer: setup.optimizer)) }
        }
    }

    static var cases: [BenchmarkCase] { [playgroundStep] }

    /// "playground step …: 41 steps per 1/30 s frame (target ≥ 30)".
    static func notes(for report: BenchmarkReport) -> [String] {
        guard let row = report.rows.first(where: { $0.name == playgroundName }) else { return [] }
        return ["\(playgroundName): \(Int(1.0 / 30.0 / row.swift.best)) steps per 1/30 s frame (target ≥ 30)"]
    }
}
