import Charts
import LessonKit
import Testing
@testable import LossesLesson

/// The descent page's status at 80 columns (review D3), failed runs (D14) and the stuck
/// numerical gradient told one way by status and readout (D10); the forward difference's
/// turn on page 2 (D10), against `Scripts/reference/losses.py`.
@Suite("Losses lesson: status lines and failed runs")
struct LossesLessonStatusTests {
    /// Columns the notebook's status row leaves for a cell's status at 80 columns: it draws
    /// " ■ finished  ·  " (16 columns) before it and keeps the last column free.
    static let room = 80 - 16 - 1

    /// A descent cell with `settings` applied, stepped `steps` times.
    private func cell(_ settings: [(String, Double)], steps: Int) -> DescentCell {
        let cell = DescentCell()
        for (name, value) in settings { cell.setKnob(name, to: value) }
        for _ in 0..<steps { cell.step() }
        return cell
    }

    @Test func everyStatusFitsTheStatusRowAt80Columns() {
        let runs: [([(String, Double)], Int, String)] = [
            ([("steps", 1000)], 1000, "step 1000 / 1000   converging: f = 7.57e-41"),
            ([("lr", 1e-3), ("steps", 1000)], 1000, "step 1000 / 1000   slow: only 86 % of the way — raise η"),
            ([("lr", 1e-10), ("steps", 1000)], 1000, "step 1000 / 1000   stalled: moved only 1e-06 — raise η"),
            ([("lr", 1), ("steps", 1000)], 1000, "step 1000 / 1000   bouncing across the minimum — lower η"),
            ([("lr", 0.9), ("steps", 1000)], 3, "step 3 / 1000   converging: f = 6.55"),
            ([("lr", 5.62), ("gradient", 1), ("steps", 1000)], 5, "step 5 / 1000   diverging ×10/step — lower η"),
            ([("lr", 10)], 100, "step 11 / 100   stuck at |x| = 2.6e+13 — gradient 0, lower η"),
            ([("lr", 10), ("gradient", 1), ("steps", 1000)], 1000, "step 241 / 1000   x overflowed to inf/NaN — lower η"),
        ]
        for (settings, steps, expected) in runs {
            let status = cell(settings, steps: steps).status ?? ""
            #expect(status == expected)
            #expect(displayWidth(of: status) <= Self.room, "\(status)")
            // Spelled out for ASCII terminals (η → eta, × → x, — → --) it still fits.
            #expect(displayWidth(of: ASCIITransliteration.transliterate(status)) <= Self.room, "\(status)")
        }
    }

    @Test func failedRunsAreFlaggedAndGoodOnesAreNot() {
        let converged = cell([], steps: 100)
        #expect(converged.isFinished && !converged.hasFailed)
        let bouncing = cell([("lr", 1)], steps: 100)
        #expect(bouncing.isFinished && bouncing.hasFailed)
        let diverging = cell([("lr", 5.62), ("gradient", 1)], steps: 5)
        #expect(!diverging.isFinished && !diverging.hasFailed)
        // Lowering η redraws the path to the step reached and the run can go on.
        let stuck = cell([("lr", 10)], steps: 100)
        #expect(stuck.hasFailed)
        stuck.setKnob("lr", to: 0.1)
        #expect(stuck.descent.steps == 11 && !stuck.isFinished && !stuck.hasFailed)
        #expect(stuck.status == "step 11 / 100   converging: f = 0.184")
    }

    @Test func stuckStatusAndReadoutTellOneStory() {
        let stuck = cell([("lr", 10)], steps: 100)
        #expect(stuck.readoutParts(withGradient: true) == [
            "step 11: x = (-2.59e+13, -1.3e+12)", "f = 6.72e+26",
            "∇f = (0, 0) numerical: x ± h rounds to x here, so x stopped moving",
        ])
        // Rendered under the chart at the 80×24 cell size, broken at spaces, nothing cut.
        let lines = stuck.render(width: 53, height: 16, options: .standard).lines.suffix(3).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(lines == ["step 11: x = (-2.59e+13, -1.3e+12)   f = 6.72e+26",
                          "∇f = (0, 0) numerical: x ± h rounds to x here, so x", "stopped moving"])
        // The analytic gradient is never 0 out there: it diverges on, no "rounds" note.
        let analytic = cell([("lr", 10), ("gradient", 1)], steps: 5)
        #expect(analytic.readoutParts(withGradient: true).last == "∇f = (1.49e+07, -1.98e+07) analytic")
    }

    @Test func theForwardDifferenceTurnsNearOneEMinus7AtFive() {
        // Scripts/reference/losses.py: forward error 5.66e-09 at h = 1e-8, 1.00e-09 at 1e-7,
        // 1.01e-08 at 1e-6 (0.01·h meets 1e-16·|f(5)|/h at h ≈ 8.7e-8).
        let e8 = Slope(x: 5, h: 1e-8).forwardError, e7 = Slope(x: 5, h: 1e-7).forwardError
        let e6 = Slope(x: 5, h: 1e-6).forwardError
        #expect(abs(e8 - 5.66e-09) < 0.01e-09 && abs(e7 - 1.00e-09) < 0.01e-09 && abs(e6 - 1.01e-08) < 0.01e-08)
        #expect(e7 < e8 && e7 < e6)
        #expect(LossesText.derivative.en.contains("(near h = 1e-7,"))
        #expect(!LossesText.derivative.en.contains("1e-8"))
    }
}
