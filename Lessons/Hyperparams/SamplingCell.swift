import Charts
import Foundation
import LessonKit
import NumericCore

/// Page 3: uniform vs log sampling of a learning rate, side by side: values drawn between
/// `low` and `high` (ten a step, up to `samples`), both histograms over log10 of the value,
/// one bin per half decade. Uniform draws pile into the top decade; log draws spread evenly.
final class SamplingCell: LiveCell, HeadlessStepping {
    var title: String { tr("uniform vs log sampling of lr", "lr 的均匀采样与对数采样") }
    let seed: UInt64
    private(set) var low = 1e-6
    private(set) var high = 1e-2
    private(set) var samples = 400
    private(set) var uniform: [Double] = []
    private(set) var logScale: [Double] = []
    private var rng: Xoshiro256StarStar
    static let perStep = 10

    init(seed: UInt64) {
        self.seed = seed
        rng = Xoshiro256StarStar(seed: seed &+ 0x10C)
    }

    var knobs: [Knob] {
        [Knob(name: "samples", label: tr("samples", "样本数"), kind: .integer(range: 10...2000, step: 50), value: Double(samples)),
         Knob(name: "range_low", label: tr("range from", "范围下限"),
              kind: .continuous(range: 1e-8...1, step: SearchKnobs.halfDecade, scale: .log), value: low),
         Knob(name: "range_high", label: tr("range to", "范围上限"),
              kind: .continuous(range: 1e-8...1, step: SearchKnobs.halfDecade, scale: .log), value: high)]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "samples": samples = max(10, min(2000, Int(value.rounded())))
            uniform = Array(uniform.prefix(samples)); logScale = Array(logScale.prefix(samples))
        case "range_low": low = min(1, max(1e-8, value)); reset()
        case "range_high": high = min(1, max(1e-8, value)); reset()
        default: return
        }
    }

    var range: ClosedRange<Double> { min(low, high)...max(low, high) }

    var isAnimated: Bool { true }
    var isFinished: Bool { uniform.count >= samples }
    var defaultRunSteps: Int { (samples + Self.perStep - 1) / Self.perStep }
    func step() {
        for _ in 0..<Self.perStep where uniform.count < samples {
            uniform.append(Sampling.uniform.draw(low: range.lowerBound, high: range.upperBound, using: &rng))
            logScale.append(Sampling.log.draw(low: range.lowerBound, high: range.upperBound, using: &rng))
        }
    }
    func advance(budget: Double) -> Bool {
        guard !isFinished else { return false }
        step()
        return true
    }
    func reset() {
        uniform = []; logScale = []
        rng = Xoshiro256StarStar(seed: seed &+ 0x10C)
    }

    /// The share of `values` below a tenth of the range's top (the top decade's lower edge).
    func shareBelowTopDecade(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let edge = range.upperBound / 10
        return Double(values.filter { $0 < edge }.count) / Double(values.count)
    }

    var status: String? {
        let drawn = tr("\(uniform.count) / \(samples) drawn", "已抽取 \(uniform.count) / \(samples)")
        if range.upperBound / range.lowerBound < 10 {
            return tr("the range spans less than a decade: both samplings look alike — widen it · ",
                      "范围不到一个数量级：两种采样看起来差不多——把它放宽 · ") + drawn
        }
        return drawn
    }

    func histogram(_ values: [Double], title: String, color: Color) -> Histogram {
        let a = log10(range.lowerBound), b = log10(range.upperBound)
        let bins = max(1, min(20, Int(((b - a) * 2).rounded(.up))))
        let hi = max(b, a + 0.5)
        var h = Histogram(title: title, values: values.map(log10), bins: bins, range: a...hi, xLabel: "log10 lr",
                          yLabel: tr("count", "个数"))
        h.color = color
        return h
    }

    var readout: String {
        let edge = SearchText.rate(range.upperBound / 10)
        let u = shareBelowTopDecade(uniform).map(SearchText.percent) ?? "–"
        let l = shareBelowTopDecade(logScale).map(SearchText.percent) ?? "–"
        return tr("below \(edge): uniform \(u), log \(l)", "低于 \(edge)：均匀 \(u)，对数 \(l)")
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let left = histogram(uniform, title: tr("uniform", "均匀采样"), color: .yellow)
        let right = histogram(logScale, title: tr("log scale", "对数采样"), color: .green)
        return ChartLayout.withReadout([readout], width: width, height: height, options: options) { grid, rows in
            grid.blit(ChartLayout.sideBySide(left, right, fraction: 0.5, width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    func export() -> CellExport {
        let json: ExportValue = .object([
            ("low", .number(range.lowerBound)), ("high", .number(range.upperBound)), ("samples", .integer(uniform.count)),
            ("uniform_below_top_decade", shareBelowTopDecade(uniform).map(ExportValue.number) ?? .null),
            ("log_below_top_decade", shareBelowTopDecade(logScale).map(ExportValue.number) ?? .null),
            ("uniform", .array(uniform.map(ExportValue.number))), ("log", .array(logScale.map(ExportValue.number))),
        ])
        let rows = zip(uniform, logScale).enumerated().map { i, p in [ExportValue.integer(i + 1), .number(p.0), .number(p.1)] }
        return CellExport(name: "sampling", json: json, tables: [ExportTable(name: "samples", columns: ["sample", "uniform", "log"], rows: rows)])
    }
}
