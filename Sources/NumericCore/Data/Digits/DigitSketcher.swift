import RealModule

/// Turns a digit template into one particular handwritten-looking image: picks a way of
/// writing the digit, bends its strokes with a smooth random warp, applies a random
/// slant, aspect, rotation and size, centres its centre of mass like MNIST, and draws it
/// with a random pen. Every random choice comes from the generator passed in.
struct DigitSketcher {
    /// Image side in pixels (MNIST's 28).
    static let side = 28
    /// MNIST fits each digit into a 20×20 box inside the 28×28 image.
    static let box = 20.0

    let style: DigitStyle

    /// Draws `digit` (0–9) into `pixels` (28·28 values, assumed zero), using `rng`.
    func draw(digit: Int, using rng: inout Xoshiro256StarStar, into pixels: UnsafeMutablePointer<Double>) {
        let ways = DigitTemplates.variants[digit]
        let strokes = ways[rng.nextInt(below: ways.count)]
        var polylines = strokes.map { sample($0, using: &rng) }
        warp(&polylines, using: &rng)
        transform(&polylines, using: &rng)

        let radius = uniform(style.penRadius, &rng)
        let ink = uniform(style.inkRange, &rng)
        place(&polylines, radius: radius, using: &rng)
        let pen = PenRenderer(width: Self.side, height: Self.side, radius: radius, softness: style.edgeSoftness, ink: ink)
        for line in polylines { pen.draw(line, into: pixels) }
        addNoise(pixels, using: &rng)
    }

    // MARK: Strokes to points

