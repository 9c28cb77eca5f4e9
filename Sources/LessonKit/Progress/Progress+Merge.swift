/// Merging two notebooks' progress: what a notebook saves is merged into what another one
/// wrote to the file meanwhile, so neither loses the other's updates.
extension Progress {
    /// `self` (this notebook's progress) merged into `disk` (the file now), where `base` is
    /// what this notebook last read or wrote. Lessons visited and finished are the union
    /// (disk order first). For the last lesson and page, each lesson's page and each page's
    /// knobs, what this notebook changed since `base` wins; the rest comes from `disk`.
    /// Challenges met are the union per lesson (disk order first); a prediction's answer
    /// changed since `base` wins, and so does the language if this notebook switched it.
    public func merged(into disk: Progress, base: Progress) -> Progress {
        var result = disk
        result.visited = disk.visited + visited.filter { !disk.visited.contains($0) }
        result.finished = disk.finished + finished.filter { !disk.finished.contains($0) }
        if lastLesson != base.lastLesson || lastPage != base.lastPage {
            result.lastLesson = lastLesson
            result.lastPage = lastPage
        }
        for lesson in Set(pages.keys).union(base.pages.keys) where pages[lesson] != base.pages[lesson] {
            result.pages[lesson] = pages[lesson]
        }
        for lesson in Set(knobs.keys).union(base.knobs.keys) {
            let mine = knobs[lesson] ?? [:]
            let old = base.knobs[lesson] ?? [:]
            var merged = disk.knobs[lesson] ?? [:]
            for page in Set(mine.keys).union(old.keys) where mine[page] != old[page] { merged[page] = mine[page] }
            result.knobs[lesson] = merged.isEmpty ? nil : merged
        }
        for (lesson, met) in challenges {
            let known = disk.challenges[lesson] ?? []
            let all = known + met.filter { !known.contains($0) }
            result.challenges[lesson] = all.isEmpty ? nil : all
        }
        for (lesson, answers) in predictions {
            let old = base.predictions[lesson] ?? [:]
            var merged = disk.predictions[lesson] ?? [:]
            for (id, choice) in answers where old[id] != choice { merged[id] = choice }
            result.predictions[lesson] = merged.isEmpty ? nil : merged
        }
        if language != base.language { result.language = language }
        return result
    }
}
