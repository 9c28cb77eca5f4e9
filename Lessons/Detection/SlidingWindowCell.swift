import Charts
import Foundation
import LessonKit
import NumericCore

/// Page 2: sliding windows, the slow way and the convolutional way. First the window
/// classifier (`WindowDetector`) trains live on windows cut from generated scenes (loss curve,
/// knob changes marked, accuracy on held-out windows); then the scene is scanned both ways
/// (`WindowScan`): every window at the `stride` knob one forward pass each, then the same
/// weights as one convolutional pass. Both score maps are drawn as heat maps beside the scene
/// with the best windows outlined, both ways timed and their multiply-adds counted; at the
/// net's stride (4) the maps are equal.
final class SlidingWindowCell: LiveCell, HeadlessStepping {
    var title: String { tr("sliding windows, slow and convolutional", "滑动窗口：逐窗与卷积") }
    let source: SceneSource
    private let seed: UInt64
    private let clock: () -> Double
    private(set) var sceneNumber = 1
    private(set) var objectCount = 3
    private(set) var scene: Scene
    private(set) var stride = 2
    private(set) var iterations = 600
    private(set) var learningRate = 0.005
    private var built: WindowDetector?
    private var convolutionalNet: Sequential?
    private(set) var scan: WindowScan

    static let strideRange = 1...16
    static let iterationRange = 100...3000

    /// The cell for the lesson; tests pass a fake `clock` (seconds) so times are fixed.
    init(source: SceneSource, seed: UInt64, clock: @escaping () -> Double = WindowScan.uptime) {
        self.source = source
        self.seed = seed
        self.clock = clock
        scene = source.scene(1, objects: 3)
        scan = WindowScan(pixels: scene.pixels, stride: 2, netStride: 4, clock: clock)
    }

    /// The classifier and its trainer (built on first use: it cuts the training windows).
    var detector: WindowDetector {
        if let built { return built }
        let made = WindowDetector(source: source, learningRate: learningRate, seed: seed)
        built = made
        return made
    }

    /// The net's stride: the product of its layers' strides.
    var netStride: Int { 4 }
    var trainer: Trainer { detector.trainer }
    var isTrained: Bool { trainer.iteration >= iterations || trainer.diverged }

    private func newScan() {
        scan = WindowScan(pixels: scene.pixels, stride: stride, netStride: netStride, clock: clock)
    }

    var knobs: [Knob] {
        [
            SceneSource.sceneKnob(sceneNumber),
            SceneSource.objectsKnob(objectCount),
            Knob(name: "stride", label: tr("slow-way stride", "逐窗步幅"), kind: .integer(range: Self.strideRange, step: 1),
                 value: Double(stride)),
            Knob(name: "iters", label: tr("training iterations", "训练迭代次数"),
                 kind: .integer(range: Self.iterationRange, step: 100), value: Double(iterations)),
            Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: 1e-4...1, step: pow(10, 0.25), scale: .log),
                 value: learningRate, digits: 3),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "scene", "objects":
            guard let v = SceneSource.whole(value, in: name == "scene" ? SceneSource.sceneRange : SceneSource.objectRange) else { return }
            if name == "scene" { sceneNumber = v } else { objectCount = v }
            scene = source.scene(sceneNumber, objects: objectCount)
            newScan()
        case "stride":
            stride = SceneSource.whole(value, in: Self.strideRange) ?? stride
            newScan()
        case "iters":
            iterations = SceneSource.whole(value, in: Self.iterationRange) ?? iterations
            if let built, built.trainer.iteration < iterations { convolutionalNet = nil; newScan() }
        case "lr":
            learningRate = min(1, max(1e-4, value))
            if let built, let adam = built.trainer.optimizer as? Adam {
                adam.learningRate = learningRate
                if built.trainer.iteration > 0 && !isTrained { built.trainer.mark("lr=" + NumberText.format(learningRate, digits: 3)) }
            }
        default: return
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { trainer.diverged || (isTrained && scan.isFinished) }
    var hasFailed: Bool { trainer.diverged }

