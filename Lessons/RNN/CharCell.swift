import Charts
import Foundation
import LessonKit
import NumericCore

/// Page 4: a character-level RNN language model learning the bundled text live — its
/// perplexity per character on a log axis (the uniform guess, V, drawn for scale; knob
/// changes marked) above a sample drawn from the model at the temperature knob, refreshed
/// every few hundred characters of training.
final class CharCell: RunCell, HeadlessStepping {
    var title: String { tr("a character-level RNN learns to write", "逐字符的 RNN 学写文字") }
    let run: CharRun

    init(run: CharRun) { self.run = run }

    var defaultRunSteps: Int { run.config.windows }

    static let hiddenRange = 8...128
    static let lengthRange = 0...100
    static let lrRange = 0.001...10.0
    static let temperatureRange = 0.2...2.0
    static let seedRange = 1...999

    var knobs: [Knob] {
        let c = run.config
        return [
            Knob(name: "temperature", label: tr("sampling temperature τ", "采样温度 τ"),
                 kind: .continuous(range: Self.temperatureRange, step: 0.1, scale: .linear), value: c.temperature, digits: 2),
            Knob(name: "char_lr", label: tr("learning rate", "学习率"),
                 kind: .continuous(range: Self.lrRange, step: RNNKnobs.lrFactor, scale: .log), value: c.learningRate),
            Knob(name: "char_length", label: tr("sequence length T", "序列长度 T"),
                 kind: .integer(range: Self.lengthRange, step: 5), value: Double(c.length)),
            Knob(name: "char_hidden", label: tr("hidden size", "隐藏单元数"),
                 kind: .integer(range: Self.hiddenRange, step: 8), value: Double(c.hidden)),
            Knob(name: "char_seed", label: tr("seed", "随机种子"), kind: .integer(range: Self.seedRange, step: 1),
                 value: Double(c.seed)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        var c = run.config
        func int(_ r: ClosedRange<Int>) -> Int { max(r.lowerBound, min(r.upperBound, Int(value.rounded()))) }
        switch name {
        case "temperature": c.temperature = (RNNKnobs.clamp(value, Self.temperatureRange) * 100).rounded() / 100
        case "char_lr": c.learningRate = RNNKnobs.clamp(value, Self.lrRange)
        case "char_length": c.length = int(Self.lengthRange)
        case "char_hidden": c.hidden = int(Self.hiddenRange)
        case "char_seed": c.seed = UInt64(int(Self.seedRange))
        default: return
        }
        run.apply(c)
    }

    var status: String? {
        if run.refusal != nil {
            return tr("sequence length 0 — set T to 1 or more: a window of 0 characters has nothing to predict",
                      "序列长度为 0——把 T 调到 1 或以上：0 个字符的窗口没有可预测的字符")
        }
        if run.stopped {
            return tr("learning rate too high — lower it, press r · the loss blew up at window \(run.iteration)",
                      "学习率过大——调小后按 r · 损失在第 \(run.iteration) 个窗口发散")
        }
        guard run.iteration > 0 else {
            return tr("untrained: press space to train (the sample is still random letters)",
                      "尚未训练：按空格键开始训练（样本还是随机字母）")
        }
        var s = tr("window \(run.iteration) / \(run.config.windows)", "第 \(run.iteration) / \(run.config.windows) 个窗口")
        if run.isFinished { s += RunProgress.restartHint }
        return s
    }

    /// "perplexity 12.3 (uniform guess 59)", "loss 2.51 per character", "9600 characters read"
    /// (packed into as few lines as the width allows).
    var readout: [String] {
        let v = run.vocabulary.size
        guard run.iteration > 0 else {
            return [tr("perplexity of a uniform guess: \(v) (the text has \(v) distinct characters)",
                       "均匀猜测的困惑度：\(v)（文本中有 \(v) 种不同的字符）")]
        }
        let p = RNNKnobs.number(run.perplexity), l = RNNKnobs.number(log(run.perplexity))
        return [tr("perplexity \(p) (uniform guess \(v))", "困惑度 \(p)（均匀猜测 \(v)）"),
                tr("loss \(l) per character", "每字符损失 \(l)"),
                tr("\(run.charactersSeen) characters read", "已读 \(run.charactersSeen) 个字符")]
    }

    /// "sample at τ = 1, after 9600 characters:"
    var sampleHeader: String {
        let t = CharRun.short(run.config.temperature)
        return tr("sample at τ = \(t), after \(run.sampledAt) characters of training:",
                  "温度 τ = \(t) 时的样本（训练了 \(run.sampledAt) 个字符后）：")
    }

    /// Perplexity per window (log), the uniform guess V dashed in gray, knob changes marked.
    func perplexityPlot() -> LinePlot {
        let xs = run.perplexities.indices.map { Double($0 + 1) }
        let ys = run.perplexities.map { $0.isFinite ? min($0, 1e6) : 1e6 }
        let v = run.uniformPerplexity
        let span = Double(max(2, xs.count))
        var plot = LinePlot(title: tr("perplexity per character (log; gray: uniform guess)", "每字符困惑度（对数；灰线：均匀猜测）"),
                            series: [Series(name: tr("perplexity", "困惑度"), color: .cyan, x: xs, y: ys),
                                     Series(name: tr("uniform guess V", "均匀猜测 V"), color: .gray(12), x: [1, span], y: [v, v])],
                            xLabel: tr("window", "窗口"))
        plot.yScale = .log10
        plot.showLegend = false
        if xs.count < 2 { plot.xLimits = .fixed(0, 2); plot.yLimits = .fixed(1, 100) }
        plot.events = run.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
        return plot
    }

    /// The perplexity chart above the readout, the sample's header and as many sample lines
    /// as leave the chart at least about 3/5 of the height.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        let readout = ReadoutLines.pack(self.readout, width: width, options: options)
        let sampleLines = SampleText.lines(SampleText.visible(run.sample, unicode: options.unicode), width: max(1, width - 2))
        let room = max(1, (height * 2) / 5 - readout.count - 1)
        let shown = Array(sampleLines.prefix(room))
        let chartRows = max(0, height - readout.count - 1 - shown.count)
        var plot = perplexityPlot()
        plot.title = options.drawable(plot.title)
        grid.blit(plot.render(width: width, height: chartRows, options: options), x: 0, y: 0)
        var y = chartRows
        for line in readout {
            grid.put(line, x: 1, y: y, style: .init(bold: true), maxWidth: max(0, width - 1))
            y += 1
        }
        grid.put(options.drawable(sampleHeader), x: 1, y: y, style: .init(dim: true), maxWidth: max(0, width - 1))
        y += 1
        for line in shown {
            grid.put(line, x: 1, y: y, style: .color(.yellow), maxWidth: max(0, width - 1))
            y += 1
        }
        return grid
    }

    /// `nnbook run rnn --page 4`: tables `perplexity` (window, characters, loss, perplexity),
    /// `sample` (characters, temperature, text) and `events` (window, label).
    func export() -> CellExport {
        let c = run.config
        let rows = run.losses.indices.map {
            [ExportValue.integer($0 + 1), .integer(run.characterCounts[$0]), .number(run.losses[$0]), .number(run.perplexities[$0])]
        }
        let json: ExportValue = .object([
            ("corpus", .string(AliceCorpus.source)), ("corpus_characters", .integer(run.data.count)),
            ("vocabulary", .integer(run.vocabulary.size)), ("hidden", .integer(c.hidden)), ("length", .integer(c.length)),
            ("lr", .number(c.learningRate)), ("temperature", .number(c.temperature)), ("seed", .integer(Int(c.seed))),
            ("windows", .integer(run.iteration)), ("characters", .integer(run.charactersSeen)), ("stopped", .bool(run.stopped)),
            ("message", run.refusal == nil ? .null : .string(status ?? "")),
            ("perplexity", .number(run.perplexity)), ("loss", .array(run.losses.map(ExportValue.number))),
            ("perplexity_curve", .array(run.perplexities.map(ExportValue.number))),
            ("sample", .string(run.sample)), ("sampled_at", .integer(run.sampledAt)),
            ("events", .array(run.events.map { .object([("window", .integer($0.iteration)), ("label", .string($0.label))]) })),
        ])
        return CellExport(name: "text", json: json, tables: [
            ExportTable(name: "perplexity", columns: ["window", "characters", "loss", "perplexity"], rows: rows),
            ExportTable(name: "sample", columns: ["characters", "temperature", "text"],
                        rows: [[.integer(run.sampledAt), .number(c.temperature), .string(run.sample)]]),
            ExportTable(name: "text_events", columns: ["window", "label"],
                        rows: run.events.map { [.integer($0.iteration), .string($0.label)] }),
        ])
    }
}
