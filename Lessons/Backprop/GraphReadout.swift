import Charts
import LessonKit
import NumericCore

/// The words for a graph walk: node names, each forward step as a formula with its numbers,
/// each backward contribution as the chain rule with its numbers
/// ("∂apple_price/∂apple = apple_num = 2 → grad 2.2 = 1.1·2"), and the status line.
struct GraphReadout {
    let walk: GraphWalk

    /// A number as the readouts print it (6 significant digits).
    static func number(_ value: Double) -> String { NumberText.format(value, digits: 6) }

    /// What a node is called: its label, else a constant's value, else its operation symbol.
    func name(_ id: Int) -> String {
        let value = walk.graph.values[id]
        if let label = value.label { return label }
        if value.isConstant { return Self.number(value.value) }
        return value.operation?.symbol ?? "?"
    }

    /// A name inside a formula: negative constants in parentheses.
    private func operand(_ id: Int) -> String {
        let value = walk.graph.values[id]
        return value.isConstant && value.value < 0 ? "(\(name(id)))" : name(id)
    }

    /// A number inside a formula: negative numbers in parentheses.
    private static func operandNumber(_ value: Double) -> String {
        value < 0 ? "(\(number(value)))" : number(value)
    }

    /// `operation` written out with the given operand texts.
    static func formula(_ operation: GraphOperation, _ x: [String]) -> String {
        switch operation {
        case .add: "\(x[0]) + \(x[1])"
        case .subtract: "\(x[0]) − \(x[1])"
        case .multiply: "\(x[0])·\(x[1])"
        case .divide: "\(x[0]) / \(x[1])"
        case .power(let c): "\(x[0])^\(number(c))"
        case .exp: "exp(\(x[0]))"
        case .log: "log(\(x[0]))"
        case .negate: "−\(x[0])"
        case .reciprocal: "1/\(x[0])"
        case .sigmoid: "σ(\(x[0]))"
        case .tanh: "tanh(\(x[0]))"
        case .relu: "max(0, \(x[0]))"
        }
    }

    /// The forward step of operation node `id`: "apple_price = apple · apple_num = 100 · 2 = 200".
    func forwardLine(_ id: Int) -> String {
        let value = walk.graph.values[id]
        guard let operation = value.operation else { return "\(name(id)) = \(Self.number(value.value))" }
        let ids = value.inputs.map { walk.graph.id(of: $0)! }
        let symbolic = Self.formula(operation, ids.map(operand))
        // exp(-1), not exp((-1)): a function's argument has brackets already.
        let numeric = Self.formula(operation, value.inputs.map {
            operation.arity == 1 && !(operation == .negate) ? Self.number($0.value) : Self.operandNumber($0.value)
        })
        return "\(name(id)) = \(symbolic) = \(numeric) = \(Self.number(value.value))"
    }

    /// ∂node/∂input written in terms of the node's inputs and output (the local derivative
    /// the core's `GraphOperation.localDerivatives` computes).
    func localDerivativeFormula(node id: Int, slot: Int) -> String {
        let value = walk.graph.values[id]
        guard let operation = value.operation else { return "" }
        let x = value.inputs.map { operand(walk.graph.id(of: $0)!) }
        let y = name(id)
        switch operation {
        case .add: return "1"
        case .subtract: return slot == 0 ? "1" : "−1"
        case .multiply: return x[1 - slot]
        case .divide: return slot == 0 ? "1/\(x[1])" : "−\(x[0])/\(x[1])²"
        case .power(let c): return "\(Self.number(c))·\(x[0])^\(Self.number(c - 1))"
        case .exp: return "exp(\(x[0])) = \(y)"
        case .log: return "1/\(x[0])"
        case .negate: return "−1"
        case .reciprocal: return "−1/\(x[0])²"
        case .sigmoid: return "\(y)(1 − \(y))"
        case .tanh: return "1 − \(y)²"
        case .relu: return "[\(x[0]) > 0]"
        }
    }

    /// One line per input of a backward step: the chain rule with its numbers.
    /// Contributions to constants are left out: a constant's gradient is never used.
    /// Without `symbolic`, the local derivative is given by its value only
    /// ("∂apple_price/∂apple = 2 → …" rather than "… = apple_num = 2 → …").
    func backwardLines(_ step: BackwardStep, symbolic: Bool = true) -> [String] {
        step.contributions.filter { !walk.graph.values[$0.input].isConstant }.map { c in
            let formula = localDerivativeFormula(node: step.node, slot: c.slot)
            let local = Self.number(c.localDerivative)
            let derivative = formula == local || formula == "(\(local))" || !symbolic ? local : "\(formula) = \(local)"
            let product = "\(Self.number(step.upstreamGradient))·\(Self.operandNumber(c.localDerivative))"
            let grad = c.inputGradient == c.amount
                ? tr("grad \(Self.number(c.amount)) = \(product)", "梯度 \(Self.number(c.amount)) = \(product)")
                : tr("grad \(Self.number(c.inputGradient)) (+= \(product))", "梯度 \(Self.number(c.inputGradient))（+= \(product)）")
            return "∂\(name(step.node))/∂\(name(c.input)) = \(derivative) → \(grad)"
        }
    }

    /// The readout lines for the current step.
    var lines: [String] { lines(width: .max) }

    /// The readout lines for the current step, in their short forms where the full ones
    /// are wider than `width` columns (what still does not fit is wrapped when drawn).
    func lines(width: Int) -> [String] {
        func fitting(_ full: String, _ short: @autoclosure () -> String) -> String {
            displayWidth(of: full) <= width ? full : short()
        }
        switch walk.phase {
        case .ready:
            return [fitting(tr("inputs set: press s to compute the first node", "输入已设定：按 s 计算第一个节点"),
                            tr("inputs set: s computes a node", "输入已设定：按 s 算一个节点"))]
        case .forward(let k):
            return [forwardLine(walk.forwardOrder[k - 1])]
        case .backward(let k):
            let step = walk.backwardSteps[k - 1]
            let node = name(step.node)
            let seed = k == 1
                ? [fitting(tr("∂\(node)/∂\(node) = 1 (the output seeds the backward pass)", "∂\(node)/∂\(node) = 1（反向传播从输出开始）"),
                           tr("∂\(node)/∂\(node) = 1 (the seed)", "∂\(node)/∂\(node) = 1（起点）"))]
                : []
            let full = backwardLines(step), short = backwardLines(step, symbolic: false)
            return seed + zip(full, short).map { fitting($0, $1) }
        }
    }

    /// The status line: the phase, the step, what happens next.
    var status: String {
        let f = walk.forwardCount, b = walk.backwardCount
        switch walk.phase {
        case .ready:
            return tr("ready · \(f) forward then \(b) backward steps · press s or space",
                      "就绪 · 先正向 \(f) 步，再反向 \(b) 步 · 按 s 或空格键")
        case .forward(let k):
            let id = walk.forwardOrder[k - 1]
            return tr("forward", "正向") + " \(k)/\(f) · \(name(id)) = \(Self.number(walk.graph.values[id].value))"
        case .backward(let k):
            let step = walk.backwardSteps[k - 1]
            // Finished: the last step's numbers are in the readout; the status says what next.
            if walk.isFinished { return tr("backward \(k)/\(b) · done · r replays", "反向 \(k)/\(b) · 完成 · 按 r 重放") }
            let grad = Self.number(step.upstreamGradient)
            return tr("backward \(k)/\(b) · \(name(step.node)) passes grad \(grad) back",
                      "反向 \(k)/\(b) · \(name(step.node)) 把梯度 \(grad) 传回")
        }
    }
}