    /// Training steps, then the scan's rows and its convolutional pass.
    var defaultRunSteps: Int { max(0, iterations - trainer.iteration) + scan.rows + 1 }

    func step() {
        if trainer.diverged { return }
        if !isTrained {
            trainer.step()
            return
        }
        if convolutionalNet == nil { convolutionalNet = detector.convolutional() }
        if let net = convolutionalNet { scan.step(classifier: detector.net, convolutionalNet: net) }
    }

    func advance(budget: Double) -> Bool {
        guard !isFinished else { return false }
        if !isTrained {
            // At least one iteration per frame, and never past the planned count.
            let start = clock()
            repeat { trainer.step() } while !isTrained && clock() - start < budget
            return true
        }
        let start = clock()
        repeat { step() } while !scan.isFinished && clock() - start < budget
        return true
    }

    func reset() {
        built = nil
        convolutionalNet = nil
        newScan()
    }

    /// The last test accuracy of the window classifier (nil before the first measure).
    var testAccuracy: Double? { trainer.history.epochs.last?.testAccuracy }

    static func percent(_ v: Double) -> String { NumberText.format(100 * v, digits: 3) + "%" }
    static func millions(_ n: Int) -> String { NumberText.format(Double(n) / 1e6, digits: 3) + "M" }
    static func milliseconds(_ s: Double) -> String { NumberText.format(1000 * s, digits: 3) + " ms" }

    /// Multiply-adds of the slow way (windows × one window's) and of the convolutional pass.
    var multiplyAdds: (slow: Int, convolutional: Int) {
        let one = detector.net.multiplyAdds(input: (1, WindowDetector.window, WindowDetector.window))
        let whole = (convolutionalNet ?? detector.convolutional()).multiplyAdds(input: (1, Scene.side, Scene.side))
        return (scan.rows * scan.columns * one, whole)
    }

    var status: String? {
        if trainer.diverged {
            return tr("loss is NaN: learning rate \(NumberText.format(learningRate, digits: 3)) too high — lower it and press r",
                      "损失为 NaN：学习率 \(NumberText.format(learningRate, digits: 3)) 太高；调低它再按 r")
        }
        if !isTrained {
            let head = tr("training the window classifier: iteration \(trainer.iteration) / \(iterations)",
                          "训练窗口分类器：第 \(trainer.iteration) / \(iterations) 次迭代")
            if trainer.iteration == 0, let problem = source.problem { return DataNotice.mnistNotLoaded(reason: problem) }
            return head + (trainer.iteration == 0 ? tr(" · space runs", " · 按空格键运行") : "")
        }
        if let acc = testAccuracy, acc < 0.6 {
            let lr = NumberText.format(learningRate, digits: 3)
            if learningRate > 0.05 {
                return tr("test acc only \(Self.percent(acc)): lr \(lr) is too high — lower it and press r",
                          "测试精度只有 \(Self.percent(acc))：学习率 \(lr) 太高——调低它再按 r")
            }
            return tr("test acc only \(Self.percent(acc)): raise iters to train longer",
                      "测试精度只有 \(Self.percent(acc))：调高 iters 多训练一会儿")
        }
        if !scan.isFinished {
            return tr("scanning: row \(scan.rowsDone) of \(scan.rows) the slow way · space runs",
                      "扫描中：逐窗方式第 \(scan.rowsDone) / \(scan.rows) 行 · 按空格键运行")
        }
        if stride == netStride {
            return tr("stride \(stride) is the net's stride: the two maps are equal", "步幅 \(stride) 等于网络的步幅：两张图相等")
        }
        if stride % netStride == 0 {
            return tr("stride \(stride) = \(stride / netStride) × \(netStride): the slow map keeps 1 conv window in \(stride / netStride)",
                      "步幅 \(stride) = \(stride / netStride) × \(netStride)：逐窗的图是卷积图中每 \(stride / netStride) 个窗口取 1 个")
        }
        return tr("stride \(stride): not the net's stride \(netStride), so the windows differ — try stride \(netStride)",
                  "步幅 \(stride) 不是网络的步幅 \(netStride)，所以窗口不同——试试步幅 \(netStride)")
    }

