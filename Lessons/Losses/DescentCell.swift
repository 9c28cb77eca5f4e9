import Charts
import Foundation
import LessonKit

/// Page 3: gradient descent on f(x₀, x₁) = x₀² + x₁² from a start point, drawn on the
/// contours with arrows of −∇f; play steps it one step per frame. Turning the learning
/// rate, the start or the gradient method recomputes the path to the step reached.
final class DescentCell: LiveCell, HeadlessStepping {
    var title: String { tr("gradient descent on x₀² + x₁²", "x₀² + x₁² 上的梯度下降") }
    private(set) var descent = Descent()
    /// The step count the run plays to (the book's `step_num`).
    private(set) var planned = 100

    /// The contour's fixed view box: points outside are clipped, not zoomed out to.
    static let view: ClosedRange<Double> = -5...5

    var knobs: [Knob] {
        [
            Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: 1e-10...10, step: pow(10, 0.25), scale: .log),
                 value: descent.learningRate),
            Knob(name: "steps", label: tr("steps", "步数"), kind: .integer(range: 1...1000, step: 10), value: Double(planned)),
            Knob(name: "x0", label: tr("start x₀", "起点 x₀"), kind: .continuous(range: -5...5, step: 0.5, scale: .linear), value: descent.start.x),
            Knob(name: "x1", label: tr("start x₁", "起点 x₁"), kind: .continuous(range: -5...5, step: 0.5, scale: .linear), value: descent.start.y),
            Knob(name: "gradient", label: tr("gradient", "梯度"), kind: .choice(Descent.Gradient.allCases.map(\.rawValue)),
                 value: descent.gradient.index),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let reached = descent.steps
        switch name {
        case "lr": descent.learningRate = min(10, max(1e-10, value))
        case "steps":
            planned = max(1, min(1000, Int(value.rounded())))
            if reached > planned { descent.recompute(steps: planned) }
            return
        case "x0": descent.start.x = min(5, max(-5, value))
        case "x1": descent.start.y = min(5, max(-5, value))
        case "gradient": descent.gradient = Descent.Gradient(index: value)
        default: return
        }
        descent.recompute(steps: reached)
    }

    var isAnimated: Bool { true }
    /// At the planned step, or earlier when playing on cannot change anything (x is inf/NaN,
    /// or stuck far out where the step no longer moves it).
    var isFinished: Bool { descent.steps >= planned || verdict.isDeadEnd }
    /// A run that diverged, got stuck, overflowed or bounces is stopped, not finished.
    var hasFailed: Bool { isFinished && verdict.isFailure }
    var defaultRunSteps: Int { planned }

    func step() {
        guard !isFinished else { return }
        descent.step()
    }

    /// One descent step per frame (about 30 a second), so 100 steps take ~3 s to watch.
    func advance(budget: Double) -> Bool {
        guard !isFinished else { return false }
        step()
        return true
    }

    func reset() { descent.reset() }

    var verdict: DescentVerdict { DescentVerdict(path: descent.path, planned: planned) }

    var status: String? {
        let progress = tr("step \(descent.steps) / \(planned)", "第 \(descent.steps) / \(planned) 步")
        guard let message = verdict.message else { return progress + tr(" — space plays, s steps once", "——空格键播放，s 单步") }
        return progress + "   " + message
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        // Only the finite prefix goes to the chart: a NaN point has no place to be drawn.
        let finite = descent.path.prefix { $0.x.isFinite && $0.y.isFinite }
        var plot = ContourPlot(title: options.drawable("f = x₀² + x₁², lr = \(NumberText.format(descent.learningRate, digits: 3))"),
                               x: Self.view, y: Self.view) { x, y in x * x + y * y }
        plot.levels = .values([1, 4, 9, 16, 25])
        plot.arrows = true
        // Small areas are wide and short: equal units would leave the ±5 box a narrow
        // strip in the middle, so there the circles are drawn as ellipses instead.
        plot.equalAspect = height >= 20
        plot.showLegend = false
        plot.xLabel = options.drawable("x₀")
        plot.yLabel = options.drawable("x₁")
        plot.paths = [Series(name: tr("path", "路径"), color: .yellow, x: finite.map(\.x), y: finite.map(\.y))]
        return CellLayout.single(plot, readout: ReadoutLines.pack(readoutParts(withGradient: height >= 16), width: width, options: options), width: width, height: height, options: options)
    }

    /// The readout in pieces, packed into lines that fit: "step 100: x = (-6.11e-10,
    /// 8.15e-10)", "f = 1.04e-18" and, when asked, "∇f = (…, …) numerical".
    func readoutParts(withGradient: Bool) -> [String] {
        let x = descent.current
        let coordinates = "x = (\(NumberText.format(x.x, digits: 3)), \(NumberText.format(x.y, digits: 3)))"
        let point = tr("step \(descent.steps): \(coordinates)", "第 \(descent.steps) 步：\(coordinates)")
        let f = "f = \(NumberText.format(Descent.f(x), digits: 3))"
        guard withGradient else { return [point, f] }
        let g = descent.gradient(at: x)
        let gradient = "∇f = (\(NumberText.format(g.x, digits: 3)), \(NumberText.format(g.y, digits: 3))) \(descent.gradient.rawValue)"
        guard case .stuck = verdict, descent.gradient == .numerical, g == .zero else { return [point, f, gradient] }
        return [point, f, gradient + tr(": x ± h rounds to x here, so x stopped moving", "：此处 x ± h 舍入后等于 x，所以 x 不再移动")]
    }

    func export() -> CellExport {
        let path = descent.path
        let rows = path.indices.map { k in
            [ExportValue.integer(k), .number(path[k].x), .number(path[k].y), .number(Descent.f(path[k]))]
        }
        let json: ExportValue = .object([
            ("lr", .number(descent.learningRate)), ("steps", .integer(descent.steps)), ("planned", .integer(planned)),
            ("start", .array([.number(descent.start.x), .number(descent.start.y)])),
            ("gradient", .string(descent.gradient == .numerical ? tr("numerical (central difference, h = 1e-4)", "numerical（中心差分，h = 1e-4）")
                                                  : tr("analytic (2x0, 2x1)", "analytic（2x0, 2x1）"))),
            ("path", .array(path.map { .array([.number($0.x), .number($0.y)]) })),
            ("final", .array([.number(descent.current.x), .number(descent.current.y)])),
            ("f_final", .number(Descent.f(descent.current))),
            ("status", verdict.message.map(ExportValue.string) ?? .null),
        ])
        return CellExport(name: "gradient descent", json: json, tables: [
            ExportTable(name: "descent path", columns: ["step", "x0", "x1", "f"], rows: rows),
        ])
    }
}
