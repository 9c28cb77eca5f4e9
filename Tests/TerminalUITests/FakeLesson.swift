import Charts
import LessonKit
@testable import TerminalUI

/// A test-only animated cell: three knobs (a continuous, an integer and a choice knob), a
/// step counter that finishes at 5, and a render that prints its state.
final class FakeCell: LiveCell {
    let title = "Fake cell"
    private(set) var knobs: [Knob] = [
        Knob(name: "rate", label: "learning rate", kind: .continuous(range: 0...1, step: 0.1, scale: .linear), value: 0.5),
        Knob(name: "units", label: "hidden units", kind: .integer(range: 1...10, step: 1), value: 4),
        Knob(name: "act", label: "activation", kind: .choice(["sigmoid", "tanh", "relu"]), value: 0),
    ]
    private(set) var steps = 0
    private(set) var advanceCalls = 0
    /// The budget of every `advance` call, in order.
    private(set) var budgets: [Double] = []
    static let lastStep = 5

    func setKnob(_ name: String, to value: Double) {
        if let i = knobs.firstIndex(where: { $0.name == name }) { knobs[i].value = value }
    }
    func value(_ name: String) -> Double { knobs.first { $0.name == name }!.value }

    var isAnimated: Bool { true }
    var isFinished: Bool { steps >= Self.lastStep }
    func step() {
        precondition(!Self.trapOnStep, "FakeCell asked to crash (NNBOOK_TUI_CRASH)")
        steps += 1
    }
    /// Set by the interactive hook to check that a crash restores the terminal.
    nonisolated(unsafe) static var trapOnStep = false
    func advance(budget: Double) -> Bool {
        advanceCalls += 1
        budgets.append(budget)
        step()
        return true
    }
    func reset() { steps = 0 }
    var status: String? { "step \(steps) / \(Self.lastStep)" }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        grid.put("steps \(steps)", x: 1, y: 0)
        grid.put("rate \(value("rate"))", x: 1, y: 1)
        grid.put("units \(Int(value("units")))", x: 1, y: 2)
        grid.put("act \(["sigmoid", "tanh", "relu"][Int(value("act"))])", x: 1, y: 3)
        grid.put("\(width)x\(height)", x: 1, y: height - 1)
        return grid
    }

    func export() -> CellExport { CellExport(name: "fake", json: .integer(steps), tables: []) }
}

/// A test-only lesson: page 1 has nine lines of text and a `FakeCell`, page 2 only text.
struct FakeLesson: Lesson {
    var id = "fake"
    var title = "Fake lesson"
    var summary = "Two pages and an animated cell, for tests"

    static let firstPageText = """
        The fake lesson tests the notebook screens.

        Paragraph two.

        Paragraph three.

        Paragraph four.

        Paragraph five is the last one.
        """

    func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: "Knobs and steps", text: Self.firstPageText, cell: FakeCell()),
            Page(title: "Only words", text: "A page without a cell gets the whole screen for its text."),
        ]
    }

    func run(_ request: RunRequest) throws -> RunOutput { RunOutput(lesson: id, cells: []) }
}

/// Helpers shared by the tests.
enum TestSupport {
    /// Three lessons for the menu.
    static let lessons: [any Lesson] = [
        FakeLesson(),
        FakeLesson(id: "second", title: "Second lesson", summary: "Another lesson, visited"),
        FakeLesson(id: "third", title: "Third lesson", summary: "A lesson nobody opened yet"),
    ]

    /// An app over `lessons` at 80×24 with the fake lesson open on page 1.
    static func appOnFakeLesson(size: ScreenSize = .minimum) -> NotebookApp {
        let app = NotebookApp(lessons: lessons, size: size)
        app.openLesson(at: 0, page: 0)
        return app
    }

    /// The fake cell of the open page.
    static func cell(of app: NotebookApp) -> FakeCell { app.session!.cell as! FakeCell }

    /// Presses `keys` in order.
    static func press(_ keys: [Key], on app: NotebookApp) { for key in keys { app.handle(key) } }

    /// A string padded with spaces to `width` columns.
    static func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - displayWidth(of: s))) }
}
