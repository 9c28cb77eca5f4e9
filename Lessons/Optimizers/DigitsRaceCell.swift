import Charts
import LessonKit
import NumericCore

/// The race on digits: loss curves of every switched-on optimizer side by side (smoothed or
/// raw, log scale, hyperparameter changes marked), test accuracy after every epoch, and
/// the knobs of each racer live.
final class DigitsRaceCell: LiveCell, HeadlessStepping {
    var title: String { tr("the race on digits", "手写数字上的比赛") }
    let race: DigitsRace
    /// Whether the loss chart shows the trailing mean (true) or every iteration's loss.
    private(set) var smoothed = true

    init(config: DigitsRaceConfig, context: LessonContext) {
        race = DigitsRace(config: config, context: context)
    }

    var knobs: [Knob] {
        [
            Knob(name: "iterations", label: tr("iterations", "迭代次数"), kind: .integer(range: 10...20000, step: 100), value: Double(race.planned)),
            Knob(name: "curves", label: tr("loss curves", "损失曲线"), kind: .choice(["smoothed", "raw"]), value: smoothed ? 0 : 1),
        ] + race.racers.flatMap(\.knobs)
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "iterations": race.planned = max(10, min(20000, Int(value.rounded())))
        case "curves": smoothed = value.rounded() == 0
        default: _ = race.setRacerKnob(name, to: value)
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { race.isFinished }
    /// A headless run trains 200 iterations unless `--steps` says otherwise (the full 2000
    /// of the book take a while with six nets).
    var defaultRunSteps: Int { 200 }

    func step() { race.step() }
    func advance(budget: Double) -> Bool { race.advance(budget: budget) }
    func reset() { race.reset() }

    /// The advice first when a racer diverged ("SGD diverged at 9: lower its lr, press r · …"),
    /// so an 80-column status line keeps it; then the clock and the data.
    var status: String? {
        var text = tr("iteration \(race.clock) / \(race.planned)", "第 \(race.clock) / \(race.planned) 次迭代")
        if !race.isBuilt {
            return text + tr(" — space starts the race, s steps once", "——空格键开始比赛，s 走一步")
        }
        text += " · " + Self.sourceName(race.data)
        let diverged = race.shown.filter(\.hasDiverged)
        if !diverged.isEmpty {
            let names = diverged.map { run in
                tr("\(run.settings.kind.displayName) diverged at \(run.divergedAt ?? 0)",
                   "\(run.settings.kind.displayName) 在第 \(run.divergedAt ?? 0) 次迭代发散")
            }
            text = names.joined(separator: tr(", ", "，"))
                + tr(": lower \(diverged.count == 1 ? "its" : "their") lr, press r · ",
                     "：请调低\(diverged.count == 1 ? "它" : "它们")的 lr 再按 r · ") + text
        }
        if let problem = race.data.problem { text = "⚠ " + DataNotice.mnistNotLoaded(reason: problem) + " · " + text }
        return text
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        DigitsRaceView(race: race, smoothed: smoothed).render(width: width, height: height, options: options)
    }

    func export() -> CellExport { DigitsRaceExport(race: race).export() }

    /// The data's name in the current language ("MNIST", "synthetic digits" / "合成数字").
    static func sourceName(_ data: DigitsSource) -> String { DataNotice.sourceName(data.sourceName) }
}
