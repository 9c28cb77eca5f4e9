#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesW
import Charts

/// The real terminal, through ncursesw. Every curses call of the notebook lives in this type
/// (and the shim); use it from the main thread only, one at a time.
///
/// Start-up follows DESIGN.md "The terminal": locale and codeset check, a terminal that can
/// move the cursor (TERM=dumb is refused), saved termios and signal handlers before
/// `newterm`, cbreak/noecho/keypad/no cursor, no XON/XOFF flow control (Ctrl-S would freeze
/// the output), ESC delay 25 ms unless `ESCDELAY` is set, colour only when wanted and
/// possible. `present` draws only the cells that changed since the last frame, then one
/// `wnoutrefresh` + `doupdate`.
final class CursesScreen: Screen {
    private var terminal: OpaquePointer?
    private var previous: Grid?
    private var colorDepth: ColorDepth?
    private var colorPairs: ColorPairTable
    private let unicode: Bool
    private var consecutiveReadFailures = 0

    /// Takes the locale from the environment. When it is not installed (e.g.
    /// `LANG=zh_CN.UTF-8` on a machine without Chinese locale data) but its name says UTF-8,
    /// the characters still are UTF-8 (`C.UTF-8`): the terminal shows UTF-8 whatever the
    /// machine has, and Chinese text needs it.
    private static func setLocale(environment: [String: String]) {
        guard setlocale(LC_ALL, "") == nil else { return }
        if setlocale(LC_CTYPE, "") != nil && nnbook_codeset_is_utf8() != 0 { return }
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lowered = name.lowercased()
        guard lowered.contains("utf-8") || lowered.contains("utf8") else { return }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
    }

    /// Opens the terminal in curses mode. Throws `NotebookError.cannotInitialize` when the
    /// terminal type is unknown or cannot move the cursor.
    init(ascii: Bool, color: Bool, environment: [String: String]) throws {
        Self.setLocale(environment: environment)
        unicode = !ascii && nnbook_codeset_is_utf8() != 0
        let terminalName = environment["TERM"] ?? ""
        switch nnbook_can_address_cursor(STDOUT_FILENO) {
        case 1: break
        case 0: throw NotebookError.cannotInitialize(Self.cannotMoveCursor(terminalName: terminalName))
        default: throw NotebookError.cannotInitialize(tr("unknown terminal type '\(terminalName)'", "未知的终端类型 '\(terminalName)'"))
        }
        TerminalSignals.saveTerminal()
        TerminalSignals.install()
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let terminal = newterm(nil, output, input) else {
            TerminalSignals.uninstall()
            TerminalSignals.restoreTerminal()
            throw NotebookError.cannotInitialize(tr("unknown terminal type '\(terminalName)'", "未知的终端类型 '\(terminalName)'"))
        }
        self.terminal = terminal
        _ = set_term(terminal)
        TerminalSignals.forwardResizeToThisThread()
        if environment["ESCDELAY"] == nil { _ = set_escdelay(25) }
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = nnbook_disable_flow_control()
        _ = keypad(nnbook_stdscr(), true)
        _ = intrflush(nnbook_stdscr(), false)
        _ = curs_set(0)
        colorPairs = ColorPairTable(colorPairs: 0)
        if ColorSupport.mayUseColor(wanted: color, environment: environment), has_colors() {
            _ = start_color()
            _ = use_default_colors()
            colorDepth = ColorSupport.depth(wanted: color, environment: environment, hasColors: true,
                                            colors: Int(nnbook_colors()))
            colorPairs = ColorPairTable(colorPairs: Int(nnbook_color_pairs()))
        }
    }

    /// Why a terminal that cannot move the cursor is refused, and what to do instead.
    private static func cannotMoveCursor(terminalName: String) -> String {
        tr("TERM=\(terminalName) cannot move the cursor; use a terminal such as xterm, "
               + "or run lessons headless with 'nnbook run' / 'nnbook render'",
           "TERM=\(terminalName) 无法移动光标；请使用 xterm 等终端，或用 'nnbook run' / 'nnbook render' 以无界面方式运行课程")
    }

