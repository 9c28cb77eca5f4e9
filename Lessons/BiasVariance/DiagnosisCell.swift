import Charts
import LessonKit
import NumericCore

/// Page 2: diagnosis. A net of `units` ×2 hidden units on a noisy toy set with a data-size,
/// a label-noise, a weight-decay and an epoch knob; train and dev error per epoch beside the
/// decision map (on narrow screens one or the other, the `view` knob), and the verdict (high bias, high variance, both, good) with Ng's recipe.
/// The verdicts of finished runs are remembered (the challenges ask for one, then another).
final class DiagnosisCell: RunCell, HeadlessStepping {
    static let unitsRange = 1.0...100.0
    static let trainRange = 10.0...1000.0
    static let noiseRange = 0.0...0.3
    static let lambdaRange = 0.0...1.0
    static let smallestLambda = 0.0001
    static let epochsRange = 100...3000

    var title: String {
        tr("diagnosis: 2-\(run.config.units)×2-2 on noisy \(run.config.dataset.name)",
           "诊断：带噪声 \(run.config.dataset.name) 上的 2-\(run.config.units)×2-2")
    }
    let run: FitRun
    /// Below 90 columns, show the decision map instead of the curves (the `view` knob).
    private(set) var mapWhenNarrow = false
    /// The `view` knob's choices (command-line values).
    static let views = ["curves", "map"]
    /// The verdicts of the runs that reached their last epoch, in order.
    private(set) var finishedVerdicts: [(verdict: Diagnosis.Verdict, config: FitRun.Config)] = []

    init(config: FitRun.Config = DiagnosisCell.defaultConfig, seed: UInt64) { run = FitRun(config: config, seed: seed) }

    /// One hidden unit on 400 points: high bias to start from.
    static var defaultConfig: FitRun.Config {
        var c = FitRun.Config()
        c.units = 1
        c.trainCount = 400
        return c
    }

    var defaultRunSteps: Int { (run.config.epochs + 9) / 10 }