    /// A stroke as a dense polyline in template units.
    private func sample(_ stroke: TemplateStroke, using rng: inout Xoshiro256StarStar) -> [StrokePoint] {
        switch stroke {
        case let .lines(corners):
            // Split long segments so the warp can bend them.
            var points = [corners[0]]
            for k in 1..<corners.count {
                let a = corners[k - 1], b = corners[k]
                let pieces = max(1, Int((hypot(b.x - a.x, b.y - a.y) / 0.25).rounded(.up)))
                for i in 1...pieces {
                    let t = Double(i) / Double(pieces)
                    points.append(StrokePoint(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)))
                }
            }
            return points
        case let .curve(through):
            return catmullRom(through, stepsPerSpan: 8)
        case let .arc(center, radiusX, radiusY, from, to):
            let jitter = style.arcJitter
            let rx = radiusX * (1 + jitter * rng.nextNormal())
            let ry = radiusY * (1 + jitter * rng.nextNormal())
            let start = from + 60 * jitter * rng.nextNormal()
            let end = to + 60 * jitter * rng.nextNormal()
            let steps = max(2, Int((abs(end - start) / 10).rounded(.up)))
            return (0...steps).map { i in
                let angle = (start + (end - start) * Double(i) / Double(steps)) * .pi / 180
                return StrokePoint(x: center.x + rx * .cos(angle), y: center.y + ry * .sin(angle))
            }
        }
    }

    /// A Catmull–Rom spline through `points` (end tangents from the neighbouring point).
    private func catmullRom(_ points: [StrokePoint], stepsPerSpan: Int) -> [StrokePoint] {
        guard points.count > 2 else { return points }
        var out = [points[0]]
        for k in 0..<(points.count - 1) {
            let p0 = points[max(k - 1, 0)], p1 = points[k], p2 = points[k + 1], p3 = points[min(k + 2, points.count - 1)]
            for step in 1...stepsPerSpan {
                let t = Double(step) / Double(stepsPerSpan), t2 = t * t, t3 = t2 * t
                func blend(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Double {
                    0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (3 * b - a - 3 * c + d) * t3)
                }
                out.append(StrokePoint(x: blend(p0.x, p1.x, p2.x, p3.x), y: blend(p0.y, p1.y, p2.y, p3.y)))
            }
        }
        return out
    }

    // MARK: Random shape changes

    /// Bends all strokes with one smooth displacement field (three random sine waves per
    /// axis), so strokes that meet keep meeting.
    private func warp(_ polylines: inout [[StrokePoint]], using rng: inout Xoshiro256StarStar) {
        guard style.wobble > 0 else { return }
        var waves: [(amplitude: Double, fx: Double, fy: Double, phase: Double, alongX: Bool)] = []
        for axis in 0..<2 {
            for _ in 0..<3 {
                let direction = 2 * Double.pi * rng.nextUniform()
                let frequency = 1.2 + 1.8 * rng.nextUniform()
                waves.append((style.wobble / 3.0.squareRoot() * rng.nextNormal(),
                              frequency * .cos(direction), frequency * .sin(direction),
                              2 * Double.pi * rng.nextUniform(), axis == 0))
            }
        }
        for s in polylines.indices {
            for i in polylines[s].indices {
                let p = polylines[s][i]
                var dx = 0.0, dy = 0.0
                for wave in waves {
                    let shift = wave.amplitude * .sin(wave.fx * p.x + wave.fy * p.y + wave.phase)
                    if wave.alongX { dx += shift } else { dy += shift }
                }
                polylines[s][i] = StrokePoint(x: p.x + dx, y: p.y + dy)
            }
        }
    }

    /// Aspect change, slant (a shear) and rotation, in template units.
    private func transform(_ polylines: inout [[StrokePoint]], using rng: inout Xoshiro256StarStar) {
        let aspect = Double.exp(style.aspectSpread * rng.nextNormal())
        let slant = style.slant + style.slantSpread * (2 * rng.nextUniform() - 1)
        let angle = style.maxRotationDegrees * (2 * rng.nextUniform() - 1) * .pi / 180
        let c = Double.cos(angle), s = Double.sin(angle)
        for k in polylines.indices {
            for i in polylines[k].indices {
                let p = polylines[k][i]
                let x = p.x * aspect - slant * p.y  // y points down: the top moves right for slant > 0
                polylines[k][i] = StrokePoint(x: c * x - s * p.y, y: s * x + c * p.y)
            }
        }
    }

    /// Scales the digit so its larger side (with the pen) fills a random part of the 20-pixel
    /// box, and moves its centre of mass (stroke length-weighted) to the image centre plus a
    /// random shift; the result is in pixel coordinates.
    private func place(_ polylines: inout [[StrokePoint]], radius: Double, using rng: inout Xoshiro256StarStar) {
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for line in polylines {
            for p in line {
                minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
            }
        }
        let extent = max(maxX - minX, maxY - minY)
        let size = uniform(style.sizeRange, &rng) * Self.box
        let scale = extent > 1e-9 ? max(size - 2 * radius, 1) / extent : 1

        var massX = 0.0, massY = 0.0, mass = 0.0
        for line in polylines {
            if line.count == 1 { massX += line[0].x; massY += line[0].y; mass += 1; continue }
            for k in 1..<max(1, line.count) {
                let a = line[k - 1], b = line[k]
                let length = hypot(b.x - a.x, b.y - a.y)
                massX += length * (a.x + b.x) / 2; massY += length * (a.y + b.y) / 2; mass += length
            }
        }
        let centerX = mass > 0 ? massX / mass : (minX + maxX) / 2
        let centerY = mass > 0 ? massY / mass : (minY + maxY) / 2
        let middle = Double(Self.side) / 2
        let targetX = middle + style.maxShift * (2 * rng.nextUniform() - 1)
        let targetY = middle + style.maxShift * (2 * rng.nextUniform() - 1)
        for k in polylines.indices {
            for i in polylines[k].indices {
                let p = polylines[k][i]
                polylines[k][i] = StrokePoint(x: targetX + scale * (p.x - centerX), y: targetY + scale * (p.y - centerY))
            }
        }
    }

    /// Adds noise of standard deviation `pixelNoise` to every pixel and clamps to [0, 1].
    /// The noise is nearly Gaussian: the centred sum of four uniform deviates (Irwin–Hall),
    /// taken from the four 16-bit quarters of one random word — several times cheaper than
    /// Box–Muller, which matters at 784 draws per image.
    private func addNoise(_ pixels: UnsafeMutablePointer<Double>, using rng: inout Xoshiro256StarStar) {
        guard style.pixelNoise > 0 else { return }
        // Each quarter is uniform on 0...65535: mean 32767.5, variance (65536² − 1)/12.
        let scale = style.pixelNoise / (4 * (65536.0 * 65536.0 - 1) / 12).squareRoot()
        for i in 0..<(Self.side * Self.side) {
            let word = rng.next()
            let sum = (word & 0xFFFF) &+ ((word >> 16) & 0xFFFF) &+ ((word >> 32) & 0xFFFF) &+ (word >> 48)
            pixels[i] = min(max(pixels[i] + scale * (Double(sum) - 131_070), 0), 1)
        }
    }

    private func uniform(_ range: ClosedRange<Double>, _ rng: inout Xoshiro256StarStar) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * rng.nextUniform()
    }

    private func hypot(_ x: Double, _ y: Double) -> Double { (x * x + y * y).squareRoot() }
}
