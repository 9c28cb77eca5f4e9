import Charts
import LessonKit
@testable import TerminalUI

/// A test-only cell whose status, failure and number of knobs a test sets: for the status
/// rows (wrapping, "stopped") and the knob panel's scroll cues.
final class ScriptedCell: LiveCell, @unchecked Sendable {
    let title = "Scripted cell"
    private(set) var knobs: [Knob]
    var status: String?
    var isFinished = false
    var hasFailed = false
    var isAnimated: Bool { true }

    /// A cell with `knobCount` knobs named k1, k2, … (0…10, default 5).
    init(knobCount: Int = 1, status: String? = nil) {
        knobs = (1...max(1, knobCount)).map {
            Knob(name: "k\($0)", label: "knob \($0)", kind: .integer(range: 0...10, step: 1), value: 5)
        }
        self.status = status
    }

    func setKnob(_ name: String, to value: Double) {
        if let i = knobs.firstIndex(where: { $0.name == name }) { knobs[i].value = value }
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        grid.put("\(width)x\(height)", x: 1, y: height - 1)
        return grid
    }

    func export() -> CellExport { CellExport(name: "scripted", json: .integer(0), tables: []) }
}

/// A one-page lesson around a given cell and text.
struct ScriptedLesson: Lesson {
    var id = "scripted"
    var title = "Scripted lesson"
    var summary = "One page around a scripted cell"
    var text = "One line of text."
    let cell: ScriptedCell?

    func makePages(context: LessonContext) -> [Page] { [Page(title: "The page", text: text, cell: cell)] }
    func run(_ request: RunRequest) throws -> RunOutput { RunOutput(lesson: id, cells: []) }

    /// An app at `size` with this lesson open.
    func openApp(size: ScreenSize = .minimum, renderOptions: RenderOptions = .standard) -> NotebookApp {
        let app = NotebookApp(lessons: [self], size: size, renderOptions: renderOptions)
        app.openLesson(at: 0, page: 0)
        return app
    }
}