    /// The readout beside the maps (phrases; wrapped to the panel).
    var readout: [String] {
        var lines: [String] = []
        if !isTrained || scan.rowsDone == 0 {
            var line = tr("iteration \(trainer.iteration)/\(iterations)", "迭代 \(trainer.iteration)/\(iterations)")
            if let loss = trainer.history.losses.last, loss.isFinite { line += tr(" · loss ", " · 损失 ") + NumberText.format(loss, digits: 3) }
            lines.append(line)
        }
        let accuracy = testAccuracy.map { tr("window test acc ", "窗口测试精度 ") + Self.percent($0) }
        guard isTrained else { return lines + [accuracy].compactMap { $0 } }
        let m = multiplyAdds
        lines.append(tr("slow: \(scan.rows * scan.columns) windows, ", "逐窗：\(scan.rows * scan.columns) 个窗口，")
                     + Self.milliseconds(scan.slowSeconds))
        lines.append(tr("\(Self.millions(m.slow)) mult-adds", "乘加 \(Self.millions(m.slow))"))
        if scan.convolutional != nil {
            lines.append(tr("conv: 1 pass, ", "卷积：1 次，") + Self.milliseconds(scan.convolutionalSeconds))
            let r = Double(m.slow) / Double(max(1, m.convolutional))
            let ratio = NumberText.format(r >= 1 ? r : 1 / r, digits: 3)
            lines.append(r >= 1 ? tr("\(Self.millions(m.convolutional)) mult-adds, \(ratio)× fewer",
                                     "乘加 \(Self.millions(m.convolutional))，少 \(ratio) 倍")
                                : tr("\(Self.millions(m.convolutional)) mult-adds, \(ratio)× more",
                                     "乘加 \(Self.millions(m.convolutional))，多 \(ratio) 倍"))
            if let d = scan.maxDifference {
                lines.append(tr("max |slow − conv| ", "最大 |逐窗 − 卷积| ") + NumberText.format(d, digits: 2))
            } else {
                lines.append(tr("maps \(scan.rows)×\(scan.columns) vs \(scan.netRows)×\(scan.netRows)",
                                "两张图 \(scan.rows)×\(scan.columns) 对 \(scan.netRows)×\(scan.netRows)"))
            }
        }
        return lines + [accuracy].compactMap { $0 }
    }

    var sceneView: SceneView {
        var outlines: [SceneView.Outline] = []
        let side = Double(WindowDetector.window)
        if isTrained && !scan.slowDone && scan.rowsDone > 0 {
            let y = Double((scan.rowsDone - 1) * stride)
            outlines.append(SceneView.Outline(box: Box(x: 0, y: y, w: Double((scan.columns - 1) * stride) + side, h: side),
                                              color: .yellow, label: ""))
        }
        for (k, d) in scan.detections.enumerated() {
            outlines.append(SceneView.Outline(box: d.box, color: SceneSource.color(k), label: "\(d.digit)"))
        }
        return SceneView(title: tr("scene \(sceneNumber)", "场景 \(sceneNumber)"), pixels: scene.pixels, outlines: outlines)
    }

