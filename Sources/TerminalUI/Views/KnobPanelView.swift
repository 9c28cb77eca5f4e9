#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Charts
import LessonKit

/// The knob panel: for each knob a label row (the selected one marked, in the accent when
/// the panel has the focus) and a value row (the value and a small bar for numbers,
/// ◂ value ▸ for choices and toggles). Scrolls to keep the selection in view.
enum KnobPanelView {
    /// Draws the panel of `session` into `area` (its left column is the border).
    static func draw(_ session: LessonSession, in area: Rect, into grid: inout Grid, palette: Palette, symbols: Symbols) {
        for y in area.y..<(area.y + area.height) { grid.put(symbols.vertical, x: area.x, y: y, style: palette.dim) }
        let x = area.x + 2
        let width = area.width - 3
        let knobs = session.knobs
        guard !knobs.isEmpty else {
            grid.put("no knobs", x: x, y: area.y, style: palette.dim)
            return
        }
        let visible = Swift.max(1, area.height / 2)
        let selected = Swift.max(0, Swift.min(knobs.count - 1, session.selectedKnob))
        let first = Swift.max(0, Swift.min(selected - visible / 2, knobs.count - visible))
        let focused = session.focus == .knobs
        for (slot, index) in (first..<Swift.min(knobs.count, first + visible)).enumerated() {
            let knob = knobs[index]
            let y = area.y + 2 * slot
            let isSelected = index == selected
            if isSelected { grid.put(symbols.selected, x: x, y: y, style: focused ? palette.accent : palette.plain) }
            grid.put(symbols.truncated(knob.label, to: width - 2), x: x + 2, y: y,
                     style: isSelected && focused ? palette.accent : palette.plain)
            drawValue(of: knob, x: x + 2, y: y + 1, width: width - 2, into: &grid, palette: palette, symbols: symbols)
        }
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
