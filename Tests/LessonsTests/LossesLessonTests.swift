import Charts
import LessonKit
import Testing
@testable import LossesLesson

/// The losses lesson's numbers against the book and float64 values printed by
/// `Scripts/reference/losses.py` (numpy), its headless export and its renders.
@Suite("Losses lesson")
struct LossesLessonTests {
    private func pages() -> [Page] { LossesLesson().makePages(context: LessonContext()) }

    // MARK: - Losses

    @Test func theBooksTwoExamples() {
        // The core sums left to right; numpy's np.sum pairs the 10 terms differently, which
        // gives 0.5975 there and 0.5974999999999999 here (the script prints both).
        #expect(Prediction.bookRight.meanSquaredError == 0.09750000000000003)
        #expect(Prediction.bookWrong.meanSquaredError == 0.5974999999999999)
        #expect(abs(Prediction.bookRight.crossEntropy - 0.510825457099338) <= 1e-15 * 0.52)
        #expect(abs(Prediction.bookWrong.crossEntropy - 2.302584092994546) <= 1e-15 * 2.31)
        let cell = LossCell()
        #expect(cell.readoutParts[0] == "MSE ½Σ(y−t)² = 0.0975")
        #expect(cell.readoutParts[1] == "CE −log(y₂+1e-7) = 0.5108")
        cell.setKnob("example", to: LossExample.bookWrong.index)
        #expect(cell.readoutParts[0] == "MSE ½Σ(y−t)² = 0.5975")
        #expect(cell.readoutParts[1] == "CE −log(y₂+1e-7) = 2.303")
        #expect(cell.readoutParts[3] == "biggest wrong: y₇ = 0.6")
    }

