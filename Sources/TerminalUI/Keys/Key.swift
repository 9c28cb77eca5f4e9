import Charts

/// A key the learner pressed, decoded from the terminal (or scripted in a test).
public enum Key: Hashable, Sendable {
    /// A printable character (space included).
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    /// A function key, F1 = `.function(1)`.
    case function(Int)
    /// A control chord such as Ctrl-L = `.control("l")` (lower-case letter).
    case control(Character)

    /// The space bar.
    public static let space = Key.character(" ")

    /// How the key is written in the help overlay and the hints ("↑", "PgDn", "Ctrl-L"),
    /// with ASCII names when Unicode is off.
    public func label(unicode: Bool) -> String {
        switch self {
        case .character(" "): return tr("space", "空格")
        case let .character(c): return String(c)
        case .up: return unicode ? "↑" : "Up"
        case .down: return unicode ? "↓" : "Down"
        case .left: return unicode ? "←" : "Left"
        case .right: return unicode ? "→" : "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case let .function(n): return "F\(n)"
        case let .control(c): return "Ctrl-\(String(c).uppercased())"
        }
    }
}
