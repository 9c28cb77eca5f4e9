import Charts
import LessonKit
import NumericCore

/// Page 4: texture synthesis. The target texture and the image being synthesized (16×16,
/// half-block heat maps) on the left, the texture loss E per iteration on a log axis on the
/// right with knob changes marked; the loss and how far the pixels are from the target below.
final class TextureCell: RunCell, HeadlessStepping {
    var title: String {
        tr("texture synthesis: descend until G(X) ≈ G(T)", "纹理合成：梯度下降直到 G(X) ≈ G(T)")
    }
    let run: TextureRun
    let defaultRunSteps = 60
    static let learningRateRange = 10.0...100_000.0
    /// At or below this learning rate the status advises raising it.
    static let slowLearningRate = 30.0

    init(run: TextureRun) { self.run = run }

    var knobs: [Knob] {
        let c = run.config
        return [
            Knob(name: "texture", label: tr("target texture", "目标纹理"), kind: .choice(StyleCell.textureNames), value: Double(c.texture)),
            Knob(name: "pixel_lr", label: tr("learning rate on pixels", "像素的学习率"),
                 kind: .continuous(range: Self.learningRateRange, step: 2, scale: .log), value: c.learningRate, digits: 3),
            Knob(name: "filters", label: tr("filters of the layer", "该层的滤波器"), kind: .choice(TextureRun.filterNames), value: Double(c.filters)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        switch name {
        case "texture": c.texture = min(StyleCell.textureNames.count - 1, max(0, Int(value.rounded())))
        case "pixel_lr": c.learningRate = min(Self.learningRateRange.upperBound, max(Self.learningRateRange.lowerBound, value))
        case "filters": c.filters = min(TextureRun.filterNames.count - 1, max(0, Int(value.rounded())))
        default: return
        }
        run.apply(c)
    }

    var status: String? {
        let lr = NumberText.format(run.config.learningRate, digits: 3)
        if run.stopped {
            return tr("lower pixel_lr and press r: the pixels blew up (iteration \(run.iteration))",
                      "调小 pixel_lr 后按 r：像素发散了（第 \(run.iteration) 次迭代）")
        }
        if run.stalled {
            return tr("lower pixel_lr: the steps overshoot, E stopped falling", "调小 pixel_lr：步子迈过头，E 不再下降")
        }
        if run.config.learningRate <= Self.slowLearningRate {
            return tr("raise pixel_lr: at lr \(lr) the pixels barely move", "调大 pixel_lr：lr 为 \(lr) 时像素几乎不动")
        }
        guard run.iteration > 0 else {
            return tr("16×16 noise: press space to descend on its pixels", "16×16 的噪声：按空格键在它的像素上梯度下降")
        }
        return RunProgress.iterations(run.iteration, of: run.config.iterations, finished: run.isFinished)
    }

    var readouts: [String] {
        guard let loss = run.losses.last, let first = run.losses.first else {
            return [tr("E = Σ(G(X)−G(T))²/(4N²M²), N filters, M = 256 pixels",
                       "E = Σ(G(X)−G(T))²/(4N²M²)，N 个滤波器，M = 256 个像素")]
        }
        let e = NumberText.format(loss, digits: 3), e0 = NumberText.format(first, digits: 3)
        let pixels = NumberText.format(run.pixelDifference, digits: 2)
        return [tr("texture loss E = \(e) (start \(e0))", "纹理损失 E = \(e)（开始时 \(e0)）"),
                tr("X vs T pixel by pixel: mean (X−T)² = \(pixels)", "X 与 T 逐像素比较：(X−T)² 的均值 = \(pixels)")]
    }

    func picture(_ title: String, _ values: [Double], range: ClosedRange<Double>?) -> Heatmap {
        var h = Heatmap(title: title, rows: TextureRun.size, columns: TextureRun.size, values: values)
        h.palette = .gray
        h.range = range
        h.showColorBar = false
        h.showColorKey = false
        return h
    }

    var lossPlot: LinePlot {
        let xs = run.losses.indices.map { Double($0 + 1) }
        var plot = LinePlot(title: tr("texture loss E per iteration (log)", "每次迭代的纹理损失 E（对数轴）"),
                            series: [Series(name: "E", color: .cube(5, 2, 0), x: xs, y: run.losses)],
                            xLabel: tr("iteration", "迭代"))
        plot.showLegend = false
        plot.yScale = .log10
        if run.losses.count < 2 { plot.xLimits = .fixed(0, 2) }
        plot.events = run.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    /// The target over the synthesized image on the left (18 columns, wider on a tall
    /// screen), the loss curve filling the rest.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let target = picture(options.drawable(tr("target T", "目标 T")), run.target, range: 0...1)
        let finite = run.image.allSatisfy(\.isFinite)
        let lo = finite ? run.image.min() ?? 0 : 0, hi = finite ? run.image.max() ?? 1 : 1
        let synthesized = picture(options.drawable(tr("image X", "图像 X")), finite ? run.image : run.image.map { _ in 0 },
                                  range: hi > lo ? lo...hi : 0...1)
        var loss = lossPlot
        loss.title = options.drawable(loss.title)
        return ChartLayout.withReadout(readouts, width: width, height: height, options: options) { grid, rows in
            // 18 columns (16 pixels and a margin) unless the screen is tall enough for more.
            let top = rows / 2, left = min(width / 3, max(TextureRun.size + 2, (top - 2) * 2))
            grid.blit(target.render(width: left, height: top, options: options), x: 0, y: 0)
            grid.blit(synthesized.render(width: left, height: rows - top, options: options), x: 0, y: top)
            grid.blit(loss.render(width: width - left - 1, height: rows, options: options), x: left + 1, y: 0)
        }
    }

    /// Table `texture_loss` (iteration, loss) and `image` (row, column, value of X); JSON with
    /// the settings, the losses and the pixel difference.
    func export() -> CellExport {
        let c = run.config, n = TextureRun.size
        let json: ExportValue = .object([
            ("texture", .string(StyleCell.textureNames[c.texture])), ("filters", .string(TextureRun.filterNames[c.filters])),
            ("filter_count", .integer(run.conv.filterCount)), ("filter_size", .integer(run.conv.filterHeight)),
            ("size", .integer(n)), ("pixel_lr", .number(c.learningRate)),
            ("iterations", .integer(run.iteration)), ("stopped", .bool(run.stopped)),
            ("start_loss", run.losses.first.map(ExportValue.number) ?? .null),
            ("final_loss", run.losses.last.map(ExportValue.number) ?? .null),
            ("pixel_difference", run.pixelDifference.isFinite ? .number(run.pixelDifference) : .null),
            ("events", .array(run.events.map { .object([("iteration", .integer($0.iteration)), ("label", .string($0.label))]) })),
        ])
        return CellExport(name: "texture", json: json, tables: [
            ExportTable(name: "texture_loss", columns: ["iteration", "loss"],
                        rows: run.losses.indices.map { [.integer($0 + 1), .number(run.losses[$0])] }),
            ExportTable(name: "image", columns: ["row", "column", "value"],
                        rows: run.image.indices.map { [.integer($0 / n), .integer($0 % n), .number(run.image[$0])] }),
        ])
    }
}
