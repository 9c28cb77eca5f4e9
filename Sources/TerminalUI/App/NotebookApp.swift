import Charts
import LessonKit

/// The notebook as a state machine: the lesson menu or an open lesson, the help overlay,
/// the value entry line, progress. Keys go in through `handle(_:)`, frames through
/// `advance(budget:)`; `ScreenRenderer` draws the state. No terminal is involved, so every
/// behaviour is testable on a `VirtualScreen`.
final class NotebookApp {
    /// The top-level screen.
    enum Mode: Hashable, Sendable { case menu, lesson }

    let lessons: [any Lesson]
    let context: LessonContext
    /// The screen size of the frame being handled (set by the frame loop each frame).
    var size: ScreenSize
    /// What the screen can draw (Unicode, colour).
    var renderOptions: RenderOptions
    private(set) var mode: Mode = .menu
    /// The highlighted lesson of the menu.
    private(set) var menuSelection = 0
    /// The open lesson, in `.lesson` mode.
    private(set) var session: LessonSession?
    /// The help overlay's first line shown, nil when the overlay is closed.
    private(set) var helpScroll: Int?
    /// The `=` input line, nil when closed.
    private(set) var valueEntry: ValueEntry?
    /// A one-line notice for the status line (cleared by the next key).
    private(set) var message: String?
    private(set) var progress: Progress
    private(set) var shouldQuit = false
    private var redrawRequested = false
    private let saveProgress: ((Progress) throws -> Void)?

    /// A notebook over `lessons` showing the menu, with the learner's `progress`, saving
    /// it through `saveProgress` (nil: not saved, e.g. headless renders).
    init(lessons: [any Lesson], context: LessonContext = LessonContext(), progress: Progress = Progress(),
         size: ScreenSize = .minimum, renderOptions: RenderOptions = .standard,
         saveProgress: ((Progress) throws -> Void)? = nil) {
        self.lessons = lessons
        self.context = context
        self.progress = progress
        self.size = size
        self.renderOptions = renderOptions
        self.saveProgress = saveProgress
        if let last = progress.lastLesson, let index = lessons.firstIndex(where: { $0.id == last }) {
            menuSelection = index
        }
    }

    // MARK: - State queries

    /// Whether the open page's cell is playing.
    var isPlaying: Bool { session?.isPlaying ?? false }

    /// The keymap contexts that apply now, most specific first.
    var activeContexts: [KeyContext] {
        if valueEntry != nil { return [.valueEntry] }
        if helpScroll != nil { return [.help, .global] }
        switch mode {
        case .menu: return [.menu, .global]
        case .lesson: return [session?.focus == .knobs ? .knobPanel : .text, .lesson, .global]
        }
    }

    /// Whether `action` can do anything on the open page (used to leave out useless hints).
    func isAvailable(_ action: Action) -> Bool {
        switch action {
        case .playPause, .stepOnce, .resetCell: return session?.cell?.isAnimated ?? false
        case .selectPreviousKnob, .selectNextKnob, .decreaseKnob, .increaseKnob, .decreaseKnobBig,
             .increaseKnobBig, .enterKnobValue, .toggleFocus:
            return session?.hasKnobs ?? false
        default: return true
        }
    }

    /// The layout of the open page on the current screen, and its text laid out.
    func pageLayout() -> (layout: PageLayout, text: Grid)? {
        guard let session else { return nil }
        let hasCell = session.cell != nil
        let text = session.text(width: PageLayout.textWidth(size: size, hasCell: hasCell), options: renderOptions)
        return (PageLayout.make(size: size, hasCell: hasCell, textLines: text.height), text)
    }

    /// Whether the frame loop should redraw the whole terminal (Ctrl-L); clears the request.
    func takeRedrawRequest() -> Bool {
        defer { redrawRequested = false }
        return redrawRequested
    }

    // MARK: - Input

    /// Answers one key.
    func handle(_ key: Key) {
        message = nil
        if size.isTooSmall {
            if let action = Keymap.action(for: key, in: [.global]), action == .quit || action == .redraw { perform(action) }
            return
        }
        if let action = Keymap.action(for: key, in: activeContexts) {
            perform(action)
        } else if valueEntry != nil, case let .character(c) = key, valueEntry!.text.count < ValueEntry.maximumLength {
            valueEntry!.text.append(c)
            valueEntry!.error = nil
        }
    }

