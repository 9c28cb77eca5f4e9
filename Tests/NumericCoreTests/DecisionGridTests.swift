import Testing
@testable import NumericCore

/// The decision grid: cell centres in one batch, classes by arg-max or by a sigmoid's 0.5.
@Suite struct DecisionGridTests {
    @Test func cellCentresGoThroughTheModelRowZeroAtTheTop() {
        var seen: Tensor?
        let grid = DecisionGrid(xRange: 0...4, yRange: 0...2, columns: 4, rows: 2) { points in
            seen = points
            // Two scores: class 1 wins right of x = 2.
            return Tensor(shape: [points.shape[0], 2], scalars: (0..<points.shape[0]).flatMap { i in [2.0, points.scalars[2 * i]] })
        }
        #expect(seen?.scalars == [0.5, 1.5, 1.5, 1.5, 2.5, 1.5, 3.5, 1.5,
                                  0.5, 0.5, 1.5, 0.5, 2.5, 0.5, 3.5, 0.5])
        #expect(grid.classes == [0, 0, 1, 1, 0, 0, 1, 1])
        #expect(grid.classAt(x: 3.9, y: 0.1) == 1)
        #expect(grid.classAt(x: -10, y: 99) == 0)  // clamped to the top-left cell
        #expect(grid.score(x: 2.6, y: 1.9, unit: 1) == 2.5)
        #expect(grid.boundaryLength == 2)
    }

    @Test func oneColumnOutputIsASigmoidCutAtOneHalf() {
        let grid = DecisionGrid(xRange: 0...1, yRange: 0...1, columns: 2, rows: 1) { points in
            Tensor(shape: [2, 1], scalars: [0.4, 0.6])
        }
        #expect(grid.classes == [0, 1])
    }
}
