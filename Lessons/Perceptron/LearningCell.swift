import Charts
import LessonKit

/// Page 4: Rosenblatt's learning rule trains w1, w2 and b on a target gate from a seeded
/// random start, one input at a time, while the line moves; it stops when an epoch makes no
/// mistake, or after 100 epochs (XOR and XNOR: no line exists).
final class LearningCell: LiveCell, HeadlessStepping {
    let title = "learning rule: w += η·(t − y)·x"
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
            Knob(name: "target", label: "target gate", kind: .choice(LogicGate.names), value: target.index),
            Knob(name: "eta", label: "learning rate η", kind: .continuous(range: 0.05...1, step: 0.05, scale: .linear), value: eta),
            Knob(name: "start", label: "random start #", kind: .integer(range: 1...99, step: 1), value: Double(start)),
            Knob(name: "speed", label: "updates per second", kind: .integer(range: 1...60, step: 1), value: Double(speed)),
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
        var lines = ["target \(target.label), η = \(number(eta))"]
        let p = training.perceptron
        guard let u = training.last else {
            let next = gateInputs[training.nextSample]
            return lines + ["start #\(start) (random):", "w1 = \(number(p.w1))", "w2 = \(number(p.w2))", "b  = \(number(p.b))",
                            "", "s: present x = (\(Int(next.x1)), \(Int(next.x2)))"]
        }
        let x = gateInputs[u.sample]
        lines.append("epoch \(u.epoch), input \(u.sample + 1) of 4")
        lines.append("x = (\(Int(x.x1)), \(Int(x.x2)))  t = \(u.target)  y = \(u.output)")
        if u.error == 0 {
            lines.append("right: no change")
        } else {
            lines.append("t − y = \(u.error > 0 ? "1" : "−1"): move the line")
        }
        lines.append("w1 \(number(u.before.w1)) → \(number(u.after.w1))")
        lines.append("w2 \(number(u.before.w2)) → \(number(u.after.w2))")
        lines.append("b  \(number(u.before.b)) → \(number(u.after.b))")
        lines.append("")
        lines.append("mistakes per epoch:")
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
            if used + c.count + 1 > limit - 2 && !shown.isEmpty { shown.insert("…", at: 0); break }
            shown.insert(c, at: 0)
            used += c.count + 1
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
            return "converged after \(epochs) epoch\(epochs == 1 ? "" : "s"): all four inputs right (\(training.updates.filter { $0.error != 0 }.count) updates)"
        case .gaveUp(let epochs):
            return "not learned in \(epochs) epochs: \(target.label) is not linearly separable"
        case .running:
            guard training.last != nil else { return "start #\(start): press space to play, s to step one input" }
            return "epoch \(training.epochs + 1) (at most \(training.maxEpochs)), \(training.mistakesThisEpoch) mistake\(training.mistakesThisEpoch == 1 ? "" : "s") in it so far"
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
