import Foundation
import LessonKit
import Testing
@testable import nnbook

/// `nnbook check` and `nnbook progress`, in-process against a fake lesson with challenges,
/// and end-to-end through the binary on paths that do not depend on a lesson's challenges.
@Suite struct CourseCommandTests {
    private let registry = LessonRegistry([ChallengeFakeLesson(), FakeLesson()])

    private func lines(_ arguments: [String]) throws -> String {
        CheckCommand.text(of: try CheckCommand.parse(arguments).results(registry: registry))
    }

    @Test func checkAppliesSettingsAndStepsCellsThatNeedARun() throws {
        // Defaults: a = 0.25 fails; the counter runs its own 20 steps, past its goal of 10.
        #expect(try lines(["course"]) == "✗ half  Set a to at least 0.5. — a is 0.25\n✓ count  Count to the goal.\n")
        #expect(try lines(["course", "--set", "a=0.5", "--set", "goal=30"])
            == "✓ half  Set a to at least 0.5.\n✗ count  Count to the goal. — 20 of 30\n")
        #expect(try lines(["course", "--set", "goal=30", "--steps", "40", "--challenge", "count"])
            == "✓ count  Count to the goal.\n")
    }

    @Test func checkNamesTheChallengesForAnUnknownIdAndRefusesALessonWithout() throws {
        #expect(throws: UnknownChallengeError(id: "nand", lesson: "course", valid: ["half", "count"])) {
            try CheckCommand.parse(["course", "--challenge", "nand"]).results(registry: registry)
        }
        #expect("\(UnknownChallengeError(id: "nand", lesson: "course", valid: ["half", "count"]))"
            == "lesson 'course' has no challenge 'nand'; its challenges: half, count")
        #expect(throws: (any Error).self) { try CheckCommand.parse(["fake"]).results(registry: registry) }
    }

    @Test func progressTableAndJSON() throws {
        var progress = Progress()
        progress.visit(lesson: "course", page: 1, pageCount: 2)
        progress.meet(challenge: "count", lesson: "course")
        progress.record(answer: 2, prediction: "p1", lesson: "course")
        progress.record(answer: Progress.skipped, prediction: "p2", lesson: "course")
        let table = try ProgressCommand.parse([]).output(lessons: registry.lessons, progress: progress)
        #expect(table == """
            LESSON  STATUS             CHALLENGES  PREDICTIONS     LAST PAGE
            course  1 of 2 challenges  1/2         1 (+1 skipped)  2
            fake    not started        0/0         0               -

            """)
        let json = try ProgressCommand.parse(["--format", "json"]).output(lessons: [ChallengeFakeLesson()], progress: progress)
        #expect(json == """
            {
              "lessons" : [
                {
                  "challengesDone" : [
                    "count"
                  ],
                  "challengesTotal" : 2,
                  "lastPage" : 2,
                  "lesson" : "course",
                  "predictionsAnswered" : 1,
                  "predictionsSkipped" : 1,
                  "status" : "1 of 2 challenges"
                }
              ]
            }

            """)
    }

    @Test func theBinaryChecksAndResetsWithoutATerminal() throws {
        let state = NSTemporaryDirectory() + "nnbook-course-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let store = ProgressStore(directory: state + "/nnbook")
        var progress = Progress()
        progress.visit(lesson: "perceptron", page: 1, pageCount: 5)
        progress.visit(lesson: "losses", page: 0, pageCount: 5)
        progress.meet(challenge: "nand", lesson: "perceptron")
        try store.save(progress)

        let unknown = try NnbookBinary.run(["check", "perceptron", "--challenge", "no-such-goal"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("nnbook: error: lesson 'perceptron' has no challenge 'no-such-goal'; its challenges: "))

        let refused = try NnbookBinary.run(["progress", "--reset", "perceptron"], environment: ["XDG_STATE_HOME": state])
        #expect(refused.status == 1)
        #expect(refused.stderr == "nnbook: error: --reset asks for confirmation; stdin is not a terminal, so add --yes\n")
        let reset = try NnbookBinary.run(["progress", "--reset", "perceptron", "--yes"], environment: ["XDG_STATE_HOME": state])
        #expect(reset.status == 0 && reset.stdout == "Reset the progress of perceptron.\n")
        #expect(ProgressStore(directory: state + "/nnbook").load().progress
            == Progress(lastLesson: "losses", lastPage: 0, visited: ["losses"], pages: ["losses": 0]))
        let shown = try NnbookBinary.run(["progress"], environment: ["XDG_STATE_HOME": state])
        let rows = shown.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.contains { $0.prefix(3) == ["perceptron", "not", "started"] })
        #expect(rows.contains { $0.prefix(2) == ["losses", "visited"] })
    }
}
