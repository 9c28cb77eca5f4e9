import Charts
import LessonKit

/// Page 4: learning-rate decay — the five schedules' rates per epoch (left) and the loss on
/// the whole training set after every epoch of the race they drive (right), α0, the decay
/// rate and the epochs as knobs, and a pick of the schedule the learner expects to win.
final class DecayCell: LiveCell, HeadlessStepping {
    var title: String { tr("learning-rate decay race", "学习率衰减的比赛") }
    let race: DecayRace
    /// The schedule the learner picked as the winner (index into `DecaySchedules.names`).
    private(set) var pick = 0

    init(race: DecayRace) { self.race = race }

    var defaultRunSteps: Int { race.epochs }

    var knobs: [Knob] {
        [
            Knob(name: "alpha0", label: tr("initial rate α0", "初始学习率 α0"),
                 kind: .continuous(range: 0.001...100, step: 1.7782794100389228, scale: .log), value: race.initialRate),
            Knob(name: "decay", label: tr("decay rate", "衰减率"), kind: .continuous(range: 0...10, step: 0.25, scale: .linear),
                 value: race.decay),
            Knob(name: "decay_epochs", label: tr("epochs", "轮数"), kind: .integer(range: 2...40, step: 1), value: Double(race.epochs)),
            Knob(name: "pick", label: tr("your pick", "你的选择"), kind: .choice(DecaySchedules.names), value: Double(pick)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "alpha0": race.setInitialRate(max(0.001, min(100, value)))
        case "decay": race.setDecay(max(0, min(10, value)))
        case "decay_epochs": race.epochs = max(2, min(40, Int(value.rounded())))
        case "pick": pick = max(0, min(DecaySchedules.names.count - 1, Int(value.rounded())))
        default: return
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { race.isFinished }
    var hasFailed: Bool { race.allDiverged }
    func step() { race.step() }
    func advance(budget: Double) -> Bool { race.advance(budget: budget) }
    func reset() { race.reset() }

    var status: String? {
        guard race.isBuilt else {
            return tr("epoch 0 / \(race.epochs) — space starts the race, s trains one epoch",
                      "第 0 / \(race.epochs) 轮——空格键开始比赛，s 训练一轮")
        }
        var text = tr("epoch \(race.clock) / \(race.epochs)", "第 \(race.clock) / \(race.epochs) 轮") + " · " + race.data.sourceText
        let blown = race.runs.indices.filter { race.runs[$0].hasDiverged }.map { DecaySchedules.names[$0] }
        if !blown.isEmpty {
            text = tr("α0 too high: \(blown.joined(separator: ", ")) blew up — lower α0, press r · ",
                      "α0 过大：\(blown.joined(separator: "、")) 发散——请调小 α0 再按 r · ") + text
        } else if let w = race.winner {
            text += tr(" · lowest: \(DecaySchedules.names[w]) · r restarts", " · 最低：\(DecaySchedules.names[w]) · 按 r 重新开始")
        }
        return text
    }

    /// One legend entry per schedule: its name and the loss after the last epoch so far.
    var legend: LegendRows {
        LegendRows(entries: DecaySchedules.names.indices.map { i in
            var text = DecaySchedules.names[i]
            if race.isBuilt {
                let run = race.runs[i]
                text += " " + (run.hasDiverged ? "–" : NumberText.format((run.lastLoss * 100).rounded() / 100, digits: 3))
            }
            return (DecaySchedules.colors[i], text)
        })
    }

    func plots() -> (LinePlot, LinePlot) {
        let rates = race.rates()
        let xs = (0..<race.epochs).map(Double.init)
        var left = LinePlot(title: tr("learning rate per epoch", "每轮的学习率"),
                            series: rates.indices.map { Series(name: DecaySchedules.legends[$0], color: DecaySchedules.colors[$0], x: xs, y: rates[$0]) },
                            xLabel: tr("epoch", "轮"))
        left.showLegend = false
        left.xLimits = .fixed(0, Double(race.epochs))
        left.yLimits = .fixed(0, max(race.initialRate * 1.05, 1e-9))
        if race.isBuilt && !race.isFinished { left.events = [EventMarker(x: Double(race.clock), label: tr("now", "当前"), color: .yellow)] }
        let losses = race.isBuilt ? race.runs.indices.map { i in
            Series(name: DecaySchedules.legends[i], color: DecaySchedules.colors[i],
                   x: race.runs[i].epochLosses.indices.map(Double.init), y: race.runs[i].epochLosses)
        } : []
        var right = LinePlot(title: tr("training loss per epoch", "每轮的训练损失"), series: losses, xLabel: tr("epoch", "轮"))
        right.showLegend = false
        right.xLimits = .fixed(0, Double(race.epochs))
        right.yLimits = .fixed(0, 2.5)
        // α0 changes are marked on every run, a decay change on the 1/(1+decay·epoch) run: each once.
        var marks: [EventMarker] = []
        for run in race.runs {
            for e in run.events where !marks.contains(where: { $0.x == e.epoch && $0.label == e.label }) {
                marks.append(EventMarker(x: e.epoch, label: e.label))
            }
        }
        right.events = marks.enumerated().sorted { ($0.element.x, $0.offset) < ($1.element.x, $1.offset) }.map(\.element)
        return (left, right)
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var (left, right) = plots()
        left.title = options.drawable(left.title)
        right.title = options.drawable(right.title)
        let legend = self.legend
        let lines = height >= 8 ? legend.rows(width: width, options: options).count : 0
        var grid = Grid(width: width, height: height)
        grid.blit(ChartLayout.sideBySide(left, right, fraction: 0.5, gap: 1, width: width, height: max(0, height - lines),
                                         options: options), x: 0, y: 0)
        if lines > 0 { legend.draw(into: &grid, y: height - lines, width: width, options: options) }
        return grid
    }

    /// `decay`: JSON with α0, the decay rate, the epochs, the pick and the winner, and per
    /// schedule its formula, rates, losses and final loss; tables `decay_final` (one row per
    /// schedule with α0, the decay rate and its final loss), `schedules` (epoch and one rate
    /// column per schedule) and `decay_losses` (schedule, epoch, loss).
    func export() -> CellExport {
        let rates = race.rates()
        let rateRows = (0..<race.epochs).map { e in [ExportValue.integer(e)] + rates.map { .number($0[e]) } }
        var lossRows: [[ExportValue]] = [], items: [ExportValue] = [], finalRows: [[ExportValue]] = []
        for i in DecaySchedules.names.indices {
            let run: EpochRun? = race.isBuilt ? race.runs[i] : nil
            finalRows.append([.string(DecaySchedules.names[i]), .string(DecaySchedules.formulas[i]), .number(race.initialRate),
                              .number(race.decay), .integer(run?.epoch ?? 0), run.map { .number($0.lastLoss) } ?? .null,
                              .bool(run?.hasDiverged ?? false), .bool(i == pick)])
            for (e, loss) in (run?.epochLosses ?? []).enumerated() {
                lossRows.append([.string(DecaySchedules.names[i]), .integer(e), .number(loss)])
            }
            items.append(.object([
                ("name", .string(DecaySchedules.names[i])), ("formula", .string(DecaySchedules.formulas[i])),
                ("rates", .array(rates[i].map(ExportValue.number))),
                ("epoch_losses", .array((run?.epochLosses ?? []).map(ExportValue.number))),
                ("final_loss", run.map { .number($0.lastLoss) } ?? .null), ("diverged", .bool(run?.hasDiverged ?? false)),
            ]))
        }
        let json: ExportValue = .object([
            ("alpha0", .number(race.initialRate)), ("decay", .number(race.decay)), ("epochs", .integer(race.epochs)),
            ("batch", .integer(DecayRace.batchSize)), ("optimizer", .string("SGD")),
            ("exponential_base", .number(DecaySchedules.exponentialBase)),
            ("staircase_factor", .number(DecaySchedules.staircaseFactor)), ("staircase_every", .integer(DecaySchedules.staircaseEvery)),
            ("sqrt_k", .number(DecaySchedules.sqrtK)), ("sqrt_epoch_0", .string("uses epoch 1's rate")),
            ("pick", .string(DecaySchedules.names[pick])),
            ("winner", race.winner.map { .string(DecaySchedules.names[$0]) } ?? .null),
            ("schedules", .array(items)),
        ])
        return CellExport(name: "decay", json: json, tables: [
            ExportTable(name: "decay_final", columns: ["schedule", "formula", "alpha0", "decay", "epochs", "final_loss",
                                                       "diverged", "picked"], rows: finalRows),
            ExportTable(name: "schedules", columns: ["epoch"] + DecaySchedules.names, rows: rateRows),
            ExportTable(name: "decay_losses", columns: ["schedule", "epoch", "loss"], rows: lossRows),
        ])
    }
}
