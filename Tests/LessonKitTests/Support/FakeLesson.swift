import Charts
@testable import LessonKit

/// A live cell that records what the headless run did to it: its knob values and steps.
final class RecordingCell: LiveCell {
    let title: String
    var knobs: [Knob]
    let isAnimated: Bool
    let finishesAfter: Int?
    let seed: UInt64
    private(set) var steps = 0

    init(title: String, knobs: [Knob], animated: Bool, finishesAfter: Int? = nil, seed: UInt64) {
        self.title = title
        self.knobs = knobs
        self.isAnimated = animated
        self.finishesAfter = finishesAfter
        self.seed = seed
    }

    func setKnob(_ name: String, to value: Double) {
        if let i = knobs.firstIndex(where: { $0.name == name }) { knobs[i].value = value }
    }

    var isFinished: Bool { finishesAfter.map { steps >= $0 } ?? false }
    func step() { steps += 1 }
    func render(width: Int, height: Int, options: RenderOptions) -> Grid { Grid(width: width, height: height) }

    func export() -> CellExport {
        CellExport(
            name: title,
            json: .object([("steps", .integer(steps)), ("seed", .integer(Int(seed)))] + knobs.map { ($0.name, .number($0.value)) }),
            tables: [])
    }
}

/// An animated cell that asks for a fixed number of headless steps.
final class SelfPacedCell: LiveCell, HeadlessStepping {
    let title = "paced"
    let knobs: [Knob] = []
    let isAnimated = true
    let defaultRunSteps = 2
    private(set) var steps = 0
    func setKnob(_ name: String, to value: Double) {}
    func step() { steps += 1 }
    func render(width: Int, height: Int, options: RenderOptions) -> Grid { Grid(width: width, height: height) }
    func export() -> CellExport { CellExport(name: title, json: .integer(steps), tables: []) }
}

/// A three-page lesson: a static cell (knobs a, mode), an animated cell (knobs lr, a) that
/// finishes after `finishesAfter` steps and is shown on two pages, and a text-only page.
struct FakeLesson: Lesson {
    var id = "fake"
    var title = "A fake lesson"
    var summary = "Exercises the default headless run."
    var finishesAfter: Int? = 5
    var selfPaced = false

    func makePages(context: LessonContext) -> [Page] {
        let a = Knob(name: "a", label: "a", kind: .continuous(range: 0...1, step: 0.1, scale: .linear), value: 0.2)
        let mode = Knob(name: "mode", label: "mode", kind: .choice(["sgd", "adam"]), value: 0)
        let lr = Knob(name: "lr", label: "learning rate", kind: .continuous(range: 0.0001...10, step: 1.2589254117941673, scale: .log), value: 0.01)
        let still = RecordingCell(title: "still", knobs: [a, mode], animated: false, seed: context.seed)
        let moving = RecordingCell(title: "moving", knobs: [lr, a], animated: true, finishesAfter: finishesAfter, seed: context.seed)
        var pages = [
            Page(title: "one", text: "static", cell: still),
            Page(title: "two", text: "animated", cell: moving),
            Page(title: "three", text: "the same cell again", cell: moving),
            Page(title: "four", text: "text only"),
        ]
        if selfPaced { pages.append(Page(title: "five", text: "paced", cell: SelfPacedCell())) }
        return pages
    }
}
