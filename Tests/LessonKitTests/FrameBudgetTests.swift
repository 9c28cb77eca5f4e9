import LessonKit
import Testing

/// `FrameBudget.spend`: the one loop every live cell uses to fill its frame budget. Only
/// outcomes that do not depend on the clock are asserted (no timed tests).
@Suite struct FrameBudgetTests {
    @Test func aSpentBudgetStillTakesOneStep() {
        for budget in [0, -1, Double.nan, -Double.infinity] {
            var steps = 0
            #expect(FrameBudget.spend(budget) { steps += 1; return true } == 1, "budget \(budget)")
            #expect(steps == 1)
        }
    }

    @Test func stopsWhenThereIsNothingLeft() {
        var left = 5
        let taken = FrameBudget.spend(60) {
            guard left > 0 else { return false }
            left -= 1
            return true
        }
        #expect(taken == 5 && left == 0)
        #expect(FrameBudget.spend(60) { false } == 0, "a finished experiment takes no step")
    }

    @Test func stopsAtTheStepCap() {
        var steps = 0
        #expect(FrameBudget.spend(60, maxSteps: 7) { steps += 1; return true } == 7)
        #expect(steps == 7)
        #expect(FrameBudget.spend(60, maxSteps: 0) { steps += 1; return true } == 0)
        #expect(steps == 7)
    }
}
