import Charts
import Foundation
import LessonKit
import NumericCore

/// The race on a surface: the switched-on optimizers' paths from one start on the contour
/// plot, each in its colour with its marker at the head, beside the standings (loss,
/// distance to the minimum, first step within ε) under the race clock.
///
/// Play ticks the clock (a 30-step race takes about 3 s to watch); any knob recomputes the
/// paths to the step reached, so the picture always shows the race the knobs describe.
final class SurfaceRaceCell: LiveCell, HeadlessStepping {
    /// The title in both languages (`title` picks the current one when shown).
    let titles: Localized
    let race: SurfaceRace
    private var frame = 0

    var title: String { titles.text }

    /// A race on `preset` (its start, step count and learning rates).
    init(preset: SurfacePreset = .book,
         title: Localized = Localized(en: "optimizer race on a surface", zh: "曲面上的优化器比赛")) {
        titles = title
        race = SurfaceRace(preset: preset)
    }

    var knobs: [Knob] {
        let s = race.surface
        func span(_ r: ClosedRange<Double>) -> Double { (r.upperBound - r.lowerBound) / 40 }
        return [
            Knob(name: "surface", label: tr("surface", "曲面"), kind: .choice(SurfacePreset.names), value: Double(race.preset.rawValue)),
            Knob(name: "x0", label: tr("start x", "起点 x"), kind: .continuous(range: s.xRange, step: span(s.xRange), scale: .linear),
                 value: race.start.x, digits: 4),
            Knob(name: "y0", label: tr("start y", "起点 y"), kind: .continuous(range: s.yRange, step: span(s.yRange), scale: .linear),
                 value: race.start.y, digits: 4),
            Knob(name: "steps", label: tr("steps", "步数"), kind: .integer(range: 1...2000, step: 10), value: Double(race.planned)),
            Knob(name: "eps", label: tr("ε (standings)", "ε（排名）"), kind: .continuous(range: 1e-4...10, step: pow(10, 0.25), scale: .log),
                 value: race.epsilon),
        ] + race.racers.flatMap(\.knobs)
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "surface": race.choose(SurfacePreset(index: value))
        case "x0": race.moveStart(x: value)
        case "y0": race.moveStart(y: value)
        case "steps":
            race.plan(min(2000, Int(value.rounded())))
        case "eps": race.epsilon = min(10, max(1e-4, value))
        default: _ = race.setRacerKnob(name, to: value)
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { race.isFinished }
    var defaultRunSteps: Int { race.planned }

    func step() { race.step() }

    /// Short races step every third frame (30 steps ≈ 3 s), long ones up to planned/150 steps
    /// a frame (any race is over in about 5 s).
    func advance(budget: Double) -> Bool {
        guard !isFinished else { return false }
        frame += 1
        if race.planned <= 60 && frame % 3 != 0 { return false }
        for _ in 0..<max(1, race.planned / 150) where !isFinished { race.step() }
        return true
    }

    func reset() {
        frame = 0
        race.reset()
    }

    var status: String? {
        var text = tr("step \(race.clock) / \(race.planned)", "第 \(race.clock) / \(race.planned) 步")
        let diverged = race.runs.filter(\.hasDiverged)
        if !diverged.isEmpty {
            // The advice first, so a narrow status line keeps it.
            let names = diverged.map { run in
                tr("\(run.settings.kind.displayName) diverged at step \(run.divergedAt ?? 0)",
                   "\(run.settings.kind.displayName) 在第 \(run.divergedAt ?? 0) 步发散")
            }
            text = names.joined(separator: tr(", ", "，"))
                + tr(" — lower \(diverged.count == 1 ? "its" : "their") lr · ",
                     "——请调低\(diverged.count == 1 ? "它" : "它们")的 lr · ") + text
        } else if race.runs.isEmpty {
            text += tr("   every optimizer is switched off — switch one on", "   所有优化器都已关闭——请打开一个")
        } else if race.clock == 0 {
            text += tr(" — space plays, s steps once", "——空格键播放，s 走一步")
        }
        return text
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        SurfaceRaceView(race: race).render(width: width, height: height, options: options)
    }

    func export() -> CellExport { SurfaceRaceExport(race: race).export() }
}
