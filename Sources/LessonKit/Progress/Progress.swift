/// The learner's progress: where they left off and which lessons they have visited and
/// finished (reached the last page of).
public struct Progress: Codable, Equatable, Sendable {
    public var lastLesson: String?
    public var lastPage: Int
    public var visited: [String]
    public var finished: [String]

    public init(lastLesson: String? = nil, lastPage: Int = 0, visited: [String] = [], finished: [String] = []) {
        self.lastLesson = lastLesson
        self.lastPage = lastPage
        self.visited = visited
        self.finished = finished
    }

    /// Records that the learner is on `page` (0-based) of `lesson`, which has `pageCount` pages.
    public mutating func visit(lesson: String, page: Int, pageCount: Int) {
        lastLesson = lesson
        lastPage = page
        if !visited.contains(lesson) { visited.append(lesson) }
        if page >= pageCount - 1 && !finished.contains(lesson) { finished.append(lesson) }
    }
}

/// Loads and saves `Progress` under `$XDG_STATE_HOME/nnbook/` (default
/// `~/.local/state/nnbook/`).
///
/// STUB: keeps progress in memory only; the LessonKit work replaces it with atomic file
/// storage that sets an unreadable file aside with a warning.
public final class ProgressStore: @unchecked Sendable {
    private var memory = Progress()

    /// A store in `directory`, or in the XDG state directory when nil.
    public init(directory: String? = nil) {}

    /// The saved progress (empty if none), and a warning to show if the file was unreadable
    /// and has been set aside.
    public func load() -> (progress: Progress, warning: String?) { (memory, nil) }

    /// Saves `progress` (atomically: write a temporary file, then rename).
    public func save(_ progress: Progress) throws { memory = progress }
}
