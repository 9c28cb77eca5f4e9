import CNCursesW

/// Decoding of what `wget_wch` returns into `Key`s.
enum CursesKeys {
    /// The key for a character read by `wget_wch` (control characters included), nil for
    /// one the notebook does not use.
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(0x60 + value)!))
        case 0x00..<0x20: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The key for a function-key code (KEY_*), nil for one the notebook does not use.
    /// KEY_RESIZE is not a key: the screen reports it as `InputEvent.resized`.
    static func key(forCode code: Int32) -> Key? {
        switch code {
        case nnbook_key_up(): return .up
        case nnbook_key_down(): return .down
        case nnbook_key_left(): return .left
        case nnbook_key_right(): return .right
        case nnbook_key_npage(): return .pageDown
        case nnbook_key_ppage(): return .pageUp
        case nnbook_key_home(): return .home
        case nnbook_key_end(): return .end
        case nnbook_key_backspace(): return .backspace
        case nnbook_key_enter(): return .enter
        case nnbook_key_btab(): return .backTab
        case nnbook_key_f(1)...nnbook_key_f(12): return .function(Int(code - nnbook_key_f(0)))
        default: return nil
        }
    }
}
