import Charts
import LessonKit
import NumericCore

/// Page "Data augmentation": a training digit and five random warps of it within the knobs'
/// ranges (redrawn every epoch) on top; below, the test accuracy (and, beside it, the train
/// accuracy) of the same small net trained without and with augmentation on few images,
/// knob changes marked.
final class AugmentCell: RunCell, HeadlessStepping {
    var title: String {
        tr("data augmentation: 784-100-10 on \(run.plainTrainer.trainLabels.count) images",
           "数据增强：784-100-10，\(run.plainTrainer.trainLabels.count) 张训练图像")
    }
    let run: AugmentRun

    init(run: AugmentRun) { self.run = run }

    var defaultRunSteps: Int { run.config.epochs }

    static let trainRange = 50...1000

    var knobs: [Knob] {
        let c = run.config
        return [
            Knob(name: "shift", label: tr("shift (px)", "平移（像素）"), kind: .integer(range: 0...14, step: 1), value: Double(c.shift)),
            Knob(name: "rotation", label: tr("rotation (°)", "旋转（°）"), kind: .integer(range: 0...180, step: 5), value: c.rotation),
            Knob(name: "scale", label: tr("scale ±", "缩放 ±"), kind: .continuous(range: 0...0.5, step: 0.05, scale: .linear), value: c.scale),
            Knob(name: "alpha", label: tr("elastic α (px)", "弹性形变 α（像素）"), kind: .integer(range: 0...40, step: 2), value: c.alpha),
            Knob(name: "sigma", label: tr("elastic σ", "弹性形变 σ"), kind: .integer(range: 2...8, step: 1), value: c.sigma),
            Knob(name: "train", label: tr("training images", "训练图像数"), kind: .integer(range: Self.trainRange, step: 50),
                 value: Double(c.trainSize)),
            Knob(name: "augment", label: tr("augmentation", "数据增强"), kind: .choice(AugmentRun.augmentChoices), value: c.augment ? 1 : 0),
            Knob(name: "epochs", label: tr("epochs", "轮数"), kind: .integer(range: 10...500, step: 10), value: Double(c.epochs)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        let v = Int(value.rounded())
        switch name {
        case "shift": c.shift = max(0, min(14, v))
        case "rotation": c.rotation = Double(max(0, min(180, v)))
        case "scale": c.scale = max(0, min(0.5, (value * 20).rounded() / 20))
        case "alpha": c.alpha = Double(max(0, min(40, v)))
        case "sigma": c.sigma = Double(max(2, min(8, v)))
        case "train": c.trainSize = max(Self.trainRange.lowerBound, min(Self.trainRange.upperBound, v))
        case "augment": c.augment = v >= 1
        case "epochs": c.epochs = max(10, min(500, v))
        default: return
        }
        run.apply(c)
    }

    /// Advice on warps that destroy the digits: a shift of more than a quarter of the image,
    /// rotations past 90° (a 6 becomes a 9), or an elastic field that tears strokes apart.
    var warpAdvice: String? {
        let c = run.config
        guard c.augment else { return nil }
        if c.rotation > 90 {
            return tr("rotations past 90° turn a 6 into a 9: the labels lie — keep rotation ≤ 20",
                      "超过 90° 的旋转会把 6 变成 9：标签就错了——把旋转保持在 20 以内")
        }
        if c.shift > 7 {
            return tr("shifts over 7 px push the digit off the image — keep shift ≤ 3",
                      "超过 7 像素的平移会把数字推出图像——把平移保持在 3 以内")
        }
        if c.scale > 0.3 {
            return tr("scaling by more than ±30 % cuts or shrinks the digit too much — keep scale ≤ 0.15",
                      "超过 ±30% 的缩放会把数字裁掉或缩得太小——把缩放保持在 0.15 以内")
        }
        if c.alpha >= 10 * c.sigma {
            return tr("α this large for σ = \(Int(c.sigma)) tears the strokes — lower α or raise σ",
                      "σ = \(Int(c.sigma)) 时这么大的 α 会把笔画撕碎——调小 α 或调大 σ")
        }
        return nil
    }

    var status: String? {
        if run.stopped {
            return tr("the loss is no longer a number — press r (epoch \(run.epoch))",
                      "损失不再是有限的数——按 r（第 \(run.epoch) 轮）")
        }
        var parts: [String] = []
        if let advice = warpAdvice { parts.append(advice) }
        if let problem = run.data.problem { parts.append("⚠ " + DataNotice.mnistNotLoaded(reason: problem)) }
        guard run.epoch > 0 else {
            parts.append(tr("\(DataNotice.sourceName(run.data.sourceName)): press space to train both nets",
                            "\(DataNotice.sourceName(run.data.sourceName))：按空格键同时训练两个网络"))
            return parts.joined(separator: " · ")
        }
        parts.append(tr("epoch \(run.epoch) / \(run.config.epochs)", "第 \(run.epoch) / \(run.config.epochs) 轮"))
        if run.isFinished { parts.append(RunProgress.restartNote) }
        return parts.joined(separator: " · ")
    }

    static func percent(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "–" }
        return NumberText.format((v * 1000).rounded() / 10, digits: 4) + tr(" %", "%")
    }

    /// "test: without 61.2 %  with 70.4 %  (+9.2 points)"
    var readout: String {
        guard let gain = run.gain, gain.isFinite else {
            return tr("test accuracy: no epoch yet (\(run.iterationsPerEpoch) iterations each)",
                      "测试精度：还没有跑完一轮（每轮 \(run.iterationsPerEpoch) 次迭代）")
        }
        let g = (gain >= 0 ? "+" : "−") + NumberText.format((abs(gain) * 10).rounded() / 10, digits: 3)
        return tr("test: without \(Self.percent(run.plainTest))  with \(Self.percent(run.augmentedTest))  (\(g) points)",
                  "测试：不增强 \(Self.percent(run.plainTest))  增强 \(Self.percent(run.augmentedTest))（\(g) 个百分点）")
    }

    /// The digit shown on top: the first training image of a 6 (rotations turn it into a 9).
    var sampleIndex: Int { run.plainTrainer.trainLabels.firstIndex(of: 6) ?? 0 }

    /// The original and `count` warps of it, drawn from a generator seeded by the epoch, so
    /// they change as training goes on and whenever a range changes.
    func samples(count: Int) -> [[Double]] {
        let side = run.data.split.train.width
        let image = run.plainTrainer.trainImages.row(sampleIndex)
        var rng = Xoshiro256StarStar(seed: run.seed &+ 100 &+ UInt64(run.epoch))
        var config = run.config
        config.augment = true
        return [image] + (0..<count).map { _ in AugmentRun.augmented(image, side: side, config: config, using: &rng) }
    }

    /// Accuracy in % per epoch without (magenta) and with (green) augmentation; `test` or train.
    func plot(test: Bool) -> LinePlot {
        func series(_ t: Trainer, _ name: String, _ color: Charts.Color) -> Series {
            let e = t.history.epochs
            return Series(name: name, color: color, x: e.map { Double($0.epoch) },
                          y: e.map { 100 * (test ? $0.testAccuracy : $0.trainAccuracy) })
        }
        var plot = LinePlot(title: test ? tr("test accuracy %", "测试精度 %") : tr("train accuracy %", "训练精度 %"),
                            series: [series(run.plainTrainer, tr("without", "不增强"), .magenta),
                                     series(run.augmentedTrainer, tr("with", "增强"), .green)],
                            xLabel: tr("epoch", "轮"))
        plot.yLimits = .fixed(0, 100)
        if run.epoch < 2 { plot.xLimits = .fixed(0, 2) }
        plot.events = run.events.map { EventMarker(x: $0.epoch, label: $0.label) }
        return plot
    }

    /// The two series' names in their colours (markers without colour), drawn once under both charts.
    var legend: LegendRows {
        LegendRows(entries: [(.magenta, tr("without augmentation", "不增强")), (.green, tr("with augmentation", "增强"))])
    }

    /// Tiles of the digit and its warps (half-block pixels, shades without colour), captioned.
    func tiles(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let count = 5, side = run.data.split.train.width
        let images = samples(count: count)
        let tileWidth = width / (count + 1)
        guard tileWidth >= 4, height >= 2 else { return grid }
        let imageRows = height - 1
        let halfBlocks = options.unicode && options.color
        let pixels = max(1, min(side, halfBlocks ? min(tileWidth - 1, imageRows * 2) : min((tileWidth - 1) / 2, imageRows)))
        for (i, image) in images.enumerated() {
            var map = Heatmap(rows: pixels, columns: pixels, values: Self.downsample(image, side: side, to: pixels))
            map.range = 0...1
            map.showColorBar = false
            grid.blit(map.render(width: tileWidth - 1, height: imageRows, options: options), x: i * tileWidth, y: 0)
            let caption = i == 0 ? tr("original", "原图") : tr("warp \(i)", "变形 \(i)")
            grid.put(caption, x: i * tileWidth, y: imageRows, style: Style(bold: i == 0), maxWidth: tileWidth - 1)
        }
        return grid
    }

    /// `image` (`side`×`side`) averaged over `n`×`n` equal areas (thin strokes stay visible).
    static func downsample(_ image: [Double], side: Int, to n: Int) -> [Double] {
        guard n < side, n > 0, image.count == side * side else { return image }
        var sums = [Double](repeating: 0, count: n * n), counts = [Double](repeating: 0, count: n * n)
        for r in 0..<side {
            for c in 0..<side {
                let k = (r * n / side) * n + c * n / side
                sums[k] += image[r * side + c]
                counts[k] += 1
            }
        }
        return zip(sums, counts).map { $1 > 0 ? $0 / $1 : 0 }
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var test = plot(test: true), train = plot(test: false)
        test.showLegend = false
        train.showLegend = false
        test.title = options.drawable(test.title)
        train.title = options.drawable(train.title)
        // Rows for the tiles: up to 2/5 of the cell, no more than a square tile needs
        // (half-block pixels: two per row) plus its caption.
        let tileWidth = width / 6
        let tileRows = max(3, min(12, height * 2 / 5, tileWidth / 2 + 1))
        return ChartLayout.withReadout([readout], width: width, height: height, options: options) { grid, rows in
            let top = min(tileRows, rows / 2)
            grid.blit(tiles(width: width, height: top, options: options), x: 0, y: 0)
            // One legend row under both charts (same two series): at 80×24 the charts are too
            // small to keep their own legends, and the curves need names.
            let chartRows = max(0, rows - top - 1)
            grid.blit(ChartLayout.sideBySide(test, train, fraction: 0.5, gap: 1, width: width, height: chartRows, options: options),
                      x: 0, y: top)
            legend.draw(into: &grid, y: top + chartRows, width: width, options: options)
        }
    }

    /// Tables `augmentation` (epoch, without_test, with_test, without_train, with_train) and
    /// `augmentation_events` (epoch, label) — named apart from the residual page's `accuracy`,
    /// so `nnbook run deepnets --table augmentation` finds them; JSON adds the settings and
    /// the last gain in points.
    func export() -> CellExport {
        let c = run.config
        let p = run.plainTrainer.history.epochs, a = run.augmentedTrainer.history.epochs
        let rows = (0..<min(p.count, a.count)).map {
            [ExportValue.integer(p[$0].epoch), .number(p[$0].testAccuracy), .number(a[$0].testAccuracy),
             .number(p[$0].trainAccuracy), .number(a[$0].trainAccuracy)]
        }
        let eventRows = run.events.map { [ExportValue.number($0.epoch), .string($0.label)] }
        let json: ExportValue = .object([
            ("data", .string(run.data.sourceName)), ("train_size", .integer(run.plainTrainer.trainLabels.count)),
            ("test_size", .integer(run.data.split.test.count)), ("sizes", .array([784, c.hidden, 10].map(ExportValue.integer))),
            ("shift", .integer(c.shift)), ("rotation", .number(c.rotation)), ("scale", .number(c.scale)),
            ("alpha", .number(c.alpha)), ("sigma", .number(c.sigma)), ("augment", .string(c.augment ? "on" : "off")),
            ("lr", .number(c.learningRate)), ("batch", .integer(c.batchSize)), ("epochs", .integer(run.epoch)),
            ("stopped", .bool(run.stopped)), ("gain_points", run.gain.map(ExportValue.number) ?? .null),
            ("without_test_acc", run.plainTest.map(ExportValue.number) ?? .null),
            ("with_test_acc", run.augmentedTest.map(ExportValue.number) ?? .null),
            ("events", .array(run.events.map { .object([("epoch", .number($0.epoch)), ("label", .string($0.label))]) })),
        ])
        return CellExport(name: "augmentation", json: json, tables: [
            ExportTable(name: "augmentation", columns: ["epoch", "without_test", "with_test", "without_train", "with_train"], rows: rows),
            ExportTable(name: "augmentation_events", columns: ["epoch", "label"], rows: eventRows),
        ])
    }
}
