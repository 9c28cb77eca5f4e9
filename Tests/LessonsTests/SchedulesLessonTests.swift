import Charts
import LessonKit
import NumericCore
import Testing
@testable import SchedulesLesson

/// The schedules lesson's cells: the generated year, the averages' readouts and marks, the
/// three optimizers' averages, the races' slices, blow-ups with advice and `r`, and the
/// headless export with `--set`.
@Suite struct SchedulesLessonTests {
    let pages = SchedulesLesson().makePages(context: LessonContext())
    var ewma: EWMACell { pages[0].cell as! EWMACell }
    var moments: MomentsCell { pages[1].cell as! MomentsCell }
    var minibatch: MiniBatchCell { pages[2].cell as! MiniBatchCell }
    var decay: DecayCell { pages[3].cell as! DecayCell }

    func field(_ value: ExportValue, _ key: String) -> ExportValue? {
        guard case let .object(pairs) = value else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    @Test func theYearIsSeasonPlusSeededNoise() {
        let a = Temperatures(seed: 1), b = Temperatures(seed: 1), c = Temperatures(seed: 2)
        #expect(a.seasonal.count == 365 && a.normals == b.normals && a.normals != c.normals)
        // Coldest on day 15 (18 − 9), warmest half a year later (18 + 9).
        #expect(abs(Temperatures.seasonal(day: 15) - 9) < 1e-12)
        #expect(abs(Temperatures.seasonal(day: 15 + 365) - 9) < 1e-9)
        // 18 − 9·cos(2π·(1 − 15)/365), from Python's math.cos.
        #expect(abs(Temperatures.seasonal(day: 1) - 9.260099533053445) < 1e-12)
        // Noise 0 is the season itself; noise 3 scales the same normals.
        #expect(a.measured(noise: 0) == a.seasonal)
        #expect(zip(a.measured(noise: 3), a.seasonal).enumerated().allSatisfy { i, p in abs(p.0 - p.1 - 3 * a.normals[i]) < 1e-12 })
        // A standard normal sample: mean near 0, standard deviation near 1 over 365 draws.
        let mean = a.normals.reduce(0, +) / 365
        let sd = (a.normals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 364).squareRoot()
        #expect(abs(mean) < 0.2 && abs(sd - 1) < 0.15)
    }

    @Test func theAverageFollowsTheFormulaDayByDay() {
        for _ in 0..<10 { ewma.step() }
        let run = ewma.run
        let measured = Array(run.measured.prefix(10))
        #expect(run.plain == ExponentialAverage.series(measured, beta: 0.9, corrected: false))
        #expect(zip(run.corrected, ExponentialAverage.series(measured, beta: 0.9, corrected: true)).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(ewma.status == "day 10 / 365")
        #expect(ewma.windowReadout == "1/(1−β) ≈ 10 days · lag: after day 100 (β/(1−β) = 9)")
    }

    @Test func aBetaChangeMidYearIsMarkedAndKeepsTheAverage() throws {
        for _ in 0..<50 { ewma.step() }
        let before = ewma.run.plain.last!
        ewma.setKnob("beta", to: 4)
        #expect(ewma.run.beta == 0.98 && ewma.run.day == 50 && ewma.run.plain.last == before)
        #expect(ewma.run.events.map(\.label) == ["β=0.98"] && ewma.run.events[0].day == 50)
        ewma.step()
        #expect(abs(ewma.run.plain.last! - (0.98 * before + 0.02 * ewma.run.measured[50])) < 1e-12)
        ewma.setKnob("correction", to: 1)
        #expect(ewma.run.events.map(\.label) == ["β=0.98", "÷(1−βᵗ)"])
        #expect(ewma.plot().events.map(\.label) == ["β=0.98", "÷(1−βᵗ)"])
        // A new noise level starts the year again.
        ewma.setKnob("noise", to: 4)
        #expect(ewma.run.day == 0 && ewma.run.events.isEmpty)
    }

    @Test func anExtremeBetaGivesAdviceFirstAndNoNaN() {
        ewma.setKnob("beta", to: 8)
        #expect(ewma.run.beta == 0.9999)
        ewma.stepHeadless(365)
        #expect(ewma.status == "β 0.9999 averages ~10000 days: the average stays near 0 — lower β or turn bias correction on · day 365 / 365 · done: r restarts")
        #expect(ewma.run.plain.allSatisfy(\.isFinite) && ewma.run.corrected.allSatisfy(\.isFinite))
        #expect(ewma.run.plain.last! < 1)
        let text = ewma.render(width: 80, height: 24, options: .standard).text
        #expect(!text.contains("NaN") && !text.contains("nan"))
        ewma.reset()
        #expect(ewma.run.day == 0 && ewma.run.beta == 0.9999)
    }

    @Test func theThreeAveragesOfOneGradient() {
        moments.step()
        let run = moments.run
        let g = run.gradients[0]
        // Bias-corrected after one step: v̂ = g, ŝ = g², so Adam's step is g/(|g| + ε).
        #expect(abs(run.momentum[0] - g) < 1e-12 && abs(run.rms[0] - abs(g)) < 1e-12)
        #expect(abs(run.adam[0] - g / (abs(g) + 1e-8)) < 1e-12)
        moments.setKnob("moment_correction", to: 0)
        #expect(moments.status!.hasPrefix("no bias correction: √s starts near 0"))
        moments.reset()
        moments.step()
        // Uncorrected: v = 0.1·g, √s = √0.001·|g|, a step of 3.16 times sign(g) (less ε's share).
        #expect(abs(abs(moments.run.adam[0]) - 0.1 / 0.001.squareRoot()) < 1e-4)
        moments.stepHeadless(300)
        #expect(moments.run.iteration == 200 && moments.isFinished)
        #expect(moments.formulas[0].hasPrefix("Momentum  v = β1·v + (1−β1)·g  → "))
    }

    @Test func theMiniBatchRaceKeepsItsRunsTogetherInEpochs() {
        #expect(minibatch.race.batchSizes == [1, 32, 128, 1024])
        #expect(!minibatch.race.isBuilt)
        #expect(minibatch.advance(budget: 0.02))
        let progress = minibatch.race.runs.map(\.progress)
        // The runs furthest behind step first: no run is more than one of its iterations ahead.
        #expect(progress.max()! - progress.min()! <= 1.0 + 1e-9)
        minibatch.step()
        #expect(minibatch.race.runs.map(\.epoch) == [1, 1, 1, 1])
        #expect(minibatch.race.runs.map(\.iteration) == [1024, 32, 8, 1])
        #expect(minibatch.race.runs.allSatisfy { $0.epochLosses.count == 2 })
        minibatch.setKnob("lr", to: 0.1)
        #expect(minibatch.race.runs.allSatisfy { $0.events.map(\.label) == ["lr=0.1"] && $0.learningRate == 0.1 })
    }

    @Test func aHugeLearningRateBlowsUpWithAdviceAndRRecovers() {
        minibatch.setKnob("lr", to: 100)
        minibatch.stepHeadless(3)
        #expect(minibatch.race.allDiverged && minibatch.isFinished && minibatch.hasFailed)
        #expect(minibatch.status!.hasPrefix("lr too high: batch 1, 32, 128, 1024 blew up — lower lr, press r · "))
        #expect(!minibatch.render(width: 80, height: 24, options: .standard).text.contains("NaN"))
        minibatch.setKnob("lr", to: 0.05)
        minibatch.reset()
        minibatch.step()
        #expect(!minibatch.hasFailed && minibatch.race.runs.allSatisfy { !$0.hasDiverged && $0.lastLoss < 2.3 })
    }

    @Test func theDecayRaceFollowsItsSchedules() {
        let rates = decay.race.rates()
        #expect(rates[0] == Array(repeating: 0.75, count: 15))
        #expect(rates[1][2] == 0.25 && rates[3][5] == 0.375 && rates[4][0] == 0.75 && rates[4][4] == 0.375)
        decay.step()
        decay.step()
        // After two epochs each run trains at its schedule's rate for epoch 2.
        #expect(zip(decay.race.runs, rates).allSatisfy { $0.learningRate == $1[2] })
        decay.setKnob("decay", to: 2)
        #expect(decay.race.runs[1].learningRate == 0.75 / 5)
        #expect(decay.race.runs[1].events.map(\.label) == ["decay=2"] && decay.race.runs[0].events.isEmpty)
        decay.setKnob("alpha0", to: 0.5)
        #expect(decay.plots().1.events.map(\.label) == ["α0=0.5", "decay=2"] && decay.plots().1.events.allSatisfy { $0.x == 2 })
        decay.setKnob("alpha0", to: 100)
        decay.stepHeadless(15)
        #expect(decay.hasFailed && decay.status!.hasPrefix("α0 too high: constant, inverse, exponential, staircase, sqrt blew up — lower α0, press r · "))
        decay.setKnob("alpha0", to: 0.5)
        decay.reset()
        decay.step()
        #expect(!decay.hasFailed && decay.race.clock == 1)
    }

    @Test func headlessRunExportsWhatTheIssueNames() throws {
        let request = RunRequest(settings: [("beta", "0.98"), ("correction", "on"), ("epochs", "1"), ("decay_epochs", "2")],
                                 context: LessonContext(seed: 1))
        let output = try SchedulesLesson(trainCount: 256).run(request)
        #expect(output.cells.map(\.name) == ["ewma", "moments", "minibatch", "decay"])
        let ewma = output.cells[0]
        #expect(field(ewma.json, "beta") == .number(0.98) && field(ewma.json, "correction") == .bool(true))
        #expect(field(ewma.json, "day") == .integer(365) && field(ewma.json, "lag_days") != .null)
        #expect(ewma.tables.map(\.name) == ["ewma_summary", "ewma"])
        #expect(ewma.tables[0].rows == [[.number(0.98), .bool(true), .number(3), .integer(365), .number(1 / (1 - 0.98)),
                                         field(ewma.json, "lag_days")!, .number(0.98 / (1 - 0.98)), field(ewma.json, "roughness")!,
                                         field(ewma.json, "cold_start_error")!]])
        #expect(ewma.tables[1].columns == ["day", "temperature", "seasonal", "average", "corrected"] && ewma.tables[1].rows.count == 365)
        let moments = output.cells[1]
        #expect(field(moments.json, "moment_correction") == .bool(true) && moments.tables[0].rows.count == 200)
        let race = output.cells[2]
        #expect(field(race.json, "epochs") == .integer(1) && field(race.json, "train_size") == .integer(256))
        #expect(race.tables.map(\.name) == ["minibatch_runs", "minibatch_epochs", "minibatch_losses"])
        #expect(race.tables[0].rows.map { $0[0] } == [.integer(1), .integer(32), .integer(128), .integer(256)])
        #expect(race.tables[0].rows.map { $0[3] } == [.integer(256), .integer(8), .integer(2), .integer(1)])
        #expect(race.tables[1].rows.count == 8 && race.tables[2].rows.count == 256 + 8 + 2 + 1)
        let decay = output.cells[3]
        #expect(decay.tables.map(\.name) == ["decay_final", "schedules", "decay_losses"])
        #expect(decay.tables[0].rows.map { $0[1] } == DecaySchedules.formulas.map(ExportValue.string))
        #expect(decay.tables[1].columns == ["epoch", "constant", "inverse", "exponential", "staircase", "sqrt"])
        #expect(decay.tables[1].rows == [[.integer(0), .number(0.75), .number(0.75), .number(0.75), .number(0.75), .number(0.75)],
                                         [.integer(1), .number(0.75), .number(0.375), .number(0.75 * 0.95), .number(0.75), .number(0.75)]])
        #expect(decay.tables[2].rows.count == 5 * 3)
        #expect(field(decay.json, "winner") != .null && field(decay.json, "alpha0") == .number(0.75))
        #expect(throws: (any Error).self) { try SchedulesLesson().run(RunRequest(settings: [("beta", "0.97")])) }
    }
}
