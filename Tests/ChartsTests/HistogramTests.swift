import Testing
@testable import Charts

/// Histograms: binning rules and exact renders.
@Suite struct HistogramTests {
    let data = Histogram(title: "h", values: [0, 0.1, 0.2, 0.6, 0.7, 0.75, 0.8, 0.9, 1, .nan], bins: 4, range: 0...1)

    @Test func binning() {
        let b = Histogram.binCounts([0, 0.1, 0.2, 0.6, 0.7, 0.75, 0.8, 0.9, 1, .nan, 1.5, -1], bins: 4, range: 0...1)
        // [0, .25) [.25, .5) [.5, .75) [.75, 1]: the upper edge belongs to the last bin.
        #expect(b.counts == [3, 0, 2, 4])
        #expect(b.nonFinite == 1 && b.outside == 2)
        #expect(Histogram.binCounts([2, 2], bins: 3, range: 2...2).counts == [2, 0, 0])
    }

    @Test func barsWithCountAxis() {
        // Heights 3, 0, 2, 4 of 4: eighths-of-a-cell tops (▆ = 6/8 of a row, ▄ = 4/8).
        #expect(data.render(width: 30, height: 9, options: .standard).lines == [
            "count     h ⚠ 1 non-finite sk…",
            " ┌───────────────────────────┐",
            "4┤                    ██████ │",
            " │▆▆▆▆▆               ██████ │",
            "2┤█████        ▄▄▄▄▄▄ ██████ │",
            " │█████        ██████ ██████ │",
            "0┤█████        ██████ ██████ │",
            " └┬────────────┬────────────┬┘",
            "  0           0.5           1 ",
        ])
        #expect(data.render(width: 30, height: 9, options: .ascii).lines == [
            "count     h ! 1 non-finite sk~",
            " +---------------------------+",
            "4+                    ###### |",
            " |#####               ###### |",
            "2+#####        ###### ###### |",
            " |#####        ###### ###### |",
            "0+#####        ###### ###### |",
            " ++------------+------------++",
            "  0           0.5           1 ",
        ])
    }

    @Test func givenCountsAreMergedWhenColumnsRunOut() {
        let h = Histogram(counts: [1, 2, 3, 4, 5, 6], edges: [0, 1, 2, 3, 4, 5, 6])
        #expect(h.render(width: 16, height: 7, options: .standard).lines == [
            "count           ",
            " ┌─────────────┐",
            "5┤        ▄▄██ │",
            " │    ▄▄██████ │",
            "0┤▄▄██████████ │",
            " └┬─────────┬──┘",
            "  0         5   ",
        ])
        // Three columns for six bins: pairs are summed (3, 7, 11).
        #expect(h.render(width: 5, height: 6, options: .standard).lines == [
            "┌───┐",
            "│  █│",
            "│ ▄█│",
            "│▁██│",
            "│███│",
            "└───┘",
        ])
    }

    @Test func binsNeverOutnumberColumns() {
        let h = Histogram(values: (0..<100).map(Double.init), bins: 50)
        let g = h.render(width: 12, height: 5, options: .ascii)
        #expect(g.width == 12 && g.height == 5)
        // Too short for labels: a framed 10 × 3 area → 10 bins of 10 values, all equally tall.
        #expect(g.lines == ["+----------+", "|##########|", "|##########|", "|##########|", "+----------+"])
    }

    /// Before anything is counted the count axis runs 0…1 (it read −1…1, a negative count).
    @Test func anEmptyHistogramHasACountAxisFromZero() {
        let lines = Histogram(values: [], bins: 4, range: 0...1).render(width: 20, height: 8, options: RenderOptions(unicode: false, color: false)).lines
        #expect(!lines.joined().contains("-1"))
        #expect(lines.contains { $0.hasPrefix("  1+") } && lines.contains { $0.hasPrefix("  0+") }, "\(lines)")
    }
}
