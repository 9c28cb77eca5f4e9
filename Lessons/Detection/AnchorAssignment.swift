/// Where YOLO puts one object: the grid cell holding its centre and the anchor whose shape
/// matches it best.
struct AnchorAssignment: Sendable, Equatable {
    var row: Int
    var column: Int
    var anchor: Int
    /// The IoU of the object's box with the chosen anchor, both centred at the same point.
    var anchorIoU: Double
}

/// IoU of two shapes (width, height) centred at the same point: min(w)·min(h) over the union.
func shapeIoU(_ a: (w: Double, h: Double), _ b: (w: Double, h: Double)) -> Double {
    let inter = min(a.w, b.w) * min(a.h, b.h)
    return inter / (a.w * a.h + b.w * b.h - inter)
}

/// The YOLO assignment of `box` on a square canvas of side `canvas` cut into an S×S grid: the
/// cell is ⌊centre / (canvas/S)⌋ per axis (a centre on a cell line goes to the cell below/right
/// of it; the last line belongs to the last cell); the anchor is the one with the highest shape
/// IoU (ties: the lower index). Throws for a zero-area box or anchor.
func assignAnchor(_ box: Box, canvas: Double, gridSize s: Int, anchors: [(w: Double, h: Double)]) throws -> AnchorAssignment {
    guard box.isValid else { throw DetectionError.zeroArea(box: "object") }
    precondition(s >= 1 && !anchors.isEmpty, "a grid and at least one anchor")
    let cell = canvas / Double(s)
    let column = min(s - 1, max(0, Int((box.centerX / cell).rounded(.down))))
    let row = min(s - 1, max(0, Int((box.centerY / cell).rounded(.down))))
    var best = 0, bestIoU = -1.0
    for (k, anchor) in anchors.enumerated() {
        guard anchor.w > 0, anchor.h > 0 else { throw DetectionError.zeroArea(box: "anchor \(k)") }
        let v = shapeIoU((box.w, box.h), anchor)
        if v > bestIoU { best = k; bestIoU = v }
    }
    return AnchorAssignment(row: row, column: column, anchor: best, anchorIoU: bestIoU)
}
