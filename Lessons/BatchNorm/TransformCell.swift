import Charts
import LessonKit
import NumericCore

/// Page 1: one unit's pre-activations on a mini-batch — before batch norm, normalized, and
/// after γ and β — with the batch mean and variance written out. Space draws the next batch.
final class TransformCell: LiveCell, HeadlessStepping {
    var title: String { tr("batch norm on one mini-batch", "一个小批量上的批归一化") }
    let model: MiniBatchTransform
    let defaultRunSteps = 10

    init(model: MiniBatchTransform) { self.model = model }

    static let stdRange = 0.0001...100.0
    static let logStep = 1.2589254117941673

    var knobs: [Knob] {
        [
            Knob(name: "std", label: tr("weight std σ", "权重标准差 σ"),
                 kind: .continuous(range: Self.stdRange, step: Self.logStep, scale: .log), value: model.sigma),
            Knob(name: "gamma", label: tr("scale γ", "缩放 γ"), kind: .continuous(range: -3...3, step: 0.1, scale: .linear), value: model.gamma),
            Knob(name: "beta", label: tr("shift β", "平移 β"), kind: .continuous(range: -3...3, step: 0.1, scale: .linear), value: model.beta),
            Knob(name: "unit", label: tr("unit shown", "显示的神经元"), kind: .integer(range: 0...99, step: 1), value: Double(model.unit)),
            Knob(name: "batch", label: tr("batch size", "批大小"), kind: .integer(range: 2...1000, step: 10), value: Double(model.batchSize)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "std": model.setSigma(min(Self.stdRange.upperBound, max(Self.stdRange.lowerBound, value)))
        case "gamma": model.gamma = min(3, max(-3, value))
        case "beta": model.beta = min(3, max(-3, value))
        case "unit": model.unit = max(0, min(99, Int(value.rounded())))
        case "batch": model.setBatchSize(max(2, min(1000, Int(value.rounded()))))
        default: return
        }
    }

    var isAnimated: Bool { true }
    func step() { model.nextBatch() }
    /// One batch per 0.15 s of play, so the histograms can be watched changing.
    private var elapsed = 0.0
    func advance(budget: Double) -> Bool {
        elapsed += max(budget, 1.0 / 30)
        guard elapsed >= 0.15 else { return false }
        elapsed = 0
        model.nextBatch()
        return true
    }
    func reset() { model.restart() }

    /// A variance this close to ε squeezes x̂: its std is √(σ²_B/(σ²_B + ε)) < 1.
    var squeezed: Bool { model.batchStatistics.variance < 10 * BatchNormalization.epsilon }

    var status: String? {
        let batch = tr("batch \(model.batches) (\(model.batchSize) images)", "第 \(model.batches) 个小批量（\(model.batchSize) 张图像）")
        if squeezed {
            let std = Format.num(Format.std(model.normalized))
            return tr("σ²_B ≈ ε: x̂ squeezed to std \(std) — raise std σ · ", "σ²_B ≈ ε：x̂ 的标准差被压到 \(std)——调大 σ · ") + batch
        }
        return batch + tr(" · space: next mini-batch", " · 空格键：下一个小批量")
    }

    /// The three histograms' charts.
    var charts: [Histogram] {
        let x = model.before, xn = model.normalized, y = model.after
        let spread = 4 * abs(model.gamma)
        let yRange = min(-4, model.beta - spread)...max(4, model.beta + spread)
        return [
            Histogram(title: tr("x before", "归一化前 x"), values: x, bins: 20, xLabel: ""),
            Histogram(title: tr("x̂ normalized", "归一化后 x̂"), values: xn, bins: 20, range: -4...4, xLabel: ""),
            Histogram(title: "y = γx̂ + β", values: y, bins: 20, range: yRange, xLabel: ""),
        ].map { var h = $0; h.color = .cyan; h.yLabel = ""; return h }
    }

    var readout: [String] {
        let b = model.batchStatistics
        let xn = model.normalized, y = model.after
        return [
            tr("unit \(model.unit): μ_B = \(Format.num(b.mean))  σ²_B = \(Format.num(b.variance))  ε = 1e-6",
               "神经元 \(model.unit)：μ_B = \(Format.num(b.mean))  σ²_B = \(Format.num(b.variance))  ε = 1e-6"),
            tr("x̂: mean \(Format.num(Format.mean(xn))) std \(Format.num(Format.std(xn)))   y: mean \(Format.num(Format.mean(y))) std \(Format.num(Format.std(y)))",
               "x̂：均值 \(Format.num(Format.mean(xn))) 标准差 \(Format.num(Format.std(xn)))   y：均值 \(Format.num(Format.mean(y))) 标准差 \(Format.num(Format.std(y)))"),
        ]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let lines = ReadoutLines.pack(readout, width: width - 1, options: options)
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            let charts = self.charts.map { h -> Histogram in var h = h; h.title = options.drawable(h.title); return h }
            let third = width / 3
            for (i, chart) in charts.enumerated() {
                let w = i == 2 ? width - 2 * third : third
                grid.blit(chart.render(width: w, height: rows, options: options), x: i * third, y: 0)
            }
        }
    }

    func export() -> CellExport { TransformExport.export(model) }
}

/// Short numbers and statistics for readouts.
enum Format {
    static func num(_ v: Double) -> String { NumberText.format(abs(v) < 5e-13 ? 0 : v, digits: 3) }
    static func mean(_ v: [Double]) -> Double { MiniBatchTransform.statistics(v).mean }
    static func std(_ v: [Double]) -> Double { MiniBatchTransform.statistics(v).variance.squareRoot() }
    /// "86.2 %" ("86.2%" in Chinese).
    static func percent(_ fraction: Double) -> String {
        fraction.isFinite ? NumberText.format((fraction * 1000).rounded() / 10, digits: 4) + tr(" %", "%") : "–"
    }
}
