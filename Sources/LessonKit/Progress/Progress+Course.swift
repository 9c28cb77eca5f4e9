/// The course side of progress: challenges met, predictions answered, and forgetting a lesson.
extension Progress {
    /// Whether challenge `id` of `lesson` has been met.
    public func hasMet(challenge id: String, lesson: String) -> Bool {
        challenges[lesson]?.contains(id) ?? false
    }

    /// Records that challenge `id` of `lesson` is met; returns false if it already was.
    @discardableResult
    public mutating func meet(challenge id: String, lesson: String) -> Bool {
        if hasMet(challenge: id, lesson: lesson) { return false }
        challenges[lesson, default: []].append(id)
        return true
    }

    /// The answer recorded for prediction `id` of `lesson` (a choice index or `skipped`).
    public func answer(prediction id: String, lesson: String) -> Int? {
        predictions[lesson]?[id]
    }

    /// Records `choice` (a choice index or `skipped`) as the answer to prediction `id`.
    public mutating func record(answer choice: Int, prediction id: String, lesson: String) {
        predictions[lesson, default: [:]][id] = choice
    }

    /// Forgets everything about `lesson`: visited, finished, its page, knobs, challenges and
    /// predictions (and the last lesson, if it was this one).
    public mutating func reset(lesson: String) {
        visited.removeAll { $0 == lesson }
        finished.removeAll { $0 == lesson }
        pages[lesson] = nil
        knobs[lesson] = nil
        challenges[lesson] = nil
        predictions[lesson] = nil
        if lastLesson == lesson {
            lastLesson = nil
            lastPage = 0
        }
    }
}
