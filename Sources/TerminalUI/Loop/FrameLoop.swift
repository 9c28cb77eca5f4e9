/// Runs the notebook on a screen: draws a frame when something changed, waits for a key —
/// blocking while nothing plays (no CPU used when idle), at most until the next frame while a
/// cell plays — and calls the playing cell's `advance` once per frame.
///
/// Once per frame is the cells' contract: an animation (a descent path, a graph walk, the
/// perceptron's learning) takes one step per call. A training cell uses the call's budget,
/// and that budget is most of the frame: the frame interval less the time drawing takes.
/// (The loop used to give 12 ms and then wait out a 33 ms frame after it, so training ran
/// about a third of the time: the cnn lesson trained at 6–8 iterations/s live against ~15
/// headless.) Keys are read between frames, so they are answered within a frame. When drawing
/// is slow (a debug build at 200×60) frames come further apart — `renderShare` — so drawing
/// never takes more than about a seventh of the time.
struct FrameLoop {
    /// Seconds between frames while a cell plays (at least; see `renderShare`).
    var frameInterval = 1.0 / 30.0
    /// Seconds a playing cell computes at least per frame.
    var cellBudget = 0.002
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
        var needsRender = true
        var renderSeconds = 0.0
        while !app.shouldQuit {
            app.size = screen.size
            if needsRender {
                let start = clock.now
                screen.present(ScreenRenderer.render(app))
                renderSeconds = 0.8 * renderSeconds + 0.2 * seconds(clock.now - start)
                needsRender = false
            }
            let timeout: Double? = app.isPlaying ? Swift.max(0, seconds(nextFrame - clock.now)) : nil
            switch screen.nextEvent(timeout: timeout) {
            case let .key(key):
                app.size = screen.size
                app.handle(key)
                if app.takeRedrawRequest() { screen.invalidate() }
                needsRender = true
            case .resized:
                needsRender = true
            case .timeout:
                break
            case let .terminated(signal):
                return .signal(signal)
            case .endOfInput:
                return .endOfInput
            }
            if app.isPlaying {
                if clock.now >= nextFrame {
                    let interval = Swift.min(longestFrameInterval, Swift.max(frameInterval, renderShare * renderSeconds))
                    nextFrame = clock.now + .nanoseconds(Int64(interval * 1e9))
                    _ = app.advance(budget: Swift.max(cellBudget, interval - renderSeconds))
                    needsRender = true
                }
            } else {
                nextFrame = clock.now
            }
        }
        return .quit
    }

    private func seconds(_ duration: Duration) -> Double {
        let (s, attoseconds) = duration.components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}