    /// Does `action`.
    func perform(_ action: Action) {
        switch action {
        case .quit: shouldQuit = true
        case .showHelp: helpScroll = 0
        case .closeHelp: helpScroll = nil
        case .helpScrollUp: helpScroll = Swift.max(0, (helpScroll ?? 0) - 1)
        case .helpScrollDown:
            helpScroll = Swift.min(HelpOverlayView.maximumScroll(size: size, unicode: renderOptions.unicode),
                                   (helpScroll ?? 0) + 1)
        case .redraw: redrawRequested = true
        case .menuUp: menuSelection = Swift.max(0, menuSelection - 1)
        case .menuDown: menuSelection = Swift.min(lessons.count - 1, menuSelection + 1)
        case .menuFirst: menuSelection = 0
        case .menuLast: menuSelection = Swift.max(0, lessons.count - 1)
        case .openLesson:
            guard lessons.indices.contains(menuSelection) else { return }
            let resume = progress.lastLesson == lessons[menuSelection].id ? progress.lastPage : 0
            openLesson(at: menuSelection, page: resume)
        case .backToMenu:
            session = nil
            mode = .menu
        case .toggleFocus:
            guard let session, session.hasKnobs else { return }
            session.focus = session.focus == .knobs ? .text : .knobs
        case .selectPreviousKnob: selectKnob(by: -1)
        case .selectNextKnob: selectKnob(by: 1)
        case .decreaseKnob: changeKnob(by: -1, big: false)
        case .increaseKnob: changeKnob(by: 1, big: false)
        case .decreaseKnobBig: changeKnob(by: -1, big: true)
        case .increaseKnobBig: changeKnob(by: 1, big: true)
        case .enterKnobValue:
            guard let knob = session?.currentKnob else { return }
            valueEntry = ValueEntry(knobName: knob.name, knobLabel: knob.label)
        case .applyValue: applyValueEntry()
        case .cancelValue: valueEntry = nil
        case .deleteCharacter:
            if valueEntry?.text.isEmpty == false { valueEntry!.text.removeLast() }
            valueEntry?.error = nil
        case .playPause: playPause()
        case .stepOnce:
            guard let session, let cell = session.cell, cell.isAnimated else { return }
            session.isPlaying = false
            if !cell.isFinished { cell.step() }
        case .resetCell:
            guard let cell = session?.cell, cell.isAnimated else { return }
            cell.reset()
        case .nextPage: turnPage(by: 1)
        case .previousPage: turnPage(by: -1)
        case .scrollUp: scrollText(to: (session?.textScroll ?? 0) - 1)
        case .scrollDown: scrollText(to: (session?.textScroll ?? 0) + 1)
        case .scrollTop: scrollText(to: 0)
        case .scrollBottom: scrollText(to: Int.max / 2)
        }
    }

    // MARK: - Frames

    /// Advances the playing cell within `budget` seconds; stops playing when it is finished.
    /// Returns whether anything visible changed.
    func advance(budget: Double) -> Bool {
        guard let session, session.isPlaying, let cell = session.cell else { return false }
        let changed = cell.advance(budget: budget)
        if cell.isFinished { session.isPlaying = false }
        return changed
    }

    // MARK: - Lessons and pages

    /// Opens lesson number `index` at `page` (clamped) and records the visit.
    func openLesson(at index: Int, page: Int) {
        guard lessons.indices.contains(index) else { return }
        menuSelection = index
        session = LessonSession(lesson: lessons[index], context: context, page: page)
        mode = .lesson
        valueEntry = nil
        recordProgress()
    }

    /// Shows `text` in the status line until the next key.
    func show(message text: String) { message = text }

    private func turnPage(by delta: Int) {
        guard let session, session.turn(to: session.pageIndex + delta) else { return }
        recordProgress()
    }

    private func recordProgress() {
        guard let session else { return }
        progress.visit(lesson: session.lesson.id, page: session.pageIndex, pageCount: session.pages.count)
        guard let saveProgress else { return }
        do { try saveProgress(progress) } catch { message = "progress not saved: \(error)" }
    }

    private func selectKnob(by delta: Int) {
        guard let session, session.hasKnobs else { return }
        session.selectedKnob = Swift.max(0, Swift.min(session.knobs.count - 1, session.selectedKnob + delta))
    }

    private func changeKnob(by steps: Int, big: Bool) {
        guard let session, let cell = session.cell, let knob = session.currentKnob else { return }
        let value = knob.stepped(by: steps, big: big)
        if value != knob.value { cell.setKnob(knob.name, to: value) }
    }

    private func applyValueEntry() {
        guard let entry = valueEntry, let session, let cell = session.cell,
              let knob = session.knobs.first(where: { $0.name == entry.knobName }) else {
            valueEntry = nil
            return
        }
        do {
            let value = try ValueEntry.value(of: entry.text, for: knob)
            cell.setKnob(knob.name, to: value)
            valueEntry = nil
        } catch {
            valueEntry?.error = "\(error)"
        }
    }

    private func playPause() {
        guard let session, let cell = session.cell, cell.isAnimated else { return }
        if session.isPlaying {
            session.isPlaying = false
        } else {
            if cell.isFinished { cell.reset() }
            session.isPlaying = true
        }
    }

    private func scrollText(to row: Int) {
        guard let session, let (layout, text) = pageLayout() else { return }
        let maximum = Swift.max(0, text.height - layout.text.height)
        session.textScroll = Swift.max(0, Swift.min(maximum, row))
    }
}
