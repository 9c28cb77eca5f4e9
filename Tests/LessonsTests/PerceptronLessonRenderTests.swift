import Charts
import LessonKit
import Testing
@testable import PerceptronLesson

/// The perceptron lesson's cells drawn at the notebook's cell size (53×12 at 80×24) and at
/// 120×40, in Unicode and ASCII; and its headless export (`nnbook run perceptron`).
@Suite("Perceptron lesson: render and export")
struct PerceptronLessonRenderTests {
    private func cells(seed: UInt64 = 1) -> [LiveCell] {
        PerceptronLesson().makePages(context: LessonContext(seed: seed)).compactMap(\.cell)
    }

    // MARK: - Render

    @Test func everyCellFillsEverySizeExactlyAndASCIIIsASCII() {
        for cell in cells() {
            for steps in [0, 6, 400] {
                cell.reset()
                for _ in 0..<steps { cell.step() }
                for (w, h) in [(1, 1), (10, 4), (30, 8), (53, 12), (120, 40)] {
                    for options in [RenderOptions.standard, .ascii, RenderOptions(unicode: true, color: false)] {
                        let grid = cell.render(width: w, height: h, options: options)
                        #expect(grid.width == w && grid.height == h, "\(cell.title) \(w)×\(h)")
                        #expect(grid.lines.allSatisfy { displayWidth(of: $0) == w })
                        if !options.unicode {
                            #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(cell.title) \(w)×\(h)")
                        }
                    }
                }
            }
        }
    }

