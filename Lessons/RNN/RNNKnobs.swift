import Charts
import LessonKit

/// The rnn lesson's knobs, shared by the sine and gradient cells (names are command-line
/// identifiers: `--set lr=0.05`).
enum RNNKnobs {
    /// One step of the lr knob is ×10^0.25 (four per decade).
    static let lrFactor = 1.7782794100389228
    static let lrRange = 0.001...1.0
    static let radiusRange = 0.1...3.0
    static let clipRange = 0.0...10.0

    static func lr(_ value: Double) -> Knob {
        Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: lrRange, step: lrFactor, scale: .log),
             value: value)
    }

    static func radius(_ value: Double) -> Knob {
        Knob(name: "radius", label: tr("spectral radius ρ", "谱半径 ρ"),
             kind: .continuous(range: radiusRange, step: 0.1, scale: .linear), value: value, digits: 2)
    }

    static func clip(_ value: Double) -> Knob {
        Knob(name: "clip", label: tr("clip norm (0 = off)", "裁剪阈值（0 = 关）"),
             kind: .continuous(range: clipRange, step: 0.5, scale: .linear), value: value, digits: 2)
    }

    static func clamp(_ v: Double, _ r: ClosedRange<Double>) -> Double { min(r.upperBound, max(r.lowerBound, v)) }

    /// The loss curve: training loss per iteration, averaged over the last (up to) 20
    /// iterations so the trend shows through the noise of single sequences, on a log axis,
    /// knob changes marked.
    static func lossPlot(_ run: SineRun) -> LinePlot {
        let xs = run.losses.indices.map { Double($0 + 1) }
        var ys: [Double] = [], sum = 0.0
        let clean = run.losses.map { $0.isFinite ? min($0, SineRun.blowUp) : SineRun.blowUp }
        for (i, v) in clean.enumerated() {
            sum += v
            if i >= 20 { sum -= clean[i - 20] }
            ys.append(sum / Double(min(i + 1, 20)))
        }
        var plot = LinePlot(title: tr("training loss (log)", "训练损失（对数）"),
                            series: [Series(name: tr("loss", "损失"), color: .cyan, x: xs, y: ys)],
                            xLabel: tr("iteration", "迭代"))
        plot.yScale = .log10
        plot.showLegend = false
        if xs.count < 2 { plot.xLimits = .fixed(0, 2); plot.yLimits = .fixed(0.01, 1) }
        plot.events = run.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    /// A number for a readout: 3 significant digits, "–" when not finite.
    static func number(_ v: Double) -> String { v.isFinite ? NumberText.format(v, digits: 3) : "–" }
}
