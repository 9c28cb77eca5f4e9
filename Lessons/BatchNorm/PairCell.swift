import Charts
import LessonKit
import NumericCore

/// Page 4: one init scale σ large — both nets' train accuracy per epoch (and, when wide,
/// their losses), a σ knob that restarts them and a learning rate that applies at once
/// (marked on the curves).
final class PairCell: LiveCell, HeadlessStepping {
    var title: String { tr("one scale up close", "放大看一种尺度") }
    private(set) var pair: ScalePair
    let source: DataSource
    var defaultRunSteps: Int { pair.totalIterations }

    init(pair: ScalePair, source: DataSource) {
        self.pair = pair
        self.source = source
    }

    static let sigmaRange = 0.00001...100.0
    static let rateRange = 0.0001...100.0
    static let logStep = 1.2589254117941673
    static func clampRate(_ v: Double) -> Double { min(rateRange.upperBound, max(rateRange.lowerBound, v)) }
    static func learningRateKnob(_ value: Double) -> Knob {
        Knob(name: "lr", label: tr("learning rate", "学习率"), kind: .continuous(range: rateRange, step: logStep, scale: .log), value: value)
    }

    var knobs: [Knob] {
        [
            Knob(name: "sigma", label: tr("init scale σ", "初始值尺度 σ"), kind: .continuous(range: Self.sigmaRange, step: Self.logStep, scale: .log), value: pair.sigma),
            Self.learningRateKnob(pair.learningRate),
            Knob(name: "epochs", label: tr("epochs", "轮数"), kind: .integer(range: 1...100, step: 1), value: Double(pair.epochs)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "sigma": rebuild(sigma: min(Self.sigmaRange.upperBound, max(Self.sigmaRange.lowerBound, value)))
        case "lr": pair.setLearningRate(Self.clampRate(value))
        case "epochs": pair.epochs = max(1, min(100, Int(value.rounded())))
        default: return
        }
    }

    private func rebuild(sigma: Double) {
        pair = ScalePair(sigma: sigma, images: pair.images, labels: pair.labels, seed: pair.seed,
                         learningRate: pair.learningRate, batchSize: pair.batchSize, epochs: pair.epochs)
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { pair.isFinished }
    /// The net with batch norm collapsed (lr far too high), or a net's loss became NaN.
    var hasFailed: Bool { pair.bn.collapsed || pair.plain.diverged }
    func step() { pair.step() }
    func advance(budget: Double) -> Bool {
        FrameBudget.spend(budget) {
            guard !pair.isFinished else { return false }
            pair.step()
            return true
        } > 0
    }
    func reset() { rebuild(sigma: pair.sigma) }

    var status: String? {
        let sigma = ScalePair.short(pair.sigma), lr = NumberText.format(pair.learningRate, digits: 3)
        let progress = tr("epoch \(pair.epoch) / \(pair.epochs)", "第 \(pair.epoch) / \(pair.epochs) 轮")
        if pair.bn.collapsed && pair.sigma > 1 {
            return tr("σ = \(sigma) too large: even with batch norm the net fell to chance — lower σ, press r",
                      "σ = \(sigma) 过大：即使有批归一化，网络也跌到了随机水平——调小 σ 后按 r")
        }
        if pair.bn.collapsed {
            return tr("lr \(lr) too high: even with batch norm the net fell to chance — lower lr, press r",
                      "lr \(lr) 过大：即使有批归一化，网络也跌到了随机水平——调小 lr 后按 r")
        }
        if pair.plain.diverged {
            return tr("σ = \(sigma) too large without batch norm: its loss became nan — lower σ, press r",
                      "没有批归一化时 σ = \(sigma) 过大：损失变成了 nan——调小 σ 后按 r") + " · " + progress
        }
        if pair.iteration == 0 {
            return source.note + tr(": \(pair.labels.count) images, batch \(pair.batchSize), \(pair.epochs) epochs: press space to train both nets",
                      "：\(pair.labels.count) 张图像，批大小 \(pair.batchSize)，\(pair.epochs) 轮：按空格键训练两个网络")
        }
        if pair.isStuck(pair.plain) && !pair.isStuck(pair.bn) {
            return tr("without batch norm stuck near chance at σ = \(sigma) · ", "σ = \(sigma) 时无批归一化的网络卡在随机水平 · ") + progress
        }
        return progress
    }

    var readout: [String] {
        func acc(_ net: ScalePair.Net) -> String { net.diverged ? tr("diverged", "发散") : net.lastAccuracy.map(Format.percent) ?? "–" }
        func loss(_ net: ScalePair.Net) -> String { net.diverged ? tr("diverged", "发散") : ScalePair.recentLoss(net).map { NumberText.format($0, digits: 3) } ?? "–" }
        return [
            tr("epoch \(pair.epoch): train accuracy with batch norm \(acc(pair.bn)), without \(acc(pair.plain))",
               "第 \(pair.epoch) 轮：训练精度 有批归一化 \(acc(pair.bn))，无批归一化 \(acc(pair.plain))"),
            tr("loss (mean of 10): with \(loss(pair.bn)), without \(loss(pair.plain))",
               "损失（10 次均值）：有 \(loss(pair.bn))，无 \(loss(pair.plain))"),
        ]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let lines = ReadoutLines.pack(readout, width: width - 1, options: options)
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            var accuracy = PairChart.plot(self.pair)
            accuracy.title = options.drawable(accuracy.title)
            if width >= 90 {
                var loss = PairChart.lossPlot(self.pair)
                loss.title = options.drawable(loss.title)
                grid.blit(ChartLayout.sideBySide(accuracy, loss, fraction: 0.6, width: width, height: rows, options: options), x: 0, y: 0)
            } else {
                grid.blit(accuracy.render(width: width, height: rows, options: options), x: 0, y: 0)
            }
        }
    }

    func export() -> CellExport { PairExport.pair(pair, source: source) }
}
