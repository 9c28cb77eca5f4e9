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