    /// Leaves curses mode and puts the terminal and the signal handlers back as they were.
    /// Safe to call more than once.
    func shutdown() {
        guard let terminal else { return }
        _ = endwin()
        delscreen(terminal)
        self.terminal = nil
        TerminalSignals.uninstall()
        TerminalSignals.restoreTerminal()
    }

    deinit { shutdown() }

    var size: ScreenSize {
        ScreenSize(width: Int(nnbook_screen_width()), height: Int(nnbook_screen_height()))
    }

    var renderOptions: RenderOptions { RenderOptions(unicode: unicode, color: colorDepth != nil) }

    func invalidate() {
        previous = nil
        _ = clearok(nnbook_curscr(), true)
    }

    func present(_ grid: Grid) {
        let screen = nnbook_stdscr()
        if let previous, previous.width == grid.width, previous.height == grid.height {
            for cell in GridDiff.changedCells(from: previous, to: grid) { draw(grid[cell.x, cell.y], x: cell.x, y: cell.y) }
        } else {
            _ = werase(screen)
            for y in 0..<grid.height {
                for x in 0..<grid.width where grid[x, y] != .blank && !grid[x, y].isContinuation {
                    draw(grid[x, y], x: x, y: y)
                }
            }
        }
        previous = grid
        _ = wnoutrefresh(screen)
        _ = doupdate()
    }

    /// Draws one glyph at (x, y) with its attributes and colour pair.
    private func draw(_ glyph: Glyph, x: Int, y: Int) {
        var attributes = nnbook_a_normal()
        if glyph.style.bold { attributes |= nnbook_a_bold() }
        if glyph.style.dim { attributes |= nnbook_a_dim() }
        if glyph.style.reverse { attributes |= nnbook_a_reverse() }
        if glyph.style.underline { attributes |= nnbook_a_underline() }
        var pair: Int16 = 0
        if let colorDepth, glyph.style.foreground != nil || glyph.style.background != nil {
            pair = colorPairs.pair(foreground: colorDepth.terminalColor(glyph.style.foreground),
                                   background: colorDepth.terminalColor(glyph.style.background)) { n, fg, bg in
                _ = init_pair(n, fg, bg)
            }
        }
        var characters: [wchar_t] = []
        for scalar in glyph.character.unicodeScalars.prefix(4) {
            let value = unicode || scalar.value < 0x7F ? scalar.value : UInt32(UInt8(ascii: "?"))
            characters.append(wchar_t(bitPattern: value))
        }
        characters.append(0)
        _ = nnbook_put_cell(Int32(y), Int32(x), characters, attributes, Int32(pair))
    }

    func nextEvent(timeout: Double?) -> InputEvent {
        while true {
            if let signal = signalEvent() { return signal }
            wtimeout(nnbook_stdscr(), timeout.map { Int32(($0 * 1000).rounded(.up)) } ?? -1)
            var value: UInt32 = 0
            let kind = nnbook_read_input(&value)
            if kind == 0 {
                // Nothing read: a timeout, or a signal interrupted the wait.
                if let signal = signalEvent() { return signal }
                if timeout != nil { return .timeout }
                // A blocking read failed without a signal: after many in a row stdin is gone.
                consecutiveReadFailures += 1
                if consecutiveReadFailures > 100 { return .endOfInput }
                continue
            }
            consecutiveReadFailures = 0
            if kind == 2 && Int32(value) == nnbook_key_resize() { return .resized }
            let key = kind == 2 ? CursesKeys.key(forCode: Int32(value)) : CursesKeys.key(forCharacter: value)
            if let key { return .key(key) }
        }
    }

    /// A pending shutdown signal as an event; or, after Ctrl-Z, the suspension (returning
    /// `.resized` once continued); nil when no signal is pending.
    private func signalEvent() -> InputEvent? {
        if let signal = TerminalSignals.pendingShutdown { return .terminated(signal: signal) }
        if TerminalSignals.takeSuspendRequest() {
            suspend()
            return .resized
        }
        return nil
    }

    /// Ctrl-Z: leave curses mode, stop, and on SIGCONT come back and redraw everything.
    private func suspend() {
        _ = endwin()
        TerminalSignals.stopUntilContinued()
        invalidate()
        _ = wrefresh(nnbook_stdscr())
    }
}
