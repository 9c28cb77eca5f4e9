import Charts
import LessonKit

/// Page 4: Rosenblatt's learning rule trains w1, w2 and b on a target gate from a seeded
/// random start, one input at a time, while the line moves; it stops when an epoch makes no
/// mistake, or after 100 epochs (XOR and XNOR: no line exists).
final class LearningCell: LiveCell, HeadlessStepping {
    var title: String { tr("learning rule: w += η·(t − y)·x", "学习规则：w += η·(t − y)·x") }
    private(set) var target = LogicGate.and
    private(set) var eta = 0.1
    private(set) var start = 1
    private(set) var speed = 5
    /// The lesson's seed; random start k uses seed + k − 1.
    let seed: UInt64
    private(set) var training: RosenblattTraining
    /// Updates owed to the frame loop, in 1/30ths: each frame adds `speed`, each update
    /// takes 30 (whole numbers, so 5 per second is exactly one update every 6 frames).
    private var credit = 0

    /// Frames per second of the notebook's frame loop while a cell plays.
    static let frameRate = 30

    init(seed: UInt64) {
        self.seed = seed
        training = RosenblattTraining(target: .and, eta: 0.1, start: RosenblattTraining.randomStart(seed: seed))
    }

    var knobs: [Knob] {
        [
            Knob(name: "target", label: tr("target gate", "目标门"), kind: .choice(LogicGate.names), value: target.index),
            Knob(name: "eta", label: tr("learning rate η", "学习率 η"), kind: .continuous(range: 0.05...1, step: 0.05, scale: .linear), value: eta),
            Knob(name: "start", label: tr("random start #", "随机起点 #"), kind: .integer(range: 1...99, step: 1), value: Double(start)),
            Knob(name: "speed", label: tr("updates per second", "每秒更新次数"), kind: .integer(range: 1...60, step: 1), value: Double(speed)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        switch name {
        case "target": target = LogicGate(index: value)
        case "eta": eta = value.isFinite ? min(1, max(0.05, value)) : 0.1
        case "start": start = value.isFinite ? Int(min(99, max(1, value.rounded()))) : 1
        case "speed": speed = value.isFinite ? Int(min(60, max(1, value.rounded()))) : 5
            return
        default: return
        }
        reset()
    }

    /// The start weights of the chosen random start.
    var startPerceptron: Perceptron { RosenblattTraining.randomStart(seed: seed &+ UInt64(start - 1)) }

    let isAnimated = true
    var isFinished: Bool { training.isFinished }
    var defaultRunSteps: Int { gateInputs.count * RosenblattTraining.defaultMaxEpochs }

    func step() { training.step() }

    func advance(budget: Double) -> Bool {
        credit += speed
        var changed = false
        while credit >= Self.frameRate && !training.isFinished {
            training.step()
            credit -= Self.frameRate
            changed = true
        }
        if training.isFinished { credit = 0 }
        return changed
    }

    func reset() {
        training = RosenblattTraining(target: target, eta: eta, start: startPerceptron)
        credit = 0
    }

    // MARK: - Drawing

    private func number(_ x: Double) -> String { NumberText.format(x, digits: 3) }

    /// The panel: the last update written out (or the start), then mistakes per epoch.
    var panelLines: [String] {
        var lines = [tr("target \(target.label), η = \(number(eta))", "目标：\(target.label)，η = \(number(eta))")]
        let p = training.perceptron
        guard let u = training.last else {
            let next = gateInputs[training.nextSample]
            return lines + [tr("start #\(start) (random):", "起点 #\(start)（随机）："),
                            "w1 = \(number(p.w1))", "w2 = \(number(p.w2))", "b  = \(number(p.b))", "",
                            tr("s: present x = (\(Int(next.x1)), \(Int(next.x2)))", "s：展示 x = (\(Int(next.x1)), \(Int(next.x2)))")]
        }
        let x = gateInputs[u.sample]
        lines.append(tr("epoch \(u.epoch), input \(u.sample + 1) of 4", "第 \(u.epoch) 轮，输入 \(u.sample + 1)/4"))
        lines.append("x = (\(Int(x.x1)), \(Int(x.x2)))  t = \(u.target)  y = \(u.output)")
        if u.error == 0 {
            lines.append(tr("right: no change", "正确：不变"))
        } else {
            let error = u.error > 0 ? "1" : "−1"
            lines.append(tr("t − y = \(error): move the line", "t − y = \(error)：移动直线"))
        }
        lines.append("w1 \(number(u.before.w1)) → \(number(u.after.w1))")
        lines.append("w2 \(number(u.before.w2)) → \(number(u.after.w2))")
        lines.append("b  \(number(u.before.b)) → \(number(u.after.b))")
        lines.append("")
        lines.append(tr("mistakes per epoch:", "每轮的错误数："))
        lines.append(mistakesLine(limit: 24))
        return lines
    }

    /// The mistakes of the completed epochs (then the one under way), the latest that fit
    /// `limit` columns: "3 2 2 1 0" or "… 1 2 1 2".
    func mistakesLine(limit: Int) -> String {
        var counts = training.mistakesPerEpoch.map(String.init)
        if !training.isFinished && training.nextSample > 0 { counts.append("\(training.mistakesThisEpoch)…") }
        var shown: [String] = []
        var used = 0
        for c in counts.reversed() {
            if used + displayWidth(of: c) + 1 > limit - 2 && !shown.isEmpty { shown.insert("…", at: 0); break }
            shown.insert(c, at: 0)
            used += displayWidth(of: c) + 1
        }
        return shown.joined(separator: " ")
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let p = training.perceptron
        let table = target.truthTable
        let corners = gateInputs.indices.map { i in
            UnitSquarePlot.Corner(x1: gateInputs[i].x1, x2: gateInputs[i].x2, value: table[i],
                                  wrong: p.output(gateInputs[i].x1, gateInputs[i].x2) != table[i],
                                  highlighted: training.last?.sample == i)
        }
        let plot = UnitSquarePlot(title: target.label, showKey: true, perceptron: p, corners: corners)
        return CellLayout.sideBySide(chart: plot, table: nil, lines: panelLines, minimumPanel: 26, width: width, height: height, options: options)
    }

    var status: String? {
        switch training.state {
        case .converged(let epochs):
            let updates = training.updates.filter { $0.error != 0 }.count
            return tr("converged after \(epochs) epoch\(epochs == 1 ? "" : "s"): all four inputs right (\(updates) updates)",
                      "\(epochs) 轮后收敛：四个输入全部正确（共更新 \(updates) 次）")
        case .gaveUp(let epochs):
            return tr("not learned in \(epochs) epochs: \(target.label) is not linearly separable",
                      "\(epochs) 轮内没有学会：\(target.label) 不是线性可分的")
        case .running:
            guard training.last != nil else {
                return tr("start #\(start): press space to play, s to step one input", "起点 #\(start)：按空格键播放，按 s 单步输入一个样本")
            }
            let mistakes = training.mistakesThisEpoch
            return tr("epoch \(training.epochs + 1) (at most \(training.maxEpochs)), \(mistakes) mistake\(mistakes == 1 ? "" : "s") in it so far",
                      "第 \(training.epochs + 1) 轮（最多 \(training.maxEpochs) 轮），本轮到目前为止错了 \(mistakes) 次")
        }
    }

    // MARK: - Export

    /// This run (its start, every update, the result) and a full run for every target gate
    /// with the same η and start: final w1, w2, b, epochs, converged.
    func export() -> CellExport {
        let s = training.start
        let updates = training.updates.map { u -> ExportValue in
            let x = gateInputs[u.sample]
            return .object([("epoch", .integer(u.epoch)), ("x1", .number(x.x1)), ("x2", .number(x.x2)),
                            ("t", .integer(u.target)), ("y", .integer(u.output)),
                            ("w1", .number(u.after.w1)), ("w2", .number(u.after.w2)), ("b", .number(u.after.b))])
        }
        let trained = LogicGate.allCases.map { gate -> (LogicGate, RosenblattTraining) in
            var run = RosenblattTraining(target: gate, eta: eta, start: s)
            run.runToEnd()
            return (gate, run)
        }
        let json: ExportValue = .object([
            ("target", .string(target.rawValue)), ("eta", .number(eta)), ("start", .integer(start)),
            ("seed", .integer(Int(truncatingIfNeeded: seed &+ UInt64(start - 1)))),
            ("start_weights", Self.weights(s)),
            ("run", .object([
                ("epochs", .integer(training.epochs)), ("converged", .bool(Self.converged(training))),
                ("finished", .bool(training.isFinished)), ("weights", Self.weights(training.perceptron)),
                ("mistakes_per_epoch", .array(training.mistakesPerEpoch.map(ExportValue.integer))),
                ("updates", .array(updates)),
            ])),
            ("trained", .array(trained.map { gate, run in
                .object([("gate", .string(gate.rawValue)), ("w1", .number(run.perceptron.w1)), ("w2", .number(run.perceptron.w2)),
                         ("b", .number(run.perceptron.b)), ("epochs", .integer(run.epochs)), ("converged", .bool(Self.converged(run)))])
            })),
        ])
        let trainedRows = trained.map { gate, run in
            [ExportValue.string(gate.rawValue), .number(run.perceptron.w1), .number(run.perceptron.w2), .number(run.perceptron.b),
             .integer(run.epochs), .bool(Self.converged(run))]
        }
        let updateRows = training.updates.map { u in
            [ExportValue.integer(u.epoch), .number(gateInputs[u.sample].x1), .number(gateInputs[u.sample].x2),
             .integer(u.target), .integer(u.output), .number(u.after.w1), .number(u.after.w2), .number(u.after.b)]
        }
        return CellExport(name: "learning rule", json: json, tables: [
            ExportTable(name: "trained", columns: ["gate", "w1", "w2", "b", "epochs", "converged"], rows: trainedRows),
            ExportTable(name: "updates", columns: ["epoch", "x1", "x2", "t", "y", "w1", "w2", "b"], rows: updateRows),
        ])
    }

    private static func weights(_ p: Perceptron) -> ExportValue {
        .object([("w1", .number(p.w1)), ("w2", .number(p.w2)), ("b", .number(p.b))])
    }

    private static func converged(_ run: RosenblattTraining) -> Bool {
        if case .converged = run.state { return true }
        return false
    }
}
