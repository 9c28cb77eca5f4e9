import Charts
import LessonKit
import NumericCore

/// Page 3: the book's experiment — 16 init scales, each trained with and without batch norm,
/// as small multiples that fill in live (round-robin, one epoch of one scale at a time).
final class GridCell: LiveCell, HeadlessStepping {
    var title: String { tr("16 scales, with and without batch norm", "16 种尺度，有无批归一化") }
    let grid: ScaleGrid
    let source: DataSource
    var defaultRunSteps: Int { grid.totalIterations }

    init(grid: ScaleGrid, source: DataSource) {
        self.grid = grid
        self.source = source
    }

    var knobs: [Knob] {
        [
            PairCell.learningRateKnob(grid.learningRate),
            Knob(name: "grid_epochs", label: tr("epochs per scale", "每种尺度的轮数"), kind: .integer(range: 1...50, step: 1), value: Double(grid.epochs)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "lr": grid.setLearningRate(PairCell.clampRate(value))
        case "grid_epochs": grid.setEpochs(max(1, min(50, Int(value.rounded()))))
        default: return
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { grid.isFinished }
    /// A net with batch norm collapsed (NaN, or at chance after 5 epochs): the learning rate is
    /// too high. Nets without batch norm stalling are the experiment's point, not a failure.
    var hasFailed: Bool { grid.pairs.contains { $0.bn.collapsed } }
    func step() { grid.step() }
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !grid.isFinished else { return false }
            grid.step()
            return true
        } > 0
    }
    func reset() { grid.restart() }

    var status: String? {
        let failed = grid.pairs.filter { $0.bn.collapsed }.count
        if failed > 0 {
            let lr = NumberText.format(grid.learningRate, digits: 3)
            return tr("lr \(lr) too high: \(failed) nets with batch norm fell to chance — lower lr, press r",
                      "lr \(lr) 过大：\(failed) 个有批归一化的网络跌到了随机水平——调小 lr 后按 r")
        }
        let done = grid.iterations, total = grid.totalIterations
        if done == 0 {
            return source.note + tr(": 32 nets × \(grid.epochs) epochs on \(grid.labels.count) images, press space",
                                    "：32 个网络 × \(grid.epochs) 轮，\(grid.labels.count) 张图像，按空格键开始")
        }
        let progress = tr("iteration \(done) / \(total)", "迭代 \(done) / \(total)")
        return grid.isFinished ? tr("done · ", "完成 · ") + progress : progress
    }

    /// "learning (≥ 50 % train): with batch norm 14 of 16 scales, without 5".
    var readout: [String] {
        let l = grid.learned()
        let legend = tr("── with BN  ··· without BN", "── 有批归一化  ··· 无批归一化")
        let minEpoch = grid.pairs.map(\.epoch).min() ?? 0
        return [legend, tr("epoch \(minEpoch)/\(grid.epochs) · ≥ 50 % train: with BN \(l.bn)/16, without \(l.plain)/16",
                           "第 \(minEpoch)/\(grid.epochs) 轮 · 训练精度 ≥ 50%：有 \(l.bn)/16，无 \(l.plain)/16")]
    }

    /// Columns × rows of panels that make them closest to square (a cell is about twice as
    /// tall as wide): 4 × 4, or 8 × 2 when the cell is short.
    static func layout(width: Int, height: Int) -> (columns: Int, rows: Int) {
        let score = { (c: Int, r: Int) -> Int in min(width / c - 1, 2 * (height / r - 1)) }
        return score(8, 2) > score(4, 4) ? (8, 2) : (4, 4)
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let lines = ReadoutLines.pack(readout, width: width - 1, options: options)
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { out, rows in
            let (columns, panelRows) = Self.layout(width: width, height: rows)
            let w = width / columns, h = rows / panelRows
            for (i, pair) in grid.pairs.enumerated() {
                let panel = PairChart.panel(pair, width: w, height: h, options: options)
                out.blit(panel, x: (i % columns) * w, y: (i / columns) * h)
            }
        }
    }

    func export() -> CellExport { PairExport.grid(grid, source: source) }
}
