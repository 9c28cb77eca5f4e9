import Charts
import LessonKit

/// Page 4: input normalization. The loss over (w1, w2) of a linear model on two features of
/// different scales (x1 in 0…1, x2 in 0…10) is a long thin valley; after standardizing,
/// z = (x − μ)/σ, it is nearly round. Gradient descent with one learning rate runs on both
/// side by side (the paths drawn over the contours), the steps to converge written out, and
/// the largest stable learning rate 2/λmax of each shown: above it that side diverges.
final class NormalizationCell: LiveCell, HeadlessStepping {
    static let lrRange = 0.001...3.0
    static let lrFactor = 1.7782794100389228
    static let defaultLR = 0.01
    /// Contour levels as fractions of the way from L* up to L(0) (1 passes through the start).
    static let levelGaps = [0.003, 0.03, 0.1, 0.3, 0.6, 1, 1.6]

    var title: String { tr("gradient descent: raw vs normalized features", "梯度下降：原始特征与归一化特征") }
    let problem = NormalizationProblem()
    private(set) var lr = NormalizationCell.defaultLR
    private(set) var raw: DescentPath
    private(set) var normalized: DescentPath

    init() {
        raw = DescentPath(problem: problem.raw, lr: Self.defaultLR)
        normalized = DescentPath(problem: problem.normalized, lr: Self.defaultLR)
    }

    var defaultRunSteps: Int { 2000 }

