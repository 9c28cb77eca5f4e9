import LessonKit

/// `run --page N`: one page's cell run headless on its own — its knobs set from `--set`
/// (names of that page only, as `render --page` takes them), stepped like `run` steps every
/// cell, its export alone in the output. For a lesson whose pages share knob names (the rnn
/// lesson's sine and text pages both have a learning rate) this reaches one page's model.
enum PageRun {
    static func run(_ lesson: any Lesson, page: Int, request: RunRequest) throws -> RunOutput {
        let pages = lesson.makePages(context: request.context)
        guard page >= 1, page <= pages.count else { throw LessonKitError.invalidPage(page, pageCount: pages.count) }
        let cell = pages[page - 1].cell
        try PageSettings.apply(request.settings, to: cell, page: page, lessonID: lesson.id)   // a page without a cell takes no setting
        guard let cell else { return RunOutput(lesson: lesson.id, cells: []) }
        cell.stepHeadless(cell.headlessStepCount(requested: request.steps), progress: request.progress)
        return RunOutput(lesson: lesson.id, cells: [cell.export()])
    }
}
