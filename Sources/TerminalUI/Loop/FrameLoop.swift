/// Runs the notebook on a screen: draws a frame when something changed, waits for a key —
/// blocking while nothing plays (no CPU used when idle), at most until the next frame
/// (~30 fps) while a cell plays — and gives the playing cell a compute budget per frame so
/// a key is answered within one frame.
struct FrameLoop {
    /// Seconds between frames while a cell plays.
    var frameInterval = 1.0 / 30.0
    /// Seconds of compute a playing cell gets per frame.
    var cellBudget = 0.012

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
        while !app.shouldQuit {
            app.size = screen.size
            if needsRender {
                screen.present(ScreenRenderer.render(app))
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
                    _ = app.advance(budget: cellBudget)
                    nextFrame = clock.now + .milliseconds(Int(frameInterval * 1000))
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
