/// What a key does in the notebook; the keymap table maps keys to actions per context.
enum Action: Hashable, Sendable {
    // Anywhere
    case quit, showHelp, redraw
    // Menu
    case menuUp, menuDown, menuFirst, menuLast, openLesson
    // Lesson page
    case backToMenu, toggleFocus, escapeInLesson, restoreDefaults, openReading
    case selectPreviousKnob, selectNextKnob
    case decreaseKnob, increaseKnob, decreaseKnobBig, increaseKnobBig, enterKnobValue
    case playPause, stepOnce, resetCell
    case nextPage, previousPage
    case scrollUp, scrollDown, scrollTop, scrollBottom
    // Reading the page's text full screen
    case closeReading, scrollScreenUp, scrollScreenDown
    // Challenges panel (after c)
    case toggleChallenges, selectPreviousChallenge, selectNextChallenge, revealHint
    case answerPrediction, skipPrediction
    // Help overlay
    case closeHelp, helpScrollUp, helpScrollDown
    // Value entry line
    case applyValue, cancelValue, deleteCharacter
}

/// Where a key binding applies. The app asks the keymap with the contexts active in its
/// current state, most specific first.
enum KeyContext: Hashable, Sendable, CaseIterable {
    case global, menu, lesson, knobPanel, text, reading, challenges, help, valueEntry

    /// The heading of this context's section in the help overlay.
    var title: String {
        switch self {
        case .global: return "Anywhere"
        case .menu: return "Lesson menu"
        case .lesson: return "Lesson page"
        case .knobPanel: return "Knob panel focused"
        case .text: return "Text focused"
        case .reading: return "Reading the text (after t)"
        case .challenges: return "Challenges panel (after c)"
        case .help: return "This help"
        case .valueEntry: return "Typing a value (after =)"
        }
    }
}
