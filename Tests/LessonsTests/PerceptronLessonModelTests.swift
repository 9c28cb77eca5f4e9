import LessonKit
import Testing
@testable import PerceptronLesson

/// The perceptron lesson's models against hand derivations and the float64 values printed by
/// `Scripts/reference/perceptron.py` (the book's `np.sum(w*x) + b` and the learning rule in
/// numpy, with nnbook's xoshiro256** start re-implemented in Python).
@Suite("Perceptron lesson: models")
struct PerceptronLessonModelTests {
    // MARK: - Gates

    @Test func theBooksGatesHaveTheBooksTruthTables() {
        #expect(Perceptron.bookAND.truthTable == [0, 0, 0, 1])
        #expect(Perceptron.bookNAND.truthTable == [1, 1, 1, 0])
        #expect(Perceptron.bookOR.truthTable == [0, 1, 1, 1])
        // The sums a, exactly as numpy's np.sum(w*x) + b gives them.
        #expect(gateInputs.map { Perceptron.bookAND.sum($0.x1, $0.x2) }
            == [-0.7, -0.19999999999999996, -0.19999999999999996, 0.30000000000000004])
        #expect(gateInputs.map { Perceptron.bookNAND.sum($0.x1, $0.x2) }
            == [0.7, 0.19999999999999996, 0.19999999999999996, -0.30000000000000004])
        #expect(gateInputs.map { Perceptron.bookOR.sum($0.x1, $0.x2) } == [-0.2, 0.3, 0.3, 0.8])
    }

    @Test func aSumOfExactlyZeroGivesZeroAsInTheBook() {
        #expect(Perceptron(w1: 0, w2: 0, b: 0).truthTable == [0, 0, 0, 0])
        #expect(Perceptron(w1: 0.5, w2: 0.5, b: -0.5).truthTable == [0, 0, 0, 1])
    }

    @Test func everyReferenceWeightComputesItsGate() {
        var separable = 0
        for gate in LogicGate.allCases {
            if let reference = gate.referenceWeights {
                #expect(reference.perceptron.truthTable == gate.truthTable, "\(gate)")
                #expect(reference.fromBook == [.and, .nand, .or].contains(gate))
                separable += 1
            }
            #expect(gate.isLinearlySeparable == (gate.referenceWeights != nil))
        }
        #expect(separable == 14)
        #expect(LogicGate.xor.referenceWeights == nil && LogicGate.xnor.referenceWeights == nil)
    }

    @Test func gateIdentificationNamesEveryTable() {
        // All 16 tables are distinct and each maps back to its own gate.
        #expect(Set(LogicGate.allCases.map(\.truthTable)).count == 16)
        for gate in LogicGate.allCases { #expect(LogicGate(truthTable: gate.truthTable) == gate) }
        #expect(Perceptron(w1: 0.5, w2: 0.5, b: -0.2).gate == .or)
        #expect(Perceptron(w1: -0.5, w2: -0.5, b: 0.2).gate == .nor)
        #expect(Perceptron(w1: 0.5, w2: 0, b: -0.7).gate == .alwaysZero)
        #expect(Perceptron(w1: 0.5, w2: 0, b: -0.2).gate == .x1)
        #expect(Perceptron(w1: -0.3, w2: 0, b: 0.1).gate == .notX1)
        #expect(Perceptron(w1: 0.1, w2: 0.1, b: 0.1).gate == .alwaysOne)
        #expect(LogicGate.notX1AndX2.label == "not x1 and x2")
        #expect(LogicGate(index: 4) == .xor)
        #expect(LogicGate(index: .nan) == .and)
        #expect(LogicGate(index: 99) == .alwaysOne)
    }

    @Test func gateCellNamesWhatTheKnobsMake() {
        let cell = GateCell()
        #expect(cell.gateLine == "✓ this is AND (book)")
        #expect(cell.formulaLine == "a = 0.5·x1 + 0.5·x2 − 0.7")
        cell.setKnob("b", to: -0.2)
        #expect(cell.gateLine == "✓ this is OR (book)")
        cell.setKnob("w1", to: -0.5)
        cell.setKnob("w2", to: -0.5)
        cell.setKnob("b", to: 0.7)
        #expect(cell.gateLine == "✓ this is NAND (book)")
        cell.setKnob("w2", to: 0)
        cell.setKnob("b", to: 0.2)
        #expect(cell.gateLine == "✓ this is not x1")
        #expect(cell.formulaLine == "a = −0.5·x1 + 0.2")
        cell.setKnob("w1", to: 0)
        #expect(cell.lineNote == "w1 = w2 = 0: no line")
        #expect(cell.formulaLine == "a = 0.2")
        // Out-of-range and non-finite values are clamped, never crash.
        cell.setKnob("w1", to: .nan)
        cell.setKnob("w2", to: 7)
        #expect(cell.perceptron == Perceptron(w1: 0, w2: 1, b: 0.2))
    }

    @Test func xorWithOneLineIsRightOnThreeRowsAtBest() {
        let cell = XORTryCell()
        #expect(cell.rowsRight == [true, true, true, false])
        #expect(cell.summaryLines == ["3 of 4 right", "the line computes", "OR"])
        // A brute-force search over the knob grid (steps of 0.1) never gets all four.
        var best = 0
        for i in -10...10 { for j in -10...10 { for k in -10...10 {
            let p = Perceptron(w1: Double(i) / 10, w2: Double(j) / 10, b: Double(k) / 10)
            best = max(best, zip(p.truthTable, LogicGate.xor.truthTable).filter { $0 == $1 }.count)
        } } }
        #expect(best == 3)
    }

    // MARK: - Two layers

    @Test func twoLayerXORMatchesNumpy() {
        #expect(TwoLayerXOR.table == [[0, 0, 1, 0, 0], [1, 0, 1, 1, 1], [0, 1, 1, 1, 1], [1, 1, 0, 1, 0]])
        #expect(TwoLayerXOR.table.map { $0[4] } == LogicGate.xor.truthTable)
        let cell = XORNetworkCell()
        #expect(cell.status == "x = (1, 0): s1 = 1, s2 = 1, y = 1 = XOR(1, 0)")
        cell.setKnob("x2", to: 1)
        #expect(cell.selectedRow == 3)
        #expect(cell.status == "x = (1, 1): s1 = 0, s2 = 1, y = 0 = XOR(1, 1)")
    }

    // MARK: - Learning rule

    @Test func learningRuleStepsByHandOnANDFromZero() {
        var run = RosenblattTraining(target: .and, eta: 0.1, start: Perceptron(w1: 0, w2: 0, b: 0))
        // Epoch 1: a = 0 on every input, so y = 0. Right for (0,0), (1,0), (0,1); wrong for
        // (1,1), t − y = 1: w1 = 0 + 0.1·1·1, w2 = 0 + 0.1·1·1, b = 0 + 0.1.
        for _ in 0..<3 { run.step() }
        #expect(run.perceptron == Perceptron(w1: 0, w2: 0, b: 0))
        #expect(run.updates.map(\.output) == [0, 0, 0])
        run.step()
        #expect(run.last?.error == 1)
        #expect(run.perceptron == Perceptron(w1: 0.1, w2: 0.1, b: 0.1))
        #expect(run.epochs == 1 && run.mistakesPerEpoch == [1])
        // Epoch 2: (0,0): a = b = 0.1 > 0, y = 1, t − y = −1: only b moves, to 0.
        run.step()
        #expect(run.perceptron == Perceptron(w1: 0.1, w2: 0.1, b: 0))
        // (1,0): a = 0.1, y = 1, wrong: w1 = 0.1 − 0.1 = 0, b = −0.1.
        run.step()
        #expect(run.perceptron == Perceptron(w1: 0, w2: 0.1, b: -0.1))
        // (0,1): a = 0.1 − 0.1 = 0, y = 0: right, no change.
        run.step()
        #expect(run.last?.error == 0)
        #expect(run.perceptron == Perceptron(w1: 0, w2: 0.1, b: -0.1))
        // (1,1): a = 0, y = 0, t = 1: w1 = 0.1, w2 = 0.2, b = 0.
        run.step()
        #expect(run.perceptron == Perceptron(w1: 0.1, w2: 0.2, b: 0))
        #expect(run.mistakesPerEpoch == [1, 3])
        // numpy: converges in epoch 6 at (0.1, 0.2, −0.2).
        run.runToEnd()
        #expect(run.state == .converged(epochs: 6))
        #expect(run.perceptron == Perceptron(w1: 0.1, w2: 0.2, b: -0.2))
        #expect(run.mistakesPerEpoch == [1, 3, 3, 2, 1, 0])
        #expect(run.perceptron.truthTable == LogicGate.and.truthTable)
    }

    @Test func seededStartMatchesTheReferenceXoshiro() {
        #expect(RosenblattTraining.randomStart(seed: 1) == Perceptron(w1: 0.20292183315885048, w2: 0.020436619938856926, b: 0.0741057000197225))
        #expect(RosenblattTraining.randomStart(seed: 2) == Perceptron(w1: -0.39782088676960536, w2: 0.22551728851515596, b: -0.31603755452659166))
    }

    @Test func firstUpdatesFromTheSeededStartMatchNumpy() {
        var run = RosenblattTraining(target: .and, eta: 0.1, start: RosenblattTraining.randomStart(seed: 1))
        run.step()
        // (0,0): a = b = 0.0741 > 0, y = 1, t = 0: b = 0.0741057000197225 − 0.1.
        #expect(run.perceptron == Perceptron(w1: 0.20292183315885048, w2: 0.020436619938856926, b: -0.025894299980277508))
        run.step()
        #expect(run.perceptron == Perceptron(w1: 0.10292183315885048, w2: 0.020436619938856926, b: -0.1258942999802775))
        run.step()
        run.step()
        #expect(run.perceptron == Perceptron(w1: 0.20292183315885048, w2: 0.12043661993885693, b: -0.025894299980277508))
    }

    /// numpy's results from seed 1, η = 0.1: (w1, w2, b, epochs, converged).
    static let trainedFromSeed1: [LogicGate: (Double, Double, Double, Int, Bool)] = [
        .and: (0.10292183315885048, 0.12043661993885693, -0.1258942999802775, 3, true),
        .or: (0.20292183315885048, 0.12043661993885693, -0.025894299980277508, 3, true),
        .nand: (-0.09707816684114953, -0.17956338006114309, 0.2741057000197225, 8, true),
        .nor: (-0.09707816684114953, -0.07956338006114308, 0.0741057000197225, 5, true),
        .xor: (0.002921833158850473, -0.07956338006114308, 0.0741057000197225, 100, false),
        .xnor: (0.10292183315885048, 0.12043661993885693, -0.025894299980277508, 100, false),
        .notX1OrX2: (-0.09707816684114953, 0.22043661993885694, 0.0741057000197225, 6, true),
        .alwaysOne: (0.20292183315885048, 0.020436619938856926, 0.0741057000197225, 1, true),
    ]

    @Test(arguments: Array(trainedFromSeed1.keys))
    func convergenceFromSeed1MatchesNumpy(gate: LogicGate) throws {
        let expected = try #require(Self.trainedFromSeed1[gate])
        var run = RosenblattTraining(target: gate, eta: 0.1, start: RosenblattTraining.randomStart(seed: 1))
        run.runToEnd()
        #expect(run.perceptron == Perceptron(w1: expected.0, w2: expected.1, b: expected.2))
        #expect(run.epochs == expected.3)
        #expect(run.state == (expected.4 ? .converged(epochs: expected.3) : .gaveUp(epochs: 100)))
        if expected.4 { #expect(run.perceptron.truthTable == gate.truthTable) }
    }

    @Test func xorNeverConvergesAndOtherRatesStillFindAND() {
        let start = RosenblattTraining.randomStart(seed: 1)
        var and = RosenblattTraining(target: .and, eta: 0.5, start: start)
        and.runToEnd()
        #expect(and.state == .converged(epochs: 6))
        #expect(and.perceptron == Perceptron(w1: 0.7029218331588505, w2: 1.0204366199388568, b: -1.4258942999802775))
        var xor = RosenblattTraining(target: .xor, eta: 0.5, start: start)
        xor.runToEnd()
        #expect(xor.state == .gaveUp(epochs: 100))
        #expect(xor.perceptron == Perceptron(w1: 0.20292183315885048, w2: -0.4795633800611431, b: 0.0741057000197225))
        #expect(xor.updates.count == 400)
        #expect(xor.mistakesPerEpoch.allSatisfy { $0 > 0 })
        // Finished runs ignore further steps.
        xor.step()
        #expect(xor.updates.count == 400)
    }

    // MARK: - The learning cell

    @Test func learningCellPacesPlayAndSaysHowItEnded() {
        let cell = LearningCell(seed: 1)
        #expect(cell.status == "start #1: press space to play, s to step one input")
        #expect(cell.panelLines[1...3] == ["start #1 (random):", "w1 = 0.203", "w2 = 0.0204"])
        // 5 updates per second at 30 frames per second: one update every 6 frames.
        for _ in 0..<5 { #expect(!cell.advance(budget: 0.01)) }
        #expect(cell.advance(budget: 0.01))
        #expect(cell.training.updates.count == 1)
        #expect(cell.panelLines[1...6] == ["epoch 1, input 1 of 4", "x = (0, 0)  t = 0  y = 1", "t − y = −1: move the line",
                                           "w1 0.203 → 0.203", "w2 0.0204 → 0.0204", "b  0.0741 → -0.0259"])
        #expect(cell.status == "epoch 1 (at most 100), 1 mistake in it so far")
        while !cell.isFinished { cell.step() }
        #expect(cell.status == "converged after 3 epochs: all four inputs right (4 updates)")
        #expect(cell.mistakesLine(limit: 24) == "3 1 0")

        cell.setKnob("target", to: LogicGate.xor.index)
        #expect(cell.training.updates.isEmpty, "a new target restarts")
        cell.setKnob("speed", to: 60)
        var frames = 0
        while !cell.isFinished { _ = cell.advance(budget: 0.01); frames += 1 }
        #expect(frames == 200, "two updates per frame, 400 updates")
        #expect(cell.status == "not learned in 100 epochs: XOR is not linearly separable")
        #expect(cell.mistakesLine(limit: 24).hasPrefix("… "))
        cell.reset()
        #expect(!cell.isFinished && cell.training.updates.isEmpty)
        cell.setKnob("start", to: 2)
        #expect(cell.training.perceptron == RosenblattTraining.randomStart(seed: 2))
        cell.setKnob("eta", to: .infinity)
        cell.setKnob("start", to: .nan)
        #expect(cell.eta == 0.1 && cell.start == 1)
    }
}
