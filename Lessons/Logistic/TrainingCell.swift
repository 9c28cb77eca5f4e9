import Charts
import LessonKit
import NumericCore

/// Pages 1–2: one sigmoid neuron trained live by gradient descent. On the blobs: the
/// decision line (where a = 0.5) over the points, drawn as a map; on digits: "is it a 3?"
/// and the 784 learned weights as a 28×28 image in sign colours. Beside either, the cost
/// and the train/test accuracy per iteration with learning-rate changes marked.
final class TrainingCell: LiveCell, HeadlessStepping {
    let run: LogisticRun
    /// The map grid and the iteration it was made at.
    private var map: (iteration: Int, grid: DecisionGrid)?
    /// The view box of the toy map (the blobs fill about −3…5 × −1.5…5.5).
    static let xRange = -3.0...5.0
    static let yRange = -1.5...5.5

    init(run: LogisticRun) { self.run = run }

    var title: String {
        run.config.task == .toy
            ? tr("one neuron on two blobs: a = σ(w₁x₁ + w₂x₂ + b)", "两团点上的一个神经元：a = σ(w₁x₁ + w₂x₂ + b)")
            : tr("is it a \(run.config.digit)? one neuron on 784 pixels", "是 \(run.config.digit) 吗？784 个像素上的一个神经元")
    }

    static let learningRateRange = 0.001...100.0
    static let learningRateFactor = 1.7782794100389228

