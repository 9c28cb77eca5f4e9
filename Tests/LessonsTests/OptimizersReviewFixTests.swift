import Charts
import LessonKit
import Testing
@testable import OptimizersLesson

/// The optimizers lesson after the December 2026 UX review: contours keep the surfaces' true
/// shape, the standings size the name column by its names and show a diverged racer as
/// "✗ 8", and status lines put the advice first.
@Suite("Optimizers lesson: review fixes")
struct OptimizersReviewFixTests {
    private func trimmed(_ line: String) -> String { String(line.reversed().drop { $0 == " " }.reversed()) }

    /// The plot box (the ┌…┐ line and the rows down to └) of a rendered surface race: its
    /// inner columns and rows, and where its top-left corner is.
    private func box(_ grid: Grid) -> (columns: Int, rows: Int, x: Int, y: Int)? {
        let lines = grid.lines
        guard let top = lines.firstIndex(where: { $0.contains("┌") }),
              let bottom = lines.firstIndex(where: { $0.contains("└") }) else { return nil }
        let row = Array(lines[top])
        guard let left = row.firstIndex(of: "┌"), let right = row.firstIndex(of: "┐") else { return nil }
        return (right - left - 1, bottom - top - 1, left, top)
    }

    /// The bowl x ∈ [−10, 10], y ∈ [−5, 5]: a box twice as wide as tall in data units is four
    /// times as many columns as rows (a cell is twice as tall as wide).
    @Test func theBowlKeepsItsShapeAt80x24And200x60() throws {
        let cell = SurfaceRaceCell(preset: .book)
        // 80×24: the cell is 54×14, the standings take 25 columns; the box is 25 × 6 (the
        // chart 29 × 11), centred in the 29 × 14 left of the table.
        let small = try #require(box(cell.render(width: 54, height: 14, options: .standard)))
        #expect(small.columns == 25 && small.rows == 6 && small.x == 2 && small.y == 2, "\(small)")
        // 200×60: the cell beside the text is 90 × 56; the standings go under the contours,
        // which get the full width: 86 × 22 (it was 40 × 55, taller than wide).
        let big = try #require(box(cell.render(width: 90, height: 56, options: .standard)))
        #expect(big.columns == 86 && big.rows == 22, "\(big)")
    }

    /// On every surface and in every area the drawn box has equal units: columns = 2 × rows ×
    /// (x span ÷ y span), to what whole rows and columns allow (half a row is `ratio` columns).
    @Test func everySurfaceKeepsEqualUnits() throws {
        for preset in SurfacePreset.allCases {
            let cell = SurfaceRaceCell(preset: preset)
            let s = cell.race.surface
            let ratio = (s.xRange.upperBound - s.xRange.lowerBound) / (s.yRange.upperBound - s.yRange.lowerBound)
            for (w, h) in [(54, 14), (90, 56), (74, 57), (120, 40), (100, 30)] {
                let b = try #require(box(cell.render(width: w, height: h, options: .standard)))
                #expect(abs(Double(b.columns) - 2 * Double(b.rows) * ratio) <= max(1.5, ratio), "\(preset) \(w)×\(h): \(b)")
            }
        }
    }

    @Test func aDivergedRacerReadsAsACrossAndTheNameColumnFitsItsNames() throws {
        let cell = SurfaceRaceCell(preset: .beale)
        while !cell.isFinished { cell.step() }
        // 24 columns: "optimizer" would cut "Nesterov"; the header gives way instead.
        let table = SurfaceRaceView(race: cell.race).standings(width: 24, height: 9, options: .standard).lines.map(trimmed)
        #expect(Array(table.prefix(4)) == [
            "step 100 / 100 · ε 0.5",
            "   racer       dist  hit",
            "─  ────────  ──────  ───",
            "▲  Nesterov  0.0963  33",
        ])
        let bowl = SurfaceRaceCell()
        bowl.setKnob("sgd_lr", to: 2)
        while !bowl.isFinished { bowl.step() }
        let standings = SurfaceRaceView(race: bowl.race).standings(width: 24, height: 9, options: .standard).lines.map(trimmed)
        #expect(standings[1] == "   optimizer  dist   hit")
        #expect(standings.last == "●  SGD        ✗ 8    —")
        let ascii = SurfaceRaceView(race: bowl.race).standings(width: 24, height: 9, options: .ascii).lines.map(trimmed)
        #expect(ascii.last == "o  SGD        NO 8   --", "\(ascii)")
    }

    /// The digits race with a diverged racer: the advice leads the status line.
    @Test func theSurfaceStatusLeadsWithTheAdvice() {
        let cell = SurfaceRaceCell()
        cell.setKnob("sgd_lr", to: 2)
        while !cell.isFinished { cell.step() }
        let status = cell.status ?? ""
        #expect(status == "SGD diverged at step 8 — lower its lr · step 30 / 30")
        #expect(displayWidth(of: status) <= 64)
    }
}

/// `nnbook run optimizers` runs one race; a parameter of the other race says how to pick it
/// (review D5: parameter names were only discoverable by error).
@Suite("Optimizers lesson: headless settings of the other race")
struct OptimizersRunSettingsTests {
    @Test func aDigitsSettingWithoutRaceDigitsSaysHowToChooseIt() {
        let lesson = OptimizersLesson(digitsConfig: OptimizersLessonDigitsTests.small)
        #expect(throws: LessonKitError.parameterElsewhere("iterations", lesson: "optimizers",
                                                          hint: "it belongs to the digits race; add --set race=digits")) {
            _ = try lesson.run(RunRequest(settings: [(name: "iterations", value: "100")], steps: 1))
        }
        // With race=digits the same name is taken.
        #expect(throws: Never.self) {
            _ = try lesson.run(RunRequest(settings: [(name: "race", value: "digits"), (name: "iterations", value: "100")],
                                          steps: 1))
        }
    }
}

/// Without colour the digits race's readout (its legend) starts each racer with the marker
/// its curve carries; with colour it does not need one (review D4).
@Suite("Optimizers lesson: digits readout without colour")
struct OptimizersDigitsReadoutMarkerTests {
    @Test func eachRacerStartsWithItsCurvesMarker() {
        let cell = DigitsRaceCell(config: OptimizersLessonDigitsTests.small, context: LessonContext(seed: 3))
        for _ in 0..<3 { cell.step() }
        let plain = cell.render(width: 53, height: 12, options: RenderOptions(unicode: true, color: false)).lines.joined()
        for marked in ["─●─ SGD ", "─■─ Momentum ", "─▲─ Nesterov ", "─◆─ AdaGrad ", "─✚─ RMSprop ", "─✖─ Adam "] {
            #expect(plain.contains(marked), "\(marked)")
        }
        let ascii = cell.render(width: 53, height: 12, options: .ascii).lines.joined()
        #expect(ascii.contains("o SGD ") && ascii.contains("@ Adam "))
        let colour = cell.render(width: 53, height: 12, options: .standard).lines.joined()
        #expect(!colour.contains("─●─") && colour.contains("SGD "))
    }
}
