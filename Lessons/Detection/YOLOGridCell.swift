import Charts
import LessonKit

/// Page 4: the YOLO grid over a scene. Each object goes to the grid cell holding its centre
/// and to the anchor whose shape has the highest IoU with its box; two objects on the same
/// cell and anchor collide (YOLO can output only one of them). Knobs: grid size S, anchors B.
/// The output tensor's shape S×S×B×(5+C) is written out.
final class YOLOGridCell: LiveCell {
    var title: String { tr("the YOLO grid and anchor boxes", "YOLO 网格与锚框") }
    let source: SceneSource
    private(set) var sceneNumber = 1
    private(set) var objectCount = 5
    private(set) var scene: Scene
    private(set) var gridSize = 2
    private(set) var anchorCount = 1
    /// Classes C: the ten digits.
    static let classes = 10
    static let gridRange = 1...8
    /// The anchor shapes in pixels (width, height): square, tall, wide; B takes the first B.
    static let allAnchors: [(w: Double, h: Double)] = [(18, 18), (12, 24), (24, 12)]

    init(source: SceneSource) {
        self.source = source
        scene = source.scene(1, objects: objectCount)
    }

    var anchors: [(w: Double, h: Double)] { Array(YOLOGridCell.allAnchors.prefix(anchorCount)) }

    /// Each object's assignment (objects always have area, so none is nil).
    var assignments: [AnchorAssignment?] {
        scene.objects.map { try? assignAnchor($0.box, canvas: Double(Scene.side), gridSize: gridSize, anchors: anchors) }
    }

    /// Pairs of objects given the same cell and anchor.
    var collisions: [(Int, Int)] {
        let a = assignments
        var out: [(Int, Int)] = []
        for i in a.indices {
            for j in a.indices where j > i {
                if let x = a[i], let y = a[j], x.row == y.row, x.column == y.column, x.anchor == y.anchor { out.append((i, j)) }
            }
        }
        return out
    }

    /// Numbers in the output tensor: S·S·B·(5+C).
    var outputSize: Int { gridSize * gridSize * anchorCount * (5 + YOLOGridCell.classes) }

