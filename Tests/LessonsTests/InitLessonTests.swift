import Charts
import LessonKit
import NumericCore
import Testing
@testable import InitLesson

/// The init lesson's model against numpy (Scripts/reference/init_histograms.py) and by hand.
///
/// Our RNG (xoshiro256**) is not numpy's, so single numbers differ by sampling noise: each
/// test averages a statistic over seeds 1…5 and compares it with the mean over 10 numpy
/// seeds, with a tolerance several times the numpy spread (printed by the script as ±).
@Suite struct InitReferenceTests {
    /// Mean over seeds 1…5 of `value` for a fully computed stack (forward and backward).
    func averaged(_ activation: StackActivation, _ initChoice: InitChoice, depth: Int = 5,
                  _ value: (ActivationStack) -> Double) -> Double {
        let seeds: [UInt64] = [1, 2, 3, 4, 5]
        return seeds.map { seed in
            var knobs = StackKnobs()
            knobs.activation = activation
            _ = knobs.set("init", to: initChoice.index)
            knobs.depth = depth
            let stack = ActivationStack(knobs: knobs, draws: .init(seed: seed))
            while stack.step() {}
            return value(stack)
        }.reduce(0, +) / Double(seeds.count)
    }

    @Test func sigmoidSigmaOnePilesAtZeroAndOne() {
        // numpy: layer 1 std 0.4589 ± 0.0004, below 0.01 0.3218 ± 0.0016, above 0.99 0.3226 ± 0.0019;
        // layer 5 std 0.4407 ± 0.0059.
        #expect(abs(averaged(.sigmoid, .one) { $0.stats[0].std } - 0.4589) < 0.004)
        #expect(abs(averaged(.sigmoid, .one) { $0.stats[0].below } - 0.3218) < 0.01)
        #expect(abs(averaged(.sigmoid, .one) { $0.stats[0].above } - 0.3226) < 0.01)
        #expect(abs(averaged(.sigmoid, .one) { $0.stats[4].std } - 0.4407) < 0.02)
    }

    @Test func sigmoidSmallSigmaGathersAtOneHalf() {
        // By hand: z ~ N(0, 100·0.01²) has std 0.1 and sigmoid′(0) = 1/4, so a has mean 0.5
        // and std ≈ 0.025 (numpy 0.0249 ± 0.0002); later layers ≈ 0.0131 ± 0.0011.
        #expect(abs(averaged(.sigmoid, .small) { $0.stats[0].mean } - 0.5) < 0.001)
        #expect(abs(averaged(.sigmoid, .small) { $0.stats[0].std } - 0.0249) < 0.001)
        #expect(abs(averaged(.sigmoid, .small) { $0.stats[4].std } - 0.0131) < 0.003)
        #expect(averaged(.sigmoid, .small) { $0.stats[4].saturated } == 0)
    }

    @Test func xavierSpreadsSigmoidAndHeKeepsReLU() {
        // numpy: sigmoid Xavier layer 1 std 0.2079 ± 0.0013, layer 5 0.1273 ± 0.0103;
        // ReLU He layer 1 mean 0.5637 ± 0.0052, std 0.8274 ± 0.0077, below 0.01 0.5028 ± 0.0015;
        // ReLU Xavier layer 5 std 0.1536 ± 0.0181 (halving the variance per layer).
        #expect(abs(averaged(.sigmoid, .xavier) { $0.stats[0].std } - 0.2079) < 0.005)
        #expect(abs(averaged(.sigmoid, .xavier) { $0.stats[4].std } - 0.1273) < 0.025)
        #expect(abs(averaged(.relu, .he) { $0.stats[0].mean } - 0.5637) < 0.015)
        #expect(abs(averaged(.relu, .he) { $0.stats[0].std } - 0.8274) < 0.025)
        #expect(abs(averaged(.relu, .he) { $0.stats[0].below } - 0.5028) < 0.006)
        #expect(abs(averaged(.relu, .xavier) { $0.stats[4].std } - 0.1536) < 0.035)
    }

    @Test func gradientNormsVanishForSmallSigmoidAndStayFlatForReLU() {
        // numpy ‖∂L/∂W‖: sigmoid σ = 0.01 layer 1 3.074e-4 ± 5e-6, layer 5 397 ± 26;
        // ReLU Xavier ≈ 570 ± 30 and He ≈ 2280 ± 150 on every layer.
        let first = averaged(.sigmoid, .small) { $0.gradientNorms[0] ?? .nan }
        let last = averaged(.sigmoid, .small) { $0.gradientNorms[4] ?? .nan }
        #expect(abs(first / 3.074e-4 - 1) < 0.05)
        #expect(abs(last / 397.2 - 1) < 0.1)
        #expect(abs(averaged(.relu, .xavier) { $0.gradientNorms[0] ?? .nan } / 570.8 - 1) < 0.1)
        #expect(abs(averaged(.relu, .he) { $0.gradientNorms[4] ?? .nan } / 2239 - 1) < 0.15)
    }