    var knobs: [Knob] {
        [Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: Self.lrRange, step: Self.lrFactor, scale: .log),
              value: lr)]
    }

    /// A new learning rate restarts both paths from (0, 0).
    func setKnob(_ name: String, to value: Double) {
        guard name == "lr", value.isFinite else { return }
        lr = min(Self.lrRange.upperBound, max(Self.lrRange.lowerBound, value))
        reset()
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { raw.state != .running && normalized.state != .running }
    var hasFailed: Bool { raw.state == .diverged || normalized.state == .diverged }

    func reset() {
        raw = DescentPath(problem: problem.raw, lr: lr)
        normalized = DescentPath(problem: problem.normalized, lr: lr)
    }

    /// A few gradient-descent steps on each path: 2 while the paths are young (watchable),
    /// more later so that a thousands-of-steps crawl still ends.
    func step() {
        let done = max(raw.steps, normalized.steps)
        let n = done < 200 ? 2 : done < 2000 ? 10 : 200
        for _ in 0..<n {
            raw.step()
            normalized.step()
        }
    }

    func advance(budget: Double) -> Bool {
        guard !isFinished else { return false }
        step()
        return true
    }

    /// "converged in 384 steps", "step 120", "diverged at step 7", in the current language.
    static func progress(_ path: DescentPath) -> String {
        switch path.state {
        case .running: tr("step \(path.steps)", "第 \(path.steps) 步")
        case .converged: tr("converged in \(path.steps) steps", "\(path.steps) 步收敛")
        case .diverged: tr("diverged at step \(path.steps)", "第 \(path.steps) 步发散")
        case .capped: tr("not converged in \(path.steps) steps", "\(path.steps) 步仍未收敛")
        }
    }

    var status: String? {
        let f = { NumberText.format($0, digits: 3) }
        if raw.state == .diverged || normalized.state == .diverged {
            let which = raw.state == .diverged && normalized.state == .diverged ? tr("both sides diverge", "两边都发散")
                : raw.state == .diverged ? tr("raw features diverge", "原始特征发散") : tr("normalized features diverge", "归一化特征发散")
            let bound = raw.state == .diverged ? problem.raw.largestStableRate : problem.normalized.largestStableRate
            return tr("lr \(f(lr)) > 2/λmax = \(f(bound)): \(which) — lower lr, press r",
                      "lr \(f(lr)) > 2/λmax = \(f(bound))：\(which)——调小 lr 后按 r")
        }
        if raw.steps == 0 { return tr("lr \(f(lr)), both from (0, 0): press space", "lr \(f(lr))，两边都从 (0, 0) 出发：按空格键") }
        let done = isFinished ? RunProgress.restartHint : ""
        return tr("raw: \(Self.progress(raw)) · normalized: \(Self.progress(normalized))",
                  "原始：\(Self.progress(raw)) · 归一化：\(Self.progress(normalized))") + done
    }

    /// One readout line per side: condition number, largest stable lr, where the path is.
    var readout: [String] {
        let f = { NumberText.format($0, digits: 3) }
        func line(_ name: String, _ q: Quadratic2D, _ path: DescentPath) -> String {
            tr("\(name): κ = \(f(q.conditionNumber)), stable lr < \(f(q.largestStableRate)), \(Self.progress(path))",
               "\(name)：κ = \(f(q.conditionNumber))，lr < \(f(q.largestStableRate)) 才稳定，\(Self.progress(path))")
        }
        return [line(tr("raw", "原始"), problem.raw, raw), line(tr("normalized", "归一化"), problem.normalized, normalized)]
    }

    func contour(_ path: DescentPath, normalizedSide: Bool) -> ContourPlot {
        let q = path.problem
        let title = normalizedSide ? tr("normalized", "归一化") : tr("raw features", "原始特征")
        var plot = ContourPlot(title: title, x: normalizedSide ? -0.6...2.2 : -0.6...4.6, y: normalizedSide ? -0.4...2.0 : -0.3...1.3) { q.loss($0, $1) }
        // The same relative heights on both sides: the level where the loss has come down all
        // but g of the way from L(0) to L*.
        let lstar = q.minimum
        plot.levels = .values(Self.levelGaps.map { lstar + $0 * (q.k - lstar) })
        // The normalized bowl in true proportions (round); the raw valley stretched upright,
        // or its width (1/15 of its length) would be under one row.
        plot.equalAspect = normalizedSide
        plot.yLabel = "w2"
        plot.paths = [Series(name: "GD", color: normalizedSide ? .green : .yellow, x: path.xs, y: path.ys)]
        plot.showLegend = false
        plot.xLabel = "w1"
        return plot
    }

    /// The two contour plots side by side, readouts below.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var a = contour(raw, normalizedSide: false), b = contour(normalized, normalizedSide: true)
        a.title = options.drawable(a.title)
        b.title = options.drawable(b.title)
        let lines = height >= 12 ? readout : []
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            grid.blit(ChartLayout.sideBySide(a, b, fraction: 0.5, gap: 1, width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// JSON with μ, σ, both Hessians, condition numbers, largest stable rates, minimizers and
    /// steps to converge (nil: diverges or over 100 000); tables `path_raw` and
    /// `path_normalized` (step, w1, w2, loss) of the drawn points.
    func export() -> CellExport {
        func side(_ q: Quadratic2D, _ path: DescentPath) -> ExportValue {
            let e = q.eigenvalues, w = q.minimizer
            return .object([
                ("hessian", .array([q.h11, q.h12, q.h12, q.h22].map(ExportValue.number))),
                ("eigenvalues", .array([e.min, e.max].map(ExportValue.number))),
                ("condition_number", .number(q.conditionNumber)),
                ("largest_stable_lr", .number(q.largestStableRate)),
                ("minimizer", .array([w.w1, w.w2].map(ExportValue.number))),
                ("steps_to_converge", q.stepsToConverge(lr: lr).map(ExportValue.integer) ?? .null),
                ("steps", .integer(path.steps)),
                ("state", .string("\(path.state)")),
            ])
        }
        func table(_ name: String, _ path: DescentPath) -> ExportTable {
            ExportTable(name: name, columns: ["w1", "w2", "loss"],
                        rows: zip(path.xs, path.ys).map { [.number($0), .number($1), .number(path.problem.loss($0, $1))] })
        }
        let json: ExportValue = .object([
            ("lr", .number(lr)), ("examples", .integer(NormalizationProblem.m)), ("tolerance", .number(Quadratic2D.tolerance)),
            ("mu", .array([problem.mu.0, problem.mu.1].map(ExportValue.number))),
            ("sigma", .array([problem.sigma.0, problem.sigma.1].map(ExportValue.number))),
            ("raw", side(problem.raw, raw)), ("normalized", side(problem.normalized, normalized)),
        ])
        return CellExport(name: "normalization", json: json, tables: [table("path_raw", raw), table("path_normalized", normalized)])
    }
}
