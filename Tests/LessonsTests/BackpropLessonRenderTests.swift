import Charts
import LessonKit
import Testing
@testable import BackpropLesson

/// The backprop lesson's cells drawn: exact sizes, ASCII stays ASCII, the apple/orange
/// diagram fits the 80×24 cell area, a few exact lines.
@Suite("Backprop lesson renders")
struct BackpropLessonRenderTests {
    private func cells() -> [LiveCell] {
        BackpropLesson().liveCells(of: BackpropLesson().makePages(context: LessonContext()))
    }

    @Test func everyCellAtEverySizeAndStep() {
        for cell in cells() {
            for steps in [0, 3, 40] {
                cell.reset()
                for _ in 0..<steps { cell.step() }
                for (w, h) in [(1, 1), (10, 4), (53, 12), (120, 40)] {
                    for options in [RenderOptions.standard, .ascii] {
                        let grid = cell.render(width: w, height: h, options: options)
                        #expect(grid.width == w && grid.height == h)
                        if !options.unicode {
                            #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII },
                                    "\(cell.title) \(w)×\(h) step \(steps): \(grid.text.unicodeScalars.filter { !$0.isASCII })")
                        }
                        #expect(!grid.text.contains("graph needs"), "\(cell.title) \(w)×\(h)")
                    }
                }
            }
        }
    }

    @Test func appleOrangeDiagramFitsTheCellAreaAt80x24() {
        let cell = AppleGraphCell()
        cell.setKnob("example", to: 1)
        for _ in 0..<8 { cell.step() }
        let diagram = GraphPicture(walk: cell.walk, shortNames: AppleExample.shortNames).diagram(labels: .short, options: .standard)
        let size = diagram.minimumSize(options: .standard)
        #expect(size.width <= 53 && size.height <= 12)
        let lines = cell.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[0] == " ┌───┐ 100                                           ")
        #expect(lines[1] == " │ a ├─────┐  ╔═══╗ 200                              ")
        #expect(lines[11] == " └───┘ 165                                           ")
        // One row more (the real 80×24 cell is 54×13): the readout line appears, whole, in
        // its full form (54 wide); a narrower cell gets the short form.
        let taller = cell.render(width: 54, height: 13, options: .standard).lines
        #expect(taller[12] == "∂apple_price/∂apple = apple_num = 2 → grad 2.2 = 1.1·2")
        #expect(cell.render(width: 53, height: 13, options: .standard).lines[12]
                == "∂apple_price/∂apple = 2 → grad 2.2 = 1.1·2           ")
        // Wide enough: the full form, with the symbolic local derivative.
        #expect(cell.render(width: 60, height: 13, options: .standard).lines[12]
                == "∂apple_price/∂apple = apple_num = 2 → grad 2.2 = 1.1·2      ")
        // The apple graph keeps its full names.
        cell.setKnob("example", to: 0)
        #expect(cell.render(width: 53, height: 12, options: .ascii).lines.contains { $0.contains("| apple_num +") })
    }

    @Test func gradientCheckTableAndVerdict() {
        let cell = GradientCheckCell()
        cell.setKnob("delta", to: 1)
        let lines = cell.render(width: 53, height: 12, options: .ascii).lines
        #expect(lines[0].hasPrefix("  param  shape  |g| max  max |"))
        #expect(lines[8].hasPrefix("largest rel Delta "))
        #expect(lines[8] == "largest rel Delta 1.4e-08 < 1e-7: backprop is right  ")
    }
}

@Suite("Backprop readouts at 80×24")
struct BackpropReadoutWidthTests {
    @Test func noReadoutLineIsCutInTheAffineSoftmaxCell() {
        let cell = AffineSoftmaxCell()
        for _ in 0..<30 { cell.step() }
        let lines = cell.render(width: 54, height: 13, options: .standard).lines
        // The comparison fits on one line; the += contribution takes its short form.
        #expect(lines[9] == "∂x1w11/∂x1 = 0.5 → grad -0.24802 (+= -0.310025·0.5)   ")
        #expect(lines[11] == "L = 0.371101 (layers 0.371101), max diff 4.5e-08      ")
    }
}
