import Charts
import Foundation
import LessonKit

/// How fast a lesson's cell trains inside the notebook compared with stepping it headless
/// (issue 16: the live notebook must train at ≥ 85 % of the headless rate while playing).
///
/// The same fixed workload — a page's cell set up by `prepare` so that it finishes (e.g. the
/// cnn lesson's training cell with one epoch) — is timed twice on fresh copies of the lesson:
/// headless, `step` until the cell is finished, as `nnbook run` steps it; and live, played
/// with space through the real `FrameLoop` on a `width`×`height` virtual screen that waits
/// out the loop's timeouts as a terminal does and draws every frame the loop asks for. The
/// ratio of the two times is the live rate as a fraction of the headless one.
public enum LiveRate {
    /// Seconds to finish the workload each way, and the frames drawn live.
    public struct Measurement: Sendable {
        public var headlessSeconds: Double
        public var liveSeconds: Double
        public var frames: Int
        /// Live rate / headless rate (1 = the notebook trains as fast as `nnbook run`).
        public var ratio: Double { headlessSeconds / liveSeconds }
    }

    /// Runs the workload headless (`live: false`) or through the frame loop (`live: true`);
    /// returns the seconds it took and the frames drawn. `prepare` gets the page's cell (it
    /// must be an animated cell that finishes).
    public static func run(lesson: any Lesson, page: Int, width: Int, height: Int, live: Bool,
                           context: LessonContext = LessonContext(),
                           prepare: (LiveCell) -> Void) -> (seconds: Double, frames: Int) {
        let app = NotebookApp(lessons: [lesson], context: context, size: ScreenSize(width: width, height: height),
                              renderOptions: .standard, language: .en)
        app.openLesson(at: 0, page: page)
        guard let cell = app.session?.cell, cell.isAnimated else {
            preconditionFailure("LiveRate: page \(page + 1) of \(lesson.id) has no animated cell")
        }
        prepare(cell)
        let clock = ContinuousClock(), start = clock.now
        var frames = 0
        if live {
            let screen = PacedScreen(width: width, height: height) { !app.isPlaying }
            FrameLoop().run(app, on: screen)
            frames = screen.frames
        } else {
            while !cell.isFinished { cell.step() }
        }
        let elapsed = start.duration(to: clock.now).components
        return (Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18, frames)
    }

    /// Both runs, headless first.
    public static func measure(lesson: () -> any Lesson, page: Int, width: Int, height: Int,
                               context: LessonContext = LessonContext(), prepare: (LiveCell) -> Void) -> Measurement {
        let headless = run(lesson: lesson(), page: page, width: width, height: height, live: false,
                           context: context, prepare: prepare)
        let live = run(lesson: lesson(), page: page, width: width, height: height, live: true,
                       context: context, prepare: prepare)
        return Measurement(headlessSeconds: headless.seconds, liveSeconds: live.seconds, frames: live.frames)
    }
}

/// A virtual screen that behaves like a terminal nobody types at: the first event is space
/// (play), then every wait lasts its whole timeout, and the input ends once `finished` says
/// so (the cell stopped playing).
final class PacedScreen: Screen {
    var size: ScreenSize
    var renderOptions: RenderOptions { .standard }
    private(set) var frames = 0
    private var started = false
    private var previous: Grid?
    private let finished: () -> Bool

    init(width: Int, height: Int, finished: @escaping () -> Bool) {
        size = ScreenSize(width: width, height: height)
        self.finished = finished
    }

    /// Diffs the frame against the last one, as the curses screen does before it writes.
    func present(_ grid: Grid) {
        frames += 1
        _ = GridDiff.changedCells(from: previous, to: grid)
        previous = grid
    }

    func nextEvent(timeout: Double?) -> InputEvent {
        if !started { started = true; return .key(.space) }
        if finished() { return .endOfInput }
        if let timeout, timeout > 0 { Thread.sleep(forTimeInterval: timeout) }
        return .timeout
    }

    func invalidate() {}
}
