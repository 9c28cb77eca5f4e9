import Charts
import LessonKit
import NumericCore

/// One line of the race's standings: an optimizer's current loss, its distance to the
/// minimum and the first step at which it came within ε of it, or the step it diverged.
struct Standing {
    let settings: RacerSettings
    /// f at the current point.
    let loss: Double
    /// The distance to the surface's minimum; nil on the saddle, which has none.
    let distance: Double?
    /// The first step whose point was within ε of the minimum; nil if none (yet).
    let withinStep: Int?
    /// The step it diverged at; nil while racing.
    let divergedAt: Int?

    init(run: SurfaceRun, surface: Surface, epsilon: Double) {
        settings = run.settings
        divergedAt = run.divergedAt
        loss = surface.value(at: run.current)
        if let minimum = surface.minimum {
            func distance(_ p: SIMD2<Double>) -> Double {
                let d = p - minimum
                return (d.x * d.x + d.y * d.y).squareRoot()
            }
            self.distance = distance(run.current)
            withinStep = run.path.firstIndex { distance($0) <= epsilon }
        } else {
            distance = nil
            withinStep = nil
        }
    }

    /// Racing runs before diverged ones; among racing runs the closer to the minimum first
    /// (the lower f on the saddle); diverged runs by how long they lasted.
    static func rank(_ standings: [Standing]) -> [Standing] {
        standings.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            switch (x.divergedAt, y.divergedAt) {
            case (nil, .some): return true
            case (.some, nil): return false
            case let (.some(p), .some(q)): return p != q ? p > q : a.offset < b.offset
            case (nil, nil):
                let u = x.distance ?? x.loss, v = y.distance ?? y.loss
                return u != v ? u < v : a.offset < b.offset
            }
        }.map(\.element)
    }

    /// The loss column: "0.0133", or "diverged" ("发散").
    var lossText: String { divergedAt == nil ? NumberText.format(loss, digits: 3) : tr("diverged", "发散") }
    /// The distance column: "0.361", "—" on the saddle, "✗ 8" for a run that diverged at step 8.
    var distanceText: String {
        if let divergedAt { return "✗ \(divergedAt)" }
        return distance.map { NumberText.format($0, digits: 3) } ?? "—"
    }
    /// The within-ε column: the step, or "—".
    var withinText: String { withinStep.map(String.init) ?? "—" }
}
