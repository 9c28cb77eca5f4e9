import Testing
@testable import DetectionLesson

/// IoU, non-max suppression and anchor assignment against `Scripts/reference/detection_boxes.py`
/// (numpy, fixed boxes) and hand-checked edge cases: touching boxes, tied scores, an IoU exactly
/// at the threshold, a centre on a grid line, bad input (zero-area box, threshold outside [0, 1]).
@Suite struct DetectionReferenceTests {
    func box(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> Box { Box(x: x, y: y, w: w, h: h) }

    @Test func iouMatchesNumpy() throws {
        let cases: [(Box, Box, Double, Double, Double)] = [
            (box(0, 0, 4, 4), box(2, 2, 4, 4), 4, 28, 0.14285714285714285),
            (box(0, 0, 10, 10), box(10, 0, 10, 10), 0, 200, 0),          // touching: an edge, no area
            (box(0, 0, 10, 10), box(0, 0, 10, 10), 100, 100, 1),
            (box(1, 2, 6, 8), box(3, 1, 10, 5), 16, 82, 0.1951219512195122),
            (box(0, 0, 10, 10), box(2, 2, 4, 4), 16, 100, 0.16),          // inside
        ]
        for (a, b, inter, union, iou) in cases {
            let p = try intersectionOverUnion(a, b)
            #expect(p.intersection == inter && p.union == union)
            #expect(abs(p.iou - iou) < 1e-15)
            #expect(try intersectionOverUnion(b, a).iou == p.iou)  // symmetric
        }
        #expect(try intersectionOverUnion(box(0, 0, 10, 10), box(10, 0, 10, 10)).overlap == nil)
        #expect(try intersectionOverUnion(box(0, 0, 4, 4), box(2, 2, 4, 4)).overlap == box(2, 2, 2, 2))
    }

    @Test func zeroAreaBoxIsRefusedClearly() {
        #expect(throws: DetectionError.zeroArea(box: "B")) { try intersectionOverUnion(box(0, 0, 4, 4), box(1, 1, 0, 3)) }
        #expect(throws: DetectionError.zeroArea(box: "A")) { try intersectionOverUnion(box(0, 0, 4, -1), box(1, 1, 2, 3)) }
        #expect(DetectionError.zeroArea(box: "B").message == "box B has zero area: give it a width and a height above 0")
    }

    @Test func nmsMatchesNumpy() throws {
        let boxes = [box(0, 0, 10, 10), box(1, 0, 10, 10), box(20, 20, 10, 10), box(0, 1, 10, 10), box(21, 20, 10, 10), box(40, 40, 5, 5)]
        let d = try nonMaxSuppression(boxes: boxes, scores: [0.9, 0.8, 0.8, 0.7, 0.6, 0.2], scoreThreshold: 0.3, iouThreshold: 0.5)
        let iou = 0.8181818181818182  // 90 / 110
        // Below score first, then by score; boxes 1 and 2 tie at 0.8: index 1 first.
        #expect(d.map(\.index) == [5, 0, 1, 2, 3, 4])
        #expect(d[0].verdict == .belowScore)
        #expect(d[1].verdict == .kept)
        #expect(d[3].verdict == .kept)
        for (k, by) in [(2, 0), (4, 0), (5, 2)] {
            guard case let .suppressed(b, v) = d[k].verdict else { Issue.record("not suppressed"); continue }
            #expect(b == by && abs(v - iou) < 1e-15)
        }
    }

    @Test func tiesAndTheThresholdItself() throws {
        let boxes = [box(0, 0, 10, 10), box(5, 0, 10, 10)]  // IoU = 50 / 150 = 1/3
        let third = try intersectionOverUnion(boxes[0], boxes[1]).iou
        // An IoU equal to the threshold keeps the box (suppression needs it strictly above).
        let atThreshold = try nonMaxSuppression(boxes: boxes, scores: [0.5, 0.5], scoreThreshold: 0, iouThreshold: third)
        #expect(atThreshold.map(\.verdict) == [.kept, .kept])
        let below = try nonMaxSuppression(boxes: boxes, scores: [0.5, 0.5], scoreThreshold: 0, iouThreshold: 0.3)
        #expect(below.map(\.index) == [0, 1])  // tie: the lower index is kept
        #expect(below[1].verdict == .suppressed(by: 0, iou: third))
        // A score equal to the score threshold stays a candidate.
        #expect(try nonMaxSuppression(boxes: [boxes[0]], scores: [0.5], scoreThreshold: 0.5, iouThreshold: 0.5)[0].verdict == .kept)
        // Touching boxes never suppress each other, even at threshold 0.
        let touching = try nonMaxSuppression(boxes: [box(0, 0, 10, 10), box(10, 0, 10, 10)], scores: [0.9, 0.8],
                                             scoreThreshold: 0, iouThreshold: 0)
        #expect(touching.map(\.verdict) == [.kept, .kept])
    }

    @Test func thresholdOutsideUnitIntervalIsRefused() {
        let boxes = [box(0, 0, 10, 10)]
        #expect(throws: DetectionError.thresholdOutOfRange(name: "IoU", value: 1.5)) {
            try nonMaxSuppression(boxes: boxes, scores: [0.9], scoreThreshold: 0.5, iouThreshold: 1.5)
        }
        #expect(throws: DetectionError.thresholdOutOfRange(name: "score", value: -0.1)) {
            try nonMaxSuppression(boxes: boxes, scores: [0.9], scoreThreshold: -0.1, iouThreshold: 0.5)
        }
        #expect(throws: DetectionError.zeroArea(box: "0")) {
            try nonMaxSuppression(boxes: [box(0, 0, 0, 10)], scores: [0.9], scoreThreshold: 0.5, iouThreshold: 0.5)
        }
        #expect(DetectionError.thresholdOutOfRange(name: "IoU", value: 1.5).message
            == "IoU threshold 1.5 is outside [0, 1]: a threshold compares with a score or an IoU, both between 0 and 1")
    }

    @Test func anchorAssignmentMatchesNumpy() throws {
        let anchors = YOLOGridCell.allAnchors
        let cases: [(Box, Int, Int, Int, Double)] = [
            (box(10, 4, 12, 24), 1, 1, 1, 1.0),
            (box(30, 30, 4, 4), 2, 2, 1, 0.05555555555555555),   // centre (32, 32) on two grid lines; tall and wide tie
            (box(40, 50, 22, 10), 3, 3, 2, 0.7638888888888888),
            (box(0, 0, 64, 64), 2, 2, 0, 0.0791015625),
            (box(20, 20, 18, 18), 1, 1, 0, 1.0),
        ]
        for (b, row, column, anchor, iou) in cases {
            let a = try assignAnchor(b, canvas: 64, gridSize: 4, anchors: anchors)
            #expect(a.row == row && a.column == column && a.anchor == anchor)
            #expect(abs(a.anchorIoU - iou) < 1e-15)
        }
        let tie = try assignAnchor(box(0, 0, 12, 12), canvas: 64, gridSize: 2, anchors: [(12, 24), (24, 12)])
        #expect(tie.anchor == 0 && tie.anchorIoU == 0.5)
        // The canvas's last line belongs to the last cell.
        #expect(try assignAnchor(box(62, 62, 4, 4), canvas: 64, gridSize: 4, anchors: anchors).row == 3)
        #expect(throws: DetectionError.zeroArea(box: "object")) {
            try assignAnchor(box(0, 0, 0, 0), canvas: 64, gridSize: 2, anchors: anchors)
        }
    }
}
