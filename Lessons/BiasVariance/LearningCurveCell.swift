import Charts
import Dispatch
import LessonKit
import NumericCore

/// Page 3: the learning curve. The same net trained from scratch on growing training sets
/// (8 … 800 points, each a prefix of the next), each for a fixed number of epochs, one after
/// another in the frame loop; after each its final train and dev error (on one fixed dev set
/// of 400 points) join the curves, which fill in live.
final class LearningCurveCell: LiveCell, HeadlessStepping {
    static let sizes = [8, 20, 40, 80, 200, 400, 800]
    static let unitsRange = 1.0...100.0
    static let noiseRange = 0.0...0.3

    var title: String { tr("learning curve: 2-\(units)×2-2, \(epochs) epochs per size", "学习曲线：2-\(units)×2-2，每个大小训练 \(epochs) 轮") }
    let seed: UInt64
    let epochs: Int
    private(set) var units = 50
    private(set) var noise = 0.1
    /// (training points, train error, dev error) of every size done so far.
    private(set) var points: [(size: Int, train: Double, dev: Double)] = []
    /// The run of the size being trained (nil when all are done).
    private(set) var current: FitRun?

    init(seed: UInt64, epochs: Int = 300) {
        self.seed = seed
        self.epochs = epochs
        restart()
    }

    private func config(size: Int) -> FitRun.Config {
        var c = FitRun.Config()
        c.units = units
        c.noise = noise
        c.trainCount = size
        c.epochs = epochs
        return c
    }

    private func restart() {
        points = []
        current = FitRun(config: config(size: Self.sizes[0]), seed: seed)
    }

    /// 20 epochs per step: 15 steps per size at the default 300.
    var defaultRunSteps: Int { Self.sizes.count * ((epochs + 19) / 20) }

    var knobs: [Knob] {
        [Knob(name: "units", label: tr("hidden units", "隐藏层神经元数"), kind: .continuous(range: Self.unitsRange, step: 2, scale: .log),
              value: Double(units), digits: 3),
         Knob(name: "noise", label: tr("flipped labels", "翻转的标签比例"), kind: .continuous(range: Self.noiseRange, step: 0.05, scale: .linear),
              value: noise, digits: 2)]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "units": units = Int(min(Self.unitsRange.upperBound, max(Self.unitsRange.lowerBound, value)).rounded())
        case "noise": noise = min(Self.noiseRange.upperBound, max(Self.noiseRange.lowerBound, value))
        default: return
        }
        restart()
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { current == nil }
    var hasFailed: Bool { false }
    func reset() { restart() }

    func step() {
        for _ in 0..<20 where current != nil { iterate() }
    }

    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard current != nil else { return false }
            iterate()
            return true
        } > 0
    }

    /// One epoch of the current size; when it is done, its errors are recorded and the next
    /// size starts. A run that blew up records NaN-free nothing and moves on.
    func iterate() {
        guard let run = current else { return }
        run.iterate()
        guard run.isFinished else { return }
        if let train = run.trainError, let dev = run.devError, !run.stopped {
            points.append((run.config.trainCount, train, dev))
        }
        let next = Self.sizes.firstIndex(of: run.config.trainCount).map { $0 + 1 } ?? Self.sizes.count
        current = next < Self.sizes.count ? FitRun(config: config(size: Self.sizes[next]), seed: seed) : nil
    }

    var status: String? {
        guard let run = current else { return tr("all \(Self.sizes.count) sizes done: r restarts", "\(Self.sizes.count) 个大小全部完成：按 r 重新开始") }
        if points.isEmpty && run.epoch == 0 {
            return tr("\(Self.sizes.count) training-set sizes, press space to train", "\(Self.sizes.count) 个训练集大小，按空格键开始训练")
        }
        return tr("training \(run.config.trainCount) points: epoch \(run.epoch) / \(epochs)",
                  "正在训练 \(run.config.trainCount) 个点：第 \(run.epoch) / \(epochs) 轮")
    }

    /// The dev error at `size` points, if that size is done.
    func devError(at size: Int) -> Double? { points.first { $0.size == size }?.dev }

    var readout: String {
        guard let last = points.last else { return tr("no size done yet", "还没有完成任何大小") }
        let p = Diagnosis.percent
        return tr("\(last.size) points: train \(p(last.train)), dev \(p(last.dev)), gap \(p(last.dev - last.train))",
                  "\(last.size) 个点：训练 \(p(last.train))，开发 \(p(last.dev))，差距 \(p(last.dev - last.train))")
    }

    var plot: LinePlot {
        let xs = points.map { Double($0.size) }, top = Double(Self.sizes.last!)
        var plot = LinePlot(title: tr("error % vs training points", "误差 % 与训练点数"), series: [
            Series(name: tr("optimal", "最优"), color: .gray(12), x: [0, top], y: [100 * noise, 100 * noise]),
            Series(name: tr("train", "训练"), color: .green, x: xs, y: points.map { 100 * $0.train }),
            Series(name: tr("dev", "开发"), color: .magenta, x: xs, y: points.map { 100 * $0.dev }),
        ], xLabel: tr("training points", "训练点数"))
        let highest = points.map { 100 * max($0.train, $0.dev) }.max() ?? 40
        plot.yLimits = .fixed(0, min(100, max(20, (max(highest, 100 * noise) / 10).rounded(.up) * 10)))
        plot.xLimits = .fixed(0, top)
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var plot = self.plot
        plot.title = options.drawable(plot.title)
        return ChartLayout.withReadout([readout], width: width, height: height, options: options) { grid, rows in
            grid.blit(plot.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// Table `learning_curve` (train_size, train_error, dev_error); JSON with the knobs.
    func export() -> CellExport {
        let json: ExportValue = .object([
            ("units", .integer(units)), ("noise", .number(noise)), ("optimal_error", .number(noise)),
            ("epochs_per_size", .integer(epochs)), ("dev_size", .integer(FitRun.Config().devCount)),
            ("sizes", .array(Self.sizes.map(ExportValue.integer))),
            ("learning_curve", .array(points.map {
                .object([("train_size", .integer($0.size)), ("train_error", .number($0.train)), ("dev_error", .number($0.dev))])
            })),
        ])
        return CellExport(name: "learning_curve", json: json, tables: [
            ExportTable(name: "learning_curve", columns: ["train_size", "train_error", "dev_error"],
                        rows: points.map { [.integer($0.size), .number($0.train), .number($0.dev)] }),
        ])
    }
}
