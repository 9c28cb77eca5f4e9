import Charts
import LessonKit
import Testing
@testable import DetectionLesson

/// The detection lesson's pages, scenes, challenges (solved and failed through the knobs),
/// prediction and headless export.
@Suite struct DetectionLessonTests: ChallengeTesting {
    let pages = DetectionLesson().makePages(context: LessonContext(seed: 1))

    var iouCell: IoUCell { pages[0].cell as! IoUCell }
    var nmsCell: NMSCell { pages[2].cell as! NMSCell }
    var gridCell: YOLOGridCell { pages[3].cell as! YOLOGridCell }

    @Test func fourPagesWithStableChallengeIDs() {
        #expect(pages.count == 4)
        #expect(DetectionLesson().challengeIDs() == ["iou-counts", "same-map", "one-box-each", "no-collisions"])
        #expect(pages.flatMap { $0.challenges.map(\.id) } == DetectionLesson().challengeIDs())
        #expect(pages[1].prediction?.id == "conv-saving")
        #expect(pages[2].prediction?.id == "iou-above-threshold")
    }

    @Test func scenesAreDeterministicBySeedAndDifferByScene() {
        let a = SceneSource(directory: nil, seed: 1), b = SceneSource(directory: nil, seed: 1), c = SceneSource(directory: nil, seed: 2)
        #expect(a.scene(3, objects: 4).pixels == b.scene(3, objects: 4).pixels)
        #expect(a.scene(3, objects: 4).objects == b.scene(3, objects: 4).objects)
        #expect(a.scene(3, objects: 4).pixels != a.scene(4, objects: 4).pixels)
        #expect(a.scene(3, objects: 4).pixels != c.scene(3, objects: 4).pixels)
        let scene = a.scene(1, objects: 5)
        #expect(scene.objects.count == 5)
        for object in scene.objects {
            // Each truth box lies on the canvas and holds ink on its edges (tight).
            let b = object.box
            #expect(b.x >= 0 && b.y >= 0 && b.right <= 64 && b.bottom <= 64 && b.isValid)
            let left = (Int(b.y)..<Int(b.bottom)).map { scene.pixels[$0 * 64 + Int(b.x)] }.max() ?? 0
            #expect(left > 0.3)
        }
        #expect(scene.candidates.count == scene.scores.count)
        #expect(scene.scores.allSatisfy { $0 > 0 && $0 < 1 })
    }

    @Test func iouCellWritesTheArithmetic() {
        let cell = iouCell
        #expect(cell.a == Box(x: 10, y: 12, w: 17, h: 21))
        #expect(cell.current == Box(x: 0, y: 14, w: 17, h: 21))
        // Overlap 7 × 19 = 133; union 357 + 357 − 133 = 581.
        #expect(cell.lines[2] == "intersection 7×19 = 133")
        #expect(cell.lines[3] == "union 357+357−133 = 581")
        #expect(cell.lines[4] == "IoU 133/581 = 0.229")
        for _ in 0..<6 { cell.step() }
        #expect(cell.lines[4] == "IoU 247/467 = 0.529")
        #expect(cell.history.count == 7)
    }

    @Test func zeroAreaBoxGivesAClearStatus() throws {
        let cell = iouCell
        try turn(cell, "bw", by: -17)
        #expect(cell.status == "box B has zero area: give it a width and a height above 0 (then press r)")
        #expect(cell.hasFailed && cell.isFinished)
        #expect(!cell.render(width: 80, height: 20, options: .standard).text.contains("NaN"))
        if case .object(let fields) = cell.export().json {
            #expect(fields.first { $0.0 == "iou" }?.1 == .null)
        }
        try turn(cell, "bw", by: 5)
        cell.reset()
        #expect(!cell.hasFailed)
    }

    @Test func iouChallengeFailsThenSolves() throws {
        let cell = iouCell, goal = try challenge(0, "iou-counts")
        #expect(!goal.evaluate(cell).passed)
        try turn(cell, "bx", by: 11)   // B = (11, 13, 17, 21): overlap 16 × 20 = 320, IoU 320/394
        try turn(cell, "by", by: -1)
        #expect(goal.evaluate(cell).passed)
        try turn(cell, "bx", by: -1)   // left edges aligned: not allowed
        #expect(!goal.evaluate(cell).passed)
    }

