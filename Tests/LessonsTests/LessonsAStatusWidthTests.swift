import Charts
import LessonKit
import Testing
import ActivationsLesson
import BackpropLesson
import LossesLesson
import PerceptronLesson

/// Every status line of the perceptron, activations, losses and backprop lessons, at every
/// step of their default runs, fits the notebook's status row at 80 columns (review D3):
/// " ■ finished  ·  " takes 16 columns and the last one stays free, leaving 63.
@Suite("Status lines fit 80 columns: perceptron, activations, losses, backprop")
struct LessonsAStatusWidthTests {
    static let room = 80 - 16 - 1

    @Test(arguments: ["perceptron", "activations", "losses", "backprop"])
    func everyStatusFits(lessonID: String) throws {
        let lessons: [any Lesson] = [PerceptronLesson(), ActivationsLesson(), LossesLesson(), BackpropLesson()]
        let lesson = try #require(lessons.first { $0.id == lessonID })
        for (p, page) in lesson.makePages(context: LessonContext()).enumerated() {
            guard let cell = page.cell else { continue }
            var steps = 0
            repeat {
                if let status = cell.status {
                    #expect(displayWidth(of: status) <= Self.room, "\(lessonID) page \(p + 1) step \(steps): \(status)")
                    #expect(displayWidth(of: ASCIITransliteration.transliterate(status)) <= Self.room,
                            "ASCII: \(lessonID) page \(p + 1) step \(steps): \(status)")
                }
                cell.step()
                steps += 1
            } while cell.isAnimated && !cell.isFinished && steps < 400
        }
    }
}
