import Charts
import Foundation
import LessonKit
import NumericCore

/// Page 1: a tiny RNN (1 input, 2 hidden units, 1 output) unrolled over T steps of a sine,
/// walked like the backprop lesson's graph: forward one time step per step (h_t, y_t), then
/// backward through time from t = T down to 1 (∂L/∂h_t), shown as a table with the current
/// row highlighted. Knobs: T, and a scale on W_hh (how strongly h_{t−1} feeds h_t).
final class UnrollCell: LiveCell, HeadlessStepping {
    var title: String { tr("the RNN unrolled through time", "按时间展开的 RNN") }

    /// The fixed weights before the W_hh scale (chosen by hand so the numbers stay readable).
    static let wxh = [0.9, -0.6], whh = [0.5, -0.4, 0.3, 0.6], bias = [0.1, -0.1], why = [1.2, -0.8]

    private(set) var length = 4
    private(set) var scale = 1.0
    /// Steps walked: 0 = nothing, 1…T forward, T+1…2T backward.
    private(set) var position = 0
    private var pacer = StepPacer()
    private(set) var trace: VanillaRNN.Trace
    private(set) var gradients: RNNGradients
    private(set) var loss = 0.0
    private(set) var targets: [[Double]] = []

    init() {
        (trace, gradients, loss, targets) = Self.compute(length: 4, scale: 1)
    }

    /// The net at W_hh scale `scale`.
    static func net(scale: Double) -> VanillaRNN {
        VanillaRNN(inputSize: 1, hiddenSize: 2, outputSize: 1, wxh: wxh, whh: whh.map { $0 * scale }, b: bias, why: why)
    }

    /// The inputs x_t = sin(2π(t−1)/8) and targets x_{t+1}: the next value.
    static func compute(length: Int, scale: Double) -> (VanillaRNN.Trace, RNNGradients, Double, [[Double]]) {
        let values = (0...length).map { ((sin(2 * Double.pi * Double($0) / 8) * 1000).rounded() / 1000) }
        let inputs = values.dropLast().map { [$0] }, targets = values.dropFirst().map { [$0] }
        let rnn = net(scale: scale)
        // Cannot throw: length ≥ 2.
        let trace = try! rnn.forward(inputs)
        let (loss, dys) = try! VanillaRNN.squaredError(trace, targets: targets.map { Optional($0) })
        let g = try! rnn.backward(trace, outputGradients: dys)
        return (trace, g, loss, targets)
    }

    var defaultRunSteps: Int { 2 * length }

    var knobs: [Knob] {
        [Knob(name: "unroll", label: tr("time steps T", "时间步数 T"), kind: .integer(range: 2...8, step: 1), value: Double(length)),
         Knob(name: "whh_scale", label: tr("W_hh scale", "W_hh 缩放"), kind: .continuous(range: 0...3, step: 0.25, scale: .linear),
              value: scale, digits: 2)]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "unroll": length = max(2, min(8, Int(value.rounded())))
        case "whh_scale": scale = max(0, min(3, value))
        default: return
        }
        (trace, gradients, loss, targets) = Self.compute(length: length, scale: scale)
        position = min(position, 2 * length)
        pacer.restart()
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { position >= 2 * length }
    func step() { if !isFinished { position += 1 }; pacer.restart() }
    func advance(budget: Double) -> Bool {
        guard !isFinished, pacer.isDue() else { return false }
        position += 1
        return true
    }
    func reset() { position = 0; pacer.restart() }

    /// The time step the walk is at (forward: t = position; backward: t = 2T + 1 − position).
    var currentStep: Int? {
        if position == 0 { return nil }
        return position <= length ? position : 2 * length + 1 - position
    }
    var isBackward: Bool { position > length }

    var status: String? {
        if position == 0 { return tr("space steps forward through time", "按空格键沿时间向前走") }
        if isFinished { return tr("back at t = 1: every ∂L/∂h_t is known · r starts again", "回到 t = 1：所有 ∂L/∂h_t 都已求出 · 按 r 重来") }
        let t = currentStep ?? 0
        return isBackward ? tr("backward through time: t = \(t)", "沿时间反向传播：t = \(t)")
                          : tr("forward: t = \(t) of \(length)", "正向：第 \(t) / \(length) 步")
    }