    @Test func editingAnEntryRenormalizesTheOthers() {
        let cell = LossCell()
        cell.setKnob("entry", to: 2)
        cell.setKnob("y", to: 0.8)
        // numpy: the nine others scaled by 0.2/0.4 in the same order of operations.
        #expect(cell.prediction.y == [0.04999999999999999, 0.024999999999999994, 0.8, 0, 0.024999999999999994,
                                      0.04999999999999999, 0, 0.04999999999999999, 0, 0])
        #expect(cell.prediction.meanSquaredError == 0.024374999999999987)
        #expect(abs(cell.prediction.crossEntropy - 0.22314342631421757) <= 1e-15 * 0.23)
        #expect(cell.example == .edited)
        #expect(abs(cell.prediction.y.reduce(0, +) - 1) < 1e-15)
        // All mass on one class, then back: the others were all 0, so they share equally.
        cell.setKnob("y", to: 1)
        cell.setKnob("y", to: 0.1)
        #expect(cell.prediction.y[0] == 0.1 && cell.prediction.y[9] == 0.1)
        // Choosing a book example restores it and t = 2.
        cell.setKnob("t", to: 7)
        cell.setKnob("example", to: LossExample.bookRight.index)
        #expect(cell.prediction == .bookRight)
    }

    @Test func movingWrongMassKeepsTheCorrectClassAndCrossEntropy() {
        let cell = LossCell()
        cell.setKnob("example", to: LossExample.bookWrong.index)
        cell.setKnob("entry", to: 7)
        cell.setKnob("y", to: 0.1)
        // numpy: y₂ stays 0.1, the other eight wrong classes share 0.8 (×2 each).
        #expect(cell.prediction.y == [0.26666666666666666, 0.13333333333333333, 0.1, 0, 0.13333333333333333,
                                      0.26666666666666666, 0, 0.1, 0, 0])
        #expect(cell.prediction.crossEntropy == Prediction.bookWrong.crossEntropy)
        #expect(cell.prediction.meanSquaredError == 0.49888888888888894)
        // A wrong class can take at most 1 − y_t.
        cell.setKnob("y", to: 1)
        #expect(cell.prediction.y[7] == 0.9 && cell.prediction.y[2] == 0.1)
        #expect(cell.status == "Σy = 1; y₂ stays, the other wrong ones share 1 − y₂ − y₇")
    }

    @Test func sweepMatchesNumpy() {
        let sweep = Prediction.bookRight.sweep()
        #expect(sweep.mse[0] == 0.609375 && sweep.mse[60] == 0.09750000000000003 && sweep.mse[100] == 0)
        #expect(sweep.mse[1] == 0.5972484374999999 && sweep.mse[30] == 0.29859375)
        for (i, ce) in [(0, 16.11809565095832), (1, 4.605160186038091), (30, 1.2039724709926583), (60, 0.510825457099338)] {
            #expect(abs(sweep.ce[i] - ce) <= 1e-15 * ce, "p = \(i)/100")
        }
        // log(1 + 1e-7) > 0: at y_t = 1 the book's cross-entropy is slightly negative.
        #expect(abs(sweep.ce[100] - -9.999999505838704e-08) <= 1e-22)
    }

    // MARK: - Numerical derivative

    @Test func theBooksSlopes() {
        #expect(Slope(x: 5, h: 1e-4).central == 0.1999999999990898)
        #expect(Slope(x: 10, h: 1e-4).central == 0.2999999999986347)
        #expect(Slope(x: 5, h: 1e-4).analytic == 0.2)
        #expect(Slope(x: 10, h: 1e-4).analytic == 0.30000000000000004)
        #expect(Slope(x: 5, h: 1e-4).centralError == 9.102163467389346e-13)
        #expect(Slope(x: 5, h: 1e-4).forwardError == 9.999991725240243e-07)
    }

    @Test func roundOffForTinyH() {
        // numpy, x = 5: the central difference is exact for a parabola but for rounding.
        #expect(Slope(x: 5, h: 1).centralError == 0)
        #expect(Slope(x: 5, h: 1e-8).central == 0.1999999943436137)
        #expect(Slope(x: 5, h: 1e-12).central == 0.20000667788622195)
        #expect(Slope(x: 5, h: 1e-15).central == 0.16653345369377348)
        #expect(Slope.hGrid.count == 61 && Slope.hGrid.first == 1e-15 && Slope.hGrid[44] == 1e-4 && Slope.hGrid.last == 1)
        let cell = SlopeCell()
        #expect(cell.readoutParts == ["x = 5: central 0.1999999999990898", "true 0.2", "h = 0.0001",
                                      "|error| central 9.1e-13", "forward 1e-06"])
        cell.setKnob("h", to: 1e-15)
        #expect(cell.readoutParts[3] == "|error| central 0.033")
        #expect(cell.status == "h is tiny: f(x+h) − f(x−h) keeps only a few digits, round-off dominates")
    }

    // MARK: - Headless

    @Test func headlessRunExportsLossesDerivativeAndThePath() throws {
        let output = try LossesLesson().run(RunRequest())
        #expect(output.cells.map(\.name) == ["losses", "numerical derivative", "gradient descent"])
        guard case let .object(losses) = output.cells[0].json,
              case let .array(examples)? = losses.first(where: { $0.0 == "examples" })?.1,
              case let .object(descent) = output.cells[2].json,
              case let .array(path)? = descent.first(where: { $0.0 == "path" })?.1
        else { Issue.record("unexpected export shape"); return }
        #expect(losses.map(\.0) == ["examples", "sweep"])
        #expect(examples.count == 3)
        guard case let .object(wrong) = examples[1] else { Issue.record("example not an object"); return }
        #expect(wrong.map(\.0) == ["name", "t", "y", "mse", "cross_entropy"])
        #expect(wrong[0].1 == .string("book-wrong") && wrong[3].1 == .number(0.5974999999999999))
        #expect(descent.map(\.0) == ["lr", "steps", "planned", "start", "gradient", "path", "final", "f_final", "status"])
        #expect(path.count == 101)
        #expect(path[100] == .array([.number(-6.111107928998789e-10), .number(8.148143905314271e-10)]))
        let tables = output.cells.flatMap(\.tables)
        #expect(tables.map(\.name) == ["losses", "loss sweep", "derivative error vs h", "descent path"])
        #expect(tables[0].rows.count == 3 && tables[0].columns.count == 14)
        #expect(tables[1].rows.count == 101 && tables[2].rows.count == 61)
        #expect(tables[3].columns == ["step", "x0", "x1", "f"] && tables[3].rows.count == 101)

        let edited = try LossesLesson().run(RunRequest(settings: [("entry", "7"), ("y", "0.3"), ("lr", "10"), ("steps", "20")]))
        guard case let .object(editedLosses) = edited.cells[0].json,
              case let .array(editedExamples)? = editedLosses.first(where: { $0.0 == "examples" })?.1,
              case let .object(current) = editedExamples[2]
        else { Issue.record("unexpected export shape"); return }
        #expect(current[0].1 == .string("current"))
        // lr 10 with the numerical gradient gets stuck after step 10; the run stops at step 11.
        #expect(edited.cells[2].tables[0].rows.count == 12)
        #expect(throws: LessonKitError.self) { try LossesLesson().run(RunRequest(settings: [("lr", "100")])) }
    }

    // MARK: - Renders

    private func trimmed(_ line: String) -> String {
        var s = Substring(line)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    @Test func everyCellRendersEverySizeExactly() {
        for page in pages() {
            guard let cell = page.cell else { continue }
            for (w, h) in [(1, 1), (10, 4), (53, 12), (120, 40)] {
                for options in [RenderOptions.standard, .ascii] {
                    let grid = cell.render(width: w, height: h, options: options)
                    #expect(grid.width == w && grid.height == h, "\(cell.title) \(w)×\(h)")
                    if !options.unicode { #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(cell.title) \(w)×\(h)") }
                }
            }
        }
    }

    @Test func readoutLinesAt53x12() {
        let cells = pages().compactMap(\.cell)
        let loss = cells[0].render(width: 53, height: 12, options: .standard).lines
        #expect(loss[10] == " MSE ½Σ(y−t)² = 0.0975   CE −log(y₂+1e-7) = 0.5108   ")
        #expect(loss[11] == " y₂ = 0.6   biggest wrong: y₀ = 0.1   [book-right]   ")
        let lossASCII = cells[0].render(width: 53, height: 12, options: .ascii).lines
        // Transliterated text is longer, so ASCII packs the readout into three lines.
        #expect(trimmed(lossASCII[9]) == " MSE 1/2sum(y-t)^2 = 0.0975")
        #expect(trimmed(lossASCII[10]) == " CE -log(y2+1e-7) = 0.5108   y2 = 0.6")
        #expect(trimmed(lossASCII[11]) == " biggest wrong: y0 = 0.1   [book-right]")
        let slope = cells[1].render(width: 53, height: 12, options: .standard).lines
        #expect(slope[10] == " x = 5: central 0.1999999999990898   true 0.2        ")
        #expect(slope[11] == " h = 0.0001   |error| central 9.1e-13   forward 1e-06")
        let descent = cells[2]
        for _ in 0..<100 { descent.step() }
        let lines = descent.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[11] == " step 100: x = (-6.11e-10, 8.15e-10)   f = 1.04e-18  ")
        let big = descent.render(width: 120, height: 40, options: .ascii).lines
        #expect(big[39].hasPrefix(" step 100: x = (-6.11e-10, 8.15e-10)   f = 1.04e-18   gradf = (-1.22e-09, 1.63e-09) numerical"))
    }
}
