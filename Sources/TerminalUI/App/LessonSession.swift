import Charts
import LessonKit

/// An open lesson: its pages (built once per notebook process, when it is first opened, and
/// kept while the learner visits the menu or other lessons), the page on screen, and what
/// the learner is doing there.
final class LessonSession {
    /// Which part of the page the arrow keys ↑/↓ move.
    enum Focus: Hashable, Sendable { case knobs, text }

    let lesson: any Lesson
    let pages: [Page]
    /// Each page's knob values as the page was built (empty for a page without a cell).
    let defaults: [[String: Double]]
    private(set) var pageIndex: Int
    /// The selected knob of the page's cell.
    var selectedKnob = 0
    var focus: Focus = .text
    /// The first text row shown (clamped when drawn and when scrolled).
    var textScroll = 0
    /// Whether the page's cell advances every frame.
    var isPlaying = false
    /// Whether the page's text fills the screen (`t`), the cell hidden.
    var isReading = false
    /// Whether the challenges panel (`c`) covers the cell.
    var showsChallenges = false
    /// The selected challenge of the panel.
    var selectedChallenge = 0
    /// Challenge id → hint levels revealed (0–2), kept while the notebook runs.
    var hintLevels: [String: Int] = [:]
    /// The page text last laid out, with what it depends on (the language included).
    private var textCache: (page: Int, width: Int, options: RenderOptions, language: Language, grid: Grid)?

    /// Opens `lesson` at `page` (clamped to its pages).
    init(lesson: any Lesson, context: LessonContext, page: Int) {
        self.lesson = lesson
        let made = lesson.makePages(context: context)
        pages = made.isEmpty
            ? [Page(title: Localized(neutral: ""), text: Localized(en: "This lesson has no pages yet.", zh: "这门课还没有页面。"))]
            : made
        defaults = pages.map { page in
            Dictionary((page.cell?.knobs ?? []).map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        pageIndex = Swift.max(0, Swift.min(pages.count - 1, page))
        resetPageState()
    }

    /// The page on screen.
    var page: Page { pages[pageIndex] }
    /// Its live cell, if any.
    var cell: (any LiveCell)? { page.cell }
    /// The cell's knobs now (the cell is the source of truth).
    var knobs: [Knob] { cell?.knobs ?? [] }
    /// The selected knob, if the cell has any.
    var currentKnob: Knob? {
        let all = knobs
        return all.isEmpty ? nil : all[Swift.max(0, Swift.min(all.count - 1, selectedKnob))]
    }
    /// Whether the knob panel can take the focus.
    var hasKnobs: Bool { !knobs.isEmpty }

    /// Goes to page `index` (clamped); returns whether the page changed. Playing stops.
    @discardableResult
    func turn(to index: Int) -> Bool {
        let target = Swift.max(0, Swift.min(pages.count - 1, index))
        guard target != pageIndex else { return false }
        pageIndex = target
        resetPageState()
        return true
    }

    private func resetPageState() {
        isPlaying = false
        isReading = false
        showsChallenges = false
        selectedChallenge = 0
        selectedKnob = 0
        textScroll = 0
        focus = hasKnobs ? .knobs : .text
    }

    // MARK: - Knob values

    /// The knobs of page `index` whose values differ from the page's defaults (what progress keeps).
    func changedKnobs(onPage index: Int) -> [String: Double] {
        guard pages.indices.contains(index), let cell = pages[index].cell else { return [:] }
        var changed: [String: Double] = [:]
        for knob in cell.knobs where defaults[index][knob.name] != knob.value { changed[knob.name] = knob.value }
        return changed
    }

    /// The pages whose cell is the cell of page `index` (a cell may be shared by pages).
    func pagesSharingTheCell(ofPage index: Int) -> [Int] {
        guard pages.indices.contains(index), let cell = pages[index].cell else { return [] }
        return pages.indices.filter { pages[$0].cell === cell }
    }

    /// Sets the knobs of page `index` to `values`, in panel order; names the cell does not
    /// have and values its knob does not accept are ignored.
    func setKnobs(_ values: [String: Double], onPage index: Int) {
        guard pages.indices.contains(index), let cell = pages[index].cell else { return }
        for name in cell.knobs.map(\.name) {
            // Read the knob again: setting an earlier one may have changed its range.
            guard let value = values[name], let knob = cell.knobs.first(where: { $0.name == name }),
                  ValueEntry.accepts(value, for: knob), knob.value != value else { continue }
            cell.setKnob(name, to: value)
        }
    }

    /// Puts every knob of the page on screen back to its value when the page was built, and
    /// resets the cell.
    func restoreDefaults() {
        isPlaying = false
        setKnobs(defaults[pageIndex], onPage: pageIndex)
        cell?.reset()
    }

    // MARK: - Text

    /// The page text laid out `width` columns wide in the current language (cached per page,
    /// width, options and language).
    func text(width: Int, options: RenderOptions) -> Grid {
        let language = Language.current
        if let cache = textCache, cache.page == pageIndex, cache.width == width, cache.options == options,
           cache.language == language {
            return cache.grid
        }
        let grid = MarkdownText.layout(page.text, width: width, options: options)
        textCache = (pageIndex, width, options, language, grid)
        return grid
    }
}
