/// Gradient descent from (0, 0) on one `Quadratic2D`, a step at a time: the path so far, and
/// whether it has converged (gap ≤ 10⁻⁴), diverged (gap > 10¹²: it stops before anything
/// overflows) or used up the step cap.
struct DescentPath {
    enum State: Equatable { case running, converged, diverged, capped }

    static let cap = 100_000
    /// Path points kept for drawing: every step up to this many, then every 10th.
    static let denseSteps = 400

    let problem: Quadratic2D
    let lr: Double
    private(set) var w = (0.0, 0.0)
    private(set) var steps = 0
    private(set) var state = State.running
    private(set) var xs: [Double] = [0]
    private(set) var ys: [Double] = [0]

    init(problem: Quadratic2D, lr: Double) {
        self.problem = problem
        self.lr = lr
        check()
    }

    var gap: Double { problem.gap(w.0, w.1) }

    mutating func step() {
        guard state == .running else { return }
        let g = problem.gradient(w.0, w.1)
        w = (w.0 - lr * g.0, w.1 - lr * g.1)
        steps += 1
        if steps <= Self.denseSteps || steps % 10 == 0 { xs.append(w.0); ys.append(w.1) }
        check()
        if state != .running && xs.last != w.0 { xs.append(w.0); ys.append(w.1) }
    }

    private mutating func check() {
        let g = gap
        if !g.isFinite || g > Quadratic2D.divergedGap { state = .diverged }
        else if g <= Quadratic2D.tolerance { state = .converged }
        else if steps >= Self.cap { state = .capped }
    }
}