    @Test func gateCellShowsTheTruthTableAndTheGate() {
        let cell = GateCell()
        let lines = cell.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[0] == "    x2 y = 1 shaded        x1  x2     a  y           ")
        #expect(lines[2].hasSuffix("│       0   0  -0.7  0           "))
        #expect(lines[5] == "     │        ⠈⠢⡀   │       1   1   0.3  1           ")
        #expect(lines[7] == "    0┤   ○      ○ ⠈⠢│      ✓ this is AND (book)      ")
        #expect(lines[8].hasSuffix("│      a = 0.5·x1 + 0.5·x2 − 0.7 "))
        let ascii = cell.render(width: 53, height: 12, options: .ascii).lines
        #expect(ascii[3] == "    1+   o'\\_   *   |       1   0  -0.2  0           ")
        #expect(ascii[8].hasSuffix("|      a = 0.5*x1 + 0.5*x2 - 0.7 "))
        // Without colour the y = 1 side is dotted: at OR the whole upper right is.
        cell.setKnob("b", to: -0.2)
        let plain = cell.render(width: 53, height: 12, options: RenderOptions(unicode: true, color: false)).lines
        #expect(plain[3].contains("·●·"))
        #expect(plain[7].hasSuffix("│      ✓ this is OR (book)       "))
        let large = cell.render(width: 120, height: 40, options: .standard).lines
        #expect(large[5].hasSuffix("│           1   1   0.8  1           "))
        #expect(large[10].hasPrefix("           1┤                 ●"))
    }

    @Test func xorCellMarksTheWrongRows() {
        let cell = XORTryCell()
        let lines = cell.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[0] == "    x2 XOR: ● 1  ○ 0       x1  x2  y  XOR            ")
        #expect(lines[5].hasSuffix("│       1   1  1    0  ✗ wrong   "))
        #expect(lines[7].hasSuffix("│      3 of 4 right              "))
        let ascii = cell.render(width: 53, height: 12, options: .ascii).lines
        #expect(ascii[5].hasSuffix("|       1   1  1    0  WRONG     "))
        // AND is right only at (0, 0).
        cell.setKnob("xor_b", to: -0.7)
        #expect(cell.rowsRight == [true, false, false, false])
        #expect(cell.status == "1 of 4 right: XOR is not linearly separable, no line gets all 4")
        let large = cell.render(width: 120, height: 40, options: .standard).lines
        #expect(large[3].hasSuffix("│           1   0  0    1  ✗ wrong   "))
    }

    @Test func networkCellDrawsTheValuesOnTheWires() {
        let cell = XORNetworkCell()
        let lines = cell.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[2] == "x1=1─┬───┐                           0   0   1   0  0")
        #expect(lines[3] == "     │   ├─▶NAND─s1=1─┐           ▸  1   0   1   1  1")
        #expect(lines[5] == "     │ │              ├─▶AND─y=1     1   1   0   1  0")
        #expect(lines[7] == "       │ ├─▶ OR ─s2=1─┘           s1 = NAND(x1, x2)  ")
        cell.setKnob("x2", to: 1)
        let ascii = cell.render(width: 53, height: 12, options: .ascii).lines
        #expect(ascii[3] == "     |   +->NAND-s1=0-+              1   0   1   1  1")
        #expect(ascii[5] == "     | |              +->AND-y=0  >  1   1   0   1  0")
        #expect(ascii[8] == "x2=1---+-+                        s2 = OR(x1, x2)    ")
        let large = cell.render(width: 120, height: 40, options: .standard).lines
        // Tall enough for the band under the network: the network moves to the top.
        #expect(large[3].hasPrefix(String(repeating: " ", count: 39) + "│ │              ├─▶AND─y=0"))
        #expect(large[8].contains("y = 1: the band"))
    }

    @Test func learningCellWritesOutTheLastUpdate() {
        let cell = LearningCell(seed: 1)
        for _ in 0..<6 { cell.step() }
        let lines = cell.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[0] == "    x2 AND: ● 1  ○ 0       target AND, η = 0.1       ")
        #expect(lines[1].hasSuffix("┐      epoch 2, input 2 of 4     "))
        #expect(lines[2].hasSuffix("│      x = (1, 0)  t = 0  y = 1  "))
        #expect(lines[4].hasSuffix("│      w1 0.203 → 0.103          "))
        #expect(lines[9].hasSuffix("┘      3 1…                      "))
        let ascii = cell.render(width: 53, height: 12, options: .ascii).lines
        #expect(ascii[3].hasSuffix("|      t - y = -1: move the line "))
        let large = cell.render(width: 120, height: 40, options: .standard).lines
        #expect(large[6].hasSuffix("│          b  -0.0259 → -0.126       "))
    }

    // MARK: - Export

    @Test func headlessRunExportsGatesTwoLayersAndTrainedWeights() throws {
        let output = try PerceptronLesson().run(RunRequest())
        #expect(output.lesson == "perceptron")
        #expect(output.cells.map(\.name) == ["gates", "xor with one line", "two-layer xor", "learning rule"])

        // Gates: all 16 named gates with their tables, the book's weights where it has them.
        guard case let .object(gatesJSON) = output.cells[0].json,
              case let .array(gates)? = gatesJSON.first(where: { $0.0 == "gates" })?.1,
              case let .object(and) = gates.first,
              case let .object(xor) = gates[4]
        else { Issue.record("unexpected gates export: \(output.cells[0].json)"); return }
        #expect(gates.count == 16)
        #expect(and.map(\.0) == ["gate", "label", "truth_table", "linearly_separable", "weights", "perceptron_output"])
        #expect(and[0].1 == .string("AND"))
        #expect(and[2].1 == .array([0, 0, 0, 1].map(ExportValue.integer)))
        #expect(and[4].1 == .object([("w1", .number(0.5)), ("w2", .number(0.5)), ("b", .number(-0.7)), ("source", .string("book"))]))
        #expect(and[5].1 == and[2].1)
        #expect(xor[0].1 == .string("XOR") && xor[3].1 == .bool(false) && xor[4].1 == .null)
        let gateTable = output.cells[0].tables[0]
        #expect(gateTable.columns == ["gate", "source", "w1", "w2", "b", "y00", "y10", "y01", "y11"])
        #expect(gateTable.rows[2] == [.string("NAND"), .string("book"), .number(-0.5), .number(-0.5), .number(0.7),
                                      .integer(1), .integer(1), .integer(1), .integer(0)])

        // Two layers: x1, x2, s1, s2, y.
        #expect(output.cells[2].tables[0].rows.map { $0.map { v -> Int in if case let .integer(i) = v { i } else { -1 } } }
            == TwoLayerXOR.table)

        // The learning rule ran to convergence on AND (3 epochs, 12 presentations), and every
        // gate was trained from the same start.
        guard case let .object(learning) = output.cells[3].json,
              case let .object(run)? = learning.first(where: { $0.0 == "run" })?.1,
              case let .array(trained)? = learning.first(where: { $0.0 == "trained" })?.1,
              case let .object(trainedAND) = trained.first,
              case let .object(trainedXOR) = trained[4]
        else { Issue.record("unexpected learning export"); return }
        #expect(learning.map(\.0) == ["target", "eta", "start", "seed", "start_weights", "run", "trained"])
        #expect(run.first { $0.0 == "epochs" }?.1 == .integer(3))
        #expect(run.first { $0.0 == "converged" }?.1 == .bool(true))
        if case let .array(updates)? = run.first(where: { $0.0 == "updates" })?.1 { #expect(updates.count == 12) }
        #expect(trained.count == 16)
        #expect(trainedAND.map(\.0) == ["gate", "w1", "w2", "b", "epochs", "converged"])
        #expect(trainedAND.map(\.1) == [.string("AND"), .number(0.10292183315885048), .number(0.12043661993885693),
                                        .number(-0.1258942999802775), .integer(3), .bool(true)])
        #expect(trainedXOR.map(\.1) == [.string("XOR"), .number(0.002921833158850473), .number(-0.07956338006114308),
                                        .number(0.0741057000197225), .integer(100), .bool(false)])
        #expect(output.cells[3].tables.map(\.name) == ["trained", "updates"])
        #expect(output.json().contains("\"converged\": true"))
        #expect(output.csv().contains("AND,0.10292183315885048,0.12043661993885693,-0.1258942999802775,3,true"))
    }

    @Test func headlessSettingsReachTheirCells() throws {
        let output = try PerceptronLesson().run(RunRequest(settings: [("target", "XOR"), ("eta", "0.5"), ("w1", "-0.3")]))
        guard case let .object(learning) = output.cells[3].json,
              case let .object(run)? = learning.first(where: { $0.0 == "run" })?.1,
              case let .array(trained)? = learning.first(where: { $0.0 == "trained" })?.1,
              case let .object(trainedAND) = trained.first
        else { Issue.record("unexpected learning export"); return }
        #expect(run.first { $0.0 == "epochs" }?.1 == .integer(100))
        #expect(run.first { $0.0 == "converged" }?.1 == .bool(false))
        #expect(trainedAND.map(\.1) == [.string("AND"), .number(0.7029218331588505), .number(1.0204366199388568),
                                        .number(-1.4258942999802775), .integer(6), .bool(true)])
        // w1 is page 1's knob only; page 2's is xor_w1 (review D5: one name, one knob).
        guard case let .object(gates) = output.cells[0].json,
              case let .object(current)? = gates.first(where: { $0.0 == "current" })?.1,
              case let .object(xorTry) = output.cells[1].json
        else { Issue.record("unexpected weight-cell exports"); return }
        #expect(current.first { $0.0 == "w1" }?.1 == .number(-0.3))
        #expect(xorTry.first { $0.0 == "w1" }?.1 == .number(0.5))
        let xorSet = try PerceptronLesson().run(RunRequest(settings: [("xor_w1", "-0.3")]))
        guard case let .object(gatesAgain) = xorSet.cells[0].json,
              case let .object(unchanged)? = gatesAgain.first(where: { $0.0 == "current" })?.1,
              case let .object(xorSetTry) = xorSet.cells[1].json
        else { Issue.record("unexpected weight-cell exports"); return }
        #expect(unchanged.first { $0.0 == "w1" }?.1 == .number(0.5))
        #expect(xorSetTry.first { $0.0 == "w1" }?.1 == .number(-0.3))

        let stepped = try PerceptronLesson().run(RunRequest(steps: 5))
        #expect(stepped.cells[3].tables[1].rows.count == 5)
        #expect(throws: LessonKitError.self) { try PerceptronLesson().run(RunRequest(settings: [("target", "MAJORITY")])) }
        #expect(throws: LessonKitError.self) { try PerceptronLesson().run(RunRequest(settings: [("eta", "5")])) }
    }
}
