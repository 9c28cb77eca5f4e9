import Charts
import LessonKit
import NumericCore

/// The words a training run shows: its status line, readouts and event markers, in the
/// language current when they are asked for (nothing here is stored).
extension TrainingRun {
    /// "lr too high — lower it, press r · stopped at it. 21: loss > 4.6 for 20 it." (the advice
    /// first, so a narrow status line keeps it); else the MNIST warning (if any) and the progress.
    var status: String {
        if let reason = shortStopReason {
            return tr("lr too high — lower it, press r · stopped at it. \(iteration): \(reason)",
                      "lr 过大——调小后按 r · 第 \(iteration) 次迭代时停止：\(reason)")
        }
        var parts: [String] = []
        if let warning = Self.warning(of: data) { parts.append("⚠ " + warning) }
        parts.append(progress)
        return parts.joined(separator: " · ")
    }

    /// Why the run stopped, in words for the export: "loss is nan", "loss above 4.6 for 20
    /// iterations"; nil while it may go on.
    var stopReason: String? {
        switch stop {
        case nil: return nil
        case .diverged(let loss):
            let value = NumberText.format(loss, digits: 3)
            return tr("loss is \(value)", "损失为 \(value)")
        case .exploded:
            let limit = NumberText.format(Self.explosionThreshold, digits: 2), n = Self.explosionWindow
            return tr("loss above \(limit) for \(n) iterations", "损失连续 \(n) 次迭代高于 \(limit)")
        }
    }

    /// The same, short for the status line: "loss > 4.6 for 20 it.", "loss nan".
    var shortStopReason: String? {
        switch stop {
        case nil: return nil
        case .diverged(let loss):
            return tr("loss ", "损失 ") + NumberText.format(loss, digits: 3)
        case .exploded:
            let limit = NumberText.format(Self.explosionThreshold, digits: 2), n = Self.explosionWindow
            return tr("loss > \(limit) for \(n) it.", "损失连续 \(n) 次 > \(limit)")
        }
    }

    /// Where the digits come from: "MNIST" or "synthetic digits" (合成数字).
    static func sourceName(of data: DigitsSource) -> String { DataNotice.sourceName(data.sourceName) }

    /// Why MNIST is not used although a directory was given, or nil, in the current language.
    static func warning(of data: DigitsSource) -> String? {
        data.problem.map { DataNotice.mnistNotLoaded(reason: $0) }
    }

    /// "synthetic digits: 5000 train / 1000 test, press space to train" before the first
    /// iteration, then "iteration 150 · epoch 3 · test 86.2 %".
    var progress: String {
        guard iteration > 0 else {
            let source = Self.sourceName(of: data), train = data.split.train.count, test = data.split.test.count
            return tr("\(source): \(train) train / \(test) test, press space to train",
                      "\(source)：训练 \(train) / 测试 \(test)，按空格键开始训练")
        }
        var text = tr("iteration \(iteration)", "迭代 \(iteration)")
        if let epoch = lastEpoch {
            let test = Self.percent(epoch.testAccuracy)
            text += tr(" · epoch \(epoch.epoch) · test \(test)", " · 第 \(epoch.epoch) 轮 · 测试 \(test)")
        }
        return text
    }

    /// The legend label of the smoothed loss: "mean of 20" (近 20 次均值).
    static var meanLabel: String { tr("mean of \(smoothingWindow)", "\(smoothingWindow) 次均值") }

    /// "it 30  loss 0.523  mean of 20: 0.611", or "loss – (starts near ln 10 ≈ 2.303)" before training.
    var lossReadout: String {
        guard let loss = lastLoss, let mean = smoothedLosses.last else {
            return tr("loss – (starts near ln 10 ≈ 2.303)", "损失 –（起点在 ln 10 ≈ 2.303 附近）")
        }
        let last = NumberText.format(loss, digits: 3), average = NumberText.format(mean, digits: 3)
        return tr("it \(iteration)  loss \(last)  mean of \(Self.smoothingWindow): \(average)",
                  "迭代 \(iteration)  损失 \(last)  \(Self.smoothingWindow) 次均值 \(average)")
    }

    /// "epoch 3: train 88.1 %  test 86.0 %", or "no epoch yet (50 iterations each)".
    var accuracyReadout: String {
        guard let e = lastEpoch else {
            let n = trainer.iterationsPerEpoch
            return tr("no epoch yet (\(n) iterations each)", "还没有跑完一轮（每轮 \(n) 次迭代）")
        }
        let train = Self.percent(e.trainAccuracy), test = Self.percent(e.testAccuracy)
        return tr("epoch \(e.epoch): train \(train)  test \(test)", "第 \(e.epoch) 轮：训练 \(train)  测试 \(test)")
    }

    /// The learning-rate (and other) events as markers on an iteration axis.
    var eventMarkers: [Charts.EventMarker] {
        history.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
    }

    /// "86.2 %" ("86.2%" in Chinese, which writes no space before %).
    static func percent(_ fraction: Double) -> String {
        fraction.isFinite ? NumberText.format((fraction * 1000).rounded() / 10, digits: 4) + tr(" %", "%") : "–"
    }
}