    @Test func statisticsByHand() {
        let st = LayerStats([0, 0.005, 0.5, 0.995, 1], activation: .sigmoid)
        #expect(abs(st.mean - 0.5) < 1e-12)
        // Population variance: (0.25 + 0.245025 + 0 + 0.245025 + 0.25) / 5 = 0.19801.
        #expect(abs(st.std - 0.19801.squareRoot()) < 1e-12)
        #expect(st.below == 0.4 && st.above == 0.4 && st.saturated == 0.8)
        #expect(st.counts.reduce(0, +) == 5 && st.counts[0] == 2 && st.counts[15] == 1 && st.counts[29] == 2)
        let relu = LayerStats([0, 0, 2, 4], activation: .relu)
        #expect(relu.saturated == 0.5 && relu.range == 0...4 && relu.counts[0] == 0 && relu.counts[15] == 1 && relu.counts[29] == 1)
        let tanh = LayerStats([-0.995, 0, 0.5, 0.999], activation: .tanh)
        #expect(tanh.saturated == 0.5 && tanh.below == 0.5)
    }
}

/// The live cells: stepping within the budget, the knobs, extreme knobs, the headless run.
@Suite struct InitLessonCellTests {
    let pages = InitLesson().makePages(context: LessonContext())
    var histograms: HistogramCell { pages[0].cell as! HistogramCell }
    var gradients: GradientCell { pages[2].cell as! GradientCell }

    @Test func stepsOneLayerAtATimeWithinTheBudget() {
        let cell = histograms
        #expect(cell.current.stats.isEmpty)
        #expect(cell.advance(budget: 0))
        #expect(cell.current.stats.count == 1 && !cell.isFinished)
        while cell.advance(budget: 0.05) {}
        #expect(cell.isFinished && cell.current.stats.count == 5)
        // A knob change restarts the stack with the new σ.
        cell.setKnob("init", to: InitChoice.xavier.index)
        #expect(cell.current.stats.isEmpty && cell.knobs.first { $0.name == "sigma" }?.value == 0.1)
        cell.setKnob("sigma", to: 0.3)
        #expect(cell.knobValues.initChoice == .custom && cell.knobValues.effectiveSigma == 0.3)
    }

    @Test func explodingStackGivesAdviceFirstAndRecovers() {
        let cell = gradients
        cell.setKnob("activation", to: StackActivation.relu.index)
        cell.setKnob("depth", to: 10)
        cell.setKnob("sigma", to: 100)
        cell.stepHeadless(cell.headlessStepCount(requested: nil))
        #expect(cell.isFinished && cell.hasFailed)
        #expect(cell.status?.hasPrefix("activations blew up") == true)
        let text = cell.render(width: 80, height: 20, options: .standard).text.lowercased()
        #expect(!text.contains("nan") && !text.contains("inf"))
        cell.setKnob("init", to: InitChoice.he.index)
        cell.reset()
        cell.stepHeadless(cell.headlessStepCount(requested: nil))
        #expect(cell.isFinished && !cell.hasFailed && cell.advice == nil)
    }

    @Test func saturationAndCollapseAreNamed() {
        let cell = histograms
        cell.stepHeadless(20)
        #expect(cell.status?.hasPrefix("layer 5: ") == true && cell.status?.contains("saturated") == true)
        cell.setKnob("init", to: InitChoice.small.index)
        cell.stepHeadless(20)
        #expect(cell.status?.contains("all units alike") == true)
        #expect(!cell.hasFailed)
    }

    @Test func headlessRunExportsPerLayerStatistics() throws {
        let output = try InitLesson().run(RunRequest(settings: [("activation", "sigmoid"), ("sigma", "1")], steps: 3))
        guard case .object(let fields) = output.cells[0].json, case .array(let layers)? = fields.first(where: { $0.0 == "layers" })?.1,
              case .object(let layer1)? = layers.first else {
            Issue.record("no layers in \(output.cells[0].json)")
            return
        }
        #expect(layers.count == 5)
        #expect(layer1.map(\.0) == ["layer", "mean", "std", "below_0.01", "above_0.99", "saturated", "histogram"])
        guard case .number(let std)? = layer1.first(where: { $0.0 == "std" })?.1 else { Issue.record("no std"); return }
        #expect(abs(std - 0.4589) < 0.01)
        #expect(output.cells[0].tables[0].columns == ["layer", "mean", "std", "below_0.01", "above_0.99", "saturated"])
        #expect(output.cells[1].tables[0].columns.last == "gradient_norm")
        #expect(output.cells[2].tables[0].columns == ["iteration", "loss_std_0.01", "loss_xavier", "loss_he"])
        #expect(output.cells[2].tables[0].rows.count == 3)
        #expect(output.cells[1].tables[0].rows.count == 5)   // --steps counts training iterations only
    }

    @Test func trainingDivergesWithAHugeLearningRateAndRecovers() {
        let cell = pages[3].cell as! TrainingCell
        cell.setKnob("iterations", to: 60)
        cell.setKnob("lr", to: 10)
        cell.stepHeadless(60)
        #expect(cell.race.runs[2].hasDiverged && cell.isFinished && cell.hasFailed)
        #expect(cell.status?.contains("diverged: lower lr, press r") == true)
        #expect(cell.status?.hasPrefix("He") == true || cell.status?.hasPrefix("std") == true || cell.status?.hasPrefix("Xavier") == true)
        let text = cell.render(width: 80, height: 20, options: .standard).text.lowercased()
        #expect(!text.contains("nan"))
        cell.setKnob("lr", to: 0.01)
        cell.reset()
        cell.stepHeadless(30)
        #expect(cell.race.runs.allSatisfy { !$0.hasDiverged && $0.iteration == 30 })
        // Same batches for all three: their first losses differ only by the start, and He's
        // first loss is that of a fresh He net on batch 1 (≈ ln 10 = 2.3 plus a little).
        #expect(cell.race.runs.allSatisfy { abs($0.trainer.history.losses[0] - 2.3) < 0.5 })
    }
}
