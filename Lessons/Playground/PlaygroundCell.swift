import Charts
import LessonKit
import NumericCore

/// The playground: a 2-D data set over the net's decision regions (or one hidden unit's own
/// map), train/test loss curves with knob changes marked, and the net drawn with its weights.
/// One step is one iteration; a frame runs at most `PlaygroundRun.iterationsPerFrame`.
final class PlaygroundCell: RunCell, HeadlessStepping {
    let run: PlaygroundRun
    /// The hidden unit whose map is shown (0: the net's output).
    private(set) var unit: Int
    /// The name of the export ("playground" on page 1, "neurons" on page 2).
    let exportName: String
    let defaultRunSteps = 2000

    init(run: PlaygroundRun, unit: Int = 0, exportName: String = "playground") {
        self.run = run
        self.unit = unit
        self.exportName = exportName
    }

    var title: String {
        tr("playground: ", "游乐场：") + run.config.dataset.name + " · " + shape
    }

    /// "2-4-2 tanh", "2-2 (logistic regression)".
    var shape: String {
        let sizes = run.config.sizes.map(String.init).joined(separator: "-")
        return run.config.hidden == 0 ? sizes + tr(" (logistic regression)", "（逻辑回归）") : sizes + " " + run.config.activation.name
    }

    var knobs: [Knob] { PlaygroundKnobs.knobs(run.config, unit: unit) }

    func setKnob(_ name: String, to value: Double) {
        if name == "unit" {
            guard value.isFinite else { return }
            unit = min(run.config.hiddenUnits, max(0, Int(value.rounded())))
            return
        }
        guard let c = PlaygroundKnobs.apply(name, value, to: run.config) else { return }
        run.apply(c)
        unit = min(unit, run.config.hiddenUnits)
    }


    var status: String? {
        let lr = NumberText.format(run.config.learningRate, digits: 3)
        if run.stopped && run.config.lambda * run.config.learningRate >= 1 {
            let lambda = NumberText.format(run.config.lambda, digits: 3)
            return tr("λ \(lambda) × lr \(lr) is too large — lower one, press r · the loss blew up at iteration \(run.iteration)",
                      "λ \(lambda) × 学习率 \(lr) 过大——调小其一后按 r · 损失在第 \(run.iteration) 次迭代发散")
        }
        if run.stopped {
            return tr("lr \(lr) is too large — lower it, press r · the loss blew up at iteration \(run.iteration)",
                      "学习率 \(lr) 过大——调小后按 r · 损失在第 \(run.iteration) 次迭代发散")
        }
        guard run.iteration > 0 else {
            return tr("\(run.train.count) training points, \(run.test.count) test points, press space to train",
                      "训练点 \(run.train.count) 个，测试点 \(run.test.count) 个，按空格键开始训练")
        }
        return RunProgress.iterations(run.iteration, of: run.config.iterations, finished: run.isFinished)
    }

    var readout: String {
        guard let r = run.last else { return "" }
        let p = PlaygroundKnobs.percent, f = { NumberText.format($0, digits: 3) }
        return tr("train \(p(r.trainAccuracy))  test \(p(r.testAccuracy))  loss \(f(r.trainLoss)) / \(f(r.testLoss))",
                  "训练 \(p(r.trainAccuracy))  测试 \(p(r.testAccuracy))  损失 \(f(r.trainLoss)) / \(f(r.testLoss))")
    }

    /// The training points over the output's regions, or over where unit `unit` is "on".
    var map: BoundaryMap {
        let pts = run.train
        var classes = [Series(name: tr("class 0", "类别 0"), color: .blue), Series(name: tr("class 1", "类别 1"), color: .red)]
        for i in 0..<pts.count {
            let p = pts.point(i)
            classes[pts.labels[i]].append(x: p.x, y: p.y)
        }
        let run = self.run, unit = self.unit, box = run.config.dataset.box
        let title: String
        if let place = run.locate(unit: unit) {
            let cut = run.config.activation == .sigmoid ? "½" : "0"
            title = tr("neuron \(place.index + 1) of layer \(place.layer) > \(cut)",
                       "第 \(place.layer) 层第 \(place.index + 1) 个神经元 > \(cut)")
        } else {
            title = tr("decision regions", "决策区域")
        }
        return BoundaryMap(title: title, classes: classes, xRange: box.x, yRange: box.y,
                           decision: run.iteration > 0 && !run.stopped ? { x, y in run.mapClass(x: x, y: y, unit: unit) } : nil)
    }

