import Charts
import LessonKit
import NumericCore
import Testing
@testable import OptimizersLesson

/// Every cell of the optimizers lesson renders to exactly the size asked, in Unicode and in
/// pure ASCII, at the notebook's 53×12 cell and at 120×40; with a few exact lines.
@Suite("Optimizers lesson: renders")
struct OptimizersLessonRenderTests {
    static let sizes = [(53, 12), (120, 40), (46, 38), (30, 8)]

    private func cells() -> [LiveCell] {
        let bowl = SurfaceRaceCell()
        while !bowl.isFinished { bowl.step() }
        let saddle = SurfaceRaceCell(preset: .saddle)
        for _ in 0..<10 { saddle.step() }
        let diverged = SurfaceRaceCell()
        diverged.setKnob("sgd_lr", to: 10)
        diverged.setKnob("adam_lr", to: 10)
        for _ in 0..<30 { diverged.step() }
        let digits = DigitsRaceCell(config: OptimizersLessonDigitsTests.small, context: LessonContext(seed: 3))
        for _ in 0..<13 { digits.step() }
        digits.setKnob("sgd_lr", to: 0.1)
        digits.step()
        let fresh = DigitsRaceCell(config: OptimizersLessonDigitsTests.small, context: LessonContext(seed: 3))
        return [bowl, saddle, diverged, digits, fresh]
    }

    @Test func everyCellFillsExactlyTheSizeGivenAndASCIIIsASCII() {
        for cell in cells() {
            for (w, h) in Self.sizes {
                for options in [RenderOptions.standard, .ascii] {
                    let grid = cell.render(width: w, height: h, options: options)
                    #expect(grid.width == w && grid.height == h && grid.lines.count == h, "\(cell.title) \(w)×\(h)")
                    #expect(grid.lines.allSatisfy { $0.count <= w })
                    if !options.unicode {
                        #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(cell.title) \(w)×\(h)")
                    }
                }
            }
        }
    }

    @Test func theBowlRaceStandingsAtTheNotebookSize() {
        let bowl = SurfaceRaceCell()
        while !bowl.isFinished { bowl.step() }
        // The standings beside the contours, best first; "hit" is the first step within ε.
        let lines = bowl.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[0].hasSuffix("step 30 / 30 · ε 0.5    "))
        #expect(lines[1].hasSuffix("    optimizer   dist  hit"))
        #expect(lines[3].hasSuffix("│ ◆  AdaGrad     0.12  19 "))
        #expect(lines[4].hasSuffix("│ ✖  Adam       0.346  26 "))
        let ascii = bowl.render(width: 53, height: 12, options: .ascii).lines
        #expect(ascii[0].hasSuffix("step 30 / 30 | eps 0.5  "))
        #expect(ascii[3].hasSuffix("| *  AdaGrad     0.12  19 "))
        // At 120×40 (tall: the table goes under the contours) it has room for lr, f and ≤ε.
        let wide = bowl.render(width: 120, height: 40, options: .standard).lines
        #expect(wide.contains { $0.hasPrefix("    optimizer    lr         f   dist  ≤ε at  ") })
        #expect(wide.contains { $0.hasPrefix(" ◆  AdaGrad     1.5  0.000722   0.12  19  ") })
        // The cell beside the text at 200×60 is 90 columns: names and numbers must not be cut.
        let beside = bowl.render(width: 90, height: 56, options: .standard).text
        #expect(beside.contains("▲  Nesterov    0.1    0.0139  0.526  22"))
        #expect(beside.contains("◆  AdaGrad     1.5  0.000722   0.12  19"))
        #expect(!beside.contains("…"))
    }

    @Test func theDigitsRaceReadoutIsTheLegend() {
        let fresh = DigitsRaceCell(config: OptimizersLessonDigitsTests.small, context: LessonContext(seed: 3))
        let lines = fresh.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[10] == " SGD lr 0.01   Momentum lr 0.01   Nesterov lr 0.01   ")
        #expect(lines[11] == " AdaGrad lr 0.01   RMSprop lr 0.01   Adam lr 0.001   ")
        #expect(fresh.status == "iteration 0 / 2000 — space starts the race, s steps once")
    }

    @Test func theAccuracyChartGoesBesideTheLossWhenWideAndUnderItWhenTall() {
        let cell = DigitsRaceCell(config: OptimizersLessonDigitsTests.small, context: LessonContext(seed: 3))
        for _ in 0..<30 { cell.step() }
        func rowOfAccuracyTitle(_ width: Int, _ height: Int) -> Int? {
            cell.render(width: width, height: height, options: .standard).lines
                .firstIndex { $0.contains("test accuracy") }
        }
        #expect(rowOfAccuracyTitle(53, 12) == nil, "the 80×24 cell has room for the loss only")
        #expect(rowOfAccuracyTitle(90, 30) == 0, "wide: beside the loss")
        let stacked = rowOfAccuracyTitle(66, 45)
        #expect(stacked != nil && stacked! > 20, "the cell beside the text at 160×48: under the loss")
    }
}
