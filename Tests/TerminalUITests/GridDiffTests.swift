import Charts
import Testing
@testable import TerminalUI

/// Only the cells that changed are drawn.
@Suite struct GridDiffTests {
    @Test func firstFrameDrawsEveryCell() {
        let grid = Grid(width: 3, height: 2)
        #expect(GridDiff.changedCells(from: nil, to: grid).count == 6)
    }

    @Test func onlyChangedCellsAreReported() {
        var old = Grid(width: 10, height: 3)
        old.put("hello", x: 0, y: 0)
        var new = old
        new.put("J", x: 0, y: 0)
        new.put("x", x: 9, y: 2)
        new.restyle(x: 4, y: 0, width: 1, height: 1) { style in var bold = style; bold.bold = true; return bold }
        #expect(GridDiff.changedCells(from: old, to: new)
            == [CellPosition(x: 0, y: 0), CellPosition(x: 4, y: 0), CellPosition(x: 9, y: 2)])
        #expect(GridDiff.changedCells(from: new, to: new).isEmpty)
    }

    @Test func aChangedWideCharacterIsReportedAtItsLeftHalfOnce() {
        var old = Grid(width: 6, height: 1)
        old.put("ab", x: 0, y: 0)
        var new = old
        new.put("日", x: 2, y: 0)                           // columns 2 and 3
        #expect(GridDiff.changedCells(from: old, to: new) == [CellPosition(x: 2, y: 0)])
        var narrow = new
        narrow.put("xy", x: 2, y: 0)                        // the wide character replaced by two
        #expect(GridDiff.changedCells(from: new, to: narrow) == [CellPosition(x: 2, y: 0), CellPosition(x: 3, y: 0)])
    }

    @Test func aResizedGridIsDrawnInFull() {
        #expect(GridDiff.changedCells(from: Grid(width: 2, height: 2), to: Grid(width: 3, height: 2)).count == 6)
    }

    @Test func virtualScreenRecordsWhatEachFrameChanged() {
        let screen = VirtualScreen(width: 4, height: 1)
        var grid = Grid(width: 4, height: 1)
        screen.present(grid)
        #expect(screen.lastChangedCells.count == 4)
        grid.put("z", x: 1, y: 0)
        screen.present(grid)
        #expect(screen.lastChangedCells == [CellPosition(x: 1, y: 0)])
        screen.invalidate()
        screen.present(grid)
        #expect(screen.lastChangedCells.count == 4)
        #expect(screen.grid.lines == [" z  "])
        #expect(screen.presentedFrames == 3)
    }
}
