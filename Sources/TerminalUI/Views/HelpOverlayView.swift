import Charts

/// The help overlay: a box listing every key of the keymap table, section by section;
/// scrollable when the screen is too low for all of it.
enum HelpOverlayView {
    /// The order of the sections.
    static let sections: [KeyContext] = [.global, .menu, .lesson, .knobPanel, .text, .reading, .challenges, .valueEntry, .help]
    private static let keyColumn = 20
    /// The widest a binding's help text may be (the box is at most 66 columns).
    static let textWidth = 66 - 2 - keyColumn - 3

    /// The overlay's lines: section headings (nil key text) and "keys  what they do".
    static func lines(unicode: Bool) -> [(keys: String?, text: String)] {
        var lines: [(keys: String?, text: String)] = []
        for context in sections {
            if !lines.isEmpty { lines.append((nil, "")) }
            lines.append((nil, context.title))
            for binding in Keymap.bindings(in: context) {
                lines.append((binding.keys.map { $0.label(unicode: unicode) }.joined(separator: " "), binding.help))
            }
        }
        return lines
    }

    /// The box on a `size` screen, and how many lines fit inside it.
    private static func box(size: ScreenSize, lineCount: Int) -> (rect: Rect, visible: Int) {
        let width = Swift.min(size.width - 4, 66)
        let height = Swift.min(size.height - 2, lineCount + 2)
        return (Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height), height - 2)
    }

    /// The largest useful scroll offset on a `size` screen.
    static func maximumScroll(size: ScreenSize, unicode: Bool) -> Int {
        let count = lines(unicode: unicode).count
        return Swift.max(0, count - box(size: size, lineCount: count).visible)
    }

    /// Draws the overlay over `grid`, scrolled by `scroll` lines.
    static func draw(scroll: Int, into grid: inout Grid, palette: Palette, symbols: Symbols) {
        let size = ScreenSize(width: grid.width, height: grid.height)
        let all = lines(unicode: symbols.unicode)
        let (rect, visible) = box(size: size, lineCount: all.count)
        let first = Swift.max(0, Swift.min(scroll, all.count - visible))
        grid.clearWideCharacters(cutBy: rect)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, with: .blank)
        let inner = rect.width - 2
        let horizontal = String(repeating: symbols.horizontal, count: inner)
        grid.put(symbols.topLeft + horizontal + symbols.topRight, x: rect.x, y: rect.y, style: palette.dim)
        grid.put(symbols.bottomLeft + horizontal + symbols.bottomRight, x: rect.x, y: rect.y + rect.height - 1,
                 style: palette.dim)
        for y in (rect.y + 1)..<(rect.y + rect.height - 1) {
            grid.put(symbols.vertical, x: rect.x, y: y, style: palette.dim)
            grid.put(symbols.vertical, x: rect.x + rect.width - 1, y: y, style: palette.dim)
        }
        grid.put(tr(" Keys ", " 按键 "), x: rect.x + 2, y: rect.y, style: palette.accent)
        let arrows = symbols.unicode ? "↑↓" : "Up/Down"
        let scrollNote = all.count > visible ? tr(" \(arrows) scroll ", " \(arrows) 滚动 ") : ""
        let closing = tr(" Esc or ? closes \(scrollNote)", " Esc 或 ? 关闭 \(scrollNote)")
        grid.put(closing, x: rect.x + rect.width - 2 - displayWidth(of: closing), y: rect.y + rect.height - 1,
                 style: palette.dim)
        for (row, line) in all[first..<Swift.min(all.count, first + visible)].enumerated() {
            let y = rect.y + 1 + row
            if let keys = line.keys {
                grid.put(keys, x: rect.x + 3, y: y, style: palette.accent, maxWidth: keyColumn - 1)
                grid.put(line.text, x: rect.x + 3 + keyColumn, y: y, maxWidth: inner - keyColumn - 3)
            } else {
                grid.put(line.text, x: rect.x + 2, y: y, style: palette.bold, maxWidth: inner - 2)
            }
        }
    }
}
