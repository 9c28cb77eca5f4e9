import Charts
import LessonKit

/// The notebook as a state machine: the lesson menu or an open lesson, the help overlay,
/// the value entry line, progress. Keys go in through `handle(_:)`, frames through
/// `advance(budget:)`; `ScreenRenderer` draws the state. No terminal is involved, so every
/// behaviour is testable on a `VirtualScreen`.
///
/// Each lesson's pages are built once per process and kept (`sessions`): leaving a lesson
/// for the menu and coming back finds every knob, trained model and race as it was.
///
/// The notebook speaks `language` (English or Chinese, switched live with `z`): every key,
/// frame and render runs inside `Language.$override.withValue(language)`, so the lessons'
/// `tr(...)` and `Localized` texts follow it without any cell being rebuilt.
final class NotebookApp {
    /// The top-level screen.
    enum Mode: Hashable, Sendable { case menu, lesson }

    let lessons: [any Lesson]
    let context: LessonContext
    /// The language the notebook shows now.
    private(set) var language: Language
    /// The screen size of the frame being handled (set by the frame loop each frame).
    var size: ScreenSize
    /// What the screen can draw (Unicode, colour).
    var renderOptions: RenderOptions
    private(set) var mode: Mode = .menu
    /// The highlighted lesson of the menu.
    private(set) var menuSelection = 0
    /// The open lesson, in `.lesson` mode.
    private(set) var session: LessonSession?
    /// Every lesson opened in this process, by lesson id.
    private(set) var sessions: [String: LessonSession] = [:]
    /// The help overlay's first line shown, nil when the overlay is closed.
    private(set) var helpScroll: Int?
    /// The `=` input line, nil when closed.
    private(set) var valueEntry: ValueEntry?
    /// A notice for the bottom rows (cleared by the next key).
    private(set) var message: String?
    private(set) var progress: Progress
    private(set) var shouldQuit = false
    private var redrawRequested = false
    private let saveProgress: ((Progress) throws -> Progress)?
    /// Knob changes not yet saved (saved at the latest on a page turn, the menu or quit).
    private(set) var hasUnsavedProgress = false
    /// The least time between two saves caused by knob changes.
    var knobSaveInterval: Duration = .milliseconds(500)
    private let clock = ContinuousClock()
    private var lastSave: ContinuousClock.Instant?
    /// Lesson id → the name of its part of the course ("Basics" / "基础"); the menu groups by
    /// it and shows it in the current language.
    var partNames: [String: Localized] = [:]
    /// The part names in the current language; setting it gives each name in one language
    /// only (tests).
    var parts: [String: String] {
        get { partNames.mapValues(\.text) }
        set { partNames = newValue.mapValues { Localized(neutral: $0) } }
    }
    /// Lesson id → its challenge ids, computed once per lesson (from the open session's
    /// pages when it has one, else through `Lesson.challengeIDs()`).
    private var challengeIDCache: [String: [String]] = [:]
    /// Predictions whose truth the notice row has announced in this process.
    private var announcedPredictions: Set<String> = []

