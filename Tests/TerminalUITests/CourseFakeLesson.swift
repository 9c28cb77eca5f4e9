import Charts
import LessonKit
@testable import TerminalUI

/// A test-only lesson with challenges and a prediction on its `FakeCell` page: "high"
/// (rate at least 0.8, no run), "run3" (3 steps, needs a run), and "Will it finish?"
/// (truth: "yes" once the cell has finished, unknown before).
struct CourseFakeLesson: Lesson {
    var id = "course"
    var title = "Course lesson"
    var summary = "Challenges and a prediction, for tests"

    func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: "Goals", text: "Reach the goals.", cell: FakeCell(), challenges: [
                Challenge(id: "high", goal: "Turn the rate up to 0.8.", hints: ["Press → a few times.", "Three presses of →."]) { cell in
                    guard let cell = cell as? FakeCell else { return .wrongCell }
                    let rate = cell.value("rate")
                    return ChallengeCheck(passed: rate >= 0.8 - 1e-9, progress: "rate \(NumberText.format(rate, digits: 2)) of 0.8")
                },
                Challenge(id: "run3", goal: "Run three steps.", hints: ["Press s."], needsRun: true) { cell in
                    guard let cell = cell as? FakeCell else { return .wrongCell }
                    return ChallengeCheck(passed: cell.steps >= 3, progress: "\(cell.steps) of 3 steps")
                },
            ], prediction: Prediction(id: "finish", question: "Will the run finish?", choices: ["yes", "no"],
                                      explanation: "It stops at step 5.") { cell in
                (cell as? FakeCell)?.isFinished == true ? 0 : nil
            }),
            Page(title: "Words", text: "No goals here."),
        ]
    }

    func run(_ request: RunRequest) throws -> RunOutput { RunOutput(lesson: id, cells: []) }
}
