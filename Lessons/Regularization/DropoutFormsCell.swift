import Charts
import LessonKit
import NumericCore

/// Page 4: the book's dropout and inverted dropout on the same 12 activations, with the
/// same masks: each step draws one mask (a unit is kept when u > ratio, u uniform in [0, 1))
/// and adds both training outputs to running means. The book's training mean tends to
/// (1 − p)·x, which is what it outputs at test time; the inverted form's tends to x, which
/// it outputs at test time unchanged.
final class DropoutFormsCell: LiveCell, HeadlessStepping {
    var title: String { tr("book vs inverted dropout on 12 units", "书中的 dropout 与反向 dropout：12 个神经元") }
    static let units = 12
    static let maxDraws = 2000
    let defaultRunSteps = 2000

    /// The activations x (fixed, from the seed), 0.2 … 2.
    let x: [Double]
    let seed: UInt64
    private(set) var ratio = 0.5
    private(set) var draws = 0
    private var rng: Xoshiro256StarStar
    private(set) var bookSum: [Double]
    private(set) var invertedSum: [Double]

    init(seed: UInt64) {
        self.seed = seed
        var r = Xoshiro256StarStar(seed: seed &+ 99)
        x = (0..<Self.units).map { _ in ((0.2 + 1.8 * r.nextUniform()) * 100).rounded() / 100 }
        rng = Xoshiro256StarStar(seed: seed)
        bookSum = Array(repeating: 0, count: Self.units)
        invertedSum = Array(repeating: 0, count: Self.units)
    }

    var knobs: [Knob] {
        [Knob(name: "ratio", label: tr("dropout ratio p", "dropout 比例 p"), kind: .continuous(range: 0...0.9, step: 0.05, scale: .linear),
              value: ratio, digits: 2)]
    }

    /// A new ratio starts the means again.
    func setKnob(_ name: String, to value: Double) {
        guard name == "ratio", value.isFinite else { return }
        ratio = min(0.9, max(0, value))
        reset()
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { draws >= Self.maxDraws }

    /// One mask, applied in both forms.
    func step() {
        guard !isFinished else { return }
        let keep = 1 - ratio
        for i in 0..<Self.units where rng.nextUniform() > ratio {
            bookSum[i] += x[i]
            invertedSum[i] += x[i] / keep
        }
        draws += 1
    }

    /// Ten masks a frame, so the means settle in a few seconds where the eye can follow.
    func advance(budget: Double) -> Bool {
        guard !isFinished else { return false }
        for _ in 0..<10 { step() }
        return true
    }

    func reset() {
        rng = Xoshiro256StarStar(seed: seed)
        draws = 0
        bookSum = Array(repeating: 0, count: Self.units)
        invertedSum = Array(repeating: 0, count: Self.units)
    }

    var bookTrainMean: [Double] { bookSum.map { draws > 0 ? $0 / Double(draws) : 0 } }
    var invertedTrainMean: [Double] { invertedSum.map { draws > 0 ? $0 / Double(draws) : 0 } }
    /// Test-time outputs: (1 − p)·x for the book, x for inverted dropout.
    var bookTest: [Double] { x.map { (1 - ratio) * $0 } }
    var invertedTest: [Double] { x }

    /// The largest |training mean − test output| over the units, for each form.
    var bookError: Double { zip(bookTrainMean, bookTest).map { abs($0 - $1) }.max() ?? 0 }
    var invertedError: Double { zip(invertedTrainMean, invertedTest).map { abs($0 - $1) }.max() ?? 0 }

    /// The largest |training mean − test output| / test output over the units (book or inverted).
    func relativeError(book: Bool) -> Double {
        let mean = book ? bookTrainMean : invertedTrainMean, test = book ? bookTest : invertedTest
        return zip(mean, test).map { $1 > 0 ? abs($0 - $1) / $1 : 0 }.max() ?? 0
    }

    var status: String? {
        guard draws > 0 else { return tr("press space: each step draws a new dropout mask", "按空格键：每一步抽一个新的 dropout 掩码") }
        return tr("\(draws) masks drawn", "已抽 \(draws) 个掩码") + (isFinished ? RunProgress.restartHint : "")
    }

    private func plot(title: String, train: [Double], test: [Double]) -> LinePlot {
        let xs = (1...Self.units).map(Double.init)
        var plot = LinePlot(title: title,
                            series: [Series(name: tr("train mean", "训练均值"), color: .cyan, x: xs, y: train),
                                     Series(name: tr("test", "测试"), color: .yellow, x: xs, y: test)],
                            xLabel: tr("unit", "神经元"))
        plot.yLimits = .fixed(0, (x.max() ?? 2) / max(0.1, 1 - ratio) * 1.05)
        plot.xLimits = .fixed(1, Double(Self.units))
        return plot
    }

    var bookPlot: LinePlot {
        plot(title: tr("book", "书中的形式"), train: bookTrainMean, test: bookTest)
    }
    var invertedPlot: LinePlot {
        plot(title: tr("inverted", "反向 dropout"), train: invertedTrainMean, test: invertedTest)
    }

    /// "book m·x → (1−p)·x · inverted m·x/(1−p) → x" (training → test, m the 0/1 mask) and
    /// "150 masks · worst: book 0.12, inverted 0.3" (the largest |training mean − test output|).
    var readouts: [String] {
        let b = NumberText.format(bookError, digits: 2), i = NumberText.format(invertedError, digits: 2)
        return [
            tr("book m·x → (1−p)·x · inverted m·x/(1−p) → x", "书中 m·x → (1−p)·x · 反向 m·x/(1−p) → x"),
            tr("\(draws) masks · worst: book \(b), inverted \(i)", "\(draws) 个掩码 · 最大偏差：书中 \(b)，反向 \(i)"),
        ]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var book = bookPlot, inverted = invertedPlot
        book.title = options.drawable(book.title)
        inverted.title = options.drawable(inverted.title)
        let lines = height >= 14 ? readouts : [readouts[1]]
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            grid.blit(ChartLayout.sideBySide(book, inverted, fraction: 0.5, gap: 1, width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// Table `dropout_forms` (unit, x, book_train_mean, book_test, inverted_train_mean,
    /// inverted_test) and JSON with the ratio and the number of masks.
    func export() -> CellExport {
        let bt = bookTrainMean, it = invertedTrainMean, bs = bookTest
        let rows = (0..<Self.units).map { i in
            [ExportValue.integer(i + 1), .number(x[i]), .number(bt[i]), .number(bs[i]), .number(it[i]), .number(x[i])]
        }
        let json: ExportValue = .object([
            ("ratio", .number(ratio)), ("masks", .integer(draws)),
            ("x", .array(x.map(ExportValue.number))),
            ("book_train_mean", .array(bt.map(ExportValue.number))), ("book_test", .array(bs.map(ExportValue.number))),
            ("inverted_train_mean", .array(it.map(ExportValue.number))), ("inverted_test", .array(x.map(ExportValue.number))),
        ])
        return CellExport(name: "dropout_forms", json: json, tables: [
            ExportTable(name: "dropout_forms",
                        columns: ["unit", "x", "book_train_mean", "book_test", "inverted_train_mean", "inverted_test"], rows: rows),
        ])
    }
}