    /// A notebook over `lessons` showing the menu in `language` (default: the current one),
    /// with the learner's `progress`, saving it through `saveProgress` (nil: not saved, e.g.
    /// headless renders), which returns what was saved (e.g. merged with another notebook's
    /// progress).
    init(lessons: [any Lesson], context: LessonContext = LessonContext(), progress: Progress = Progress(),
         size: ScreenSize = .minimum, renderOptions: RenderOptions = .standard, language: Language = .current,
         saveProgress: ((Progress) throws -> Progress)? = nil) {
        self.lessons = lessons
        self.context = context
        self.language = language
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
        case .lesson:
            if session?.isReading == true { return [.reading, .global] }
            if session?.showsChallenges == true { return [.challenges, .lesson, .global] }
            return [session?.focus == .knobs ? .knobPanel : .text, .lesson, .global]
        }
    }

    /// Whether `action` can do anything on the open page (used to leave out useless hints).
    func isAvailable(_ action: Action) -> Bool {
        switch action {
        case .playPause, .stepOnce, .resetCell: return session?.cell?.isAnimated ?? false
        case .selectPreviousKnob, .selectNextKnob, .decreaseKnob, .increaseKnob, .decreaseKnobBig,
             .increaseKnobBig, .enterKnobValue, .toggleFocus, .restoreDefaults:
            return session?.hasKnobs ?? false
        case .openReading: return isTextCut
        case .toggleChallenges: return session?.hasChallengesOrPrediction ?? false
        default: return true
        }
    }

    /// What the bottom rows show instead of the hints: a refused value or a message.
    var notice: String? { valueEntry?.error ?? message }

    /// The layout of the open page on the current screen (with the rows the status and the
    /// notice need), and its text laid out.
    func pageLayout() -> (layout: PageLayout, text: Grid)? {
        guard let session else { return nil }
        let showsCell = session.cell != nil && !session.isReading
        let text = session.text(width: PageLayout.textWidth(size: size, hasCell: showsCell), options: renderOptions)
        let symbols = Symbols(unicode: renderOptions.unicode)
        let layout = session.isReading
            ? PageLayout.reading(size: size, hasStatus: session.cell != nil)
            : PageLayout.make(size: size, hasCell: showsCell, textLines: text.height)
        let statusRows = session.cell == nil ? 1 : StatusLineView.lines(self, symbols: symbols).count
        let noticeRows = notice.map { HintsBar.noticeLines($0, width: size.width, symbols: symbols).count } ?? 1
        return (layout.reserving(statusRows: statusRows, noticeRows: noticeRows), text)
    }

    /// Whether the page's text is longer than the page's text pane (outside the reading view).
    var isTextCut: Bool {
        guard let session, !session.isReading, let (layout, text) = pageLayout() else { return false }
        return text.height > layout.text.height
    }

    /// Whether the frame loop should redraw the whole terminal (Ctrl-L); clears the request.
    func takeRedrawRequest() -> Bool {
        defer { redrawRequested = false }
        return redrawRequested
    }

    // MARK: - Input

    /// Runs `body` in the notebook's language (what every key, frame and render does).
    func inLanguage<T>(_ body: () throws -> T) rethrows -> T {
        try Language.$override.withValue(language, operation: body)
    }

    /// Answers one key (in the notebook's language).
    func handle(_ key: Key) {
        inLanguage { handleKey(key) }
    }

    private func handleKey(_ key: Key) {
        message = nil
        if size.isTooSmall {
            if let action = Keymap.action(for: key, in: [.global]), action == .quit || action == .redraw { perform(action) }
            return
        }
        if let action = Keymap.action(for: key, in: activeContexts) {
            if action == .answerPrediction, case let .character(digit) = key, let number = digit.wholeNumberValue {
                answerPrediction(number - 1)
            } else {
                perform(action)
            }
        } else if valueEntry != nil, case let .character(c) = key, valueEntry!.text.count < ValueEntry.maximumLength {
            valueEntry!.text.append(c)
            valueEntry!.error = nil
        }
        checkChallenges()
    }

    /// Does `action`.
    func perform(_ action: Action) {
        switch action {
        case .quit:
            saveProgressNow()
            shouldQuit = true
        case .showHelp: helpScroll = 0
        case .closeHelp: helpScroll = nil
        case .helpScrollUp: helpScroll = Swift.max(0, (helpScroll ?? 0) - 1)
        case .helpScrollDown:
            helpScroll = Swift.min(HelpOverlayView.maximumScroll(size: size, unicode: renderOptions.unicode),
                                   (helpScroll ?? 0) + 1)
        case .redraw: redrawRequested = true
        case .switchLanguage: switchLanguage()
        case .menuUp: menuSelection = Swift.max(0, menuSelection - 1)
        case .menuDown: menuSelection = Swift.min(lessons.count - 1, menuSelection + 1)
        case .menuFirst: menuSelection = 0
        case .menuLast: menuSelection = Swift.max(0, lessons.count - 1)
        case .openLesson:
            guard lessons.indices.contains(menuSelection) else { return }
            openLesson(at: menuSelection, page: progress.page(of: lessons[menuSelection].id))
        case .backToMenu:
            session?.isPlaying = false
            saveProgressNow()
            session = nil
            mode = .menu
        case .escapeInLesson:
            message = tr("Esc closes help and the = line; m goes to the lesson menu",
                         "Esc 关闭帮助和 = 输入行；m 回到课程菜单")
        case .restoreDefaults:
            guard let session, session.hasKnobs else { return }
            session.restoreDefaults()
            recordKnobs()
        case .openReading:
            session?.isReading = true
        case .closeReading:
            session?.isReading = false
        case .scrollScreenUp: scrollText(by: -1, screens: true)
        case .scrollScreenDown: scrollText(by: 1, screens: true)
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
            valueEntry = ValueEntry(knobName: knob.name)
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
        case .toggleChallenges:
            guard let session, session.hasChallengesOrPrediction else { return }
            session.showsChallenges.toggle()
        case .selectPreviousChallenge: session?.selectChallenge(by: -1)
        case .selectNextChallenge: session?.selectChallenge(by: 1)
        case .revealHint: session?.revealHint()
        case .answerPrediction: break   // needs the digit: `handle` answers it
        case .skipPrediction: answerPrediction(Progress.skipped)
        case .nextPage: turnPage(by: 1)
        case .previousPage: turnPage(by: -1)
        case .scrollUp: scrollText(by: -1)
        case .scrollDown: scrollText(by: 1)
        case .scrollTop: scrollText(to: 0)
        case .scrollBottom: scrollText()
        }
    }

    // MARK: - Frames

    /// Advances the playing cell within `budget` seconds (in the notebook's language); stops
    /// playing when it is finished. Returns whether anything visible changed.
    func advance(budget: Double) -> Bool {
        inLanguage { advanceCell(budget: budget) }
    }

    private func advanceCell(budget: Double) -> Bool {
        guard let session, session.isPlaying, let cell = session.cell else { return false }
        let changed = cell.advance(budget: budget)
        if cell.isFinished { session.isPlaying = false }
        if changed { checkChallenges() }
        return changed
    }

    // MARK: - Challenges and predictions

    /// The challenge ids of `lesson` (cached: built once per lesson).
    func challengeIDs(of lesson: any Lesson) -> [String] {
        if let known = challengeIDCache[lesson.id] { return known }
        let ids = sessions[lesson.id].map { $0.pages.flatMap { $0.challenges.map(\.id) } } ?? lesson.challengeIDs()
        challengeIDCache[lesson.id] = ids
        return ids
    }

    /// How many of `lesson`'s challenges are met, of how many.
    func challengeCount(of lesson: any Lesson) -> (met: Int, total: Int) {
        let ids = challengeIDs(of: lesson)
        return (ids.filter { progress.hasMet(challenge: $0, lesson: lesson.id) }.count, ids.count)
    }

    /// Evaluates the open page's challenges not yet met; the first time one passes it is
    /// recorded in progress (saved at once) and the notice row says so. Also announces the
    /// truth of an answered prediction the first time the cell shows it.
    func checkChallenges() {
        guard let session, let cell = session.cell else { return }
        let lesson = session.lesson.id
        let challenges = session.page.challenges
        var newlyMet: [Challenge] = []
        for challenge in challenges where !progress.hasMet(challenge: challenge.id, lesson: lesson) {
            if challenge.evaluate(cell).passed && progress.meet(challenge: challenge.id, lesson: lesson) {
                newlyMet.append(challenge)
            }
        }
        if let last = newlyMet.last {
            let met = challenges.filter { progress.hasMet(challenge: $0.id, lesson: lesson) }.count
            let mark = Symbols(unicode: renderOptions.unicode).finished
            message = tr("\(mark) Challenge done: \(last.goal) (\(met) of \(challenges.count) on this page)",
                         "\(mark) 挑战完成：\(last.goal)（本页已完成 \(met) / \(challenges.count)）")
            save()
        }
        if let prediction = session.page.prediction, !announcedPredictions.contains(prediction.id),
           let line = session.predictionOutcome(progress: progress, symbols: Symbols(unicode: renderOptions.unicode)) {
            announcedPredictions.insert(prediction.id)
            if newlyMet.isEmpty { message = line }
        }
    }

    /// Records `choice` (or `Progress.skipped`) as the answer to the page's prediction, once.
    private func answerPrediction(_ choice: Int) {
        guard let session, let prediction = session.page.prediction,
              progress.answer(prediction: prediction.id, lesson: session.lesson.id) == nil,
              choice == Progress.skipped || prediction.choices.indices.contains(choice) else { return }
        progress.record(answer: choice, prediction: prediction.id, lesson: session.lesson.id)
        save()
    }

    // MARK: - Lessons and pages

    /// Opens lesson number `index` at `page` (clamped) and records the visit. The first
    /// time in this process the lesson's pages are built and given the knob values saved in
    /// progress; after that the same pages come back as the learner left them.
    func openLesson(at index: Int, page: Int) {
        guard lessons.indices.contains(index) else { return }
        menuSelection = index
        let lesson = lessons[index]
        if let kept = sessions[lesson.id] {
            kept.turn(to: page)
            session = kept
        } else {
            let made = LessonSession(lesson: lesson, context: context, page: page)
            for pageIndex in made.pages.indices {
                made.setKnobs(progress.knobValues(lesson: lesson.id, page: pageIndex), onPage: pageIndex)
            }
            sessions[lesson.id] = made
            session = made
        }
        mode = .lesson
        valueEntry = nil
        recordProgress()
    }

    /// Saves progress now if anything is unsaved (the frame loop's caller does this when a
    /// signal ends the notebook).
    func saveProgressNow() {
        guard hasUnsavedProgress else { return }
        save()
    }

    /// Shows `text` in the status line until the next key.
    func show(message text: String) { message = text }

    /// Switches between English and Chinese on the page on screen: every cell, knob and
    /// scroll position stays as it is (only the texts are chosen again when drawn). The
    /// choice is saved in progress, and the notice row says the new language's name.
    func switchLanguage() {
        language = language.other
        progress.language = language.rawValue
        message = language.nativeName
        save()
    }

    private func turnPage(by delta: Int) {
        guard let session, session.turn(to: session.pageIndex + delta) else { return }
        recordProgress()
    }

    /// Records the page on screen in progress and saves.
    private func recordProgress() {
        guard let session else { return }
        progress.visit(lesson: session.lesson.id, page: session.pageIndex, pageCount: session.pages.count)
        save()
    }

    /// Records the knobs of the page on screen (and of the pages sharing its cell) in
    /// progress; saves unless the last save was less than `knobSaveInterval` ago.
    private func recordKnobs() {
        guard let session else { return }
        for index in session.pagesSharingTheCell(ofPage: session.pageIndex) {
            progress.setKnobValues(session.changedKnobs(onPage: index), lesson: session.lesson.id, page: index)
        }
        hasUnsavedProgress = true
        if let lastSave, clock.now - lastSave < knobSaveInterval { return }
        save()
    }

    private func save() {
        hasUnsavedProgress = false
        lastSave = clock.now
        guard let saveProgress else { return }
        do { progress = try saveProgress(progress) } catch { message = tr("progress not saved: \(error)", "进度未保存：\(error)") }
    }

    private func selectKnob(by delta: Int) {
        guard let session, session.hasKnobs else { return }
        session.selectedKnob = Swift.max(0, Swift.min(session.knobs.count - 1, session.selectedKnob + delta))
    }

    private func changeKnob(by steps: Int, big: Bool) {
        guard let session, let cell = session.cell, let knob = session.currentKnob else { return }
        let value = knob.stepped(by: steps, big: big)
        guard value != knob.value else { return }
        cell.setKnob(knob.name, to: value)
        recordKnobs()
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
            recordKnobs()
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

    /// Scrolls the text to first row `row` (nil: the end), or by `rows` from where it is
    /// (`screens`: by that many screens, one row of the previous screen kept in view).
    private func scrollText(to row: Int? = nil, by rows: Int = 0, screens: Bool = false) {
        guard let session, let (layout, text) = pageLayout() else { return }
        let maximum = Swift.max(0, text.height - layout.text.height)
        let step = screens ? Swift.max(1, layout.text.height - 1) : 1
        let target = row ?? (rows == 0 ? maximum : Swift.min(maximum, session.textScroll) + rows * step)
        session.textScroll = Swift.max(0, Swift.min(maximum, target))
    }
}
