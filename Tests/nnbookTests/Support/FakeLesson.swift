import Charts
import LessonKit

/// A static cell with one knob `a`, exporting its value as JSON and as a one-row table.
final class KnobCell: LiveCell {
    let title = "knob"
    var knobs = [Knob(name: "a", label: "a", kind: .continuous(range: 0...1, step: 0.1, scale: .linear), value: 0.25)]
    let seed: UInt64
    init(seed: UInt64) { self.seed = seed }
    func setKnob(_ name: String, to value: Double) { knobs[0].value = value }
    func render(width: Int, height: Int, options: RenderOptions) -> Grid { Grid(width: width, height: height) }
    func export() -> CellExport {
        CellExport(name: title, json: .object([("a", .number(knobs[0].value)), ("seed", .integer(Int(seed)))]),
                   tables: [ExportTable(name: "knob", columns: ["a", "seed"], rows: [[.number(knobs[0].value), .integer(Int(seed))]])])
    }
}

/// A two-page lesson for the command's in-process tests: text, then a page with `KnobCell`.
struct FakeLesson: Lesson {
    var id = "fake"
    var title = "Fake lesson"
    var summary = "For tests."
    func makePages(context: LessonContext) -> [Page] {
        [Page(title: "intro", text: "# Intro"), Page(title: "cell", text: "A knob.", cell: KnobCell(seed: context.seed))]
    }
}
