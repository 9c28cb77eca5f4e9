import Charts
import LessonKit
import Testing
@testable import ActivationsLesson

/// The activations lesson's numbers against float64 values printed by
/// `Scripts/reference/activations.py` (numpy), and its headless export.
@Suite("Activations lesson")
struct ActivationsLessonTests {
    private func pages() -> [Page] { ActivationsLesson().makePages(context: LessonContext()) }

    @Test func gridIsNumpysArangeBitForBit() {
        #expect(activationGrid.count == 100)
        #expect(activationGrid[0] == -5.0)
        #expect(activationGrid[37] == -1.3000000000000131)
        #expect(activationGrid[50] == -1.7763568394002505e-14)
        #expect(activationGrid[99] == 4.899999999999965)
    }

    @Test func curvesMatchNumpy() throws {
        let export = CurveCell().export()
        guard case let .object(fields) = export.json,
              case let .object(sigmoid)? = fields.first(where: { $0.0 == "sigmoid" })?.1,
              case let .array(h)? = sigmoid.first(where: { $0.0 == "h" })?.1,
              case let .array(dh)? = sigmoid.first(where: { $0.0 == "dh" })?.1,
              case let .object(tanh)? = fields.first(where: { $0.0 == "tanh" })?.1,
              case let .array(th)? = tanh.first(where: { $0.0 == "h" })?.1
        else { Issue.record("unexpected export shape: \(export.json)"); return }
        #expect(h[0] == .number(0.0066928509242848554))
        #expect(h[37] == .number(0.21416501695743917))
        #expect(h[99] == .number(0.9926084586557179))
        #expect(dh[37] == .number(0.16829836246905897))
        #expect(dh[50] == .number(0.25))
        guard case let .number(tanh63) = th[63] else { Issue.record("tanh not a number"); return }
        #expect(abs(tanh63 - 0.8617231593133006) < 4e-16)
        let table = try #require(export.tables.first)
        #expect(table.columns == ["x", "step", "d_step", "sigmoid", "d_sigmoid", "tanh", "d_tanh", "relu", "d_relu",
                                  "leaky-relu", "d_leaky-relu", "identity", "d_identity"])
        #expect(table.rows.count == 100)
        // ReLU at x = -5 and its derivative at 0⁻ (the book's layer: 0 at x ≤ 0).
        #expect(table.rows[0][7] == .number(0))
        #expect(table.rows[50][8] == .number(0))
        // Leaky ReLU with the lesson's default α = 0.1 at x = -5.
        #expect(table.rows[0][9] == .number(-0.5))
    }

    @Test func cursorReadoutFollowsTheKnobs() {
        let cell = CurveCell()
        #expect(cell.readout == "x = 0   h(x) = 0.5   h′(x) = 0.25")
        cell.setKnob("function", to: ActivationChoice.relu.index)
        cell.setKnob("x", to: 1.5)
        #expect(cell.readout == "x = 1.5   h(x) = 1.5   h′(x) = 1")
        cell.setKnob("function", to: ActivationChoice.step.index)
        cell.setKnob("x", to: 0)
        #expect(cell.readout == "x = 0   h(x) = 0   h′(x) = 0")
    }

    @Test func derivativesAtFourMatchNumpy() {
        let cell = DerivativeCell()
        #expect(cell.readout == ["at x = 4:  sigmoid′ 0.0177   tanh′ 0.00134", "           ReLU′ 1   leaky ReLU′ 1"])
        guard case let .object(fields) = cell.export().json,
              case let .object(d)? = fields.first(where: { $0.0 == "derivatives" })?.1
        else { Issue.record("unexpected export shape"); return }
        #expect(d[0].1 == .number(0.017662706213291107))
        #expect(d[1].1 == .number(0.0013409506830258655))
        cell.setKnob("x", to: -2)
        #expect(cell.export().tables[0].rows[3] == [.string("leaky-relu"), .number(-0.2), .number(0.1)])
    }

    @Test func stackedLayers() {
        let cell = DepthCell()
        let tanhCurves = cell.curves()
        #expect(tanhCurves.count == 3)
        // tanh comes from glibc here and from numpy's own implementation there: they may
        // differ in the last bit, so compare to 1 ulp-ish rather than exactly.
        #expect(abs(tanhCurves[2][40] - -0.9576819904265464) < 4e-16)
        #expect(abs(tanhCurves[2][60] - 0.9576819904265463) < 4e-16)
        // Identity layers compose to a straight line of slope wᵏ.
        cell.setKnob("function", to: ActivationChoice.identity.index)
        cell.setKnob("depth", to: 4)
        cell.setKnob("w", to: 0.5)
        let line = cell.curves()[3]
        for i in [0, 37, 99] { #expect(abs(line[i] - 0.0625 * activationGrid[i]) < 1e-15) }
    }

    @Test func softmaxIsTheBooksExampleAndOverflowSafe() {
        let cell = SoftmaxCell()
        #expect(cell.probabilities == [0.01821127329554753, 0.24519181293507392, 0.7365969137693786])
        cell.setKnob("T", to: 2)
        let halved = cell.probabilities
        let expected = [0.09066909648541432, 0.3326918135899785, 0.5766390899246072]
        for (a, b) in zip(halved, expected) { #expect(abs(a - b) < 1e-15) }
        cell.setKnob("T", to: 1)
        for (i, a) in [1010.0, 1000, 990].enumerated() { cell.setKnob("a\(i + 1)", to: a) }
        let big = cell.probabilities
        let bigExpected = [0.999954600070331, 4.539786860886666e-05, 2.061060046209062e-09]
        for (a, b) in zip(big, bigExpected) { #expect(abs(a - b) <= 1e-15 * max(1, b) + 1e-24) }
    }

    @Test func headlessRunAppliesSettings() throws {
        let output = try ActivationsLesson().run(RunRequest(settings: [("function", "relu"), ("x", "2.5")]))
        #expect(output.cells.count == 4)
        guard case let .object(fields) = output.cells[0].json,
              case let .object(cursor)? = fields.first(where: { $0.0 == "cursor" })?.1
        else { Issue.record("unexpected export shape"); return }
        #expect(cursor.map(\.0) == ["function", "x", "h", "dh"])
        #expect(cursor[0].1 == .string("relu"))
        #expect(cursor[2].1 == .number(2.5))
        #expect(throws: LessonKitError.self) {
            try ActivationsLesson().run(RunRequest(settings: [("function", "softplus")]))
        }
    }

    @Test func everyPageFitsEverySizeWithoutCrashing() {
        for page in pages() {
            guard let cell = page.cell else { continue }
            for (w, h) in [(1, 1), (10, 4), (53, 12), (120, 40)] {
                for options in [RenderOptions.standard, .ascii] {
                    let grid = cell.render(width: w, height: h, options: options)
                    #expect(grid.width == w && grid.height == h)
                    if !options.unicode { #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(cell.title) \(w)×\(h)") }
                }
            }
        }
    }
}
