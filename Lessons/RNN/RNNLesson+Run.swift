import Charts
import LessonKit

/// `nnbook run rnn`: the setting `task` picks which pages' cells run and are exported —
/// `sine` (the default) the first three pages as before, `echo` the gated-cell race alone, `text`
/// the character-level language model —
/// so a run of one task never trains the others.
extension RNNLesson {
    /// Each task and the (0-based) pages whose cells it runs. A page added with a new task
    /// appends its row here.
    static let tasks: [(name: String, pages: [Int])] = [
        ("sine", [0, 1, 2]),
        ("echo", [3]),
        ("text", [4]),
    ]

    /// Picks the task's cells, applies every setting (including `task`) to them (unknown
    /// names and bad values are errors, as everywhere), steps each animated one and exports them.
    public func run(_ request: RunRequest) throws -> RunOutput {
        let names = Self.tasks.map(\.name)
        var task = names[0]
        if let setting = request.settings.last(where: { $0.name == "task" }) {
            guard let name = names.first(where: { $0 == setting.value.lowercased() }) else {
                throw LessonKitError.invalidValue(knob: "task", value: setting.value,
                                                  expected: tr("one of: ", "以下之一：") + names.joined(separator: ", "))
            }
            task = name
        }
        let pages = makePages(context: request.context)
        let chosen = Self.tasks.first { $0.name == task }!.pages.filter { $0 < pages.count }
        let cells = liveCells(of: chosen.map { pages[$0] })
        for setting in request.settings where setting.name != "task"
            && !cells.contains(where: { $0.knobs.contains { $0.name == setting.name } }) {
            // A knob of another task's page: say how to pick that task rather than "no parameter".
            for other in Self.tasks where other.name != task {
                let owners = liveCells(of: other.pages.filter { $0 < pages.count }.map { pages[$0] })
                if owners.contains(where: { $0.knobs.contains { $0.name == setting.name } }) {
                    throw LessonKitError.parameterElsewhere(setting.name, lesson: id,
                                                            hint: tr("it belongs to task \(other.name); add --set task=\(other.name)",
                                                                     "它属于任务 \(other.name)；请加上 --set task=\(other.name)"))
                }
            }
        }
        // `task` is a knob of the sine and echo cells (shown, one choice); the text cell has none.
        let taskIsAKnob = cells.contains { $0.knobs.contains { $0.name == "task" } }
        try apply(request.settings.filter { taskIsAKnob || $0.name != "task" }, to: cells)
        for cell in cells where cell.isAnimated {
            cell.stepHeadless(cell.headlessStepCount(requested: request.steps), progress: request.progress)
        }
        return RunOutput(lesson: id, cells: cells.map { $0.export() })
    }
}