    static func f(_ v: Double) -> String { f(v, digits: 3) }
    /// `v` with `digits` decimals ("-0.000" written as "0.000").
    static func f(_ v: Double, digits: Int) -> String {
        let s = String(format: "%.\(digits)f", v)
        return s.hasPrefix("-") && s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) ? String(s.dropFirst()) : s
    }
    /// "(0.100, 0.678)", or "(0.10,0.68)" when `compact`.
    static func vector(_ v: [Double], compact: Bool = false) -> String {
        "(" + v.map { f($0, digits: compact ? 2 : 3) }.joined(separator: compact ? "," : ", ") + ")"
    }

    /// The table: a row per time step, values appearing as the walk reaches them.
    func table(compact: Bool = false) -> Table {
        let rows = (1...length).map { t -> [String] in
            let forward = position >= t
            let backward = position >= 2 * length + 1 - t
            return ["\(t)", Self.f(trace.inputs[t - 1][0]),
                    forward ? Self.vector(trace.hidden[t], compact: compact) : "·", forward ? Self.f(trace.outputs[t - 1][0]) : "·",
                    Self.f(targets[t - 1][0]), backward ? Self.vector(gradients.hiddenGradients[t - 1], compact: compact) : "·"]
        }
        return Table(title: "", headers: ["t", "x_t", "h_t", "y_t", tr("target", "目标"), "∂L/∂h_t"],
                     rows: rows, highlightedRow: currentStep.map { $0 - 1 })
    }

    /// What the current step computes, as formulas with its numbers.
    var readout: [String] {
        guard let t = currentStep else {
            return ["h_t = tanh(W_hh h_{t−1} + W_xh x_t + b),  y_t = W_hy h_t,  h_0 = 0",
                    tr("loss L = (1/T)·Σ ½(y_t − target_t)²", "损失 L = (1/T)·Σ ½(y_t − target_t)²")]
        }
        if !isBackward {
            return ["h_\(t) = tanh(W_hh h_\(t - 1) + W_xh x_\(t) + b) = " + Self.vector(trace.hidden[t]),
                    "y_\(t) = W_hy h_\(t) = " + Self.f(trace.outputs[t - 1][0])
                        + (t == length ? "  ·  L = " + Self.f(loss) : "")]
        }
        let from = t == length ? "W_hyᵀ ∂L/∂y_\(t)"
                               : "W_hyᵀ ∂L/∂y_\(t) + W_hhᵀ(∂L/∂h_\(t + 1) ⊙ (1 − h_\(t + 1)²))"
        var lines = ["∂L/∂h_\(t) = " + from, "= " + Self.vector(gradients.hiddenGradients[t - 1])]
        if t == 1 {
            lines[1] += tr("  ·  ‖∂L/∂W_hh‖ = ", "  ·  ‖∂L/∂W_hh‖ = ") + Self.f(gradients.whh.reduce(0) { $0 + $1 * $1 }.squareRoot())
        }
        return lines
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let table = table(compact: width < 64)
        return ChartLayout.withReadout(readout, width: width, height: height, options: options) { grid, rows in
            let tableRows = length + 3
            guard rows - tableRows >= 8 else {
                grid.blit(table.render(width: width, height: rows, options: options), x: 0, y: 0)
                return
            }
            grid.blit(table.render(width: width, height: tableRows, options: options), x: 0, y: 0)
            var plot = normPlot()
            plot.title = options.drawable(plot.title)
            grid.blit(plot.render(width: width, height: rows - tableRows, options: options), x: 0, y: tableRows)
        }
    }

    /// ‖∂L/∂h_t‖ as a bar per time step, each appearing when the backward walk reaches it
    /// (0 before), the current step highlighted, on a scale fixed for the walk.
    func normPlot() -> VerticalBarChart {
        let values = (1...length).map { position >= 2 * length + 1 - $0 ? gradients.hiddenNorms[$0 - 1] : 0 }
        var chart = VerticalBarChart(title: tr("‖∂L/∂h_t‖ found so far", "已求出的 ‖∂L/∂h_t‖"),
                                     labels: (1...length).map { "t=\($0)" }, values: values,
                                     highlighted: isBackward ? currentStep.map { $0 - 1 } : nil)
        let top = gradients.hiddenNorms.max() ?? 1
        chart.yLimits = .fixed(0, top.isFinite && top > 0 ? top * 1.1 : 1)
        chart.color = .magenta
        return chart
    }

    /// Table `unrolled` (t, x, h1, h2, y, target, dh1, dh2) and the loss.
    func export() -> CellExport {
        let rows = (1...length).map { t -> [ExportValue] in
            let h = trace.hidden[t], d = gradients.hiddenGradients[t - 1]
            return [.integer(t), .number(trace.inputs[t - 1][0]), .number(h[0]), .number(h[1]), .number(trace.outputs[t - 1][0]),
                    .number(targets[t - 1][0]), .number(d[0]), .number(d[1])]
        }
        let json: ExportValue = .object([
            ("unroll", .integer(length)), ("whh_scale", .number(scale)), ("loss", .number(loss)),
            ("dh_norms", .array(gradients.hiddenNorms.map(ExportValue.number))),
        ])
        return CellExport(name: "unrolled", json: json, tables: [
            ExportTable(name: "unrolled", columns: ["t", "x", "h1", "h2", "y", "target", "dh1", "dh2"], rows: rows),
        ])
    }
}
