import Charts
import LessonKit
import NumericCore

/// Draws the digits race: the loss curves (log scale, hyperparameter changes as event
/// markers in the racer's colour) and, when there is room, the test accuracy after each
/// epoch beside them (a wide cell) or under them (a tall one); a readout line under them
/// with each racer's latest loss and accuracy.
struct DigitsRaceView {
    let race: DigitsRace
    let smoothed: Bool

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        let lines = Array(pack(readoutParts(options: options), width: width).prefix(max(0, min(3, height - 6))))
        let colors = Dictionary(uniqueKeysWithValues: race.racers.map { ($0.kind, $0.color) })
        let chartHeight = height - lines.count
        if width >= 80 {
            let lossWidth = width * 3 / 5
            grid.blit(lossPlot(options).render(width: lossWidth, height: chartHeight, options: options), x: 0, y: 0)
            grid.blit(accuracyPlot(options).render(width: width - lossWidth, height: chartHeight, options: options), x: lossWidth, y: 0)
        } else if chartHeight >= 28 {
            // Narrow but tall (the cell beside the text on a large terminal): stacked.
            let lossHeight = chartHeight * 3 / 5
            grid.blit(lossPlot(options).render(width: width, height: lossHeight, options: options), x: 0, y: 0)
            grid.blit(accuracyPlot(options).render(width: width, height: chartHeight - lossHeight, options: options),
                      x: 0, y: lossHeight)
        } else {
            grid.blit(lossPlot(options).render(width: width, height: chartHeight, options: options), x: 0, y: 0)
        }
        // The readout doubles as the legend: each racer's part in its colour.
        for (i, line) in lines.enumerated() {
            var x = 1
            for part in line {
                let style = Style(foreground: options.color ? colors[part.kind] : nil, bold: true)
                x += grid.put(part.text, x: x, y: chartHeight + i, style: style, maxWidth: max(0, width - x)) + 3
            }
        }
        return grid
    }

    /// Loss per iteration, one curve per switched-on racer.
    func lossPlot(_ options: RenderOptions) -> LinePlot {
        let runs = race.shown
        let series = runs.map { run in
            let ys = smoothed ? run.smoothedLosses : run.losses
            return Series(name: run.settings.kind.displayName + (run.hasDiverged ? tr(" diverged", " 发散") : ""), color: run.settings.color,
                          x: (0..<ys.count).map { Double($0 + 1) }, y: ys)
        }
        let window = race.config.smoothingWindow
        let what = smoothed ? tr("loss (mean of \(window))", "损失（\(window) 次平均）") : tr("loss", "损失")
        var plot = LinePlot(title: options.drawable(what + tr(", ", "，") + race.config.shape), series: series.map { s in
            var t = s
            t.name = options.drawable(s.name)
            return t
        }, xLabel: tr("iteration", "迭代次数"))
        plot.yScale = .log10
        plot.showLegend = false
        if race.clock < 10 { plot.xLimits = .fixed(0, Double(min(race.planned, 100))) }
        plot.events = runs.flatMap { run in
            run.events.map { EventMarker(x: Double($0.iteration), label: options.drawable(run.settings.kind.displayName + " " + $0.label),
                                         color: run.settings.color) }
        }
        return plot
    }

    /// Test accuracy after each epoch, one curve per switched-on racer.
    func accuracyPlot(_ options: RenderOptions) -> LinePlot {
        let series = race.shown.map { run in
            Series(name: run.settings.kind.displayName, color: run.settings.color,
                   x: run.epochs.map { Double($0.iteration) }, y: run.epochs.map(\.testAccuracy))
        }
        var plot = LinePlot(title: tr("test accuracy", "测试精度"), series: series, xLabel: tr("iteration", "迭代次数"))
        plot.showLegend = false
        plot.yLimits = .fixed(0, 1)
        plot.xLimits = .fixed(0, Double(max(race.clock, min(race.planned, 100))))
        return plot
    }

    /// One readout piece: a racer and its text.
    struct Part {
        let kind: OptimizerKind
        let text: String
    }

    /// "SGD 0.512 · 84 %" per switched-on racer (the latest smoothed loss and test accuracy),
    /// "Adam diverged at 35", or before the start its learning rate ("SGD lr 0.01").
    /// Without colour each part starts with its curve's marker ("─●─ SGD 0.512 · 84 %"), so the
    /// readout still tells the curves apart (review D4).
    func readoutParts(options: RenderOptions) -> [Part] {
        func mark(_ index: Int, of count: Int) -> String {
            options.color && options.unicode ? "" : LinePlot.legendSymbol(series: index, of: count, options: options) + " "
        }
        guard race.isBuilt else {
            let enabled = race.racers.filter(\.enabled)
            return enabled.enumerated().map { i, racer in
                Part(kind: racer.kind, text: options.drawable(
                    "\(mark(i, of: enabled.count))\(racer.kind.displayName) lr \(NumberText.format(racer.learningRate, digits: 3))"))
            }
        }
        let shown = race.shown
        return shown.enumerated().map { i, run in
            let name = mark(i, of: shown.count) + run.settings.kind.displayName
            let text: String
            if let at = run.divergedAt {
                text = tr("\(name) diverged at \(at)", "\(name) 在第 \(at) 次迭代发散")
            } else if let loss = run.smoothedLosses.last {
                let accuracy = run.epochs.last.map { " · \(Int(($0.testAccuracy * 100).rounded())) %" } ?? ""
                text = "\(name) \(NumberText.format(loss, digits: 3))\(accuracy)"
            } else {
                text = "\(name) lr \(NumberText.format(run.settings.learningRate, digits: 3))"
            }
            return Part(kind: run.settings.kind, text: options.drawable(text))
        }
    }

    /// `parts` in as few lines as fit `width` − 1 columns, three spaces apart.
    func pack(_ parts: [Part], width: Int) -> [[Part]] {
        var lines: [[Part]] = []
        var current: [Part] = []
        var used = 0
        for part in parts {
            let w = displayWidth(of: part.text)
            if !current.isEmpty && used + 3 + w > width - 1 {
                lines.append(current)
                current = []
                used = 0
            }
            used += (current.isEmpty ? 0 : 3) + w
            current.append(part)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