    var knobs: [Knob] {
        let c = run.config
        return [
            Knob(name: "dataset", label: tr("data set", "数据集"), kind: .choice(ToySet.names), value: Double(c.dataset.rawValue)),
            Knob(name: "units", label: tr("hidden units", "隐藏层神经元数"), kind: .continuous(range: Self.unitsRange, step: 2, scale: .log),
                 value: Double(c.units), digits: 3),
            Knob(name: "train", label: tr("training points", "训练点数"), kind: .continuous(range: Self.trainRange, step: 2, scale: .log),
                 value: Double(c.trainCount), digits: 4),
            Knob(name: "noise", label: tr("flipped labels", "翻转的标签比例"), kind: .continuous(range: Self.noiseRange, step: 0.05, scale: .linear),
                 value: c.noise, digits: 2),
            Knob(name: "lambda", label: tr("weight decay λ", "权重衰减 λ"), kind: .continuous(range: Self.lambdaRange, step: 1.7782794100389228, scale: .log),
                 value: c.lambda),
            Knob(name: "epochs", label: tr("epochs", "轮数"), kind: .integer(range: Self.epochsRange, step: 100), value: Double(c.epochs)),
            Knob(name: "view", label: tr("narrow screen shows", "窄屏时显示"), kind: .choice(Self.views), value: mapWhenNarrow ? 1 : 0),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        if name == "view" { mapWhenNarrow = value.rounded() == 1; return }
        var c = run.config
        func clamp(_ v: Double, _ r: ClosedRange<Double>) -> Double { min(r.upperBound, max(r.lowerBound, v)) }
        switch name {
        case "dataset": c.dataset = ToySet(rawValue: max(0, min(1, Int(value.rounded())))) ?? .moons
        case "units": c.units = Int(clamp(value, Self.unitsRange).rounded())
        case "train": c.trainCount = Int(clamp(value, Self.trainRange).rounded())
        case "noise": c.noise = clamp(value, Self.noiseRange)
        case "lambda":
            // Below the smallest step λ is 0, except a step up from 0 (the log knob's tiny value).
            let v = clamp(value, Self.lambdaRange)
            c.lambda = v > 0 && v < Self.smallestLambda ? (c.lambda == 0 ? Self.smallestLambda : 0) : v
        case "epochs": c.epochs = Int(clamp(value, Double(Self.epochsRange.lowerBound)...Double(Self.epochsRange.upperBound)).rounded())
        default: return
        }
        let wasFinished = run.isFinished
        run.apply(c)
        if !wasFinished { record() }
    }

    func step() { run.step(); record() }
    func advance(budget: Double) -> Bool { defer { record() }; return run.advance(budget: budget) }

    /// Remembers the verdict once when the run reaches its last epoch.
    private func record() {
        guard run.isFinished, !run.stopped, let d = run.diagnosis else { return }
        if let last = finishedVerdicts.last, last.config == run.config, recordedEpoch == run.epoch { return }
        recordedEpoch = run.epoch
        finishedVerdicts.append((d.verdict, run.config))
    }
    private var recordedEpoch = -1

    var status: String? {
        let c = run.config
        if run.stopped {
            return tr("λ too large — lower it, press r · the loss blew up at epoch \(run.epoch)",
                      "λ 过大——调小后按 r · 损失在第 \(run.epoch) 轮发散")
        }
        guard run.epoch > 0 else {
            return tr("\(c.trainCount) training points, \(c.devCount) dev points, press space to train",
                      "训练点 \(c.trainCount) 个，开发点 \(c.devCount) 个，按空格键开始训练")
        }
        let done = run.isFinished ? RunProgress.restartHint : ""
        return tr("epoch \(run.epoch) / \(c.epochs)", "第 \(run.epoch) / \(c.epochs) 轮") + done
    }

    /// The verdict line ("so far" until the last epoch), wrapped to `width`.
    func readout(width: Int) -> [String] {
        guard let d = run.diagnosis else { return [tr("no epoch yet", "还没有跑完一轮")] }
        let p = Diagnosis.percent
        let gaps = tr("bias gap \(p(d.biasGap)) · variance gap \(p(d.varianceGap)) (high above 5 points)",
                      "偏差差距 \(p(d.biasGap)) · 方差差距 \(p(d.varianceGap))（超过 5 个百分点为高）")
        let soFar = run.isFinished ? "" : tr(" (so far)", "（目前）")
        return ReadoutLines.wrap(d.line + soFar, width: max(10, width - 2)) + [gaps]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var lines = readout(width: width)
        if height < 14 { lines = Array(lines.prefix(max(1, height / 5))) }
        return ErrorCurves.render(run: run, readout: lines, width: width, height: height, options: options,
                                  mapWhenNarrow: mapWhenNarrow)
    }

    /// Table `errors` (epoch, train_error, dev_error) and `events`; JSON with the knobs, the
    /// final errors, both gaps, the verdict (a stable id) and its recipe (in the language shown).
    func export() -> CellExport {
        let c = run.config, d = run.diagnosis
        let json: ExportValue = .object([
            ("dataset", .string(c.dataset.name)), ("noise", .number(c.noise)), ("optimal_error", .number(c.noise)),
            ("units", .integer(c.units)), ("sizes", .array([2, c.units, c.units, 2].map(ExportValue.integer))),
            ("train_size", .integer(c.trainCount)), ("dev_size", .integer(c.devCount)), ("lambda", .number(c.lambda)),
            ("optimizer", .string("Adam")), ("lr", .number(FitRun.learningRate)),
            ("epochs", .integer(run.epoch)), ("stopped", .bool(run.stopped)),
            ("train_error", run.trainError.map(ExportValue.number) ?? .null),
            ("dev_error", run.devError.map(ExportValue.number) ?? .null),
            ("bias_gap", d.map { .number($0.biasGap) } ?? .null),
            ("variance_gap", d.map { .number($0.varianceGap) } ?? .null),
            ("threshold", .number(Diagnosis.threshold)),
            ("verdict", d.map { .string($0.verdict.rawValue) } ?? .null),
            ("verdict_text", d.map { .string($0.verdict.name) } ?? .null),
            ("recipe", d.map { .string($0.verdict.recipe) } ?? .null),
        ])
        return CellExport(name: "diagnosis", json: json, tables: [
            ExportTable(name: "errors", columns: ["epoch", "train_error", "dev_error"], rows: ErrorCurves.rows(run: run)),
            ErrorCurves.events(run: run),
        ])
    }
}
