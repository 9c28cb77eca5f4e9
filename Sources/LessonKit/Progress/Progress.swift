/// The learner's progress: where they left off, which lessons they have visited and
/// finished (reached the last page of), the page they last saw in each lesson, the knob
/// values they set on each page, the challenges they met and the predictions they answered.
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
    /// Lesson id → the ids of the challenges met in it, in the order they were first met.
    public var challenges: [String: [String]]
    /// Lesson id → prediction id → the index of the chosen answer, or `Progress.skipped`.
    public var predictions: [String: [String: Int]]
    /// The language the learner last switched to in the notebook (`en`, `zh`), nil until they
    /// switch: used when neither `--lang` nor `NNBOOK_LANG` says otherwise.
    public var language: String?

    /// The answer recorded for a prediction the learner skipped.
    public static let skipped = -1

    public init(lastLesson: String? = nil, lastPage: Int = 0, visited: [String] = [], finished: [String] = [],
                pages: [String: Int] = [:], knobs: [String: [String: [String: Double]]] = [:],
                challenges: [String: [String]] = [:], predictions: [String: [String: Int]] = [:],
                language: String? = nil) {
        self.lastLesson = lastLesson
        self.lastPage = lastPage
        self.visited = visited
        self.finished = finished
        self.pages = pages
        self.knobs = knobs
        self.challenges = challenges
        self.predictions = predictions
        self.language = language
    }

    private enum CodingKeys: String, CodingKey {
        case lastLesson, lastPage, visited, finished, pages, knobs, challenges, predictions, language
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        lastLesson = try c.decodeIfPresent(String.self, forKey: .lastLesson)
        lastPage = try c.decodeIfPresent(Int.self, forKey: .lastPage) ?? 0
        visited = try c.decodeIfPresent([String].self, forKey: .visited) ?? []
        finished = try c.decodeIfPresent([String].self, forKey: .finished) ?? []
        pages = try c.decodeIfPresent([String: Int].self, forKey: .pages) ?? [:]
        knobs = try c.decodeIfPresent([String: [String: [String: Double]]].self, forKey: .knobs) ?? [:]
        challenges = try c.decodeIfPresent([String: [String]].self, forKey: .challenges) ?? [:]
        predictions = try c.decodeIfPresent([String: [String: Int]].self, forKey: .predictions) ?? [:]
        language = try c.decodeIfPresent(String.self, forKey: .language)
    }

    /// Encodes every field; `challenges` and `predictions` only when not empty (a file of a
    /// learner who met none looks as it did before they existed).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(lastLesson, forKey: .lastLesson)
        try c.encode(lastPage, forKey: .lastPage)
        try c.encode(visited, forKey: .visited)
        try c.encode(finished, forKey: .finished)
        try c.encode(pages, forKey: .pages)
        try c.encode(knobs, forKey: .knobs)
        if !challenges.isEmpty { try c.encode(challenges, forKey: .challenges) }
        if !predictions.isEmpty { try c.encode(predictions, forKey: .predictions) }
        try c.encodeIfPresent(language, forKey: .language)
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
