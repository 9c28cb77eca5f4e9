import Testing
@testable import LessonKit

@Suite struct DefaultRunTests {
    @Test func settingsReachEveryCellWithThatKnob() throws {
        let output = try FakeLesson().run(RunRequest(settings: [("a", "0.5"), ("lr", "1e-3"), ("mode", "Adam")], steps: 0))
        #expect(output.lesson == "fake")
        #expect(output.cells.map(\.name) == ["still", "moving"])
        #expect(output.cells[0].json == .object([("steps", .integer(0)), ("seed", .integer(1)), ("a", .number(0.5)), ("mode", .number(1))]))
        #expect(output.cells[1].json == .object([("steps", .integer(0)), ("seed", .integer(1)), ("lr", .number(0.001)), ("a", .number(0.5))]))
    }

    @Test func unknownKnobNamesEveryValidKnob() {
        let error = LessonKitError.unknownKnob("beta", lesson: "fake", valid: ["a", "mode", "lr"])
        #expect(throws: error) { try FakeLesson().run(RunRequest(settings: [("beta", "1")])) }
        #expect(error.description == "lesson 'fake' has no parameter 'beta'; valid parameters: a, mode, lr")
    }

    @Test func invalidValuesComeFromTheKnob() {
        #expect(throws: LessonKitError.invalidValue(knob: "a", value: "2", expected: "a number from 0 to 1")) {
            try FakeLesson().run(RunRequest(settings: [("a", "2")]))
        }
    }

    @Test func animatedCellsTakeTheRequestedSteps() throws {
        let output = try FakeLesson().run(RunRequest(steps: 3))
        #expect(output.cells[0].json == .object([("steps", .integer(0)), ("seed", .integer(1)), ("a", .number(0.2)), ("mode", .number(0))]))
        #expect(output.cells[1].json == .object([("steps", .integer(3)), ("seed", .integer(1)), ("lr", .number(0.01)), ("a", .number(0.2))]))
    }

    @Test func steppingStopsWhenTheCellIsFinished() throws {
        let output = try FakeLesson(finishesAfter: 5).run(RunRequest(steps: 50))
        #expect(output.cells[1].json == .object([("steps", .integer(5)), ("seed", .integer(1)), ("lr", .number(0.01)), ("a", .number(0.2))]))
    }

    @Test func withoutStepsCellsTellOrTakeTheFallback() throws {
        let output = try FakeLesson(finishesAfter: nil, selfPaced: true).run(RunRequest(steps: nil))
        #expect(output.cells.map(\.name) == ["still", "moving", "paced"])
        #expect(output.cells[1].json == .object([("steps", .integer(100)), ("seed", .integer(1)), ("lr", .number(0.01)), ("a", .number(0.2))]))
        #expect(output.cells[2].json == .integer(2))
    }

    @Test func theContextReachesThePages() throws {
        let output = try FakeLesson().run(RunRequest(steps: 0, context: LessonContext(seed: 42)))
        #expect(output.cells[0].json == .object([("steps", .integer(0)), ("seed", .integer(42)), ("a", .number(0.2)), ("mode", .number(0))]))
    }
}

@Suite struct RegistryTests {
    @Test func lookupAndUnknownLessonText() throws {
        let registry = LessonRegistry([FakeLesson(id: "one"), FakeLesson(id: "two")])
        #expect(try registry.lesson(id: "two").id == "two")
        #expect(throws: LessonKitError.unknownLesson("three", valid: ["one", "two"])) { try registry.lesson(id: "three") }
        #expect(LessonKitError.unknownLesson("three", valid: ["one", "two"]).description ==
                "unknown lesson 'three'; valid lessons: one, two")
        #expect(LessonKitError.unknownLesson("x", valid: []).description == "unknown lesson 'x'; valid lessons: (none)")
        #expect(LessonKitError.invalidPage(4, pageCount: 3).description == "page 4 does not exist; valid pages: 1–3")
    }
}
