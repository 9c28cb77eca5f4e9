import Testing
@testable import Charts

/// Tables: alignment, highlight, truncation, windowing.
@Suite struct TableTests {
    let runs = Table(title: "runs", headers: ["lr", "optimizer", "acc"],
                     rows: [["0.1", "SGD", "0.912"], ["0.01", "Adam", "0.957"], ["1", "Momentum", "0.5"]],
                     highlightedRow: 1)

    @Test func numbersRightTextLeftHighlightedRow() {
        let g = runs.render(width: 30, height: 6, options: .standard)
        #expect(g.lines == [
            "runs                          ",
            "    lr  optimizer    acc      ",
            "  ────  ─────────  ─────      ",
            "   0.1  SGD        0.912      ",
            "▸ 0.01  Adam       0.957      ",
            "     1  Momentum     0.5      ",
        ])
        #expect(g[2, 4].style.reverse && !g[2, 3].style.reverse)
        #expect(g[2, 1].style.bold)
    }

    @Test func narrowTablesTruncateWidestColumnsFirst() {
        #expect(runs.render(width: 16, height: 6, options: .ascii).lines == [
            "runs            ",
            "   lr  op~   acc",
            "  ---  ---  ----",
            "  0.1  SGD     ~",
            ">   ~  Ad~     ~",
            "    1  Mo~   0.5",
        ])
    }

    @Test func shortTablesShowTheHighlightedRow() {
        #expect(runs.render(width: 30, height: 3, options: .standard).lines == [
            "    lr  optimizer    acc      ",
            "  ────  ─────────  ─────      ",
            "▸ 0.01  Adam       0.957      ",
        ])
    }

    @Test func alignmentRules() {
        let t = Table(columns: [.init("a"), .init("b"), .init("c", alignment: .center)],
                      rows: [["1e-4", "x"], ["12.5k", "2"], ["NaN", ""]])
        #expect(t.alignment(of: 0) == .right)
        #expect(t.alignment(of: 1) == .left)
        #expect(t.alignment(of: 2) == .center)
        #expect(t.render(width: 20, height: 5, options: .standard).lines == [
            "    a  b  c         ",
            "─────  ─  ─         ",
            " 1e-4  x            ",
            "12.5k  2            ",
            "  NaN               ",
        ])
    }
}
