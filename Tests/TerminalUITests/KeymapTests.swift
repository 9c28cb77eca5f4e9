import Charts
import Testing
@testable import TerminalUI

/// The one keymap table drives dispatch, hints and help.
@Suite struct KeymapTests {
    @Test func theMoreSpecificContextWins() {
        #expect(Keymap.action(for: .up, in: [.knobPanel, .lesson, .global]) == .selectPreviousKnob)
        #expect(Keymap.action(for: .up, in: [.text, .lesson, .global]) == .scrollUp)
        #expect(Keymap.action(for: .character("?"), in: [.help, .global]) == .closeHelp)
        #expect(Keymap.action(for: .character("?"), in: [.menu, .global]) == .showHelp)
        #expect(Keymap.action(for: .character("q"), in: [.valueEntry]) == nil)
        #expect(Keymap.action(for: .character("x"), in: [.menu, .global]) == nil)
    }

    @Test func noContextBindsOneKeyTwice() {
        for context in KeyContext.allCases {
            let keys = Keymap.bindings(in: context).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context) binds a key twice")
        }
    }

    @Test func helpListsEveryBinding() {
        let lines = HelpOverlayView.lines(unicode: true)
        #expect(lines.filter { $0.keys != nil }.count == Keymap.bindings.count)
        #expect(lines.contains { $0.keys == "= " .trimmingSuffixSpace && $0.text == "type an exact value for the knob" })
        #expect(lines.contains { $0.keys == "Tab Shift-Tab" && $0.text == "focus the knob panel / the text" })
    }

    @Test func everyHelpTextFitsTheHelpBox() {
        for binding in Keymap.bindings {
            #expect(displayWidth(of: binding.help) <= HelpOverlayView.textWidth, "\(binding.help)")
        }
    }

    @Test func hintsAreFourToSixAndNeverShadowed() {
        let lesson = Keymap.hints(in: [.knobPanel, .lesson, .global]).map(\.text)
        #expect(lesson == ["knob", "change", "play", "page", "read", "goals"])     // at most six: no "help", "quit"
        let reading = Keymap.hints(in: [.reading, .global]).map(\.text)
        #expect(reading == ["scroll", "screen", "back", "help", "quit"])
        let help = Keymap.hints(in: [.help, .global]).map(\.text)
        #expect(help == ["close", "quit"])
        let menu = Keymap.hints(in: [.menu, .global]).map(\.text)
        #expect(menu == ["select", "open", "help", "quit"])
    }

    @Test func everyContextsHintsFitIn80ColumnsInUnicodeAndASCII() {
        let states: [[KeyContext]] = [[.menu, .global], [.knobPanel, .lesson, .global], [.text, .lesson, .global],
                                      [.reading, .global], [.help, .global], [.valueEntry]]
        for contexts in states {
            let hints = Keymap.hints(in: contexts)
            #expect((4...6).contains(hints.count) || contexts == [.valueEntry] || contexts == [.help, .global])
            for unicode in [true, false] {
                let width = 1 + hints.map { displayWidth(of: unicode ? $0.label : $0.asciiLabel) + 1 + displayWidth(of: $0.text) }
                    .reduce(0, +) + 3 * (hints.count - 1)
                #expect(width <= 79, "\(contexts) \(unicode ? "Unicode" : "ASCII"): \(width) columns")
            }
        }
    }
}

extension String {
    fileprivate var trimmingSuffixSpace: String { self.hasSuffix(" ") ? String(dropLast()) : self }
}
