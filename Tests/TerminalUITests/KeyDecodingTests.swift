import Testing
@testable import TerminalUI

/// What wget_wch returns, decoded into keys.
@Suite struct KeyDecodingTests {
    @Test func controlCharacters() {
        #expect(CursesKeys.key(forCharacter: 0x0C) == .control("l"))
        #expect(CursesKeys.key(forCharacter: 0x0A) == .enter)
        #expect(CursesKeys.key(forCharacter: 0x0D) == .enter)
        #expect(CursesKeys.key(forCharacter: 0x09) == .tab)
        #expect(CursesKeys.key(forCharacter: 0x1B) == .escape)
        #expect(CursesKeys.key(forCharacter: 0x7F) == .backspace)
        #expect(CursesKeys.key(forCharacter: 0x1C) == nil)
    }

    @Test func printableCharacters() {
        #expect(CursesKeys.key(forCharacter: 0x20) == .space)
        #expect(CursesKeys.key(forCharacter: 0x71) == .character("q"))
        #expect(CursesKeys.key(forCharacter: 0x3B1) == .character("α"))
    }

    @Test func functionKeyCodes() {
        // ncurses' codes: KEY_DOWN 0402, KEY_UP 0403, KEY_NPAGE 0522, KEY_F(1) 0411, KEY_BTAB 0541.
        #expect(CursesKeys.key(forCode: 0o402) == .down)
        #expect(CursesKeys.key(forCode: 0o403) == .up)
        #expect(CursesKeys.key(forCode: 0o522) == .pageDown)
        #expect(CursesKeys.key(forCode: 0o411) == .function(1))
        #expect(CursesKeys.key(forCode: 0o541) == .backTab)
        #expect(CursesKeys.key(forCode: 0o632) == nil)        // KEY_RESIZE is an event, not a key
    }

    @Test func labelsForHelpAndHints() {
        #expect(Key.up.label(unicode: true) == "↑")
        #expect(Key.up.label(unicode: false) == "Up")
        #expect(Key.space.label(unicode: true) == "space")
        #expect(Key.control("l").label(unicode: true) == "Ctrl-L")
        #expect(Key.function(1).label(unicode: false) == "F1")
    }
}
