import Testing
@testable import Charts

/// Tick choice, range handling and number formatting.
@Suite struct ScaleTests {
    // Rule: the smallest step of 1, 2 or 5 × 10^k giving at most maxCount ticks.
    @Test func niceTicksInsideARange() {
        #expect(NiceTicks.ticks(in: 0...1, maxCount: 3).values == [0, 0.5, 1])
        #expect(NiceTicks.ticks(in: 0...1, maxCount: 6).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceTicks.ticks(in: 0...97, maxCount: 5).values == [0, 20, 40, 60, 80])
        #expect(NiceTicks.ticks(in: 0.31...0.39, maxCount: 3).values == [0.35])
        #expect(NiceTicks.ticks(in: -3...7, maxCount: 3).values == [0, 5])
    }

    @Test func niceTicksWidened() {
        let t = NiceTicks.ticks(in: 0...97, maxCount: 3, widen: true)
        #expect(t.range == 0...100)
        #expect(t.values == [0, 50, 100])
        #expect(NiceTicks.ticks(in: 0...97, maxCount: 5, widen: true).values == [0, 50, 100])
        // A range straddling a multiple of every step still gets an answer (3 ticks).
        #expect(NiceTicks.ticks(in: -0.4...0.6, maxCount: 2, widen: true).values == [-1, 0, 1])
    }

    @Test func autoAxisRoundsEndsAndKeepsFewLabels() {
        let a = Axis.resolve(.auto, extent: DataExtent([0, 97]), maxTicks: 3)
        #expect(a.range == 0...100)
        #expect(a.ticks == [0, 50, 100])
        #expect(a.labels == ["0", "50", "100"])
        let loss = Axis.resolve(.auto, extent: DataExtent([0.1, 2.4]), maxTicks: 5)
        #expect(loss.range == 0...2.4)
        #expect(loss.labels == ["0", "0.5", "1", "1.5", "2"])
        let tight = Axis.resolve(.tight, extent: DataExtent([0.1, 2.4]), maxTicks: 3)
        #expect(tight.range == 0.1...2.4)
        #expect(tight.labels == ["1", "2"])
        let fixed = Axis.resolve(.fixed(1, -1), extent: DataExtent([5, 6]), maxTicks: 3)
        #expect(fixed.range == -1...1)
        #expect(fixed.labels == ["-1", "0", "1"])
    }

    @Test func degenerateRanges() {
        #expect(DataExtent([]).plotRange == 0...1)
        #expect(DataExtent([3, 3, 3]).plotRange == 2...4)
        #expect(DataExtent([0]).plotRange == -1...1)
        #expect(DataExtent([0.05]).plotRange == 0.04...0.060000000000000005)
        #expect(DataExtent([-250]).plotRange == -350 ... -150)
        let e = DataExtent([1, .nan, .infinity, 2, -.infinity])
        #expect(e.lower == 1 && e.upper == 2 && e.skipped == 3)
        #expect(DataExtent([.nan]).isEmpty)
        let constant = Axis.resolve(.auto, extent: DataExtent([3, 3]), maxTicks: 3)
        #expect(constant.range == 2...4 && constant.labels == ["2", "3", "4"])
        let empty = Axis.resolve(.auto, extent: DataExtent(), maxTicks: 3)
        #expect(empty.range == 0...1 && empty.labels == ["0", "0.5", "1"])
    }

    @Test func logAxisUsesWholeDecades() {
        let a = Axis.resolve(.auto, extent: DataExtent([0, 3]), scale: .log10, maxTicks: 4)
        #expect(a.ticks == [0, 1, 2, 3])
        #expect(a.labels == ["1", "10", "100", "1000"])
        let small = Axis.resolve(.auto, extent: DataExtent([-7.2, -0.3]), scale: .log10, maxTicks: 3)
        #expect(small.range == -8...0)
        #expect(small.labels == ["1e-5", "1"])
        let f = Axis.resolve(.fixed(0.01, 100), extent: DataExtent(), scale: .log10, maxTicks: 5)
        #expect(f.labels == ["0.01", "0.1", "1", "10", "100"])
    }

    @Test func compactNumbers() {
        #expect(NumberFormat.compact(0) == "0")
        #expect(NumberFormat.compact(0.001) == "0.001")
        #expect(NumberFormat.compact(0.0009999) == "1e-3")
        #expect(NumberFormat.compact(1e-7) == "1e-7")
        #expect(NumberFormat.compact(2.5e-5) == "2.5e-5")
        #expect(NumberFormat.compact(0.012345) == "0.0123")
        #expect(NumberFormat.compact(12.345) == "12.3")
        #expect(NumberFormat.compact(-12.345) == "-12.3")
        #expect(NumberFormat.compact(1234) == "1234")
        #expect(NumberFormat.compact(12_500) == "12.5k")
        #expect(NumberFormat.compact(999_999) == "1M")
        #expect(NumberFormat.compact(1.5e6) == "1.5M")
        #expect(NumberFormat.compact(1.2e15) == "1.2e15")
        #expect(NumberFormat.compact(9.9996) == "10")
        #expect(NumberFormat.compact(-0.0001) == "-1e-4")
        #expect(NumberFormat.compact(.nan) == "NaN")
        #expect(NumberFormat.compact(-.infinity) == "-inf")
        #expect(NumberFormat.compact(0.52345, significant: 2) == "0.52")
    }

    @Test func tickLabelsResolveTheirStep() {
        #expect(NumberFormat.ticks([0, 0.5, 1], step: 0.5) == ["0", "0.5", "1"])
        #expect(NumberFormat.ticks([0, 5000, 10000, 15000], step: 5000) == ["0", "5k", "10k", "15k"])
        #expect(NumberFormat.ticks([100_001, 100_002], step: 1) == ["100.001k", "100.002k"])
        #expect(NumberFormat.ticks([0, 0.0002, 0.0004], step: 0.0002) == ["0", "2e-4", "4e-4"])
        #expect(NumberFormat.ticks([-1, 0, 1], step: 1) == ["-1", "0", "1"])
        #expect(NumberFormat.ticks([0.30000000000000004], step: 0.1) == ["0.3"])
    }

    @Test func equalAspectWidensTheNarrowSide() {
        // 40 columns × 10 rows is 40 × 20 in cell widths: a 4 × 4 box must become 8 × 4.
        let box = ViewBox.equalAspect(x: -2...2, y: -2...2, columns: 40, rows: 10)
        #expect(box.x == -4...4)
        #expect(box.y == -2...2)
        let tall = ViewBox.equalAspect(x: 0...10, y: 0...1, columns: 10, rows: 10)
        #expect(tall.x == 0...10)
        #expect(tall.y == -9.5...10.5)
    }
}
