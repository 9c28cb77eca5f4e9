import Charts
import LessonKit
import NumericCore

/// Page 1: one pool of noisy moons split into training, dev and test sets by a ratio
/// (60/20/20, 80/10/10, 98/1/1) and a pool size; the net trains on the training set, the
/// dev error is watched every epoch with its ± one standard error (how far a dev set that
/// small can be trusted), and the test set is measured once, at the end.
final class SplitCell: RunCell, HeadlessStepping {
    /// The split choices (command-line values) and their fractions (train, dev).
    static let splits = ["60/20/20", "80/10/10", "98/1/1"]
    static let fractions: [(train: Double, dev: Double)] = [(0.6, 0.2), (0.8, 0.1), (0.98, 0.01)]
    static let pointsRange = 100.0...20000.0

    var title: String { tr("train / dev / test split: 2-10×2-2 on noisy moons", "数据划分：带噪声双月上的 2-10×2-2") }
    let run: FitRun
    private(set) var split = 0
    private(set) var points = 500

    init(seed: UInt64, epochs: Int = 300) {
        var c = FitRun.Config()
        c.epochs = epochs
        (c.trainCount, c.devCount, c.testCount) = Self.counts(points: 500, split: 0)
        run = FitRun(config: c, seed: seed)
    }

    /// The three set sizes of a pool of `points` (each at least 1; training gets the rest).
    static func counts(points: Int, split: Int) -> (train: Int, dev: Int, test: Int) {
        let f = fractions[split]
        let dev = max(1, Int((Double(points) * f.dev).rounded()))
        let test = max(1, Int((Double(points) * (1 - f.train - f.dev)).rounded()))
        return (points - dev - test, dev, test)
    }

    var defaultRunSteps: Int { run.config.epochs / 10 }

    var knobs: [Knob] {
        [Knob(name: "split", label: tr("train/dev/test %", "训练/开发/测试 %"), kind: .choice(Self.splits), value: Double(split)),
         Knob(name: "points", label: tr("points in all", "总点数"), kind: .continuous(range: Self.pointsRange, step: 2, scale: .log),
              value: Double(points), digits: 5)]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "split": split = max(0, min(Self.splits.count - 1, Int(value.rounded())))
        case "points": points = Int(min(Self.pointsRange.upperBound, max(Self.pointsRange.lowerBound, value)).rounded())
        default: return
        }
        var c = run.config
        (c.trainCount, c.devCount, c.testCount) = Self.counts(points: points, split: split)
        run.apply(c)
    }


    var status: String? {
        let c = run.config
        guard run.epoch > 0 else {
            return tr("\(c.trainCount) train, \(c.devCount) dev, \(c.testCount) test points, press space to train",
                      "训练 \(c.trainCount) 个点，开发 \(c.devCount) 个，测试 \(c.testCount) 个，按空格键开始训练")
        }
        let done = run.isFinished ? RunProgress.restartHint : ""
        return tr("epoch \(run.epoch) / \(c.epochs)", "第 \(run.epoch) / \(c.epochs) 轮") + done
    }

    /// One standard error of an error rate measured on `n` points: √(e(1−e)/n).
    static func standardError(_ error: Double, n: Int) -> Double { (error * (1 - error) / Double(max(1, n))).squareRoot() }

    var readout: [String] {
        let c = run.config, p = Diagnosis.percent
        let sizes = tr("train \(c.trainCount) · dev \(c.devCount) · test \(c.testCount)",
                       "训练 \(c.trainCount) · 开发 \(c.devCount) · 测试 \(c.testCount)")
        guard let train = run.trainError, let dev = run.devError else { return [sizes] }
        let se = p(Self.standardError(dev, n: c.devCount))
        let test = run.testError.map { tr("  test \(p($0)) (once)", "  测试 \(p($0))（只测一次）") } ?? ""
        return [sizes, tr("train \(p(train))  dev \(p(dev)) ± \(se)", "训练 \(p(train))  开发 \(p(dev)) ± \(se)") + test]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        ErrorCurves.render(run: run, readout: height >= 12 ? readout : Array(readout.suffix(1)), width: width, height: height, options: options)
    }

    /// Table `split_errors` (epoch, train_error, dev_error); JSON with the split, the set
    /// sizes, the final errors, the dev error's standard error and the test error.
    func export() -> CellExport {
        let c = run.config
        let json: ExportValue = .object([
            ("dataset", .string(c.dataset.name)), ("noise", .number(c.noise)), ("split", .string(Self.splits[split])),
            ("points", .integer(points)), ("train_size", .integer(c.trainCount)), ("dev_size", .integer(c.devCount)),
            ("test_size", .integer(c.testCount)), ("units", .integer(c.units)), ("epochs", .integer(run.epoch)),
            ("train_error", run.trainError.map(ExportValue.number) ?? .null),
            ("dev_error", run.devError.map(ExportValue.number) ?? .null),
            ("dev_error_stderr", run.devError.map { .number(Self.standardError($0, n: c.devCount)) } ?? .null),
            ("test_error", run.testError.map(ExportValue.number) ?? .null),
        ])
        return CellExport(name: "split", json: json, tables: [
            ExportTable(name: "split_errors", columns: ["epoch", "train_error", "dev_error"], rows: ErrorCurves.rows(run: run)),
        ])
    }
}
