import Charts
import Foundation
import LessonKit
import NumericCore
import Testing
@testable import MLPLesson

/// The mlp lesson after the December 2026 UX review: advice first in the status lines, runs
/// that blew up are failed (not finished), the three-rates plot keeps its size, marker labels
/// tell close rates apart, and the forward pass never cuts a number.
@Suite("MLP lesson: review fixes")
struct MLPReviewFixTests {
    private func trimmed(_ line: String) -> String { String(line.reversed().drop { $0 == " " }.reversed()) }

    /// Columns the status line has at 80×24 after " ■ stopped  ·  " (15) and the last column.
    static let statusRoom = 64

    private func race(rates: [Double]) -> RaceCell {
        let data = DigitsSource.load(mnistDirectory: nil, synthetic: (200, 100), seed: 1)
        let cell = RaceCell(data: data, seed: 1)
        for (name, lr) in zip(RaceCell.names, rates) { cell.setKnob(name, to: lr) }
        return cell
    }

    @Test func theAdviceOfAStoppedRunFitsTheStatusLine() {
        var config = MLPLessonTests.smallConfig
        config.learningRate = 1000
        let cell = TrainingCell(run: MLPLessonTests.smallRun(config))
        while !cell.isFinished { cell.step() }
        let status = cell.status ?? ""
        #expect(cell.hasFailed && DigitPanelCell(run: cell.run).hasFailed)
        #expect(status.hasPrefix("lr too high — lower it, press r"))
        #expect(displayWidth(of: "lr too high — lower it, press r") <= Self.statusRoom)
    }

    @Test func theRaceSaysWhichRateFailedAndFailsWhenAllStopped() {
        let cell = race(rates: [0.1, 0.1, 1000])
        while !cell.isFinished { cell.step() }
        #expect(!cell.hasFailed)
        let status = cell.status ?? ""
        #expect(status == "lr C = 1000 too high (✗ at it. 21) — lower it · iteration 1000 / 1000", "\(status)")
        #expect(displayWidth(of: String(status.prefix(while: { $0 != "·" }))) <= Self.statusRoom)
        #expect(RaceCell.legendLabel(cell.runs[2]) == "lr 1000 ✗ at 21")
        let all = race(rates: [1000, 500, 1000])
        while !all.isFinished { all.step() }
        #expect(all.hasFailed)
    }

    /// The plot box of the three-rates chart (its ┌…┐ line) is as wide before the run as after
    /// a run stopped and its legend grew.
    @Test func theRacePlotKeepsItsWidth() {
        let cell = race(rates: [0.01, 0.1, 1000])
        func box(_ cell: RaceCell) -> String {
            cell.render(width: 53, height: 12, options: .standard).lines.first { $0.contains("┌") }.map(trimmed) ?? ""
        }
        let before = box(cell)
        while !cell.isFinished { cell.step() }
        let after = box(cell)
        #expect(before == after, "\(before)\n\(after)")
        #expect(before == "    ┌─────────────────────────────┐", "\(before)")
        // The legend is 17 columns (a third of 53): "lr 1000 ✗ at 21" needs one more.
        let legend = cell.render(width: 53, height: 12, options: .standard).text
        #expect(legend.contains("── lr 1000 ✗ at …"), "\(legend)")
        let hundred = race(rates: [0.01, 0.1, 100])
        while !hundred.isFinished { hundred.step() }
        #expect(box(hundred) == before)
        #expect(hundred.render(width: 53, height: 12, options: .standard).text.contains("── lr 100 ✗ at 21"))
    }

    /// 0.0501 (0.1 after three small steps down) is marked "lr=0.0501", not "lr=0.050".
    @Test func aMarkerLabelTellsCloseRatesApart() {
        let run = MLPLessonTests.smallRun()
        run.step()
        var config = run.config
        config.learningRate = 0.1 / pow(TrainingKnobs.learningRateFactor, 3)
        run.apply(config)
        #expect(run.eventMarkers.map(\.label) == ["lr=0.0501"])
    }

    /// In ASCII at 53 columns the forward pass readout wraps between its parts instead of
    /// cutting the loss.
    @Test func theForwardReadoutNeverCutsANumber() throws {
        let pages = MLPLesson(sizes: (200, 100), config: MLPLessonTests.smallConfig).makePages(context: LessonContext())
        let cell = try #require(pages[0].cell as? ForwardCell)
        let p = cell.pass
        let loss = NumberText.format(p.loss, digits: 4)
        let lines = cell.render(width: 53, height: 12, options: .ascii).lines.map(trimmed)
        #expect(lines.contains { $0.hasSuffix("= " + loss) || $0.contains("= " + loss + "   ") }, "\(lines.joined(separator: "\n"))")
    }
}
