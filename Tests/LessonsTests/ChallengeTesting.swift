import LessonKit
import Testing

/// What the lessons' challenge tests share: a lesson's pages, a challenge by page and id,
/// knobs turned a step at a time as ← and → do, and a cell played to its end as space does
/// (or a headless `nnbook check`).
protocol ChallengeTesting {
    var pages: [Page] { get }
}

extension ChallengeTesting {
    func challenge(_ page: Int, _ id: String) throws -> Challenge {
        try #require(pages[page].challenges.first { $0.id == id })
    }

    /// Turns knob `name` of `cell` by `steps` single steps (negative: down).
    func turn(_ cell: any LiveCell, _ name: String, by steps: Int) throws {
        for _ in 0..<abs(steps) {
            let knob = try #require(cell.knobs.first { $0.name == name })
            cell.setKnob(name, to: knob.stepped(by: steps.signum()))
        }
    }

    /// Plays `cell` to its end.
    func run(_ cell: any LiveCell) { cell.stepHeadless(cell.headlessStepCount(requested: nil)) }
}
