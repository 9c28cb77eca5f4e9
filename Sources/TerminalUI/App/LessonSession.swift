import Charts
import LessonKit

/// An open lesson: its pages (built fresh when it was opened, so two opens never share
/// state), the page on screen, and what the learner is doing there.
final class LessonSession {
    /// Which part of the page the arrow keys ↑/↓ move.
    enum Focus: Hashable, Sendable { case knobs, text }

    let lesson: any Lesson
    let pages: [Page]
    private(set) var pageIndex: Int
    /// The selected knob of the page's cell.
    var selectedKnob = 0
    var focus: Focus = .text
    /// The first text row shown (clamped when drawn and when scrolled).
    var textScroll = 0
    /// Whether the page's cell advances every frame.
    var isPlaying = false
    private var textCache: (page: Int, width: Int, options: RenderOptions, grid: Grid)?

    /// Opens `lesson` at `page` (clamped to its pages).
    init(lesson: any Lesson, context: LessonContext, page: Int) {
        self.lesson = lesson
        let made = lesson.makePages(context: context)
        pages = made.isEmpty ? [Page(title: "", text: "This lesson has no pages yet.")] : made
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
        selectedKnob = 0
        textScroll = 0
        focus = hasKnobs ? .knobs : .text
    }

    /// The page text laid out `width` columns wide (cached per page, width and options).
    func text(width: Int, options: RenderOptions) -> Grid {
        if let cache = textCache, cache.page == pageIndex, cache.width == width, cache.options == options {
            return cache.grid
        }
        let grid = MarkdownText.layout(page.text, width: width, options: options)
        textCache = (pageIndex, width, options, grid)
        return grid
    }
}
