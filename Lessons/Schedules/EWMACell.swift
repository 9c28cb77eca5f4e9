import Charts
import LessonKit

/// Page 1: a year of noisy daily temperatures with their exponentially weighted average
/// drawn over them day by day — β, bias correction and the noise as knobs, the window
/// 1/(1−β), the lag and the smoothness written out, knob changes marked on the curve.
final class EWMACell: LiveCell, HeadlessStepping {
    var title: String { tr("a year of temperatures and its average", "一年的气温及其平均") }
    let run: EWMARun

    init(run: EWMARun) { self.run = run }

    var defaultRunSteps: Int { Temperatures.days }

    var knobs: [Knob] {
        [
            Knob(name: "beta", label: "β", kind: .choice(EWMARun.betas.map(EWMARun.betaText)),
                 value: Double(EWMARun.betas.firstIndex(of: run.beta) ?? 2)),
            Knob(name: "correction", label: tr("bias correction", "偏差修正"), kind: .toggle, value: run.correction ? 1 : 0),
            Knob(name: "noise", label: tr("noise (°C)", "噪声（°C）"), kind: .continuous(range: 0...8, step: 0.5, scale: .linear),
                 value: run.noise, digits: 2),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "beta": run.setBeta(EWMARun.betas[max(0, min(EWMARun.betas.count - 1, Int(value.rounded())))])
        case "correction": run.setCorrection(value >= 0.5)
        case "noise": run.setNoise(max(0, min(8, value)))
        default: return
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { run.isFinished }
    func step() { run.step() }
    func advance(budget: Double) -> Bool { run.advance() }
    func reset() { run.restart() }

    /// Advice first when β is so close to 1 that the average barely moves in a year.
    var status: String? {
        var parts: [String] = []
        if run.beta >= 0.999 {
            let window = NumberText.format(ExponentialAverage.window(beta: run.beta), digits: 5)
            parts.append(run.correction
                ? tr("β \(EWMARun.betaText(run.beta)) averages ~\(window) days: longer than the year, the curve is nearly flat — lower β",
                     "β \(EWMARun.betaText(run.beta)) 平均约 \(window) 天，比一年还长，曲线几乎是平的——请调小 β")
                : tr("β \(EWMARun.betaText(run.beta)) averages ~\(window) days: the average stays near 0 — lower β or turn bias correction on",
                     "β \(EWMARun.betaText(run.beta)) 平均约 \(window) 天，平均值一直贴近 0——请调小 β 或打开偏差修正"))
        }
        if run.day == 0 {
            parts.append(tr("day 0 / 365 — space plays the year, s adds a day", "第 0 / 365 天——空格键播放这一年，s 加一天"))
        } else {
            parts.append(tr("day \(run.day) / 365", "第 \(run.day) / 365 天"))
            if run.isFinished { parts.append(RunProgress.restartNote) }
        }
        return parts.joined(separator: " · ")
    }

    /// "1/(1−β) ≈ 10 days · lag 9 days (β/(1−β) = 9)" (β itself is in the chart title)
    var windowReadout: String {
        let window = NumberText.format(ExponentialAverage.window(beta: run.beta), digits: 5)
        let theory = NumberText.format(ExponentialAverage.lag(beta: run.beta), digits: 4)
        let lag = run.measuredLag.map { tr("lag \($0) days", "滞后 \($0) 天") } ?? tr("lag: after day 100", "滞后：第 100 天后")
        return tr("1/(1−β) ≈ \(window) days · \(lag) (β/(1−β) = \(theory))",
                  "1/(1−β) ≈ \(window) 天 · \(lag)（β/(1−β) = \(theory)）")
    }

    /// "change per day 0.41 °C (data 4.2) · first 30 days off by 6.1 °C"
    var smoothnessReadout: String {
        var parts: [String] = []
        if let r = run.roughness, let d = run.dataRoughness {
            parts.append(tr("change per day \(Self.degrees(r)) (data \(Self.degrees(d)))",
                            "每天变化 \(Self.degrees(r))（数据 \(Self.degrees(d))）"))
        }
        if let cold = run.coldStartError() {
            parts.append(tr("first 30 days off by \(Self.degrees(cold))", "前 30 天平均偏差 \(Self.degrees(cold))"))
        } else if run.day > 0 {
            let first = run.shown[0]
            parts.append(tr("day 1: average \(Self.degrees(first)), measured \(Self.degrees(run.measured[0]))",
                            "第 1 天：平均 \(Self.degrees(first))，实测 \(Self.degrees(run.measured[0]))"))
        }
        return parts.joined(separator: " · ")
    }

    static func degrees(_ value: Double) -> String {
        value.isFinite ? NumberText.format((value * 100).rounded() / 100, digits: 3) + " °C" : "–"
    }

    /// Measured temperatures (gray dots), the plain average
    /// (magenta) and, with correction on, the corrected one (green), x fixed to the year.
    func plot() -> LinePlot {
        let n = run.day
        let xs = (0..<n).map { Double($0 + 1) }
        var measured = Series(name: tr("measured", "实测"), color: .gray(10), x: xs, y: Array(run.measured.prefix(n)))
        measured.dots = true
        var series = [measured]
        series.append(Series(name: tr("plain v", "未修正 v"), color: .magenta, x: xs, y: run.plain))
        if run.correction {
            series.append(Series(name: tr("corrected", "修正后"), color: .green, x: xs, y: run.corrected))
        }
        var plot = LinePlot(title: tr("°C per day, β = \(EWMARun.betaText(run.beta))", "每天的气温 °C，β = \(EWMARun.betaText(run.beta))"),
                            series: series, xLabel: tr("day", "天"))
        plot.xLimits = .fixed(0, Double(Temperatures.days))
        plot.yLimits = .fixed(-5, 40)
        plot.events = run.events.map { EventMarker(x: $0.day, label: $0.label) }
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var plot = self.plot()
        plot.title = options.drawable(plot.title)
        let lines = height >= 14 ? [windowReadout, smoothnessReadout] : [windowReadout]
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            grid.blit(plot.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// `nnbook run schedules`: tables `ewma_summary` (the knobs and measurements, one row) and
    /// `ewma` (day, temperature, seasonal, average, corrected);
    /// JSON adds β, correction, noise, the window, the measured and theoretical lag, the
    /// day-to-day changes and the cold-start error.
    func export() -> CellExport {
        let rows = (0..<run.day).map { t in
            [ExportValue.integer(t + 1), .number(run.measured[t]), .number(run.temperatures.seasonal[t]),
             .number(run.plain[t]), .number(run.corrected[t])]
        }
        func optional(_ v: Double?) -> ExportValue { v.map(ExportValue.number) ?? .null }
        let json: ExportValue = .object([
            ("beta", .number(run.beta)), ("correction", .bool(run.correction)), ("noise", .number(run.noise)),
            ("day", .integer(run.day)),
            ("window", .number(ExponentialAverage.window(beta: run.beta))),
            ("lag_days", run.measuredLag.map(ExportValue.integer) ?? .null),
            ("theoretical_lag", .number(ExponentialAverage.lag(beta: run.beta))),
            ("roughness", optional(run.roughness)), ("data_roughness", optional(run.dataRoughness)),
            ("cold_start_error", optional(run.coldStartError())),
            ("events", .array(run.events.map { .object([("day", .number($0.day)), ("label", .string($0.label))]) })),
        ])
        let summary: [ExportValue] = [.number(run.beta), .bool(run.correction), .number(run.noise), .integer(run.day),
                                      .number(ExponentialAverage.window(beta: run.beta)),
                                      run.measuredLag.map(ExportValue.integer) ?? .null,
                                      .number(ExponentialAverage.lag(beta: run.beta)), optional(run.roughness),
                                      optional(run.coldStartError())]
        return CellExport(name: "ewma", json: json, tables: [
            ExportTable(name: "ewma_summary", columns: ["beta", "correction", "noise", "day", "window", "lag_days",
                                                        "theoretical_lag", "roughness", "cold_start_error"], rows: [summary]),
            ExportTable(name: "ewma", columns: ["day", "temperature", "seasonal", "average", "corrected"], rows: rows),
        ])
    }
}