    /// Train and test loss per iteration (non-finite points left out), knob changes marked.
    var curves: LinePlot {
        let recs = run.records.filter { $0.trainLoss.isFinite && $0.testLoss.isFinite }
        let xs = recs.map { Double($0.iteration) }
        var plot = LinePlot(title: tr("loss", "损失"),
                            series: [Series(name: tr("train", "训练"), color: .green, x: xs, y: recs.map(\.trainLoss)),
                                     Series(name: tr("test", "测试"), color: .magenta, x: xs, y: recs.map(\.testLoss))],
                            xLabel: tr("iteration", "迭代次数"))
        plot.events = run.events.map { EventMarker(x: $0.iteration, label: $0.label) }
        if recs.count < 2 { plot.xLimits = .fixed(0, 100); plot.yLimits = .fixed(0, 1) }
        return plot
    }

    var diagram: NetworkDiagram {
        NetworkDiagram(title: tr("the net: ", "网络：") + shape, layers: run.config.sizes,
                       weights: run.stopped ? [] : run.weightRows,
                       highlighted: run.locate(unit: unit).map { ($0.layer, $0.index) })
    }

    /// The map on the left; the curves over the net on the right (only the curves when short).
    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var map = self.map, curves = self.curves, diagram = self.diagram
        map.title = options.drawable(map.title)
        curves.title = options.drawable(curves.title)
        diagram.title = options.drawable(diagram.title)
        return ChartLayout.withReadout([readout], width: width, height: height, options: options) { grid, rows in
            let left = width * 52 / 100
            grid.blit(map.render(width: left - 1, height: rows, options: options), x: 0, y: 0)
            let right = width - left
            if rows >= 14 {
                grid.blit(ChartLayout.stacked(curves, diagram, fraction: 0.5, width: right, height: rows, options: options), x: left, y: 0)
            } else {
                grid.blit(curves.render(width: right, height: rows, options: options), x: left, y: 0)
            }
        }
    }

    /// JSON with the knobs and final metrics; tables `<name>_curves` (iteration, losses,
    /// accuracies) and `<name>_final` (the knobs and final metrics as one row, for CSV).
    func export() -> CellExport {
        let c = run.config, tr = run.measure(run.train), te = run.measure(run.test)
        let rows = run.records.map {
            [ExportValue.integer($0.iteration), .number($0.trainLoss), .number($0.testLoss), .number($0.trainAccuracy), .number($0.testAccuracy)]
        }
        let fields: [(String, ExportValue)] = [
            ("dataset", .string(c.dataset.name)), ("noise", .number(c.noise)), ("split", .number(c.split)),
            ("train_size", .integer(run.train.count)), ("test_size", .integer(run.test.count)),
            ("hidden", .integer(c.hidden)), ("units", .integer(c.units)), ("activation", .string(c.activation.name)),
            ("sizes", .array(c.sizes.map(ExportValue.integer))),
            ("lr", .number(c.learningRate)), ("lambda", .number(c.lambda)), ("batch", .string(PlaygroundRun.batchSizes[c.batch])),
            ("init", .number(c.initScale)), ("unit", .integer(unit)),
            ("iterations", .integer(run.iteration)), ("stopped", .bool(run.stopped)),
            ("final_train_loss", run.stopped ? .null : .number(tr.loss)), ("final_test_loss", run.stopped ? .null : .number(te.loss)),
            ("final_train_acc", run.stopped ? .null : .number(tr.accuracy)), ("final_test_acc", run.stopped ? .null : .number(te.accuracy)),
        ]
        let json: ExportValue = .object(fields)
        // The same knobs and final metrics as one CSV row (the layer sizes as "2-4-2").
        let sizes = ExportValue.string(c.sizes.map(String.init).joined(separator: "-"))
        let flat = fields.map { $0.0 == "sizes" ? ($0.0, sizes) : $0 }
        return CellExport(name: exportName, json: json, tables: [
            ExportTable(name: exportName + "_curves", columns: ["iteration", "train_loss", "test_loss", "train_acc", "test_acc"], rows: rows),
            ExportTable(name: exportName + "_final", columns: flat.map(\.0), rows: [flat.map(\.1)]),
        ])
    }
}
