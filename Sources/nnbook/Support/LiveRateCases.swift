import Bench
import LessonKit
import TerminalUI

/// `nnbook bench`'s live-notebook cases (issue 16): a lesson's training cell run to the end
/// headless and, the same workload, played in the notebook's frame loop on a 200×60 virtual
/// screen (`LiveRate`). They pair by name prefix; the report notes the live rate as a share
/// of the headless one (the target is ≥ 85 %).
enum LiveRateCases {
    /// A workload: the lesson, its 0-based page, and the knob settings that make it finish.
    struct Workload {
        var name: String
        var lessonID: String
        var page: Int
        var settings: [String: Double]
    }

    static let workloads = [
        Workload(name: "live cnn: 1 epoch of 1000 images", lessonID: "cnn", page: 4, settings: ["epochs": 1]),
        Workload(name: "live mlp: the three-rate race, 1000 iterations", lessonID: "mlp", page: 2, settings: [:]),
        Workload(name: "live optimizers: the digits race, 300 iterations", lessonID: "optimizers", page: 3, settings: ["iterations": 300]),
    ]

    static let headlessSuffix = ", headless"
    static let liveSuffix = ", in the notebook 200×60"

    /// Two cases per workload, headless then live.
    static var cases: [BenchmarkCase] {
        workloads.flatMap { w in
            [false, true].map { live in
                BenchmarkCase(name: w.name + (live ? liveSuffix : headlessSuffix), numpyKey: nil, maxRepeats: 3) {
                    { run(w, live: live) }
                }
            }
        }
    }

    private static func run(_ w: Workload, live: Bool) {
        // The registry's lessons are shared instances; each run needs a fresh cell, which
        // opening the page in a new app gives.
        guard let lesson = try? lessonRegistry.lesson(id: w.lessonID) else {
            preconditionFailure("LiveRateCases: no lesson '\(w.lessonID)' (a workload names a lesson that is not registered)")
        }
        _ = LiveRate.run(lesson: lesson, page: w.page, width: 200, height: 60, live: live) { cell in
            for (name, value) in w.settings { cell.setKnob(name, to: value) }
        }
    }

    /// "live cnn: …: the notebook trains at 93 % of the headless rate" for each pair in `report`.
    static func notes(for report: BenchmarkReport) -> [String] {
        workloads.compactMap { w in
            guard let headless = report.rows.first(where: { $0.name == w.name + headlessSuffix }),
                  let live = report.rows.first(where: { $0.name == w.name + liveSuffix }) else { return nil }
            let share = Int((100 * headless.swift.best / live.swift.best).rounded())
            return "\(w.name): the notebook trains at \(share) % of the headless rate (target ≥ 85 %)"
        }
    }
}