    var knobs: [Knob] {
        let c = run.config
        var knobs = [
            Knob(name: "task", label: tr("task", "任务"), kind: .choice(LogisticRun.Task.allCases.map(\.name)),
                 value: Double(c.task.rawValue)),
            Knob(name: "lr", label: tr("learning rate", "学习率"),
                 kind: .continuous(range: Self.learningRateRange, step: Self.learningRateFactor, scale: .log), value: c.learningRate),
        ]
        if c.task == .digits {
            knobs.append(Knob(name: "digit", label: tr("the digit asked about", "要认的数字"), kind: .integer(range: 0...9, step: 1),
                              value: Double(c.digit)))
        }
        return knobs
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        switch name {
        case "task": c.task = LogisticRun.Task(rawValue: Int(value.rounded())) ?? .toy
        case "lr": c.learningRate = min(Self.learningRateRange.upperBound, max(Self.learningRateRange.lowerBound, value))
        case "digit": c.digit = min(9, max(0, Int(value.rounded())))
        default: return
        }
        run.apply(c)
        map = nil
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { run.isFinished }
    var hasFailed: Bool { run.stopped }
    var defaultRunSteps: Int { run.maxIterations }
    func step() { run.iterate() }
    func advance(budget: Double) -> Bool { run.advance(budget: budget) }
    func reset() {
        run.restart()
        map = nil
    }

    /// Advice first when the steps overshoot; else the data and the progress.
    var status: String? {
        if run.stopped {
            return tr("lr too large, steps overshoot — lower lr, press r · stopped at iteration \(run.iteration)",
                      "学习率太大，步子跨过了谷底——调小 lr 后按 r · 在第 \(run.iteration) 次迭代停下")
        }
        var parts: [String] = []
        if run.config.task == .digits, let problem = run.digits.problem {
            parts.append("⚠ " + DataNotice.mnistNotLoaded(reason: problem))
        }
        guard run.iteration > 0 else {
            if run.config.task == .toy {
                parts.append(tr("\(run.data.trainY.count) training points, \(run.data.testY.count) test points, press space to train",
                                "训练点 \(run.data.trainY.count) 个，测试点 \(run.data.testY.count) 个，按空格键开始训练"))
            } else {
                let source = DataNotice.sourceName(run.digits.sourceName)
                parts.append(tr("\(source): \(run.data.trainY.count) training images, press space to train",
                                "\(source)：\(run.data.trainY.count) 张训练图像，按空格键开始训练"))
            }
            return parts.joined(separator: " · ")
        }
        parts.append(tr("iteration \(run.iteration) / \(run.maxIterations)", "第 \(run.iteration) / \(run.maxIterations) 次迭代"))
        if run.isFinished { parts.append(RunProgress.restartNote) }
        return parts.joined(separator: " · ")
    }

    static func percent(_ fraction: Double) -> String {
        NumberText.format((fraction * 1000).rounded() / 10, digits: 4) + tr(" %", "%")
    }

    /// "cost 0.312  train 87.5 %  test 86.0 %"
    var readout: String {
        let r = run.last
        return tr("cost \(NumberText.format(r.cost, digits: 3))  train \(Self.percent(r.trainAccuracy))  test \(Self.percent(r.testAccuracy))",
                  "代价 \(NumberText.format(r.cost, digits: 3))  训练 \(Self.percent(r.trainAccuracy))  测试 \(Self.percent(r.testAccuracy))")
    }

    /// The toy line's equation, or the digits baseline of always answering "no".
    var secondReadout: String {
        if run.config.task == .toy {
            let f = { NumberText.format($0, digits: 3) }
            return "w = (\(f(run.w[0])), \(f(run.w[1])))  b = \(f(run.b))"
        }
        return tr("always \"no\" scores \(Self.percent(run.baselineAccuracy)) (only \(Self.percent(run.data.positiveFraction)) are \(run.config.digit)s)",
                  "永远回答「不是」也有 \(Self.percent(run.baselineAccuracy))（只有 \(Self.percent(run.data.positiveFraction)) 是 \(run.config.digit)）")
    }

    /// The grid of the neuron's outputs over the map's box (remade only after an iteration).
    var grid: DecisionGrid {
        if let map, map.iteration == run.iteration { return map.grid }
        let run = self.run
        let grid = DecisionGrid(xRange: Self.xRange, yRange: Self.yRange, columns: 128, rows: 64) { run.outputs($0) }
        map = (run.iteration, grid)
        return grid
    }

    /// The training points by label over the neuron's two half-planes.
    var boundary: BoundaryMap {
        var classes = [Series(name: tr("y = 0", "y = 0"), color: .blue), Series(name: tr("y = 1", "y = 1"), color: .red)]
        let x = run.data.train
        for i in 0..<x.rows { classes[Int(run.data.trainY[i])].append(x: x.scalars[2 * i], y: x.scalars[2 * i + 1]) }
        let grid = self.grid
        return BoundaryMap(title: tr("decision boundary a = 0.5 (training points)", "决策边界 a = 0.5（训练点）"), classes: classes,
                           xRange: Self.xRange, yRange: Self.yRange,
                           decision: run.iteration > 0 ? { grid.classAt(x: $0, y: $1) } : nil)
    }

    /// The 784 weights as a 28×28 image: red pushes a towards "yes", blue towards "no".
    var weightMap: Heatmap {
        var map = Heatmap(title: tr("weights w: red → yes, blue → no", "权重 w：红偏向「是」，蓝偏向「不是」"),
                          rows: 28, columns: 28, values: run.w)
        map.palette = .diverging
        if run.w.allSatisfy({ $0 == 0 }) { map.range = -1...1 }
        return map
    }

    /// The cost per iteration, learning-rate changes marked.
    var costPlot: LinePlot {
        let h = run.history
        var plot = LinePlot(title: tr("cost J per iteration", "每次迭代的代价 J"),
                            series: [Series(name: tr("cost", "代价"), color: .yellow, x: h.map { Double($0.iteration) }, y: h.map(\.cost))],
                            xLabel: tr("iteration", "迭代"))
        plot.showLegend = false
        plot.yLimits = .fixed(0, max(0.8, min(30, (h.map(\.cost).max() ?? 0) * 1.05)))
        plot.xLimits = .fixed(0, Double(max(10, run.iteration)))
        plot.events = run.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    /// Train and test accuracy in %, learning-rate changes marked.
    var accuracyPlot: LinePlot {
        let h = run.history, xs = h.map { Double($0.iteration) }
        var plot = LinePlot(title: tr("accuracy %", "精度 %"),
                            series: [Series(name: tr("train", "训练"), color: .green, x: xs, y: h.map { 100 * $0.trainAccuracy }),
                                     Series(name: tr("test", "测试"), color: .magenta, x: xs, y: h.map { 100 * $0.testAccuracy })],
                            xLabel: tr("iteration", "迭代"))
        // From 80 % (digits: 90 % is free) or 40 % (blobs), lower in steps of 10 if a curve dips below.
        let lowest = h.map { min($0.trainAccuracy, $0.testAccuracy) }.min() ?? 1
        let floor = min(run.config.task == .digits ? 80 : 40, (lowest * 10).rounded(.down) * 10)
        plot.yLimits = .fixed(floor, 100)
        plot.xLimits = .fixed(0, Double(max(10, run.iteration)))
        plot.events = run.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    /// The picture (map or weights) left, the curves right (stacked when tall enough, the
    /// cost alone otherwise); below 60 columns the picture over the curves when there are 24
    /// rows or more, else the picture alone. Readouts under them.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let lines = height >= 14 ? [readout, secondReadout] : [readout]
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            var cost = self.costPlot, accuracy = self.accuracyPlot
            cost.title = options.drawable(cost.title)
            accuracy.title = options.drawable(accuracy.title)
            let wide = width >= 60, tall = !wide && rows >= 24
            let pictureWidth = wide ? width * (run.config.task == .toy ? 50 : 40) / 100 : width
            // Narrow but tall: the picture over the curves, in about half the rows.
            let pictureRows = tall ? rows / 2 : rows
            let picture: Grid
            if run.config.task == .toy {
                var map = boundary
                map.title = options.drawable(map.title)
                // About as tall as the box is wide (a half-block pixel is square): 7/8 of the
                // plot's columns in pixels, half that in rows, plus title and axis rows.
                let square = Int(Double(pictureWidth - 8) * 7 / 16) + 4
                picture = map.render(width: pictureWidth, height: min(pictureRows, max(10, square)), options: options)
            } else {
                var map = weightMap
                map.title = options.drawable(map.title)
                picture = map.render(width: pictureWidth, height: pictureRows, options: options)
            }
            grid.blit(picture, x: 0, y: 0)
            let x = wide ? pictureWidth + 1 : 0, y = wide ? 0 : picture.height
            let right = width - x, left = rows - y
            guard wide || tall else { return }
            if left >= 16 {
                grid.blit(ChartLayout.stacked(cost, accuracy, fraction: 0.5, width: right, height: left, options: options), x: x, y: y)
            } else {
                grid.blit(cost.render(width: right, height: left, options: options), x: x, y: y)
            }
        }
    }

    /// Table `curve` (iteration, loss, train_acc, test_acc — the loss being the cost J, the
    /// mean over the training set) and `events`; JSON with the task, the knobs, the final
    /// loss and accuracies, the bias (and the two weights on the blobs) and whether it stopped.
    func export() -> CellExport {
        let h = run.history, c = run.config, r = run.last
        var json: [(String, ExportValue)] = [
            ("task", .string(c.task.name)),
            ("data", .string(c.task == .toy ? "blobs" : run.digits.sourceName)),
            ("train_size", .integer(run.data.trainY.count)), ("test_size", .integer(run.data.testY.count)),
            ("lr", .number(c.learningRate)),
        ]
        if c.task == .digits { json.append(("digit", .integer(c.digit))) }
        json += [
            ("iterations", .integer(run.iteration)), ("stopped", .bool(run.stopped)),
            ("final_loss", .number(r.cost)), ("final_train_acc", .number(r.trainAccuracy)),
            ("final_test_acc", .number(r.testAccuracy)), ("baseline_acc", .number(run.baselineAccuracy)),
            ("b", .number(run.b)),
        ]
        if c.task == .toy { json.append(("w", .array(run.w.map(ExportValue.number)))) }
        json += [
            ("curve", .array(h.map { e in
                .object([("iteration", .integer(e.iteration)), ("loss", .number(e.cost)),
                         ("train_acc", .number(e.trainAccuracy)), ("test_acc", .number(e.testAccuracy))])
            })),
            ("events", .array(run.events.map { .object([("iteration", .integer($0.iteration)), ("label", .string($0.label))]) })),
        ]
        let rows = h.map { [ExportValue.integer($0.iteration), .number($0.cost), .number($0.trainAccuracy), .number($0.testAccuracy)] }
        return CellExport(name: "training \(c.task.name)", json: .object(json), tables: [
            ExportTable(name: "curve", columns: ["iteration", "loss", "train_acc", "test_acc"], rows: rows),
            ExportTable(name: "events", columns: ["iteration", "label"],
                        rows: run.events.map { [ExportValue.integer($0.iteration), .string($0.label)] }),
        ])
    }
}
