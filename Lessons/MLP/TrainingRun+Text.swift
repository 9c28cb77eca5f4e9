import Charts
import LessonKit
import NumericCore

/// The words a training run shows: its status line, readouts and event markers.
extension TrainingRun {
    /// "lr too high — lower it, press r · stopped at it. 21: loss > 4.6 for 20 it." (the advice
    /// first, so a narrow status line keeps it); else the MNIST warning (if any) and the progress.
    var status: String {
        if let reason = shortStopReason {
            return "lr too high — lower it, press r · stopped at it. \(iteration): \(reason)"
        }
        var parts: [String] = []
        if let warning = data.warning { parts.append("⚠ " + warning) }
        parts.append(progress)
        return parts.joined(separator: " · ")
    }

    /// "synthetic digits: 5000 train / 1000 test, press space to train" before the first
    /// iteration, then "iteration 150 · epoch 3 · test 86.2 %".
    var progress: String {
        guard iteration > 0 else {
            return "\(data.sourceName): \(data.split.train.count) train / \(data.split.test.count) test, press space to train"
        }
        var text = "iteration \(iteration)"
        if let epoch = lastEpoch { text += " · epoch \(epoch.epoch) · test \(Self.percent(epoch.testAccuracy))" }
        return text
    }

    /// "loss 0.523 (mean of 20: 0.611)", or "loss –" before training.
    var lossReadout: String {
        guard let loss = lastLoss, let mean = smoothedLosses.last else { return "loss – (starts near ln 10 ≈ 2.303)" }
        return "it \(iteration)  loss \(NumberText.format(loss, digits: 3))  mean of \(Self.smoothingWindow): \(NumberText.format(mean, digits: 3))"
    }

    /// "epoch 3: train 88.1 %  test 86.0 %", or "no epoch yet (50 iterations each)".
    var accuracyReadout: String {
        guard let e = lastEpoch else { return "no epoch yet (\(trainer.iterationsPerEpoch) iterations each)" }
        return "epoch \(e.epoch): train \(Self.percent(e.trainAccuracy))  test \(Self.percent(e.testAccuracy))"
    }

    /// The learning-rate (and other) events as markers on an iteration axis.
    var eventMarkers: [Charts.EventMarker] {
        history.events.map { EventMarker(x: Double($0.iteration), label: $0.label) }
    }

    /// "86.2 %".
    static func percent(_ fraction: Double) -> String {
        fraction.isFinite ? NumberText.format((fraction * 1000).rounded() / 10, digits: 4) + " %" : "–"
    }
}
