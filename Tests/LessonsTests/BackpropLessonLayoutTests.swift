import Charts
import LessonKit
import Testing
@testable import BackpropLesson

/// One layout for a whole graph walk (review D13), the node table's window at 80×24 (D14),
/// names that read right in the sigmoid graph and in ASCII, and the node count (D10).
@Suite("Backprop lesson: one layout per walk, table window, labels")
struct BackpropLessonLayoutTests {
    /// The cell's size at 80×24.
    static let width = 54, height = 13

    /// Where `text` first appears in the rendered lines: (row, column in characters).
    private func position(of text: String, in lines: [String]) -> [Int]? {
        for (row, line) in lines.enumerated() {
            if let range = line.range(of: text) { return [row, line.distance(from: line.startIndex, to: range.lowerBound)] }
        }
        return nil
    }

    /// The positions of `texts` at every step of `cell`'s walk, from ready to finished.
    private func positionsAtEveryStep(_ cell: AppleGraphCell, _ texts: [String]) -> [[[Int]?]] {
        cell.reset()
        var result: [[[Int]?]] = []
        while true {
            let lines = cell.render(width: Self.width, height: Self.height, options: .standard).lines
            result.append(texts.map { position(of: $0, in: lines) })
            if cell.isFinished { break }
            cell.step()
        }
        return result
    }

    @Test func theAppleGraphStaysPutFromFirstToLastStep() {
        let cell = AppleGraphCell()
        let all = positionsAtEveryStep(cell, ["│ apple ├", "│ apple_num ├", "│ tax ├", "┐ 100"])
        #expect(all.count == 5)
        #expect(all.allSatisfy { $0 == [[1, 0], [5, 0], [8, 23], [0, 8]] }, "\(all)")
    }

    @Test func theAppleOrangeGraphKeepsOneFormForTheWholeWalk() {
        let cell = AppleGraphCell()
        cell.setKnob("example", to: 1)
        // At 54 columns the full names do not fit the finished graph: letters all the way.
        let all = positionsAtEveryStep(cell, ["│ a ├", "│ n ├", "│ o ├", "│ m ├", "│ t ├"])
        #expect(all.count == 9)
        #expect(all.allSatisfy { $0 == [[1, 0], [4, 0], [7, 0], [10, 0], [9, 28]] }, "\(all)")
    }

    @Test func theActiveRowStaysInViewWithACue() {
        let cell = AffineSoftmaxCell()
        for _ in 0..<5 { cell.step() }
        let lines = cell.render(width: Self.width, height: Self.height, options: .standard).lines
        #expect(lines[5] == "▸ xW1    +             0.6                            ")
        #expect(lines[8] == "  … 17 more rows (9 above, 8 below)                   ")
        #expect(lines[9] == "xW1 = x1w11 + x2w21 = 0.5 + 0.1 = 0.6                 ")
    }

    @Test func onceFinishedTheRowsTheTryNamesAreShown() {
        let cell = AffineSoftmaxCell()
        while !cell.isFinished { cell.step() }
        let lines = cell.render(width: Self.width, height: Self.height, options: .standard).lines
        // The same columns as while stepping: the window never changes their widths.
        #expect(lines[4] == "  a1     +             0.7  -0.310025  -0.310026      ")
        #expect(lines[5] == "  a2     +            -0.1   0.310025   0.310026      ")
        #expect(lines[8] == "  … 17 more rows (12 above, 5 below)                  ")
        // Switching the class (the Try) swaps their signs, still in view (the graph for
        // class 2 builds a2 first).
        cell.setKnob("label", to: 1)
        let switched = cell.render(width: Self.width, height: Self.height, options: .standard).lines
        #expect(switched[4] == "  a2     +           -0.1  -0.689974  -0.689974       ")
        #expect(switched[5] == "  a1     +            0.7   0.689974   0.689974       ")
    }

    @Test func theTextCountsTheNodesTheTableLists() {
        let cell = AffineSoftmaxCell()
        let table = GraphPicture(walk: cell.walk).table(options: .standard)
        #expect(table.rows.count == 23)
        // L = −log(y + δ): the negation names its input, not an "x" the graph does not have.
        #expect(table.rows.last?.prefix(2) == ["L", "−log"])
        let text = BackpropLesson().makePages(context: LessonContext())[3].text
        #expect(text.contains("scalar nodes, 23 of them"))
        #expect(!text.contains("24"))
    }

    @Test func sigmoidNodesReadRightInUnicodeAndASCII() {
        let cell = SigmoidCell()
        let unicode = cell.render(width: Self.width, height: Self.height, options: .standard).lines
        #expect(unicode[1] == "│ x ├────▶│ ×(-1) ├────▶│ exp ├────▶│ +1 ├────▶│ 1/c │")
        let ascii = cell.render(width: Self.width, height: Self.height, options: .ascii).lines
        #expect(ascii[1] == "| x +---->| *(-1) +---->| exp +---->| +1 +---->| 1/c |")
        // A function's argument is not bracketed twice: "exp(-1)", not "exp((-1))".
        cell.step(); cell.step()
        #expect(GraphReadout(walk: cell.walk).lines == ["b = exp(a) = exp(-1) = 0.367879"])
        cell.reset()
        // The local derivative of ×(−1) is said once, not as "(-1) = -1".
        for _ in 0..<8 { cell.step() }
        #expect(cell.render(width: Self.width, height: Self.height, options: .standard).lines
            .contains("∂a/∂x = -1 → grad 0.196612 = -0.196612·(-1)           "))
    }
}
