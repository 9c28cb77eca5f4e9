/// Where the learner stands in one lesson, for the menu and `nnbook progress`.
public enum LessonStatus: Equatable, Sendable {
    case notStarted
    case visited
    /// Some of the lesson's challenges met: `done` of `total`.
    case challenges(done: Int, total: Int)
    /// Every challenge met (or, for a lesson without challenges, its last page reached).
    case done

    /// The status of `lesson`, whose challenges have the ids `challengeIDs`, in `progress`.
    public init(lesson: String, challengeIDs: [String], progress: Progress) {
        let met = challengeIDs.filter { progress.hasMet(challenge: $0, lesson: lesson) }.count
        if !challengeIDs.isEmpty && met == challengeIDs.count {
            self = .done
        } else if met > 0 {
            self = .challenges(done: met, total: challengeIDs.count)
        } else if challengeIDs.isEmpty && progress.finished.contains(lesson) {
            self = .done
        } else if progress.visited.contains(lesson) {
            self = .visited
        } else {
            self = .notStarted
        }
    }

    /// "not started", "visited", "2 of 3 challenges", "done".
    public var text: String {
        switch self {
        case .notStarted: return "not started"
        case .visited: return "visited"
        case let .challenges(done, total): return "\(done) of \(total) challenges"
        case .done: return "done"
        }
    }
}
