import Foundation
import Testing
@testable import LessonKit

/// Challenges met and predictions answered in progress: recording, decoding old files,
/// merging two notebooks, and resetting one lesson in the file.
@Suite struct ProgressCourseTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "nnbook-progress-course-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aFileWithoutChallengesDecodesToEmptyAndRoundTrips() throws {
        let old = #"{"lastPage": 0, "visited": ["mlp"], "finished": [], "pages": {}, "knobs": {}}"#
        let progress = try JSONDecoder().decode(Progress.self, from: Data(old.utf8))
        #expect(progress.challenges == [:] && progress.predictions == [:])
        var course = progress
        let first = course.meet(challenge: "nand", lesson: "perceptron")
        let again = course.meet(challenge: "nand", lesson: "perceptron")
        #expect(first && !again)
        course.record(answer: Progress.skipped, prediction: "lr", lesson: "losses")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(course), as: UTF8.self)
        #expect(json == #"{"challenges":{"perceptron":["nand"]},"finished":[],"knobs":{},"lastPage":0,"#
            + #""pages":{},"predictions":{"losses":{"lr":-1}},"visited":["mlp"]}"#)
        #expect(try JSONDecoder().decode(Progress.self, from: Data(json.utf8)) == course)
    }

    @Test func challengesMergeAsAUnionAndChangedAnswersWin() {
        let base = Progress(challenges: ["perceptron": ["nand"]], predictions: ["losses": ["lr": 0]])
        let disk = Progress(challenges: ["perceptron": ["nand", "xor"], "mlp": ["acc90"]],
                            predictions: ["losses": ["lr": 0, "shape": 1]])
        var mine = base
        mine.meet(challenge: "or", lesson: "perceptron")
        mine.record(answer: 2, prediction: "lr", lesson: "losses")
        let merged = mine.merged(into: disk, base: base)
        #expect(merged.challenges == ["perceptron": ["nand", "xor", "or"], "mlp": ["acc90"]])
        #expect(merged.predictions == ["losses": ["lr": 2, "shape": 1]])
    }

    @Test func updateResetsOneLessonInTheFileWhateverTheMergeWouldKeep() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ProgressStore(directory: directory)
        var progress = Progress()
        progress.visit(lesson: "perceptron", page: 2, pageCount: 3)
        progress.visit(lesson: "mlp", page: 1, pageCount: 4)
        progress.setKnobValues(["w1": 1], lesson: "perceptron", page: 2)
        progress.meet(challenge: "nand", lesson: "perceptron")
        progress.record(answer: 1, prediction: "p", lesson: "perceptron")
        try store.save(progress)
        let after = try ProgressStore(directory: directory).update { $0.reset(lesson: "perceptron") }
        #expect(after == Progress(lastLesson: "mlp", lastPage: 1, visited: ["mlp"], pages: ["mlp": 1]))
        #expect(ProgressStore(directory: directory).load().progress == after)
    }
}
