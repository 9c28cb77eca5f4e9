import Charts
import LessonKit
import Testing
@testable import PerceptronLesson

/// The unit square keeps its place and shape (review D13, D7), readouts wrap instead of being
/// cut (D11), status lines fit the 80-column status row (D3), and page 2's knobs have their
/// own command-line names (D5).
@Suite("Perceptron lesson: layout, aspect and knob names")
struct PerceptronLessonLayoutTests {
    /// The cell's size in the notebook at 80×24 and at 200×60 (text in its own column).
    static let small = (width: 54, height: 13), large = (width: 90, height: 56)

    private func box(_ cell: LiveCell, _ size: (width: Int, height: Int), _ options: RenderOptions = .standard)
        -> (x: Int, y: Int, columns: Int, rows: Int)? {
        UnitSquarePlot.dataBox(in: cell.render(width: size.width, height: size.height, options: options))
    }

    @Test func theSquareIsSquareOnScreenAtBothSizes() throws {
        // Chart area 54 − 26 (panel) − 1 = 27 columns: 8 rows of 16 columns, label "1" and
        // borders around them (19 columns), centred: the data starts at column 4 + 2.
        let small = try #require(box(GateCell(), Self.small))
        #expect(small.x == 6 && small.y == 2 && small.columns == 16 && small.rows == 8)
        // 200×60: 90 − 27 = 63 columns hold 28 rows of 56 (labels like "-0.5" and borders: 62).
        let large = try #require(box(GateCell(), Self.large))
        #expect(large.x == 5 && large.y == 2 && large.columns == 56 && large.rows == 28)
        // The same square in ASCII, and on the XOR page.
        let ascii = try #require(box(GateCell(), Self.small, .ascii))
        #expect(ascii.columns == 16 && ascii.rows == 8)
        let xor = try #require(box(XORTryCell(), Self.small))
        #expect(xor.x == 6 && xor.columns == 16 && xor.rows == 8)
    }

    @Test func theChartDoesNotMoveWhenTheReadoutChanges() throws {
        let gate = GateCell()
        let before = try #require(box(gate, Self.small))
        gate.setKnob("w2", to: 0)  // shorter formula: "a = 0.5·x1 − 0.7"
        #expect(gate.formulaLine.count < 20)
        let after = try #require(box(gate, Self.small))
        #expect(before == after)

        let xor = XORTryCell()
        let orBox = try #require(box(xor, Self.small))
        xor.setKnob("xor_w1", to: -0.4); xor.setKnob("xor_w2", to: 0.5); xor.setKnob("xor_b", to: -0.3)
        #expect(try #require(box(xor, Self.small)) == orBox)
    }

    @Test func theXORReadoutWrapsWholeWords() {
        // The review's case: w = (−0.4, 0.5), b = −0.3 computes "not x1 and x2".
        let xor = XORTryCell()
        xor.setKnob("xor_w1", to: -0.4); xor.setKnob("xor_w2", to: 0.5); xor.setKnob("xor_b", to: -0.3)
        let lines = xor.render(width: Self.small.width, height: Self.small.height, options: .standard).lines
        #expect(lines[7].hasSuffix("│     3 of 4 right              "))
        #expect(lines[8].hasSuffix("│     the line computes         "))
        #expect(lines[9].hasSuffix("│     not x1 and x2             "))
    }

    @Test func statusLinesFitTheStatusRowAt80Columns() {
        // " ■ finished  ·  " takes 16 of 80 columns, the last one stays free.
        let room = 80 - 16 - 1
        let xor = XORTryCell()
        #expect(xor.status == "3 of 4 right: XOR is not linearly separable, no line gets all 4")
        let learning = LearningCell(seed: 1)
        learning.setKnob("target", to: LogicGate.xor.index)
        for _ in 0..<1000 where !learning.isFinished { learning.step() }
        let statuses = [xor.status, learning.status, GateCell().status, XORNetworkCell().status].compactMap { $0 }
        #expect(statuses.count == 4)
        for status in statuses { #expect(displayWidth(of: status) <= room, "\(status)") }
    }

    @Test func pageTwoHasItsOwnKnobNames() {
        let pages = PerceptronLesson().makePages(context: LessonContext())
        #expect(pages[0].cell?.knobs.map(\.name) == ["w1", "w2", "b"])
        #expect(pages[1].cell?.knobs.map(\.name) == ["xor_w1", "xor_w2", "xor_b"])
        #expect(pages[1].cell?.knobs.map(\.label) == ["weight w1", "weight w2", "bias b"])
        let xor = XORTryCell()
        xor.setKnob("b", to: -0.7)  // page 1's name: not this page's knob
        #expect(xor.perceptron == Perceptron.bookOR)
    }
}

/// Page 3 draws the band the text describes: both hidden lines on the unit square and the
/// region between them, where the two-layer network outputs 1 (review, perceptron 3).
@Suite("Perceptron lesson: the XOR band")
struct PerceptronLessonBandTests {
    @Test func theBandIsWhereTheNetworkSaysOne() throws {
        let square = XORBandChart(diagram: XORNetworkCell().diagram).square
        let region = try #require(square.region)
        // NAND is 1 below x1 + x2 = 1.5, OR above x1 + x2 = 0.2: the band between them.
        #expect(region(0.5, 0.5) && region(1, 0) && region(0, 1))
        #expect(!region(0, 0) && !region(1, 1) && !region(1.2, 1.2) && !region(-0.2, 0.1))
        #expect(square.extraLines == [.bookOR] && square.perceptron == .bookNAND)
        #expect(square.corners.map(\.value) == [0, 1, 1, 0])
        #expect(square.corners.map(\.highlighted) == [false, true, false, false])
    }

    @Test func aTallCellShowsTheSquareUnderTheNetwork() throws {
        let cell = XORNetworkCell()
        let tall = cell.render(width: 90, height: 56, options: RenderOptions(unicode: true, color: false)).lines
        #expect(tall[3] == String(repeating: " ", count: 24) + "│ │              ├─▶AND─y=1                    ▸  1   0   1   1  1")
        let titleRow = try #require(tall.firstIndex { $0.contains("y = 1: the band") })
        #expect(titleRow == 8)
        // Both lines cross the square and the band is dotted between them: on the 1 row,
        // dots left of (0, 1)'s ● … and on the 0 row right of it towards (1, 0).
        #expect(tall.contains { $0.contains("·●·") })
        // The small cell keeps the network alone (80×24).
        let small = cell.render(width: 54, height: 13, options: .standard).lines
        #expect(!small.joined().contains("the band"))
    }
}

/// At 120×40 the page-3 cell (43 columns) is too narrow for the network beside the table:
/// the network goes across the top, whole — with its AND and output y.
@Suite("Perceptron lesson: the network keeps its output")
struct PerceptronLessonNarrowNetworkTests {
    @Test func theOutputIsOnScreenInANarrowTallCell() {
        let lines = XORNetworkCell().render(width: 43, height: 37, options: .standard).lines
        #expect(lines[3] == "          │ │              ├─▶AND─y=1      ")
        #expect(lines[8].hasSuffix("x1  x2  s1  s2  y"))
        #expect(lines.contains { $0.contains("y = 1: the band") })
    }
}
