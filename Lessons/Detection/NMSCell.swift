import Charts
import LessonKit

/// Page 3: non-max suppression on a simulated detector's boxes, one decision per step: boxes
/// below the score threshold go first (grey, `-`), then by score the best box left is kept
/// (green, `+`) and every box overlapping it above the IoU threshold is suppressed (red, `x`);
/// undecided boxes are dim (`?`). A log beside the scene lists the decisions; a knob change
/// restarts the pass and is marked in the log.
final class NMSCell: LiveCell, HeadlessStepping {
    var title: String { tr("non-max suppression, one decision at a time", "非极大值抑制，一次一个决定") }
    let source: SceneSource
    private(set) var sceneNumber = 1
    private(set) var objectCount = 3
    private(set) var scene: Scene
    private(set) var scoreThreshold = 0.05
    private(set) var iouThreshold = 0.7
    /// Every decision of the pass (pure `nonMaxSuppression`), in order.
    private(set) var decisions: [NMSDecision] = []
    /// Decisions shown so far (those below the score threshold are shown from the start).
    private(set) var shown = 0
    /// Knob changes while a pass ran: (decisions shown then, "iou=0.5").
    private(set) var marks: [(at: Int, label: String)] = []
    private var pacer = StepPacer(interval: 0.6)

    init(source: SceneSource) {
        self.source = source
        scene = source.scene(1, objects: objectCount)
        recompute()
    }

    var defaultRunSteps: Int { scene.candidates.count }

    private func recompute() {
        // The knobs keep both thresholds in [0, 1], so this cannot throw; an empty pass if it did.
        decisions = (try? nonMaxSuppression(boxes: scene.candidates, scores: scene.scores,
                                            scoreThreshold: scoreThreshold, iouThreshold: iouThreshold)) ?? []
        shown = belowScoreCount
        pacer.restart()
    }

    var belowScoreCount: Int { decisions.filter { $0.verdict == .belowScore }.count }
    var done: [NMSDecision] { Array(decisions.prefix(shown)) }
    var kept: [Int] { done.filter { $0.verdict == .kept }.map(\.index) }
    var suppressedCount: Int { done.filter { if case .suppressed = $0.verdict { return true } else { return false } }.count }

