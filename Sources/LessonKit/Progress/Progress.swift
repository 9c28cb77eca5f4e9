/// The learner's progress: where they left off, which lessons they have visited and
/// finished (reached the last page of), the page they last saw in each lesson, and the knob
/// values they set on each page.
///
/// Every field decodes to its default when missing, so progress files written by older
/// versions (only `lastLesson`, `lastPage`, `visited`, `finished`) still load.
public struct Progress: Codable, Equatable, Sendable {
    public var lastLesson: String?
    public var lastPage: Int
    public var visited: [String]
    public var finished: [String]
    /// Lesson id → the page (0-based) the learner last saw in it.
    public var pages: [String: Int]
    /// Lesson id → page index (0-based, as a decimal string: JSON keys are strings) → knob
    /// name → value. Only knobs the learner moved away from the page's defaults are kept.
    public var knobs: [String: [String: [String: Double]]]

    public init(lastLesson: String? = nil, lastPage: Int = 0, visited: [String] = [], finished: [String] = [],
                pages: [String: Int] = [:], knobs: [String: [String: [String: Double]]] = [:]) {
        self.lastLesson = lastLesson
        self.lastPage = lastPage
        self.visited = visited
        self.finished = finished
        self.pages = pages
        self.knobs = knobs
    }

    private enum CodingKeys: String, CodingKey {
        case lastLesson, lastPage, visited, finished, pages, knobs
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        lastLesson = try c.decodeIfPresent(String.self, forKey: .lastLesson)
        lastPage = try c.decodeIfPresent(Int.self, forKey: .lastPage) ?? 0
        visited = try c.decodeIfPresent([String].self, forKey: .visited) ?? []
        finished = try c.decodeIfPresent([String].self, forKey: .finished) ?? []
        pages = try c.decodeIfPresent([String: Int].self, forKey: .pages) ?? [:]
        knobs = try c.decodeIfPresent([String: [String: [String: Double]]].self, forKey: .knobs) ?? [:]
    }

    /// Records that the learner is on `page` (0-based) of `lesson`, which has `pageCount` pages.
    public mutating func visit(lesson: String, page: Int, pageCount: Int) {
        lastLesson = lesson
        lastPage = page
        pages[lesson] = page
        if !visited.contains(lesson) { visited.append(lesson) }
        if page >= pageCount - 1 && !finished.contains(lesson) { finished.append(lesson) }
    }

    /// The page to reopen `lesson` on: the last one seen in it (older files only know the
    /// last lesson's page), else 0.
    public func page(of lesson: String) -> Int {
        pages[lesson] ?? (lastLesson == lesson ? lastPage : 0)
    }

    /// The knob values saved for `page` of `lesson` (empty when none).
    public func knobValues(lesson: String, page: Int) -> [String: Double] {
        knobs[lesson]?[String(page)] ?? [:]
    }

    /// Saves `values` as the knobs of `page` of `lesson`; an empty dictionary removes the entry.
    public mutating func setKnobValues(_ values: [String: Double], lesson: String, page: Int) {
        var pagesOfLesson = knobs[lesson] ?? [:]
        pagesOfLesson[String(page)] = values.isEmpty ? nil : values
        knobs[lesson] = pagesOfLesson.isEmpty ? nil : pagesOfLesson
    }
}