    @Test func nmsStepsOneDecisionAtATimeAndChallenge() throws {
        let cell = nmsCell, goal = try challenge(2, "one-box-each")
        let prediction = try #require(pages[2].prediction)
        #expect(prediction.truth(cell) == nil)
        #expect(!goal.evaluate(cell).passed)
        let before = cell.shown
        cell.step()
        #expect(cell.shown == before + 1)
        run(cell)
        #expect(cell.isFinished)
        #expect(cell.kept.count > cell.scene.objects.count)   // duplicates and false alarms at 0.05 / 0.7
        #expect(!goal.evaluate(cell).passed)
        #expect(prediction.truth(cell) == 1)
        try turn(cell, "score", by: 9)
        try turn(cell, "iou", by: -4)
        #expect(cell.scoreThreshold == 0.5 && cell.iouThreshold == 0.5)
        run(cell)
        #expect(goal.evaluate(cell).passed)
        #expect(cell.kept.count == cell.scene.objects.count)
    }

    @Test func nmsKnobChangeMidRunIsMarkedAndExtremesAdvise() throws {
        let cell = nmsCell
        cell.step(); cell.step()
        try turn(cell, "iou", by: -2)
        #expect(cell.log.contains("── iou=0.65: restarted ──"))
        cell.setKnob("score", to: 1)
        #expect(cell.status == "every box scores below 1: nothing is detected — lower the score threshold")
    }

    @Test func yoloGridChallengeAndShape() throws {
        let cell = gridCell, goal = try challenge(3, "no-collisions")
        #expect(cell.outputSize == 2 * 2 * 1 * 15)
        #expect(cell.shapeLine == "= 2×2×1×15 = 60")
        #expect(!cell.collisions.isEmpty)   // 5 objects in 4 cells
        #expect(!goal.evaluate(cell).passed)
        try turn(cell, "S", by: 2)
        try turn(cell, "B", by: 2)
        #expect(cell.shapeLine == "= 4×4×3×15 = 720")
        #expect(goal.evaluate(cell).passed)
        try turn(cell, "objects", by: -1)
        #expect(!goal.evaluate(cell).passed)   // fewer than 5 objects does not count
    }

    @Test func headlessRunExportsBoxesScoresIoUsAndKeptSet() throws {
        let output = try DetectionLesson().run(RunRequest(settings: [("scene", "2"), ("score", "0.5"), ("iou", "0.5"), ("iters", "100")],
                                                          context: LessonContext(seed: 1)))
        #expect(output.cells.map(\.name) == ["iou", "sliding_window", "nms", "yolo"])
        guard case .object(let nms) = output.cells[2].json else { Issue.record("no json"); return }
        #expect(nms.first { $0.0 == "scene" }?.1 == .integer(2))
        #expect(nms.first { $0.0 == "finished" }?.1 == .bool(true))
        guard case .array(let kept)? = nms.first(where: { $0.0 == "kept" })?.1,
              case .array(let boxes)? = nms.first(where: { $0.0 == "boxes" })?.1 else { Issue.record("no kept"); return }
        #expect(!kept.isEmpty && boxes.count > kept.count)
        #expect(throws: LessonKitError.self) {
            try DetectionLesson().run(RunRequest(settings: [("iou", "1.5")], context: LessonContext(seed: 1)))
        }
    }

    @Test func nmsMarkersReadWithoutColour() throws {
        let cell = nmsCell
        try turn(cell, "iou", by: -4)
        run(cell)
        // Scene 1 at 0.05 / 0.5: boxes 0, 3 and 7 are kept; box 1 is suppressed by 0.
        #expect(cell.kept.prefix(3) == [0, 3, 7])
        #expect(cell.label(0) == "0+" && cell.label(1) == "1x")
        let text = cell.render(width: 80, height: 16, options: RenderOptions(unicode: false, color: false)).text
        // Kept labels are drawn last (near-identical boxes share a corner: the kept one's label shows).
        #expect(text.contains("0+") && text.contains("3+") && text.contains("7+"))
        let suppressed = cell.scene.candidates.indices.filter { cell.label($0).hasSuffix("x") }
        #expect(suppressed.contains { text.contains("\($0)x") })
        #expect(text.contains("0 0.78 + keep"))
        #expect(!text.contains("NaN"))
    }

    @Test func unusableDataDirectoryIsSaid() {
        let cell = IoUCell(source: SceneSource(directory: "/nonexistent-mnist", seed: 1))
        #expect(cell.status?.hasPrefix("MNIST not loaded") == true)
        #expect(cell.a == iouCell.a)   // the synthetic digits, as without --data
    }
}
