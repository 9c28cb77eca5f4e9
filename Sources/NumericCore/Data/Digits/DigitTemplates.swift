/// A point of a digit template or of a rendered stroke.
struct StrokePoint: Equatable {
    var x: Double
    var y: Double
}

/// One pen stroke of a digit template, in template units: x to the right, y downwards,
/// the digit spanning y ∈ [−1, 1] and about x ∈ [−0.6, 0.6].
enum TemplateStroke {
    /// Straight segments through the points (sharp corners).
    case lines([StrokePoint])
    /// A smooth Catmull–Rom curve through the points.
    case curve([StrokePoint])
    /// An elliptical arc around `center` from angle `from` to `to` in degrees
    /// (0° points right, 90° down, so increasing angles run clockwise on screen).
    case arc(center: StrokePoint, radiusX: Double, radiusY: Double, from: Double, to: Double)
}

/// The pen strokes of the ten digits: two or three common ways of writing each
/// (a 1 with or without flag and base, a 4 open or closed, a 7 with or without a bar, ...).
enum DigitTemplates {
    private static func p(_ x: Double, _ y: Double) -> StrokePoint { StrokePoint(x: x, y: y) }

    /// `variants[digit]` lists the ways of writing `digit`, each a list of strokes.
    static let variants: [[[TemplateStroke]]] = [
        // 0: an oval, wide or narrow, closing with a small overlap.
        [
            [.arc(center: p(0, 0), radiusX: 0.55, radiusY: 0.95, from: -100, to: 270)],
            [.arc(center: p(0, 0), radiusX: 0.42, radiusY: 0.95, from: -80, to: 290)],
        ],
        // 1: a bar; with a flag; with a flag and a base.
        [
            [.lines([p(0, -0.95), p(0, 0.95)])],
            [.lines([p(-0.32, -0.62), p(0.05, -0.95), p(0.05, 0.95)])],
            [.lines([p(-0.32, -0.62), p(0.05, -0.95), p(0.05, 0.95)]), .lines([p(-0.32, 0.95), p(0.42, 0.95)])],
        ],
        // 2: a hook, a diagonal and a base; or a rounder swan neck.
        [
            [.arc(center: p(0, -0.42), radiusX: 0.5, radiusY: 0.5, from: -170, to: 30),
             .lines([p(0.433, -0.17), p(-0.5, 0.95), p(0.55, 0.95)])],
            [.curve([p(-0.45, -0.55), p(-0.1, -0.93), p(0.35, -0.85), p(0.45, -0.45), p(0.1, 0.2), p(-0.5, 0.95)]),
             .lines([p(-0.5, 0.95), p(0.55, 0.9)])],
        ],
        // 3: two bowls; or a flat top with a bowl.
        [
            [.arc(center: p(0, -0.5), radiusX: 0.45, radiusY: 0.45, from: -160, to: 90),
             .arc(center: p(0, 0.45), radiusX: 0.5, radiusY: 0.5, from: -90, to: 155)],
            [.lines([p(-0.45, -0.95), p(0.45, -0.95), p(-0.1, -0.15)]),
             .arc(center: p(0, 0.4), radiusX: 0.5, radiusY: 0.55, from: -105, to: 155)],
        ],
        // 4: open top (two strokes); closed triangle.
        [
            [.lines([p(-0.15, -0.95), p(-0.5, 0.25), p(0.55, 0.25)]), .lines([p(0.28, -0.8), p(0.25, 0.95)])],
            [.lines([p(0.25, 0.95), p(0.25, -0.95), p(-0.5, 0.3), p(0.55, 0.3)])],
        ],
        // 5: bar, stem and a round belly; a bar drawn apart, leaning.
        [
            [.lines([p(0.45, -0.95), p(-0.3, -0.95), p(-0.36, -0.1)]),
             .curve([p(-0.36, -0.1), p(0.05, -0.22), p(0.48, 0.05), p(0.5, 0.55), p(0.1, 0.93), p(-0.45, 0.78)])],
            [.lines([p(-0.25, -0.9), p(0.5, -1.0)]), .lines([p(-0.25, -0.9), p(-0.33, -0.05)]),
             .arc(center: p(0, 0.4), radiusX: 0.5, radiusY: 0.52, from: -130, to: 150)],
        ],
        // 6: a curved stem into a loop; a straight stem into a loop.
        [
            [.curve([p(0.4, -0.95), p(0.0, -0.7), p(-0.38, -0.1), p(-0.45, 0.45)]),
             .arc(center: p(0, 0.45), radiusX: 0.45, radiusY: 0.48, from: 180, to: 540)],
            [.lines([p(0.25, -0.95), p(-0.4, 0.4)]),
             .arc(center: p(0.02, 0.5), radiusX: 0.42, radiusY: 0.45, from: 200, to: 560)],
        ],
        // 7: bar and diagonal; with a cross bar; with a curved stem.
        [
            [.lines([p(-0.5, -0.95), p(0.5, -0.95), p(-0.1, 0.95)])],
            [.lines([p(-0.5, -0.95), p(0.5, -0.95), p(-0.1, 0.95)]), .lines([p(-0.05, 0), p(0.45, 0)])],
            [.lines([p(-0.5, -0.9), p(0.5, -0.95)]), .curve([p(0.5, -0.95), p(0.2, -0.2), p(0.0, 0.95)])],
        ],
        // 8: two stacked loops; one S-shaped stroke crossing itself.
        [
            [.arc(center: p(0, -0.5), radiusX: 0.38, radiusY: 0.45, from: 0, to: 360),
             .arc(center: p(0, 0.45), radiusX: 0.48, radiusY: 0.5, from: 0, to: 360)],
            [.curve([p(0.35, -0.75), p(0, -0.95), p(-0.38, -0.65), p(0, -0.08), p(0.45, 0.45), p(0, 0.95),
                     p(-0.45, 0.45), p(0, -0.08), p(0.38, -0.65), p(0.35, -0.75)])],
        ],
        // 9: a loop and a straight stem; a loop and a curled tail.
        [
            [.arc(center: p(0, -0.45), radiusX: 0.45, radiusY: 0.45, from: 0, to: 360),
             .lines([p(0.45, -0.45), p(0.3, 0.95)])],
            [.arc(center: p(0, -0.45), radiusX: 0.45, radiusY: 0.45, from: 0, to: 360),
             .curve([p(0.45, -0.5), p(0.42, 0.3), p(0.15, 0.9), p(-0.35, 0.85)])],
        ],
    ]
}