    var knobs: [Knob] {
        [
            SceneSource.sceneKnob(sceneNumber),
            SceneSource.objectsKnob(objectCount),
            Knob(name: "score", label: tr("score threshold", "分数阈值"), kind: .continuous(range: 0...1, step: 0.05, scale: .linear),
                 value: scoreThreshold, digits: 2),
            Knob(name: "iou", label: tr("IoU threshold", "IoU 阈值"), kind: .continuous(range: 0...1, step: 0.05, scale: .linear),
                 value: iouThreshold, digits: 2),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let running = shown > belowScoreCount
        switch name {
        case "scene", "objects":
            guard let v = SceneSource.whole(value, in: name == "scene" ? SceneSource.sceneRange : SceneSource.objectRange) else { return }
            if name == "scene" { sceneNumber = v } else { objectCount = v }
            scene = source.scene(sceneNumber, objects: objectCount)
            marks = []
            recompute()
            return
        case "score": scoreThreshold = min(1, max(0, value))
        case "iou": iouThreshold = min(1, max(0, value))
        default: return
        }
        if running { marks.append((shown, name + "=" + NumberText.format(value, digits: 2))) }
        recompute()
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { shown >= decisions.count }

    func step() { if shown < decisions.count { shown += 1 } }

    func advance(budget: Double) -> Bool {
        guard !isFinished, pacer.isDue() else { return false }
        step()
        return true
    }

    func reset() {
        marks = []
        recompute()
    }

    var status: String? {
        let n = scene.candidates.count
        if belowScoreCount == n {
            return tr("every box scores below \(NumberText.format(scoreThreshold, digits: 2)): nothing is detected — lower the score threshold",
                      "每个框的分数都低于 \(NumberText.format(scoreThreshold, digits: 2))：什么也检测不到——调低分数阈值")
        }
        if isFinished {
            let objects = scene.objects.count
            let advice = kept.count > objects
                ? tr(" — duplicates or false alarms left: lower the IoU threshold or raise the score threshold",
                     "——还留有重复框或误报：调低 IoU 阈值或调高分数阈值")
                : kept.count < objects ? tr(" — an object lost its box: raise the IoU threshold or lower the score threshold",
                                            "——有物体没有框了：调高 IoU 阈值或调低分数阈值") : ""
            return tr("done: \(kept.count) kept for \(objects) objects", "完成：\(objects) 个物体保留了 \(kept.count) 个框") + advice
        }
        return tr("decision \(shown - belowScoreCount) of \(decisions.count - belowScoreCount) · space steps",
                  "第 \(shown - belowScoreCount) / \(decisions.count - belowScoreCount) 个决定 · 空格键逐步执行")
    }

    /// The state of candidate `i` now: nil while undecided.
    func verdict(of i: Int) -> NMSVerdict? { done.first { $0.index == i }?.verdict }

    /// Candidate `i`'s label: its number and a marker (`+` kept, `x` suppressed, `-` low score, `?` undecided).
    func label(_ i: Int) -> String {
        switch verdict(of: i) {
        case .kept: return "\(i)+"
        case .suppressed: return "\(i)x"
        case .belowScore: return "\(i)-"
        case nil: return "\(i)?"
        }
    }

    var sceneView: SceneView {
        var outlines: [SceneView.Outline] = []
        // Drawn from the least to the most telling, so kept boxes end up on top.
        let order = scene.candidates.indices.sorted { rank($0) < rank($1) }
        for i in order {
            let v = verdict(of: i)
            let color: Color = switch v { case .kept: .green; case .suppressed: .red; case .belowScore: .brightBlack; case nil: .white }
            if v == .belowScore { continue }
            // Undecided boxes are outlined dim and unlabelled while more than the next few wait, so
            // a small scene is not a pile of "?" labels; the next box to decide keeps its label.
            let quiet = v == nil && i != nextCandidate && !labelsUndecided
            outlines.append(SceneView.Outline(box: scene.candidates[i], color: color, label: quiet ? "" : label(i), dim: v == nil))
        }
        return SceneView(title: tr("scene \(sceneNumber): \(scene.candidates.count) boxes",
                                   "场景 \(sceneNumber)：\(scene.candidates.count) 个框"),
                         pixels: scene.pixels, outlines: outlines)
    }

    /// The box the next step decides (nil when every box is decided).
    var nextCandidate: Int? { shown < decisions.count ? decisions[shown].index : nil }

    /// Whether undecided boxes carry their "n?" labels: set by `render` for a scene drawn large
    /// enough for them (at 80×24 the scene is 26 columns and 13 boxes' labels run together).
    private var labelsUndecided = true

    private func rank(_ i: Int) -> Int {
        switch verdict(of: i) { case .belowScore: 0; case nil: 1; case .suppressed: 2; case .kept: 3 }
    }

    /// One line per decision shown: "7 0.91 keep", "3 0.62 x by 7 (IoU 0.74)", with the knob marks.
    var log: [String] {
        var lines: [String] = []
        let below = belowScoreCount
        if below > 0 {
            lines.append(tr("\(below) below score \(NumberText.format(scoreThreshold, digits: 2)) (-)",
                            "\(below) 个低于分数 \(NumberText.format(scoreThreshold, digits: 2))（-）"))
        }
        for mark in marks.suffix(2) {
            lines.append("── " + mark.label + tr(": restarted", "：重新开始") + " ──")
        }
        for d in done where d.verdict != .belowScore {
            let score = NumberText.format(scene.scores[d.index], digits: 2)
            switch d.verdict {
            case .kept: lines.append(tr("\(d.index) \(score) + keep", "\(d.index) \(score) + 保留"))
            case let .suppressed(k, v):
                lines.append(tr("\(d.index) \(score) x IoU \(NumberText.format(v, digits: 2)) with \(k)",
                                "\(d.index) \(score) x 与 \(k) 的 IoU 为 \(NumberText.format(v, digits: 2))"))
            case .belowScore: break
            }
        }
        return lines
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let room = max(width * 55 / 100, width - 36)
        let sceneWidth = min(room, SceneView.imageWidth(area: (room, height), options: options))
        labelsUndecided = sceneWidth >= 48
        grid.blit(sceneView.render(width: sceneWidth, height: height, options: options), x: 0, y: 0)
        labelsUndecided = true
        let panel = width - sceneWidth - 2
        guard panel > 8 else { return grid }
        let head = tr("kept \(kept.count) · suppressed \(suppressedCount)", "保留 \(kept.count) · 抑制 \(suppressedCount)")
        grid.put(options.drawable(head), x: sceneWidth + 2, y: 0, style: Style(bold: true), maxWidth: panel)
        // The latest decisions when the log is longer than the rows.
        let lines = log.flatMap { ReadoutLines.wrap(options.drawable($0), width: panel) }
        // The markers explained while the log leaves room (a scene without colour reads by them).
        var legend = [tr("+ kept  x suppressed", "+ 保留  x 抑制"), tr("- low score  ? undecided", "- 分数太低  ? 未决定")]
            .flatMap { ReadoutLines.wrap(options.drawable($0), width: panel) }
        if lines.count + legend.count + 1 > height - 1 { legend = [] }
        for (i, line) in legend.enumerated() {
            grid.put(line, x: sceneWidth + 2, y: i + 1, style: Style(dim: true), maxWidth: panel)
        }
        let first = legend.isEmpty ? 1 : legend.count + 2
        // The latest decisions when the log is longer than the rows.
        for (i, line) in lines.suffix(max(0, height - first)).enumerated() {
            var style = Style.plain
            if options.color {
                if line.contains(" + ") { style.foreground = .green } else if line.contains(" x ") { style.foreground = .red }
            }
            grid.put(line, x: sceneWidth + 2, y: i + first, style: style, maxWidth: panel)
        }
        return grid
    }

    /// JSON: the thresholds, every candidate box with its score, the decisions taken (verdict,
    /// the kept box that suppressed it and their IoU), the kept set; table `nms` one row per box.
    func export() -> CellExport {
        let boxes = scene.candidates.indices.map { i -> ExportValue in
            let v = verdict(of: i)
            var fields: [(String, ExportValue)] = [("index", .integer(i)), ("box", SceneSource.export(scene.candidates[i])),
                                                   ("score", .number(scene.scores[i]))]
            switch v {
            case .kept: fields += [("verdict", .string("kept"))]
            case let .suppressed(k, iou): fields += [("verdict", .string("suppressed")), ("by", .integer(k)), ("iou", .number(iou))]
            case .belowScore: fields += [("verdict", .string("below_score"))]
            case nil: fields += [("verdict", .string("undecided"))]
            }
            return .object(fields)
        }
        let truth = scene.objects.map { ExportValue.object([("label", .integer($0.label)), ("box", SceneSource.export($0.box))]) }
        let json: ExportValue = .object([
            ("scene", .integer(sceneNumber)), ("objects", .array(truth)),
            ("score_threshold", .number(scoreThreshold)), ("iou_threshold", .number(iouThreshold)),
            ("boxes", .array(boxes)), ("kept", .array(kept.map(ExportValue.integer))),
            ("finished", .bool(isFinished)),
        ])
        let rows = scene.candidates.indices.map { i -> [ExportValue] in
            let v = verdict(of: i)
            let name = switch v { case .kept: "kept"; case .suppressed: "suppressed"; case .belowScore: "below_score"; case nil: "undecided" }
            let b = scene.candidates[i]
            return [.integer(i), .number(b.x), .number(b.y), .number(b.w), .number(b.h), .number(scene.scores[i]), .string(name)]
        }
        return CellExport(name: "nms", json: json, tables: [
            ExportTable(name: "nms", columns: ["index", "x", "y", "w", "h", "score", "verdict"], rows: rows),
        ])
    }
}