    var lossPlot: LinePlot {
        let losses = trainer.history.losses
        let finite = losses.enumerated().filter { $0.element.isFinite }
        var plot = LinePlot(title: tr("loss", "损失"), series: [Series(name: tr("loss", "损失"), color: Palette.seriesColor(0),
                                                                      x: finite.map { Double($0.offset + 1) }, y: finite.map(\.element))],
                            xLabel: tr("iteration", "迭代"))
        plot.showLegend = false
        plot.events = trainer.history.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    func map(_ title: String, rows: Int, values: [Double]) -> Heatmap {
        var map = Heatmap(title: title, rows: rows, columns: rows, values: values)
        map.range = 0...1
        map.palette = .heat
        map.showColorBar = false
        return map
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let room = max(width * 45 / 100, width - 44)
        let sceneWidth = min(room, SceneView.imageWidth(area: (room, height - 1), options: options))
        grid.blit(sceneView.render(width: sceneWidth, height: height, options: options), x: 0, y: 0)
        let x0 = sceneWidth + 2, panel = width - x0
        guard panel > 8 else { return grid }
        let lines = readout.flatMap { ReadoutLines.wrap(options.drawable($0), width: panel) }
        let half = (panel - 1) / 2
        // The maps (or the loss curve) on top, as tall as a square map of half the panel needs;
        // the readout right under them.
        let area = min(height - lines.count - 1, max(4, half / 2 + 2))
        let top = area >= 4 ? area + 1 : max(0, height - lines.count)
        for (i, line) in lines.prefix(max(0, height - top)).enumerated() {
            grid.put(line, x: x0, y: top + i, style: Style(bold: i == lines.count - 2 && scan.mapsEqual), maxWidth: panel)
        }
        guard area >= 4 else { return grid }
        if !isTrained || scan.rowsDone == 0 {
            grid.blit(lossPlot.render(width: panel, height: area, options: options), x: x0, y: 0)
        } else {
            let slow = map(tr("slow, s=\(stride)", "逐窗 s=\(stride)"), rows: scan.rows, values: scan.slowMap)
            let conv = map(tr("conv, s=\(netStride)", "卷积 s=\(netStride)"), rows: scan.netRows, values: scan.convolutionalMap)
            grid.blit(slow.render(width: half, height: area, options: options), x: x0, y: 0)
            grid.blit(conv.render(width: half, height: area, options: options), x: x0 + half + 1, y: 0)
        }
        return grid
    }

    /// JSON: settings, training (iterations, losses, accuracy), the scan (stride, net stride,
    /// map sizes, windows, multiply-adds, seconds of each way, the largest difference, whether
    /// the maps are equal), the detections; tables `window_scores` (the slow map: row, column,
    /// x, y, digit score, digit) and `window_training` (iteration, loss).
    func export() -> CellExport {
        let m = multiplyAdds
        let windows = (0..<scan.rows).flatMap { i in (0..<scan.columns).compactMap { j -> [ExportValue]? in
            guard let w = scan.slowWindow(i, j) else { return nil }
            return [.integer(i), .integer(j), .integer(j * stride), .integer(i * stride), .number(w.score), .integer(w.digit)]
        } }
        let found = scan.detections.map { d in
            ExportValue.object([("box", SceneSource.export(d.box)), ("score", .number(d.score)), ("digit", .integer(d.digit))])
        }
        let json: ExportValue = .object([
            ("scene", .integer(sceneNumber)), ("objects", .integer(objectCount)),
            ("stride", .integer(stride)), ("net_stride", .integer(netStride)), ("window", .integer(WindowDetector.window)),
            ("iterations", .integer(trainer.iteration)), ("lr", .number(learningRate)),
            ("test_accuracy", testAccuracy.map(ExportValue.number) ?? .null),
            ("slow_map", .array([.integer(scan.rows), .integer(scan.columns)])),
            ("convolutional_map", .array([.integer(scan.netRows), .integer(scan.netRows)])),
            ("windows", .integer(scan.rows * scan.columns)), ("windows_scanned", .integer(scan.rowsDone * scan.columns)),
            ("slow_mult_adds", .integer(m.slow)), ("convolutional_mult_adds", .integer(m.convolutional)),
            ("slow_seconds", .number(scan.slowSeconds)), ("convolutional_seconds", .number(scan.convolutionalSeconds)),
            ("max_difference", scan.maxDifference.map(ExportValue.number) ?? .null), ("maps_equal", .bool(scan.mapsEqual)),
            ("max_score", .number(scan.convolutionalMap.filter(\.isFinite).max() ?? 0)),
            ("detections", .array(found)), ("finished", .bool(isFinished)),
        ])
        let losses = trainer.history.losses
        return CellExport(name: "sliding_window", json: json, tables: [
            ExportTable(name: "window_scores", columns: ["row", "column", "x", "y", "score", "digit"], rows: windows),
            ExportTable(name: "window_training", columns: ["iteration", "loss"],
                        rows: losses.indices.map { [.integer($0 + 1), .number(losses[$0])] }),
        ])
    }
}
