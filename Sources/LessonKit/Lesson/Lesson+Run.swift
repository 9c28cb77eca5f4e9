/// The default headless run of a lesson: `nnbook run LESSON --set NAME=VALUE --steps N`.
extension Lesson {
    /// Builds the pages with `request.context`, applies every setting to each cell with a
    /// knob of that name, steps each animated cell `request.steps` times (nil: the cell's
    /// `HeadlessStepping.defaultRunSteps`, else 100; never past `isFinished`; telling
    /// `request.progress` after each step) and collects every cell's export, in page order.
    ///
    /// Throws `LessonKitError.unknownKnob` for a name no cell has, and the knob's
    /// `LessonKitError.invalidValue` for a value it does not accept.
    public func run(_ request: RunRequest) throws -> RunOutput {
        let cells = liveCells(of: makePages(context: request.context))
        try apply(request.settings, to: cells)
        for cell in cells where cell.isAnimated {
            cell.stepHeadless(cell.headlessStepCount(requested: request.steps), progress: request.progress)
        }
        return RunOutput(lesson: id, cells: cells.map { $0.export() })
    }

    /// The distinct live cells of `pages`, in page order (a cell shown on two pages counts once).
    public func liveCells(of pages: [Page]) -> [LiveCell] {
        var seen = Set<ObjectIdentifier>()
        return pages.compactMap(\.cell).filter { seen.insert(ObjectIdentifier($0)).inserted }
    }

    /// Applies NAME=VALUE settings in order: each value is parsed by the knob of that name
    /// in every cell that has one. Throws for a name no cell has (naming every valid knob of
    /// the lesson) or a value a knob rejects.
    public func apply(_ settings: [(name: String, value: String)], to cells: [LiveCell]) throws {
        for setting in settings {
            var found = false
            for cell in cells {
                guard let knob = cell.knobs.first(where: { $0.name == setting.name }) else { continue }
                found = true
                cell.setKnob(knob.name, to: try knob.parse(setting.value))
            }
            if !found {
                var valid: [String] = []
                for name in cells.flatMap({ $0.knobs.map(\.name) }) where !valid.contains(name) { valid.append(name) }
                throw LessonKitError.unknownKnob(setting.name, lesson: id, valid: valid)
            }
        }
    }
}
