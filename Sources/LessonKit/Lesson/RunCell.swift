/// A run that a live cell plays — a net training on a toy set or on digits, a sequence model
/// learning — stepped by the frame loop, restarted by `r`, and able to stop by itself when it
/// blows up (`stopped`, which the cell reports as `hasFailed`).
public protocol PlayableRun: AnyObject {
    /// Done: its planned iterations or epochs ran, or it stopped.
    var isFinished: Bool { get }
    /// It stopped by itself (the loss blew up or the net collapsed).
    var stopped: Bool { get }
    /// One headless step.
    func step()
    /// Work for about `budget` seconds of one frame; false if nothing was left to do.
    func advance(budget: Double) -> Bool
    /// Back to the start with the current settings.
    func restart()
}

/// A live cell whose animation is one `PlayableRun`: playing, stepping, `r` and failure all go
/// to `run`, so such a cell writes only its knobs, status, render and export. (Nine cells
/// repeated the same six lines before.) A cell that does more per step overrides `step`,
/// `advance` or `reset` with its own.
public protocol RunCell: LiveCell {
    associatedtype Run: PlayableRun
    var run: Run { get }
}

extension RunCell {
    public var isAnimated: Bool { true }
    public var isFinished: Bool { run.isFinished }
    public var hasFailed: Bool { run.stopped }
    public func step() { run.step() }
    public func advance(budget: Double) -> Bool { run.advance(budget: budget) }
    public func reset() { run.restart() }
}
