import Charts
import LessonKit

/// Page 1: a scene with its ground-truth boxes; box A is the first object's box, box B a
/// prediction the learner moves (`bx`, `by`) and resizes (`bw`, `bh`). Intersection, union
/// and IoU are written out live; playing slides B one pixel right per step and draws its IoU
/// with A as a curve (knob changes marked on it). A zero-area B gets a clear message.
final class IoUCell: LiveCell, HeadlessStepping {
    var title: String { tr("intersection over union of two boxes", "两个框的交并比") }
    let source: SceneSource
    private(set) var sceneNumber = 1
    private(set) var scene: Scene
    /// Box B as the knobs set it (before sliding).
    private(set) var b = Box(x: 0, y: 0, w: 1, h: 1)
    /// Pixels B has slid right since the start.
    private(set) var offset = 0
    /// IoU after each step (step 0 is the start).
    private(set) var history: [Double] = []
    private(set) var events: [EventMarker] = []
    private var pacer = StepPacer(interval: 0.25)
    static let objectCount = 3
    /// A headless run exports B where the knobs put it; `--steps N` slides it N pixels.
    let defaultRunSteps = 0

    init(source: SceneSource) {
        self.source = source
        scene = source.scene(1, objects: IoUCell.objectCount)
        placeB()
        restart()
    }

    /// Box A: the first object's ground-truth box.
    var a: Box { scene.objects.first?.box ?? Box(x: 20, y: 20, w: 16, h: 16) }
    /// Box B where it is now.
    var current: Box { Box(x: b.x + Double(offset), y: b.y, w: b.w, h: b.h) }
    /// IoU of A and B now, or the reason there is none.
    var parts: Result<IoUParts, DetectionError> {
        do { return .success(try intersectionOverUnion(a, current)) } catch let e as DetectionError { return .failure(e) } catch {
            return .failure(.zeroArea(box: "B"))
        }
    }

    /// B starts as A's size, shifted left by 60 % of its width and down 2 pixels.
    private func placeB() {
        let a = self.a
        b = Box(x: max(0, a.x - (a.w * 0.6).rounded()), y: min(Double(Scene.side) - a.h, a.y + 2), w: a.w, h: a.h)
    }

    private func restart() {
        offset = 0
        events = []
        history = []
        if case let .success(p) = parts { history = [p.iou] }
        pacer.restart()
    }

