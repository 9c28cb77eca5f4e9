/// One row of the keymap: the keys, the action they trigger, the line in the help overlay,
/// the context where they apply and, for a few, a short hint for the status line.
struct KeyBinding: Sendable {
    /// A status-line hint: a compact key label ("↑↓") and a word or two ("knob").
    struct Hint: Sendable {
        var label: String
        var asciiLabel: String
        var text: String
    }

    var keys: [Key]
    var action: Action
    var help: String
    var context: KeyContext
    var hint: Hint?
}

/// THE keymap of the notebook: one table that drives both key dispatch and the help
/// overlay (and the status-line hints), as in btop, htop and lazygit.
enum Keymap {
    private static func hint(_ label: String, _ text: String, ascii: String? = nil) -> KeyBinding.Hint {
        KeyBinding.Hint(label: label, asciiLabel: ascii ?? label, text: text)
    }

    /// Every binding, in the order the help overlay lists them.
    static let bindings: [KeyBinding] = [
        // Menu
        KeyBinding(keys: [.up, .character("k")], action: .menuUp, help: "previous lesson", context: .menu,
                   hint: hint("↑↓", "select", ascii: "Up/Down")),
        KeyBinding(keys: [.down, .character("j")], action: .menuDown, help: "next lesson", context: .menu),
        KeyBinding(keys: [.home], action: .menuFirst, help: "first lesson", context: .menu),
        KeyBinding(keys: [.end], action: .menuLast, help: "last lesson", context: .menu),
        KeyBinding(keys: [.enter, .right, .character("l")], action: .openLesson, help: "open the lesson",
                   context: .menu, hint: hint("Enter", "open")),
        // Lesson page
        KeyBinding(keys: [.left, .character("h")], action: .decreaseKnob, help: "decrease the knob",
                   context: .lesson, hint: hint("←→", "change", ascii: "Left/Right")),
        KeyBinding(keys: [.right, .character("l")], action: .increaseKnob, help: "increase the knob", context: .lesson),
        KeyBinding(keys: [.character("H"), .character("[")], action: .decreaseKnobBig,
                   help: "decrease the knob, big step", context: .lesson),
        KeyBinding(keys: [.character("L"), .character("]")], action: .increaseKnobBig,
                   help: "increase the knob, big step", context: .lesson),
        KeyBinding(keys: [.character("=")], action: .enterKnobValue, help: "type an exact value for the knob",
                   context: .lesson),
        KeyBinding(keys: [.space], action: .playPause, help: "play / pause the cell", context: .lesson,
                   hint: hint("space", "play")),
        KeyBinding(keys: [.character("s")], action: .stepOnce, help: "one step (pauses)", context: .lesson),
        KeyBinding(keys: [.character("r")], action: .resetCell, help: "reset the cell (keeps the knobs)",
                   context: .lesson),
        KeyBinding(keys: [.character("d")], action: .restoreDefaults,
                   help: "knobs to their defaults, reset the cell", context: .lesson),
        KeyBinding(keys: [.character("n"), .pageDown], action: .nextPage, help: "next page", context: .lesson,
                   hint: hint("n/p", "page")),
        KeyBinding(keys: [.character("p"), .pageUp], action: .previousPage, help: "previous page", context: .lesson),
        KeyBinding(keys: [.tab, .backTab], action: .toggleFocus, help: "focus the knob panel / the text",
                   context: .lesson),
        KeyBinding(keys: [.character("t")], action: .openReading, help: "read the whole text (full screen)",
                   context: .lesson, hint: hint("t", "read")),
        KeyBinding(keys: [.character("c")], action: .toggleChallenges,
                   help: "challenges and the prediction of the page", context: .lesson, hint: hint("c", "goals")),
        KeyBinding(keys: [.character("m")], action: .backToMenu,
                   help: "lesson menu (this lesson stays as it is)", context: .lesson),
        KeyBinding(keys: [.escape], action: .escapeInLesson, help: "does not leave (m goes to the menu)",
                   context: .lesson),
        // Knob panel focused
        KeyBinding(keys: [.up, .character("k")], action: .selectPreviousKnob, help: "select the previous knob",
                   context: .knobPanel, hint: hint("↑↓", "knob", ascii: "Up/Down")),
        KeyBinding(keys: [.down, .character("j")], action: .selectNextKnob, help: "select the next knob",
                   context: .knobPanel),
        // Text focused
        KeyBinding(keys: [.up, .character("k")], action: .scrollUp, help: "scroll the text up", context: .text,
                   hint: hint("↑↓", "scroll", ascii: "Up/Down")),
        KeyBinding(keys: [.down, .character("j")], action: .scrollDown, help: "scroll the text down", context: .text),
        KeyBinding(keys: [.home], action: .scrollTop, help: "top of the text", context: .text),
        KeyBinding(keys: [.end], action: .scrollBottom, help: "end of the text", context: .text),
        // Reading the text
        KeyBinding(keys: [.up, .character("k")], action: .scrollUp, help: "scroll up", context: .reading,
                   hint: hint("↑↓", "scroll", ascii: "Up/Down")),
        KeyBinding(keys: [.down, .character("j")], action: .scrollDown, help: "scroll down", context: .reading),
        KeyBinding(keys: [.pageUp], action: .scrollScreenUp, help: "one screen up", context: .reading),
        KeyBinding(keys: [.pageDown, .space], action: .scrollScreenDown, help: "one screen down", context: .reading,
                   hint: hint("PgDn/PgUp", "screen")),
        KeyBinding(keys: [.home], action: .scrollTop, help: "top of the text", context: .reading),
        KeyBinding(keys: [.end], action: .scrollBottom, help: "end of the text", context: .reading),
        KeyBinding(keys: [.character("t"), .escape], action: .closeReading, help: "back to the page",
                   context: .reading, hint: hint("t", "back")),
        // Challenges panel
        KeyBinding(keys: [.up, .character("k")], action: .selectPreviousChallenge, help: "select the previous challenge",
                   context: .challenges, hint: hint("↑↓", "select", ascii: "Up/Down")),
        KeyBinding(keys: [.down, .character("j")], action: .selectNextChallenge, help: "select the next challenge",
                   context: .challenges),
        KeyBinding(keys: [.character("i")], action: .revealHint, help: "a hint for it (again: a bigger one)",
                   context: .challenges, hint: hint("i", "hint")),
        KeyBinding(keys: (1...9).map { .character(Character("\($0)")) }, action: .answerPrediction,
                   help: "answer the prediction with that choice", context: .challenges),
        KeyBinding(keys: [.character("x")], action: .skipPrediction, help: "skip the prediction", context: .challenges),
        KeyBinding(keys: [.character("c"), .escape], action: .toggleChallenges, help: "close the panel",
                   context: .challenges, hint: hint("c", "close")),
        // Value entry
        KeyBinding(keys: [.enter], action: .applyValue, help: "set the typed value", context: .valueEntry,
                   hint: hint("Enter", "set")),
        KeyBinding(keys: [.escape], action: .cancelValue, help: "cancel", context: .valueEntry,
                   hint: hint("Esc", "cancel")),
        KeyBinding(keys: [.backspace], action: .deleteCharacter, help: "delete the last character",
                   context: .valueEntry),
        // Help overlay
        KeyBinding(keys: [.escape, .character("?"), .function(1)], action: .closeHelp, help: "close this help",
                   context: .help, hint: hint("Esc", "close")),
        KeyBinding(keys: [.up, .character("k")], action: .helpScrollUp, help: "scroll up", context: .help),
        KeyBinding(keys: [.down, .character("j")], action: .helpScrollDown, help: "scroll down", context: .help),
        // Anywhere
        KeyBinding(keys: [.character("?"), .function(1)], action: .showHelp, help: "show the keys (this help)",
                   context: .global, hint: hint("?", "help")),
        KeyBinding(keys: [.control("l")], action: .redraw, help: "redraw the screen", context: .global),
        KeyBinding(keys: [.character("q")], action: .quit, help: "quit", context: .global,
                   hint: hint("q", "quit")),
    ]

    /// The action of `key` in the first of `contexts` (most specific first) that binds it.
    static func action(for key: Key, in contexts: [KeyContext]) -> Action? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.action
            }
        }
        return nil
    }

    /// The most hints the status line shows.
    static let maximumHints = 6

    /// The status-line hints of `contexts`, most specific context first, at most
    /// `maximumHints`: only bindings whose key really does their action there (not shadowed
    /// by a more specific context) and whose action `isAvailable` (e.g. no "play" hint on a
    /// page without an animated cell).
    static func hints(in contexts: [KeyContext], isAvailable: (Action) -> Bool = { _ in true }) -> [KeyBinding.Hint] {
        let all = contexts.flatMap { context in
            bindings.filter { binding in
                binding.context == context && binding.hint != nil && isAvailable(binding.action) &&
                    action(for: binding.keys[0], in: contexts) == binding.action
            }.compactMap(\.hint)
        }
        return Array(all.prefix(maximumHints))
    }

    /// The bindings of one context, in table order (for the help overlay).
    static func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.context == context }
    }
}
