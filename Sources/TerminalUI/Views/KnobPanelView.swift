#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Charts
import LessonKit

/// The knob panel: for each knob a label row (the selected one marked, in the accent when
/// the panel has the focus) and a value row (the value and a small bar for numbers,
/// ◂ value ▸ for choices and toggles). When the knobs do not all fit, it scrolls to keep the
/// selection in view and says how many are hidden: "▲ 3 more" on top, "▼ 12 more" below.
enum KnobPanelView {
    /// Draws the panel of `session` into `area` (its left column is the border).
    static func draw(_ session: LessonSession, in area: Rect, into grid: inout Grid, palette: Palette, symbols: Symbols) {
        for y in area.y..<(area.y + area.height) { grid.put(symbols.vertical, x: area.x, y: y, style: palette.dim) }
        let x = area.x + 2
        let width = area.width - 3
        let knobs = session.knobs
        guard !knobs.isEmpty else {
            grid.put(tr("no knobs", "没有旋钮"), x: x, y: area.y, style: palette.dim)
            return
        }
        let selected = Swift.max(0, Swift.min(knobs.count - 1, session.selectedKnob))
        let window = window(count: knobs.count, selected: selected, rows: area.height)
        let focused = session.focus == .knobs
        let top = area.y + (window.first > 0 ? 1 : 0)
        if window.first > 0 {
            grid.put("\(symbols.unicode ? "▲" : "^") " + tr("\(window.first) more", "还有 \(window.first) 个"), x: x + 2, y: area.y, style: palette.dim)
        }
        let below = knobs.count - window.first - window.count
        if below > 0 {
            grid.put("\(symbols.unicode ? "▼" : "v") " + tr("\(below) more", "还有 \(below) 个"), x: x + 2, y: area.y + area.height - 1,
                     style: palette.dim)
        }
        for (slot, index) in (window.first..<(window.first + window.count)).enumerated() {
            let knob = knobs[index]
            let y = top + 2 * slot
            let isSelected = index == selected
            if isSelected { grid.put(symbols.selected, x: x, y: y, style: focused ? palette.accent : palette.plain) }
            grid.put(symbols.truncated(knob.label, to: width - 2), x: x + 2, y: y,
                     style: isSelected && focused ? palette.accent : palette.plain)
            drawValue(of: knob, x: x + 2, y: y + 1, width: width - 2, into: &grid, palette: palette, symbols: symbols)
        }
    }

    /// Which knobs show in a panel of `rows` rows: the first one and how many. All when they
    /// fit (two rows each); otherwise a window holding `selected` as near the middle as
    /// possible, with a row kept for each "more" cue it needs.
    static func window(count: Int, selected: Int, rows: Int) -> (first: Int, count: Int) {
        if 2 * count <= rows { return (0, count) }
        func shown(from first: Int) -> Int {
            let room = rows - (first > 0 ? 1 : 0)
            let all = room / 2
            return Swift.max(1, first + all >= count ? all : (room - 1) / 2)
        }
        var best = (first: selected, count: 1)
        var bestDistance = Int.max
        for first in 0...selected {
            let n = Swift.min(shown(from: first), count - first)
            guard selected < first + n else { continue }
            if first > 0 && first + n == count && n < shown(from: first - 1) { continue }   // room left below
            let distance = abs(2 * (selected - first) - (n - 1))
            if distance < bestDistance { (best, bestDistance) = ((first, n), distance) }
        }
        return best
    }

    /// The value row of `knob`.
    static func drawValue(of knob: Knob, x: Int, y: Int, width: Int, into grid: inout Grid, palette: Palette,
                          symbols: Symbols) {
        switch knob.kind {
        case .choice, .toggle:
            let value = symbols.truncated(knob.formattedValue, to: width - 4)
            grid.put("\(symbols.choiceLeft) \(value) \(symbols.choiceRight)", x: x, y: y)
        case .continuous, .integer:
            let valueWidth = 9
            grid.put(symbols.truncated(knob.formattedValue, to: valueWidth), x: x, y: y)
            let barWidth = width - valueWidth - 1
            guard barWidth > 0 else { return }
            let filled = Int((position(of: knob) * Double(barWidth)).rounded())
            grid.put(String(repeating: symbols.barFilled, count: filled), x: x + valueWidth + 1, y: y,
                     style: palette.accent)
            grid.put(String(repeating: symbols.barEmpty, count: barWidth - filled), x: x + valueWidth + 1 + filled,
                     y: y, style: palette.dim)
        }
    }

    /// Where the knob's value sits in its range, 0…1 (logarithmically for log knobs).
    static func position(of knob: Knob) -> Double {
        let fraction: Double
        switch knob.kind {
        case let .continuous(range, _, scale):
            if scale == .log && range.lowerBound > 0 && knob.value > 0 {
                fraction = (knob.value / range.lowerBound).logarithm / (range.upperBound / range.lowerBound).logarithm
            } else {
                fraction = (knob.value - range.lowerBound) / (range.upperBound - range.lowerBound)
            }
        case let .integer(range, _):
            fraction = (knob.value - Double(range.lowerBound)) / Double(range.upperBound - range.lowerBound)
        case .choice, .toggle:
            fraction = 0
        }
        return fraction.isFinite ? Swift.max(0, Swift.min(1, fraction)) : 0
    }
}

extension Double {
    /// The natural logarithm (without Foundation).
    fileprivate var logarithm: Double {
        #if canImport(Glibc)
        return Glibc.log(self)
        #else
        return Darwin.log(self)
        #endif
    }
}
