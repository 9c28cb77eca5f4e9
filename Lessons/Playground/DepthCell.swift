import Charts
import LessonKit
import NumericCore

/// Page 3: the same budget of hidden units spent as one wide layer or as several narrow ones,
/// trained side by side on the two spirals (same data, same seed, same lr). One step is one
/// iteration of each net.
final class DepthCell: LiveCell, HeadlessStepping {
    /// The two nets' shared settings: the spirals, tanh, weights N(0, 0.5²) (about Xavier for
    /// these widths, so the deep net starts trainable), lr 0.3, full batch, 5000 iterations.
    static var base: PlaygroundRun.Config {
        var c = PlaygroundRun.Config()
        c.dataset = .spirals
        c.initScale = 0.5
        c.learningRate = 0.3
        c.iterations = 5000
        return c
    }

    private(set) var budget: Int
    private(set) var layers: Int
    private(set) var learningRate: Double
    let seed: UInt64
    private(set) var wide: PlaygroundRun
    private(set) var deep: PlaygroundRun
    let defaultRunSteps = 2000

    init(budget: Int = 12, layers: Int = 3, seed: UInt64) {
        self.budget = budget
        self.layers = layers
        self.learningRate = Self.base.learningRate
        self.seed = seed
        (wide, deep) = Self.make(budget: budget, layers: layers, lr: learningRate, seed: seed)
    }

    static func make(budget: Int, layers: Int, lr: Double, seed: UInt64) -> (PlaygroundRun, PlaygroundRun) {
        var w = base, d = base
        w.learningRate = lr
        d.learningRate = lr
        w.units = budget
        d.hidden = layers
        d.units = max(1, budget / layers)
        return (PlaygroundRun(config: w, seed: seed), PlaygroundRun(config: d, seed: seed))
    }

    var title: String { tr("\(budget) hidden units: one wide layer vs \(layers) narrow ones", "\(budget) 个隐藏神经元：一个宽层对比 \(layers) 个窄层") }