    var knobs: [Knob] {
        [
            SceneSource.sceneKnob(sceneNumber),
            SceneSource.objectsKnob(objectCount),
            Knob(name: "S", label: tr("grid size S", "网格大小 S"), kind: .integer(range: YOLOGridCell.gridRange, step: 1), value: Double(gridSize)),
            Knob(name: "B", label: tr("anchors B", "锚框数 B"), kind: .integer(range: 1...3, step: 1), value: Double(anchorCount)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        switch name {
        case "scene", "objects":
            guard let v = SceneSource.whole(value, in: name == "scene" ? SceneSource.sceneRange : SceneSource.objectRange) else { return }
            if name == "scene" { sceneNumber = v } else { objectCount = v }
            scene = source.scene(sceneNumber, objects: objectCount)
        case "S": gridSize = SceneSource.whole(value, in: YOLOGridCell.gridRange) ?? gridSize
        case "B": anchorCount = SceneSource.whole(value, in: 1...3) ?? anchorCount
        default: return
        }
    }

    var status: String? {
        let c = collisions
        if let (i, j) = c.first {
            return tr("objects \(i) and \(j) collide (same cell, same anchor) — raise S or B",
                      "物体 \(i) 和 \(j) 冲突（同一格、同一锚框）——调大 S 或 B")
        }
        return tr("every object has its own cell and anchor", "每个物体都有自己的格子和锚框")
    }

    /// "= 4×4×3×15 = 720": the output's shape S×S×B×(5+C) with the numbers put in.
    var shapeLine: String {
        let s = gridSize, b = anchorCount
        return "= \(s)×\(s)×\(b)×\(5 + YOLOGridCell.classes) = \(outputSize)"
    }

    /// One line per object: "0 digit 7 → cell (1, 0) anchor 0 IoU 0.62".
    var lines: [String] {
        let names = [tr("square", "方形"), tr("tall", "竖长"), tr("wide", "横宽")]
        return scene.objects.indices.map { i in
            guard let a = assignments[i] else { return "\(i) ?" }
            return "\(i)  \(scene.objects[i].label)  (\(a.row),\(a.column))  \(names[a.anchor])  " + NumberText.format(a.anchorIoU, digits: 2)
        }
    }

    var sceneView: SceneView {
        let outlines = scene.objects.indices.map { i in
            SceneView.Outline(box: scene.objects[i].box, color: SceneSource.color(i), label: "\(i)")
        }
        let points = scene.objects.indices.map { i in
            (x: scene.objects[i].box.centerX, y: scene.objects[i].box.centerY, color: SceneSource.color(i))
        }
        return SceneView(title: tr("scene \(sceneNumber) on a \(gridSize)×\(gridSize) grid", "场景 \(sceneNumber)，\(gridSize)×\(gridSize) 网格"),
                         pixels: scene.pixels, outlines: outlines, gridSize: gridSize, points: points)
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let room = max(width / 2, width - 36)
        let sceneWidth = min(room, SceneView.imageWidth(area: (room, height), options: options))
        grid.blit(sceneView.render(width: sceneWidth, height: height, options: options), x: 0, y: 0)
        let panel = width - sceneWidth - 2
        guard panel > 8 else { return grid }
        let anchorText = anchors.map { "\(Int($0.w))×\(Int($0.h))" }.joined(separator: " ")
        let header = tr("# digit cell anchor IoU", "# 数字 格 锚框 IoU")
        var text = [tr("output S×S×B×(5+C)", "输出 S×S×B×(5+C)"), shapeLine, tr("anchors w×h:", "锚框（宽×高）："), anchorText, header] + lines
        let c = collisions
        text.append(c.isEmpty ? tr("no collisions", "没有冲突")
                    : tr("collisions: ", "冲突：") + c.map { "\($0.0)–\($0.1)" }.joined(separator: ", "))
        let wrapped = text.flatMap { ReadoutLines.wrap(options.drawable($0), width: panel) }
        for (i, line) in wrapped.prefix(height).enumerated() {
            grid.put(line, x: sceneWidth + 2, y: i, style: Style(bold: i < 2), maxWidth: panel)
        }
        return grid
    }

    /// JSON: S, B, C, the tensor's shape and size, anchors, each object's box, cell, anchor and
    /// anchor IoU, and the colliding pairs; table `assignments`.
    func export() -> CellExport {
        let a = assignments
        let objects = scene.objects.indices.map { i -> ExportValue in
            let x = a[i]
            return .object([("label", .integer(scene.objects[i].label)), ("box", SceneSource.export(scene.objects[i].box)),
                            ("row", x.map { .integer($0.row) } ?? .null), ("column", x.map { .integer($0.column) } ?? .null),
                            ("anchor", x.map { .integer($0.anchor) } ?? .null), ("anchor_iou", x.map { .number($0.anchorIoU) } ?? .null)])
        }
        let json: ExportValue = .object([
            ("scene", .integer(sceneNumber)), ("S", .integer(gridSize)), ("B", .integer(anchorCount)), ("C", .integer(YOLOGridCell.classes)),
            ("output_shape", .array([gridSize, gridSize, anchorCount, 5 + YOLOGridCell.classes].map(ExportValue.integer))),
            ("output_size", .integer(outputSize)),
            ("anchors", .array(anchors.map { .array([.number($0.w), .number($0.h)]) })),
            ("objects", .array(objects)),
            ("collisions", .array(collisions.map { .array([.integer($0.0), .integer($0.1)]) })),
        ])
        let rows = scene.objects.indices.map { i -> [ExportValue] in
            let x = a[i], b = scene.objects[i].box
            return [.integer(i), .integer(scene.objects[i].label), .number(b.centerX), .number(b.centerY),
                    x.map { .integer($0.row) } ?? .null, x.map { .integer($0.column) } ?? .null,
                    x.map { .integer($0.anchor) } ?? .null, x.map { .number($0.anchorIoU) } ?? .null]
        }
        return CellExport(name: "yolo", json: json, tables: [
            ExportTable(name: "assignments", columns: ["object", "label", "cx", "cy", "row", "column", "anchor", "anchor_iou"], rows: rows),
        ])
    }
}
