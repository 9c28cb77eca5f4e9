import Charts
import LessonKit

/// The search's knobs: trials and epochs per trial, and the two ranges (the values are rates,
/// stepped ×√10, half a decade, on a log scale; a range given upside down is read low to high).
enum SearchKnobs {
    static let halfDecade = 3.1622776601683795
    static let learningRateBounds = 1e-8...10.0
    static let weightDecayBounds = 1e-10...1.0

    static func range(_ s: SearchSettings) -> [Knob] {
        [
            Knob(name: "trials", label: tr("trials", "试验次数"), kind: .integer(range: 1...100, step: 5), value: Double(s.trials)),
            Knob(name: "epochs", label: tr("epochs per trial", "每次试验的轮数"), kind: .integer(range: 1...50, step: 1), value: Double(s.epochs)),
            Knob(name: "lr_low", label: tr("lr from", "lr 下限"),
                 kind: .continuous(range: learningRateBounds, step: halfDecade, scale: .log), value: s.learningRate.lowerBound),
            Knob(name: "lr_high", label: tr("lr to", "lr 上限"),
                 kind: .continuous(range: learningRateBounds, step: halfDecade, scale: .log), value: s.learningRate.upperBound),
            Knob(name: "wd_low", label: tr("weight decay from", "权重衰减下限"),
                 kind: .continuous(range: weightDecayBounds, step: halfDecade, scale: .log), value: s.weightDecay.lowerBound),
            Knob(name: "wd_high", label: tr("weight decay to", "权重衰减上限"),
                 kind: .continuous(range: weightDecayBounds, step: halfDecade, scale: .log), value: s.weightDecay.upperBound),
        ]
    }

    static func best(_ s: SearchSettings) -> Knob {
        Knob(name: "best", label: tr("best trials shown", "列出的最佳试验数"), kind: .integer(range: 1...20, step: 1), value: Double(s.best))
    }

    /// Applies knob `name` (non-finite values are ignored; out-of-range ones clamped).
    static func set(_ name: String, to value: Double, on search: Search) {
        guard value.isFinite else { return }
        var s = search.settings
        func clamp(_ v: Double, _ r: ClosedRange<Double>) -> Double { min(r.upperBound, max(r.lowerBound, v)) }
        func ordered(_ a: Double, _ b: Double) -> ClosedRange<Double> { min(a, b)...max(a, b) }
        switch name {
        case "trials": s.trials = max(1, min(100, Int(value.rounded())))
        case "epochs": s.epochs = max(1, min(50, Int(value.rounded())))
        case "best": s.best = max(1, min(20, Int(value.rounded())))
        case "lr_low": s.learningRate = ordered(clamp(value, learningRateBounds), s.learningRate.upperBound)
        case "lr_high": s.learningRate = ordered(s.learningRate.lowerBound, clamp(value, learningRateBounds))
        case "wd_low": s.weightDecay = ordered(clamp(value, weightDecayBounds), s.weightDecay.upperBound)
        case "wd_high": s.weightDecay = ordered(s.weightDecay.lowerBound, clamp(value, weightDecayBounds))
        default: return
        }
        search.apply(s)
    }
}