    var knobs: [Knob] {
        let range = Knob.Kind.integer(range: 0...Scene.side, step: 1)
        return [
            SceneSource.sceneKnob(sceneNumber),
            Knob(name: "bx", label: tr("B left x", "B 左边 x"), kind: range, value: b.x),
            Knob(name: "by", label: tr("B top y", "B 上边 y"), kind: range, value: b.y),
            Knob(name: "bw", label: tr("B width", "B 宽"), kind: range, value: b.w),
            Knob(name: "bh", label: tr("B height", "B 高"), kind: range, value: b.h),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        if name == "scene" {
            guard let v = SceneSource.whole(value, in: SceneSource.sceneRange) else { return }
            sceneNumber = v
            scene = source.scene(v, objects: IoUCell.objectCount)
            placeB()
            restart()
            return
        }
        guard let v = SceneSource.whole(value, in: 0...Scene.side) else { return }
        let d = Double(v)
        switch name {
        case "bx": b.x = d
        case "by": b.y = d
        case "bw": b.w = d
        case "bh": b.h = d
        default: return
        }
        if offset > 0 { events.append(EventMarker(x: Double(offset), label: "\(name)=\(v)")) }
        if case let .success(p) = parts {
            if history.count > offset { history[offset] = p.iou } else { history.append(p.iou) }
        }
    }

    var isAnimated: Bool { true }
    /// Finished when B reaches the canvas's right edge, or has no area.
    var isFinished: Bool { current.right >= Double(Scene.side) || !current.isValid }
    var hasFailed: Bool { !current.isValid }

    func step() {
        guard !isFinished else { return }
        offset += 1
        if case let .success(p) = parts { history.append(p.iou) }
    }

    func advance(budget: Double) -> Bool {
        guard !isFinished, pacer.isDue() else { return false }
        step()
        return true
    }

    func reset() { restart() }

    var status: String? {
        switch parts {
        case let .failure(e): return e.message + tr(" (then press r)", "（然后按 r）")
        case let .success(p):
            if p.overlap == nil {
                return tr("A and B do not overlap: IoU is 0 — move B onto A", "A 与 B 不重叠：IoU 为 0——把 B 移到 A 上")
            }
            if isFinished { return tr("B reached the right edge: r slides it again", "B 到了右边缘：按 r 重新滑动") }
            if offset == 0, let problem = source.problem { return DataNotice.mnistNotLoaded(reason: problem) }
            return offset == 0 ? tr("press space to slide B to the right", "按空格键让 B 向右滑动")
                : tr("B slid \(offset) px to the right", "B 已向右滑动 \(offset) 像素")
        }
    }

    /// The arithmetic written out, one line each.
    var lines: [String] {
        let f = { (v: Double) in NumberText.format(v, digits: 4) }
        var out = ["A " + a.text + tr(" truth", " 真实框"), "B " + current.text + tr(" guess", " 预测")]
        switch parts {
        case let .failure(e): out.append(e.message)
        case let .success(p):
            let o = p.overlap
            out.append(tr("intersection", "交集") + " \(f(o?.w ?? 0))×\(f(o?.h ?? 0)) = \(f(p.intersection))")
            out.append(tr("union", "并集") + " \(f(a.area))+\(f(current.area))−\(f(p.intersection)) = \(f(p.union))")
            out.append("IoU \(f(p.intersection))/\(f(p.union)) = " + NumberText.format(p.iou, digits: 3))
        }
        return out
    }

    var sceneView: SceneView {
        SceneView(title: tr("scene \(sceneNumber)", "场景 \(sceneNumber)"),
                  pixels: scene.pixels,
                  outlines: [SceneView.Outline(box: a, color: .green, label: "A"),
                             SceneView.Outline(box: current, color: .yellow, label: "B")])
    }

    var curve: LinePlot {
        var plot = LinePlot(title: tr("IoU as B slides", "B 滑动时的 IoU"),
                            series: [Series(name: "IoU", color: .yellow, y: history)],
                            xLabel: tr("pixels slid", "滑动像素"))
        plot.yLimits = .fixed(0, 1)
        // The whole slide from the start (B's left edge to the canvas's right edge), so the first
        // point sits at 0 on a readable axis instead of alone on an axis around it.
        plot.xLimits = .fixed(0, max(1, Double(Scene.side) - b.right))
        plot.events = events
        plot.showLegend = false
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let room = max(width / 2, width - 36)
        let sceneWidth = min(room, SceneView.imageWidth(area: (room, height), options: options))
        grid.blit(sceneView.render(width: sceneWidth, height: height, options: options), x: 0, y: 0)
        let panel = width - sceneWidth - 2
        guard panel > 8 else { return grid }
        var text: [String] = []
        for line in lines { text += ReadoutLines.wrap(options.drawable(line), width: panel) }
        for (i, line) in text.prefix(height).enumerated() {
            grid.put(line, x: sceneWidth + 2, y: i, style: Style(bold: i >= 2), maxWidth: panel)
        }
        let left = height - text.count - 1
        if left >= 6 {
            grid.blit(curve.render(width: panel, height: left, options: options), x: sceneWidth + 2, y: text.count + 1)
        }
        return grid
    }

    /// JSON: boxes A and B, intersection, union, IoU (null with an error for a zero-area B),
    /// and table `iou_slide` (pixels slid, IoU).
    func export() -> CellExport {
        var fields: [(String, ExportValue)] = [("scene", .integer(sceneNumber)), ("a", SceneSource.export(a)), ("b", SceneSource.export(current))]
        switch parts {
        case let .success(p):
            fields += [("intersection", .number(p.intersection)), ("union", .number(p.union)), ("iou", .number(p.iou))]
        case let .failure(e):
            fields += [("intersection", .null), ("union", .null), ("iou", .null), ("error", .string(e.message))]
        }
        let rows = history.enumerated().map { [ExportValue.integer($0.offset), .number($0.element)] }
        return CellExport(name: "iou", json: .object(fields),
                          tables: [ExportTable(name: "iou_slide", columns: ["slid", "iou"], rows: rows)])
    }
}
