/// A live cell that says how many steps a headless run takes when `--steps` is not given
/// (e.g. a 30-step optimizer race says 30, a training run one epoch's worth).
///
/// Animated cells that do not adopt it take 100 steps, static cells none; either way
/// stepping stops early when the cell reports `isFinished`.
public protocol HeadlessStepping: LiveCell {
    /// Steps a headless run takes by default.
    var defaultRunSteps: Int { get }
}

/// Steps of a headless run for an animated cell that does not say (see `HeadlessStepping`).
let fallbackHeadlessSteps = 100

/// Told after every step of a headless run: the steps done so far and the steps asked for
/// (`nnbook run` and `render` draw a progress line from it on a terminal).
public typealias StepProgress = @Sendable (_ done: Int, _ total: Int) -> Void

extension LiveCell {
    /// The steps a headless run takes: `requested` if given, else the cell's
    /// `HeadlessStepping.defaultRunSteps`, else 100; 0 for a static cell.
    public func headlessStepCount(requested: Int?) -> Int {
        guard isAnimated else { return 0 }
        return requested ?? (self as? any HeadlessStepping)?.defaultRunSteps ?? fallbackHeadlessSteps
    }

    /// Steps the cell up to `count` times for a headless run, stopping as soon as it is
    /// finished. A static cell is not stepped at all (stepping it changes nothing), so any
    /// count returns at once. Calls `progress` after each step. Returns the steps taken.
    @discardableResult
    public func stepHeadless(_ count: Int, progress: StepProgress? = nil) -> Int {
        guard isAnimated else { return 0 }
        var done = 0
        while done < count && !isFinished {
            step()
            done += 1
            progress?(done, count)
        }
        return done
    }
}
