import Charts
import LessonKit

/// An animated cell counting its steps (one knob `goal`), finishing at 50 steps.
final class CounterCell: LiveCell, HeadlessStepping {
    let title = "counter"
    var knobs = [Knob(name: "goal", label: "goal", kind: .integer(range: 1...100, step: 1), value: 10)]
    var count = 0
    let defaultRunSteps = 20
    func setKnob(_ name: String, to value: Double) { knobs[0].value = value }
    var isAnimated: Bool { true }
    var isFinished: Bool { count >= 50 }
    func step() { count += 1 }
    func reset() { count = 0 }
    func render(width: Int, height: Int, options: RenderOptions) -> Grid { Grid(width: width, height: height) }
    func export() -> CellExport { CellExport(name: title, json: .integer(count), tables: []) }
}

/// A lesson with challenges for the `check` and `progress` tests: "half" (knob `a` of a
/// `KnobCell` at least 0.5) and "count" (a `CounterCell` stepped to its `goal`, needs a run).
struct ChallengeFakeLesson: Lesson {
    var id = "course"
    var title = "Course lesson"
    var summary = "Challenges for tests."
    func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: "knob", text: "Turn a.", cell: KnobCell(seed: context.seed), challenges: [
                Challenge(id: "half", goal: "Set a to at least 0.5.", hints: ["Turn it up.", "a=0.5"]) { cell in
                    guard let cell = cell as? KnobCell else { return .wrongCell }
                    return ChallengeCheck(passed: cell.knobs[0].value >= 0.5, progress: "a is \(cell.knobs[0].value)")
                },
            ]),
            Page(title: "count", text: "Run it.", cell: CounterCell(), challenges: [
                Challenge(id: "count", goal: "Count to the goal.", hints: ["Press space."], needsRun: true) { cell in
                    guard let cell = cell as? CounterCell else { return .wrongCell }
                    let goal = Int(cell.knobs[0].value)
                    return ChallengeCheck(passed: cell.count >= goal, progress: "\(cell.count) of \(goal)")
                },
            ]),
        ]
    }
}
