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
