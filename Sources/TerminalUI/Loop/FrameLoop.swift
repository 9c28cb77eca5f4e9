/// Runs the notebook on a screen: draws a frame when something changed, waits for a key —
/// blocking while nothing plays (no CPU used when idle) — and, while a cell plays, gives the
/// cell all the time between frames, in slices, looking for a key after each slice.
///
/// Why slices and not a fixed budget per frame: the loop used to give a playing cell 12 ms and
/// then wait for a key until the next frame, so a cell trained about a third of the time
/// (the cnn lesson ran at 6–8 iterations/s live against ~15 headless). Now the cell trains
/// until the next frame is due, the screen is redrawn, and so on; a key is read after every
/// slice (at most `keySlice`), handled and drawn at once, so keys are still answered within a
/// frame. When drawing a frame is slow (a debug build at 200×60), frames come further apart —
/// `renderShare` — so drawing never takes more than about a seventh of the time.
struct FrameLoop {
    /// Seconds between frames while a cell plays (at most; see `renderShare`).
    var frameInterval = 1.0 / 30.0
    /// Seconds a playing cell computes at least per pass of the loop (even when a frame is due).
    var cellBudget = 0.002
    /// Seconds a playing cell computes at most before the loop looks for a key.
    var keySlice = 1.0 / 30.0
    /// Frames are at least this many times as far apart as drawing one takes (~15 % drawing).
    var renderShare = 6.0
    /// Frames are never further apart than this, however slow drawing is.
    var longestFrameInterval = 0.25

    /// Why the loop ended.
    enum Ending: Equatable {
        /// The learner quit.
        case quit
        /// SIGINT, SIGTERM, SIGHUP or SIGQUIT arrived.
        case signal(Int32)
        /// The input ended (a scripted screen ran out).
        case endOfInput
    }

    /// Runs until the learner quits, a shutdown signal arrives or the input ends.
    @discardableResult
    func run(_ app: NotebookApp, on screen: any Screen) -> Ending {
        let clock = ContinuousClock()
        var nextFrame = clock.now
        var needsRender = true, keyArrived = false
        var renderSeconds: Double?
        while !app.shouldQuit {
            app.size = screen.size
            if needsRender && (keyArrived || !app.isPlaying || clock.now >= nextFrame) {
                let start = clock.now
                screen.present(ScreenRenderer.render(app))
                let took = seconds(clock.now - start)
                renderSeconds = renderSeconds.map { 0.8 * $0 + 0.2 * took } ?? took
                let interval = Swift.min(longestFrameInterval, Swift.max(frameInterval, renderShare * renderSeconds!))
                nextFrame = clock.now + .nanoseconds(Int64(interval * 1e9))
                needsRender = false
                keyArrived = false
            }
            switch screen.nextEvent(timeout: app.isPlaying ? 0 : nil) {
            case let .key(key):
                app.size = screen.size
                app.handle(key)
                if app.takeRedrawRequest() { screen.invalidate() }
                needsRender = true
                keyArrived = true
            case .resized:
                needsRender = true
                keyArrived = true
            case .timeout:
                break
            case let .terminated(signal):
                return .signal(signal)
            case .endOfInput:
                return .endOfInput
            }
            if app.isPlaying && !keyArrived {
                let untilFrame = seconds(nextFrame - clock.now)
                _ = app.advance(budget: Swift.min(keySlice, Swift.max(cellBudget, untilFrame)))
                needsRender = true
            }
        }
        return .quit
    }

    private func seconds(_ duration: Duration) -> Double {
        let (s, attoseconds) = duration.components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}
