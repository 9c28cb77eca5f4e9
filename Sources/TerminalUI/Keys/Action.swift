/// What a key does in the notebook; the keymap table maps keys to actions per context.
enum Action: Hashable, Sendable {
    // Anywhere
    case quit, showHelp, redraw
    // Menu
    case menuUp, menuDown, menuFirst, menuLast, openLesson
    // Lesson page
    case backToMenu, toggleFocus
    case selectPreviousKnob, selectNextKnob
    case decreaseKnob, increaseKnob, decreaseKnobBig, increaseKnobBig, enterKnobValue
    case playPause, stepOnce, resetCell
    case nextPage, previousPage
    case scrollUp, scrollDown, scrollTop, scrollBottom
    // Help overlay
    case closeHelp, helpScrollUp, helpScrollDown
    // Value entry line
    case applyValue, cancelValue, deleteCharacter
}

/// Where a key binding applies. The app asks the keymap with the contexts active in its
/// current state, most specific first.
enum KeyContext: Hashable, Sendable, CaseIterable {
    case global, menu, lesson, knobPanel, text, help, valueEntry

    /// The heading of this context's section in the help overlay.
    var title: String {
        switch self {
        case .global: return "Anywhere"
        case .menu: return "Lesson menu"
        case .lesson: return "Lesson page"
        case .knobPanel: return "Knob panel focused"
        case .text: return "Text focused"
        case .help: return "This help"
        case .valueEntry: return "Typing a value (after =)"
        }
    }
}
