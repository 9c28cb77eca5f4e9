import NumericCore

/// One object of a scene: the digit's class and its ground-truth box (tight around its ink).
struct SceneObject: Sendable, Equatable {
    var label: Int
    var box: Box
}

/// A synthetic detection scene: a square canvas of grey pixels with a few digits pasted at
/// random positions and sizes, their ground-truth boxes, and a simulated detector's output on
/// it (several scored boxes around each object, plus a few low-scored false alarms) for
/// non-max suppression to clean up. Everything follows from the digits and the seed.
struct Scene: Sendable {
    /// The canvas side in pixels.
    static let side = 64
    /// The smallest and largest pasted digit, in pixels.
    static let sizes = 14...30

    let pixels: [Double]
    let objects: [SceneObject]
    /// The detector's boxes and their scores (0…1), in generation order.
    let candidates: [Box]
    let scores: [Double]

    /// A scene of `count` digits drawn from `digits` (28×28 images), seeded by `seed`.
    init(digits: Dataset, count: Int, seed: UInt64) {
        var rng = Xoshiro256StarStar(seed: seed)
        let n = Scene.side
        var pixels = [Double](repeating: 0, count: n * n)
        var objects: [SceneObject] = []
        for _ in 0..<count {
            var placed: (x: Int, y: Int, s: Int)?
            for attempt in 0..<60 {
                let s = Scene.sizes.lowerBound + rng.nextInt(below: Scene.sizes.count)
                let x = rng.nextInt(below: n - s + 1), y = rng.nextInt(below: n - s + 1)
                let square = Box(x: Double(x), y: Double(y), w: Double(s), h: Double(s))
                let crowded = objects.contains { o in ((try? intersectionOverUnion(square, o.box).iou) ?? 0) > 0.15 }
                if !crowded || attempt == 59 { placed = (x, y, s); break }
            }
            guard let p = placed else { continue }
            let index = rng.nextInt(below: digits.count)
            let image = digits.image(index)
            var ink = (x0: Int.max, y0: Int.max, x1: -1, y1: -1)
            for i in 0..<p.s {
                for j in 0..<p.s {
                    let sr = min(digits.height - 1, Int((Double(i) + 0.5) * Double(digits.height) / Double(p.s)))
                    let sc = min(digits.width - 1, Int((Double(j) + 0.5) * Double(digits.width) / Double(p.s)))
                    let v = image[sr * digits.width + sc]
                    let at = (p.y + i) * n + p.x + j
                    pixels[at] = max(pixels[at], v)
                    if v > 0.3 { ink = (min(ink.x0, j), min(ink.y0, i), max(ink.x1, j), max(ink.y1, i)) }
                }
            }
            let box = ink.x1 >= ink.x0
                ? Box(x: Double(p.x + ink.x0), y: Double(p.y + ink.y0), w: Double(ink.x1 - ink.x0 + 1), h: Double(ink.y1 - ink.y0 + 1))
                : Box(x: Double(p.x), y: Double(p.y), w: Double(p.s), h: Double(p.s))
            objects.append(SceneObject(label: digits.labels[index], box: box))
        }
        var candidates: [Box] = [], scores: [Double] = []
        for object in objects {
            let top = Scene.jittered(object.box, by: 0.08, rng: &rng)
            let topScore = 0.75 + 0.2 * rng.nextUniform()
            candidates.append(top)
            scores.append(Scene.rounded(topScore))
            for _ in 0..<(2 + rng.nextInt(below: 2)) {
                var duplicate = Scene.jittered(object.box, by: 0.25, rng: &rng)
                for _ in 0..<40 {
                    let v = (try? intersectionOverUnion(duplicate, top).iou) ?? 0
                    if v >= 0.55 && v <= 0.9 { break }
                    duplicate = Scene.jittered(object.box, by: 0.25, rng: &rng)
                }
                candidates.append(duplicate)
                scores.append(Scene.rounded(topScore - 0.05 - 0.3 * rng.nextUniform()))
            }
        }
        for _ in 0..<(objects.isEmpty ? 0 : 2) {
            let w = 8 + rng.nextInt(below: 13), h = 8 + rng.nextInt(below: 13)
            candidates.append(Box(x: Double(rng.nextInt(below: n - w + 1)), y: Double(rng.nextInt(below: n - h + 1)),
                                  w: Double(w), h: Double(h)))
            scores.append(Scene.rounded(0.1 + 0.35 * rng.nextUniform()))
        }
        self.pixels = pixels
        self.objects = objects
        self.candidates = candidates
        self.scores = scores
    }

    /// `box` with each edge moved by up to `fraction` of its size (whole pixels, kept on the
    /// canvas, at least 2 pixels wide and high).
    static func jittered(_ box: Box, by fraction: Double, rng: inout Xoshiro256StarStar) -> Box {
        func shift(_ size: Double) -> Double { ((rng.nextUniform() * 2 - 1) * fraction * size).rounded() }
        let side = Double(Scene.side)
        var x0 = box.x + shift(box.w), x1 = box.right + shift(box.w)
        var y0 = box.y + shift(box.h), y1 = box.bottom + shift(box.h)
        x0 = min(max(0, x0), side - 2); y0 = min(max(0, y0), side - 2)
        x1 = max(min(side, x1), x0 + 2); y1 = max(min(side, y1), y0 + 2)
        return Box(x: x0, y: y0, w: x1 - x0, h: y1 - y0)
    }

    /// A score to two decimals (so exports and the screen show the same numbers).
    static func rounded(_ v: Double) -> Double { (min(0.99, max(0.01, v)) * 100).rounded() / 100 }
}
