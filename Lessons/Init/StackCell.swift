import Charts
import Dispatch
import LessonKit
import NumericCore

/// What the histogram and gradient cells share: the knobs and a stack rebuilt when one
/// changes, stepped a layer at a time (forward, and backward when `backward` is set).
class StackCell {
    private(set) var knobValues = StackKnobs()
    private let seed: UInt64
    var seedValue: UInt64 { seed }
    private var draws: ActivationStack.Draws?
    private(set) var stack: ActivationStack?
    /// Whether the cell runs the backward pass too.
    let backward: Bool

    init(seed: UInt64, backward: Bool) {
        self.seed = seed
        self.backward = backward
    }

    /// The stack for the current knobs, built (not yet stepped) on first use.
    var current: ActivationStack {
        if let stack { return stack }
        let d = draws ?? ActivationStack.Draws(seed: seed)
        draws = d
        let made = ActivationStack(knobs: knobValues, draws: d)
        stack = made
        return made
    }

    var knobs: [Knob] { knobValues.knobs }

    func setKnob(_ name: String, to value: Double) {
        var next = knobValues
        guard next.set(name, to: value), next != knobValues else { return }
        knobValues = next
        stack = nil
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { backward ? current.backwardDone : current.forwardDone }
    var hasFailed: Bool { isFinished && current.hasExploded }
    /// Enough steps for the deepest stack both ways; stepping stops at the end anyway.
    var defaultRunSteps: Int { 2 * ActivationStack.maxDepth }

    func step() {
        if backward { current.step() } else { current.stepForward() }
    }

    /// Layers until `budget` seconds are spent (at least one).
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            step()
            return true
        } > 0
    }

    func reset() { stack = nil }

    /// "layer 3 / 5": the progress while the stack is being computed.
    var progressText: String {
        let s = current
        if s.stats.isEmpty {
            return tr("\(s.depth) layers — space computes them, s one at a time", "\(s.depth) 层——空格键逐层计算，s 算一层")
        }
        if !s.forwardDone { return tr("forward: layer \(s.stats.count) / \(s.depth)", "前向：第 \(s.stats.count) / \(s.depth) 层") }
        if backward && !s.backwardDone {
            let done = s.gradientNorms.compactMap { $0 }.count
            return tr("backward: \(done) / \(s.depth) layers", "反向：\(done) / \(s.depth) 层")
        }
        return tr("\(s.depth) layers of 100, 1000 inputs", "\(s.depth) 层，每层 100 个神经元，1000 个输入")
    }

    /// The advice first when the stack went wrong, else nil: blown up, saturated, collapsed.
    var advice: String? {
        let s = current
        guard let last = s.stats.last else { return nil }
        let fix = knobValues.activation == .relu ? "He" : "Xavier"
        if s.hasExploded {
            return tr("activations blew up (std \(NumberText.format(last.std, digits: 2))): lower σ or pick \(fix)",
                      "激活值爆炸（标准差 \(NumberText.format(last.std, digits: 2))）：调低 σ 或选 \(fix)")
        }
        let layer = s.stats.count
        if knobValues.activation != .relu && last.saturated > 0.3 {
            return tr("layer \(layer): \(percent(last.saturated)) saturated, gradients vanish: lower σ or pick \(fix)",
                      "第 \(layer) 层：\(percent(last.saturated)) 饱和，梯度消失：调低 σ 或选 \(fix)")
        }
        if last.std < 0.02 {
            return tr("layer \(layer): all units alike (std \(NumberText.format(last.std, digits: 2))): raise σ or pick \(fix)",
                      "第 \(layer) 层：所有神经元几乎一样（标准差 \(NumberText.format(last.std, digits: 2))）：调高 σ 或选 \(fix)")
        }
        return nil
    }

    var status: String? {
        [advice, progressText].compactMap { $0 }.joined(separator: " · ")
    }
}

/// "64 %".
func percent(_ x: Double) -> String {
    guard x.isFinite else { return "–" }
    let p = x * 100
    if p > 0 && p < 1 { return "<1 %" }
    if p < 100 && p > 99 { return ">99 %" }
    return "\(Int(p.rounded())) %"
}
