import Synchronization
import Testing
@testable import LessonKit

/// `LiveCell.stepHeadless`: static cells take no step whatever the count, animated cells stop
/// when finished, and progress is told after every step (reliability review, finding 4:
/// `render --steps 2^63` spun forever on a static page).
@Suite struct HeadlessSteppingTests {
    static let knob = Knob(name: "a", label: "a", kind: .continuous(range: 0...1, step: 0.1, scale: .linear), value: 0.2)

    @Test func aStaticCellIsNotSteppedAtAll() {
        let cell = RecordingCell(title: "still", knobs: [Self.knob], animated: false, seed: 1)
        #expect(cell.stepHeadless(Int.max) == 0)
        #expect(cell.steps == 0)
        #expect(cell.headlessStepCount(requested: 50) == 0)
    }

    @Test func anAnimatedCellStopsWhenFinishedAndTellsEveryStep() {
        let cell = RecordingCell(title: "moving", knobs: [], animated: true, finishesAfter: 4, seed: 1)
        let told = Mutex<[String]>([])
        let taken = cell.stepHeadless(Int.max) { done, total in told.withLock { $0.append("\(done)/\(total)") } }
        #expect(taken == 4 && cell.steps == 4)
        #expect(told.withLock { $0 } == ["1/\(Int.max)", "2/\(Int.max)", "3/\(Int.max)", "4/\(Int.max)"])
    }

    @Test func stepCountsComeFromTheRequestTheCellOrTheFallback() {
        let plain = RecordingCell(title: "moving", knobs: [], animated: true, seed: 1)
        #expect(plain.headlessStepCount(requested: 7) == 7)
        #expect(plain.headlessStepCount(requested: nil) == 100)
        #expect(SelfPacedCell().headlessStepCount(requested: nil) == 2)
    }

    @Test func aRunTellsItsProgress() throws {
        let told = Mutex(0)
        _ = try FakeLesson(finishesAfter: 3).run(RunRequest(steps: 10, progress: { done, _ in told.withLock { $0 = done } }))
        #expect(told.withLock { $0 } == 3)
    }
}
