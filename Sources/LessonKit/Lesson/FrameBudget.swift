import Dispatch

/// Spends one frame's time budget on a live experiment: the frame loop gives each animated cell
/// `budget` seconds per frame (`LessonCell.advance(budget:)`), and the cell takes steps until that
/// time is used, there is nothing left to do, or a cap is reached. Every cell that trains in
/// slices runs this one loop, so "within the frame budget" means the same thing everywhere: at
/// least one step per frame when there is work (a step longer than the budget still shows
/// progress), never a second step after the budget has passed.
public enum FrameBudget {
    /// Calls `step` until it returns false (nothing left to do), `maxSteps` steps were taken, or
    /// `budget` seconds have passed since the call; returns the number of steps taken.
    ///
    /// - Parameter step: takes one step and returns true, or returns false without stepping
    ///   when the experiment is finished or has nothing to advance.
    @discardableResult
    public static func spend(_ budget: Double, maxSteps: Int = .max, _ step: () -> Bool) -> Int {
        let start = DispatchTime.now().uptimeNanoseconds
        let limit = UInt64(max(0, budget.isFinite ? budget : 0) * 1e9)
        var taken = 0
        while taken < maxSteps, step() {
            taken += 1
            if DispatchTime.now().uptimeNanoseconds - start >= limit { break }
        }
        return taken
    }
}
