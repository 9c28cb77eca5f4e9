import Charts

/// One challenge's outcome in a headless check (`nnbook check`).
public struct ChallengeResult: Sendable, Equatable {
    public var id: String
    public var goal: String
    public var check: ChallengeCheck

    public init(id: String, goal: String, check: ChallengeCheck) {
        self.id = id
        self.goal = goal
        self.check = check
    }

    /// "✓ id  goal", or "✗ id  goal — progress" when not met.
    public var line: String {
        if check.passed { return "✓ \(id)  \(goal)" }
        return "✗ \(id)  \(goal)" + (check.progress.map { " — \($0)" } ?? "")
    }
}

/// A challenge id the lesson does not have (worded for one line on the command line).
public struct UnknownChallengeError: Error, CustomStringConvertible, Equatable {
    public var id: String
    public var lesson: String
    public var valid: [String]

    public init(id: String, lesson: String, valid: [String]) {
        self.id = id
        self.lesson = lesson
        self.valid = valid
    }

    public var description: String {
        let names = valid.isEmpty ? tr("(none)", "（无）") : valid.joined(separator: ", ")
        return tr("lesson '\(lesson)' has no challenge '\(id)'; its challenges: \(names)",
                  "课程 '\(lesson)' 没有挑战 '\(id)'；它的挑战：\(names)")
    }
}

extension Lesson {
    /// The ids of every challenge of the lesson, in page order. The default builds the pages
    /// once (with the default context); the menu calls it once per lesson and keeps the answer.
    public func challengeIDs() -> [String] {
        makePages(context: LessonContext()).flatMap { $0.challenges.map(\.id) }
    }

    /// The headless check (`nnbook check`): builds the pages with `context`, applies
    /// `settings` to every cell with a knob of that name (as `run` does), steps the cell of
    /// each chosen challenge that `needsRun` once (`steps`, else the cell's own count), and
    /// evaluates the chosen challenges (`only`: these ids, in this order; empty: all).
    /// Throws `UnknownChallengeError` for an id the lesson lacks, and `apply`'s errors.
    public func checkChallenges(settings: [(name: String, value: String)], steps: Int?, only ids: [String] = [],
                                context: LessonContext) throws -> [ChallengeResult] {
        let pages = makePages(context: context)
        let all = pages.flatMap { page in page.challenges.map { (challenge: $0, cell: page.cell) } }
        for id in ids where !all.contains(where: { $0.challenge.id == id }) {
            throw UnknownChallengeError(id: id, lesson: self.id, valid: all.map(\.challenge.id))
        }
        try apply(settings, to: liveCells(of: pages))
        let chosen = ids.isEmpty ? all : ids.compactMap { id in all.first { $0.challenge.id == id } }
        var stepped = Set<ObjectIdentifier>()
        return chosen.map { challenge, cell in
            guard let cell else {
                return ChallengeResult(id: challenge.id, goal: challenge.goal, check: .wrongCell)
            }
            if challenge.needsRun && stepped.insert(ObjectIdentifier(cell)).inserted {
                cell.stepHeadless(cell.headlessStepCount(requested: steps))
            }
            return ChallengeResult(id: challenge.id, goal: challenge.goal, check: challenge.evaluate(cell))
        }
    }
}