    var knobs: [Knob] {
        [
            Knob(name: "budget", label: tr("hidden units in all", "隐藏神经元总数"), kind: .integer(range: 6...48, step: 6), value: Double(budget)),
            Knob(name: "deep_layers", label: tr("deep net layers", "深层网络层数"), kind: .integer(range: 2...4, step: 1), value: Double(layers)),
            Knob(name: "depth_lr", label: tr("learning rate", "学习率"),
                 kind: .continuous(range: PlaygroundKnobs.lrRange, step: PlaygroundKnobs.logStep, scale: .log), value: learningRate),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "budget": budget = min(48, max(6, Int(value.rounded())))
        case "deep_layers": layers = min(4, max(2, Int(value.rounded())))
        case "depth_lr":
            learningRate = min(PlaygroundKnobs.lrRange.upperBound, max(PlaygroundKnobs.lrRange.lowerBound, value))
            for run in [wide, deep] {
                var c = run.config
                c.learningRate = learningRate
                run.apply(c)
            }
            return
        default: return
        }
        reset()
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { (wide.isFinished && deep.isFinished) || hasFailed }
    var hasFailed: Bool { wide.stopped || deep.stopped }
    func step() { wide.step(); deep.step() }
    func advance(budget: Double) -> Bool {
        let a = wide.advance(budget: budget / 2), b = deep.advance(budget: budget / 2)
        return a || b
    }
    func reset() { (wide, deep) = Self.make(budget: budget, layers: layers, lr: learningRate, seed: seed) }

    func shape(_ run: PlaygroundRun) -> String { run.config.sizes.map(String.init).joined(separator: "-") }

    var status: String? {
        let lr = NumberText.format(learningRate, digits: 3)
        if wide.stopped || deep.stopped {
            return tr("lr \(lr) is too large — lower it, press r · a loss blew up", "学习率 \(lr) 过大——调小后按 r · 损失发散")
        }
        guard wide.iteration > 0 else {
            return tr("same data, same lr: press space to train both", "同样的数据、同样的学习率：按空格键同时训练两个网络")
        }
        let done = isFinished ? RunProgress.restartHint : ""
        return tr("iteration \(wide.iteration) / \(wide.config.iterations)", "第 \(wide.iteration) / \(wide.config.iterations) 次迭代") + done
    }

    var readout: String {
        let p = PlaygroundKnobs.percent
        func one(_ r: PlaygroundRun) -> String { shape(r) + " " + tr("test ", "测试 ") + p(r.last?.testAccuracy ?? .nan) }
        return one(wide) + " · " + one(deep)
    }

    func map(_ run: PlaygroundRun, name: String) -> BoundaryMap {
        var classes = [Series(name: tr("class 0", "类别 0"), color: .blue), Series(name: tr("class 1", "类别 1"), color: .red)]
        for i in 0..<run.train.count {
            let p = run.train.point(i)
            classes[run.train.labels[i]].append(x: p.x, y: p.y)
        }
        let box = run.config.dataset.box
        return BoundaryMap(title: name + " " + shape(run), classes: classes, xRange: box.x, yRange: box.y,
                            decision: run.iteration > 0 && !run.stopped ? { x, y in run.mapClass(x: x, y: y, unit: 0) } : nil)
    }

    /// Test accuracy of both nets per iteration.
    var accuracy: LinePlot {
        func series(_ r: PlaygroundRun, _ name: String, _ color: Color) -> Series {
            let recs = r.records.filter { $0.testAccuracy.isFinite }
            return Series(name: name, color: color, x: recs.map { Double($0.iteration) }, y: recs.map { $0.testAccuracy * 100 })
        }
        var plot = LinePlot(title: tr("test accuracy (%)", "测试精度（%）"),
                            series: [series(wide, tr("wide", "宽"), .cyan), series(deep, tr("deep", "深"), .yellow)],
                            xLabel: tr("iteration", "迭代次数"))
        plot.events = wide.events.map { EventMarker(x: $0.iteration, label: $0.label) }
        plot.yLimits = .fixed(0, 100)
        if wide.records.count < 2 { plot.xLimits = .fixed(0, 100) }
        return plot
    }

    /// The two maps side by side; the accuracy curves below them when there is room.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var a = map(wide, name: tr("wide", "宽")), b = map(deep, name: tr("deep", "深")), acc = accuracy
        a.title = options.drawable(a.title)
        b.title = options.drawable(b.title)
        acc.title = options.drawable(acc.title)
        return ChartLayout.withReadout([readout], width: width, height: height, options: options) { grid, rows in
            let mapRows = rows >= 24 ? rows * 62 / 100 : rows
            grid.blit(ChartLayout.sideBySide(a, b, fraction: 0.5, gap: 1, width: width, height: mapRows, options: options), x: 0, y: 0)
            if mapRows < rows { grid.blit(acc.render(width: width, height: rows - mapRows, options: options), x: 0, y: mapRows) }
        }
    }

    /// JSON with the settings and both nets' final accuracies; tables `depth_curves` and
    /// `depth_final` (the JSON as one row, for CSV).
    func export() -> CellExport {
        let w = wide.measure(wide.test), d = deep.measure(deep.test)
        let n = min(wide.records.count, deep.records.count)
        let rows = (0..<n).map { i in
            [ExportValue.integer(wide.records[i].iteration), .number(wide.records[i].testAccuracy), .number(deep.records[i].testAccuracy)]
        }
        let fields: [(String, ExportValue)] = [
            ("dataset", .string("spirals")), ("budget", .integer(budget)), ("deep_layers", .integer(layers)), ("lr", .number(learningRate)),
            ("wide_sizes", .array(wide.config.sizes.map(ExportValue.integer))), ("deep_sizes", .array(deep.config.sizes.map(ExportValue.integer))),
            ("iterations", .integer(wide.iteration)), ("stopped", .bool(hasFailed)),
            ("wide_test_acc", wide.stopped ? .null : .number(w.accuracy)), ("deep_test_acc", deep.stopped ? .null : .number(d.accuracy)),
        ]
        let json: ExportValue = .object(fields)
        // The same as one CSV row (the layer sizes as "2-12-2").
        let flat = fields.map { key, value in
            key.hasSuffix("_sizes") ? (key, .string((key == "wide_sizes" ? wide : deep).config.sizes.map(String.init).joined(separator: "-"))) : (key, value)
        }
        return CellExport(name: "depth", json: json, tables: [
            ExportTable(name: "depth_curves", columns: ["iteration", "wide_test_acc", "deep_test_acc"], rows: rows),
            ExportTable(name: "depth_final", columns: flat.map(\.0), rows: [flat.map(\.1)]),
        ])
    }
}
