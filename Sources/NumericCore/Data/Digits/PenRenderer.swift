/// Draws thick anti-aliased lines into a grayscale image: the "pen" of the synthetic digits.
///
/// A pixel's ink is a function of its centre's distance d to the nearest stroke segment:
/// full inside `radius − softness/2`, none beyond `radius + softness/2`, linear between
/// (a cheap approximation of the area of the pixel the pen covers). Where strokes overlap
/// the larger value wins, as ink does. Each segment only visits the pixels of its own
/// bounding box grown by the pen's reach, so cost grows with stroke length, not image size.
struct PenRenderer {
    let width: Int
    let height: Int
    /// Pen radius in pixels.
    let radius: Double
    /// Width of the fading edge in pixels.
    let softness: Double
    /// The value of full ink.
    let ink: Double

    /// Draws the polyline through `points` (pixel coordinates: x right, y down, pixel (i, j)
    /// covering [j, j+1) × [i, i+1)) into `pixels` (height·width values, row-major).
    func draw(_ points: [StrokePoint], into pixels: UnsafeMutablePointer<Double>) {
        guard let first = points.first else { return }
        if points.count == 1 { drawSegment(first, first, into: pixels); return }
        for k in 1..<points.count { drawSegment(points[k - 1], points[k], into: pixels) }
    }

    /// Draws one segment from `a` to `b` (a dot when they coincide).
    func drawSegment(_ a: StrokePoint, _ b: StrokePoint, into pixels: UnsafeMutablePointer<Double>) {
        let edge = max(softness, 1e-6)
        let reach = radius + edge / 2
        // Reject non-finite or absurd coordinates before converting to Int.
        let limit = Double(max(width, height)) + reach + 1
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite, reach.isFinite, reach > 0,
              min(a.x, b.x) < limit, max(a.x, b.x) > -limit, min(a.y, b.y) < limit, max(a.y, b.y) > -limit
        else { return }
        let column0 = max(0, Int((min(a.x, b.x) - reach).rounded(.down)))
        let column1 = min(width - 1, Int((max(a.x, b.x) + reach).rounded(.up)))
        let row0 = max(0, Int((min(a.y, b.y) - reach).rounded(.down)))
        let row1 = min(height - 1, Int((max(a.y, b.y) + reach).rounded(.up)))
        guard column0 <= column1, row0 <= row1 else { return }
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        let inverseLength = lengthSquared > 1e-12 ? 1 / lengthSquared : 0
        let reachSquared = reach * reach
        let w = width
        for row in row0...row1 {
            let py = Double(row) + 0.5 - a.y
            let line = pixels + row &* w
            for column in column0...column1 {
                let px = Double(column) + 0.5 - a.x
                let t = min(max((px * dx + py * dy) * inverseLength, 0), 1)
                let ex = px - t * dx, ey = py - t * dy
                let distanceSquared = ex * ex + ey * ey
                if distanceSquared >= reachSquared { continue }
                let coverage = min(max((radius - distanceSquared.squareRoot()) / edge + 0.5, 0), 1)
                let value = ink * coverage
                if value > line[column] { line[column] = value }
            }
        }
    }
}
