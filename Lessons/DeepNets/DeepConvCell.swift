import Charts
import LessonKit
import NumericCore

/// Page 4: the book's DeepConvNet trained live with Adam for a bounded number of iterations —
/// the loss (knob changes marked), train and test accuracy on fixed subsets measured every
/// few iterations, iterations/s, and the test digits it still gets wrong as tiles (true →
/// predicted under each), refreshed at every measurement.
final class DeepConvCell: RunCell, HeadlessStepping {
    var title: String {
        let name = DeepConvRun.netNames[run.config.netIndex]
        return tr("\(name) trained with Adam", "用 Adam 训练 \(name)")
    }
    let run: DeepConvRun

    init(run: DeepConvRun) { self.run = run }

    /// A headless run trains the planned iterations (`--set iterations=50` for a short one).
    var defaultRunSteps: Int { run.config.iterations }

    static let learningRateRange = 1e-5...1.0

    var knobs: [Knob] {
        let c = run.config
        return [
            Knob(name: "iterations", label: tr("iterations", "迭代次数"), kind: .integer(range: 50...2000, step: 50), value: Double(c.iterations)),
            Knob(name: "batch", label: tr("batch size", "批大小"), kind: .integer(range: 10...200, step: 10), value: Double(c.batchSize)),
            Knob(name: "lr", label: tr("learning rate", "学习率"),
                 kind: .continuous(range: Self.learningRateRange, step: 1.7782794100389228, scale: .log), value: c.learningRate),
            Knob(name: "model", label: tr("net", "网络"), kind: .choice(DeepConvRun.netChoices), value: Double(c.netIndex)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        let v = Int(max(-1e6, min(1e6, value.rounded())))
        switch name {
        case "iterations": c.iterations = max(50, min(2000, v))
        case "batch": c.batchSize = max(10, min(200, v))
        case "lr": c.learningRate = max(Self.learningRateRange.lowerBound, min(Self.learningRateRange.upperBound, value))
        case "model": c.netIndex = max(0, min(DeepConvRun.netChoices.count - 1, v))
        default: return
        }
        run.apply(c)
    }

    /// The latest train and test accuracy (nil before the first measurement).
    var trainAccuracy: Double? { run.evaluations.last?.trainAccuracy }
    var testAccuracy: Double? { run.evaluations.last?.testAccuracy }

    /// The mean of the last 10 losses (dropout makes single ones jumpy); nil before any.
    var recentLoss: Double? {
        let l = run.losses.suffix(10).filter(\.isFinite)
        return l.isEmpty ? nil : l.reduce(0, +) / Double(l.count)
    }

    /// An iteration slower than this outlasts a frame: the screen then updates once per
    /// iteration, and the status says so.
    static let frameSeconds = 1.0 / 30

    var status: String? {
        let lr = NumberText.format(run.config.learningRate, digits: 3), n = run.iteration
        switch run.failure {
        case .notFinite?:
            return tr("the loss is NaN: learning rate \(lr) is too large — lower it and press r (iteration \(n))",
                      "损失变成了 NaN：学习率 \(lr) 太大——调小后按 r（第 \(n) 次迭代）")
        case .blewUp?:
            return tr("the loss blew up: learning rate \(lr) is too large — lower it and press r (iteration \(n))",
                      "损失发散了：学习率 \(lr) 太大——调小后按 r（第 \(n) 次迭代）")
        case .stuckAtChance?:
            return tr("stuck at chance (10 %): learning rate \(lr) killed the ReLUs — lower it and press r",
                      "精度停在随机水平（10%）：学习率 \(lr) 让 ReLU 全部失活——调小后按 r")
        case nil: break
        }
        var parts: [String] = []
        if let problem = run.data.problem { parts.append("⚠ " + DataNotice.mnistNotLoaded(reason: problem)) }
        guard n > 0 else {
            parts.append(tr("\(DataNotice.sourceName(run.data.sourceName)): press space to train, s for one iteration",
                            "\(DataNotice.sourceName(run.data.sourceName))：按空格键训练，按 s 训练一次迭代"))
            return parts.joined(separator: " · ")
        }
        parts.append(tr("iteration \(n) / \(run.config.iterations)", "第 \(n) / \(run.config.iterations) 次迭代"))
        if let s = run.secondsPerIteration, s > Self.frameSeconds, !run.isFinished {
            let each = NumberText.format(s, digits: 2)
            parts.append(tr("one iteration per frame (\(each) s each)", "每帧一次迭代（每次 \(each) 秒）"))
        }
        if run.isFinished { parts.append(tr("done: r restarts, raise iterations to go on", "完成：按 r 重新开始，调高迭代次数可继续")) }
        return parts.joined(separator: " · ")
    }

    static func percent(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "–" }
        return NumberText.format((v * 1000).rounded() / 10, digits: 4) + "%"
    }

    /// "iteration 40 / 500", "loss 0.52", "train 88.0%", "test 86.3%", "3.1 it/s".
    var readoutParts: [String] {
        var parts = [tr("iteration \(run.iteration) / \(run.config.iterations)", "迭代 \(run.iteration) / \(run.config.iterations)")]
        if let loss = recentLoss { parts.append(tr("loss ", "损失 ") + NumberText.format(loss, digits: 3)) }
        if let train = trainAccuracy, let test = testAccuracy {
            parts.append(tr("train ", "训练精度 ") + Self.percent(train))
            parts.append(tr("test ", "测试精度 ") + Self.percent(test))
        }
        if let rate = run.iterationsPerSecond {
            parts.append(tr("\(NumberText.format(rate, digits: 3)) it/s", "每秒 \(NumberText.format(rate, digits: 3)) 次迭代"))
        }
        return parts
    }

    /// The other net's last run beside this one, once both have measured: "DeepConvNet
    /// 9,196 params · SimpleConvNet 433,890 params, 4 it/s, test 93% at iteration 300" — its
    /// test accuracy at this run's last measured iteration if it measured there too, else at
    /// its own last measurement at or before it (or its last).
    var comparisonLine: String? {
        let other = 1 - run.config.netIndex
        guard let record = run.records[other], let last = run.evaluations.last, let first = record.accuracies.first else { return nil }
        let at = record.accuracies.last { $0.iteration <= last.iteration } ?? first
        let here = DeepConvRun.netNames[run.config.netIndex], there = DeepConvRun.netNames[other]
        let rate = record.iterationsPerSecond.map { NumberText.format($0, digits: 3) } ?? "–"
        let p = ShapeTableCell.grouped(run.parameterCount), q = ShapeTableCell.grouped(record.parameters)
        return tr("\(here) \(p) params · \(there) \(q) params, \(rate) it/s, test \(Self.percent(at.test)) at iteration \(at.iteration)",
                  "\(here) \(p) 个参数 · \(there) \(q) 个参数，每秒 \(rate) 次迭代，第 \(at.iteration) 次迭代测试精度 \(Self.percent(at.test))")
    }

    /// The loss per iteration (smoothed over about 10), knob changes marked.
    var lossPlot: LinePlot {
        var xs: [Double] = [], ys: [Double] = []
        var acc = 0.0
        for (i, v) in run.losses.enumerated() where v.isFinite {
            acc = xs.isEmpty ? v : 0.9 * acc + 0.1 * v
            xs.append(Double(i + 1)); ys.append(acc)
        }
        var plot = LinePlot(title: tr("training loss", "训练损失"),
                            series: [Series(name: tr("loss", "损失"), color: Palette.seriesColor(0), x: xs, y: ys)],
                            xLabel: tr("iteration", "迭代"))
        plot.showLegend = false
        plot.xLimits = .fixed(0, Double(max(run.config.iterations, run.iteration)))
        plot.events = run.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    /// Train and test accuracy at each measurement, 0…1.
    var accuracyPlot: LinePlot {
        let e = run.evaluations, xs = e.map { Double($0.iteration) }
        var plot = LinePlot(title: tr("accuracy", "精度"), series: [
            Series(name: tr("train", "训练"), color: Palette.seriesColor(0), x: xs, y: e.map(\.trainAccuracy)),
            Series(name: tr("test", "测试"), color: Palette.seriesColor(1), x: xs, y: e.map(\.testAccuracy)),
        ], xLabel: tr("iteration", "迭代"))
        plot.xLimits = .fixed(0, Double(max(run.config.iterations, run.iteration)))
        plot.yLimits = .fixed(0, 1)
        plot.events = run.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    /// The line above the tiles: what they show and how many there are (short enough for
    /// the 54 columns the cell has at 80×24).
    var tilesHeader: String {
        let total = run.testLabels.count
        guard let last = run.evaluations.last else {
            return tr("test digits it gets wrong: shown from iteration 1", "分错的测试数字：从第 1 次迭代起显示")
        }
        let wrong = run.misclassified.count
        if wrong == 0 {
            return tr("all \(total) test digits right at iteration \(last.iteration)",
                      "第 \(last.iteration) 次迭代：\(total) 个测试数字全部分对")
        }
        return tr("\(wrong) of \(total) wrong at iteration \(last.iteration) (true→predicted)",
                  "第 \(last.iteration) 次迭代：\(total) 个中分错 \(wrong) 个（真实→预测）")
    }

    /// The first `count` misclassified test digits as tiles.
    func tiles(count: Int, perRow: Int) -> DigitTiles {
        let test = run.data.split.test
        let shown = run.misclassified.prefix(max(0, count))
        return DigitTiles(tiles: shown.map { m in
            .init(pixels: test.image(m.index), caption: "\(m.label)→\(m.predicted)", isWrong: true)
        }, side: test.width, perRow: perRow)
    }

    /// Below this many chart rows the misclassified digits are listed as text, not tiles.
    static let tileLayoutRows = 20

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var loss = lossPlot, accuracy = accuracyPlot
        loss.title = options.drawable(loss.title)
        accuracy.title = options.drawable(accuracy.title)
        let readout = ReadoutLines.pack(readoutParts, width: width, options: options) + (comparisonLine.map { [$0] } ?? [])
        let header = tilesHeader
        return ChartLayout.withReadout(readout, width: width, height: height, options: options) { grid, rows in
            // A row of tiles needs 9 rows; with less than two of those to share, the charts keep
            // the room they need for titles and axes, and the wrong digits are listed as text.
            if rows < Self.tileLayoutRows {
                let plotRows = max(0, rows - 2)
                grid.blit(ChartLayout.sideBySide(loss, accuracy, fraction: 0.5, gap: 1, width: width, height: plotRows, options: options), x: 0, y: 0)
                guard rows >= 2 else { return }
                grid.put(options.drawable(header), x: 1, y: plotRows, style: .init(bold: true), maxWidth: max(0, width - 1))
                let pairs = run.misclassified.prefix(40).map { "\($0.label)→\($0.predicted)" }.joined(separator: " ")
                grid.put(options.drawable(pairs), x: 1, y: plotRows + 1, maxWidth: max(0, width - 1))
                return
            }
            let plotRows = max(0, rows / 2)
            grid.blit(ChartLayout.sideBySide(loss, accuracy, fraction: 0.5, gap: 1, width: width, height: plotRows, options: options), x: 0, y: 0)
            let tileArea = rows - plotRows - 1
            guard tileArea >= 3 else { return }
            grid.put(options.drawable(header), x: 1, y: plotRows, style: .init(bold: true), maxWidth: max(0, width - 1))
            // Tiles 15 columns wide: a digit of 14×14 half-block pixels (7×7 shade pairs
            // without colour) and a gap; another row of tiles for every 9 rows.
            let perRow = max(1, width / 15)
            let tileRows = max(1, min(3, tileArea / 9))
            grid.blit(tiles(count: perRow * tileRows, perRow: perRow).render(width: width, height: tileArea, options: options),
                      x: 0, y: plotRows + 1)
        }
    }

    /// Tables `curve` (iteration, train, test), `loss` (iteration, loss) and `misclassified`
    /// (index, label, predicted: test-subset indices at the last measurement); JSON adds the
    /// settings, the parameter count and iterations/s.
    func export() -> CellExport {
        let c = run.config
        let curve = run.evaluations.map { [ExportValue.integer($0.iteration), .number($0.trainAccuracy), .number($0.testAccuracy)] }
        let wrong = run.misclassified
        let failure: ExportValue = run.failure.map { f in
            switch f {
            case .notFinite: return .string("not_finite")
            case .blewUp: return .string("blew_up")
            case .stuckAtChance: return .string("stuck_at_chance")
            }
        } ?? .null
        let json: ExportValue = .object([
            ("data", .string(run.data.sourceName)), ("net", .string(DeepConvRun.netNames[c.netIndex])),
            ("parameters", .integer(run.parameterCount)), ("optimizer", .string("Adam (book form)")),
            ("lr", .number(c.learningRate)), ("batch", .integer(c.batchSize)),
            ("planned_iterations", .integer(c.iterations)), ("iterations", .integer(run.iteration)),
            ("evaluate_every", .integer(c.evaluateEvery)), ("test_subset", .integer(run.testLabels.count)),
            ("stopped", failure),
            ("iterations_per_second", run.iterationsPerSecond.map(ExportValue.number) ?? .null),
            ("curve", .array(run.evaluations.map { e in
                .object([("iteration", .integer(e.iteration)), ("train_accuracy", .number(e.trainAccuracy)),
                         ("test_accuracy", .number(e.testAccuracy))])
            })),
            ("losses", .array(run.losses.map(ExportValue.number))),
            ("misclassified", .array(wrong.map { m in
                .object([("index", .integer(m.index)), ("label", .integer(m.label)), ("predicted", .integer(m.predicted))])
            })),
        ])
        return CellExport(name: "deepconvnet", json: json, tables: [
            ExportTable(name: "curve", columns: ["iteration", "train", "test"], rows: curve),
            ExportTable(name: "loss", columns: ["iteration", "loss"],
                        rows: run.losses.indices.map { [.integer($0 + 1), .number(run.losses[$0])] }),
            ExportTable(name: "misclassified", columns: ["index", "label", "predicted"],
                        rows: wrong.map { [.integer($0.index), .integer($0.label), .integer($0.predicted)] }),
        ])
    }
}
