#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import LessonKit

/// Progress with per-lesson pages and knobs, and two notebooks saving into one directory.
@Suite struct ProgressMergeTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "nnbook-progress-merge-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func fileText(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func anOldProgressFileDecodesWithEmptyPagesAndKnobs() throws {
        let old = #"{"finished": [], "lastLesson": "perceptron", "lastPage": 2, "visited": ["perceptron"]}"#
        let progress = try JSONDecoder().decode(Progress.self, from: Data(old.utf8))
        #expect(progress == Progress(lastLesson: "perceptron", lastPage: 2, visited: ["perceptron"]))
        #expect(progress.page(of: "perceptron") == 2)                    // from lastPage
        #expect(progress.page(of: "losses") == 0)
        #expect(try JSONDecoder().decode(Progress.self, from: Data("{}".utf8)) == Progress())
    }

    @Test func visitingRemembersThePageOfEveryLessonAndKnobsArePerPage() throws {
        var progress = Progress()
        progress.visit(lesson: "optimizers", page: 3, pageCount: 4)
        progress.visit(lesson: "mlp", page: 1, pageCount: 4)
        #expect(progress.page(of: "optimizers") == 3)
        #expect(progress.page(of: "mlp") == 1)
        progress.setKnobValues(["lr": 0.5, "act": 2], lesson: "mlp", page: 1)
        #expect(progress.knobValues(lesson: "mlp", page: 1) == ["lr": 0.5, "act": 2])
        #expect(progress.knobValues(lesson: "mlp", page: 0) == [:])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try encoder.encode(progress), as: UTF8.self) == #"{"finished":["optimizers"],"#
            + #""knobs":{"mlp":{"1":{"act":2,"lr":0.5}}},"lastLesson":"mlp","lastPage":1,"#
            + #""pages":{"mlp":1,"optimizers":3},"visited":["optimizers","mlp"]}"#)
        progress.setKnobValues([:], lesson: "mlp", page: 1)
        #expect(progress.knobs.isEmpty)
    }

    /// The reliability review's sequence (§7): A = perceptron, B = losses, one state directory.
    /// Before the merge, A's second save dropped "losses" and B's last save dropped A's "finished".
    @Test func twoStoresOnOneDirectoryLoseNoUpdates() throws {
        let directory = try temporaryDirectory()
        let a = ProgressStore(directory: directory)
        let b = ProgressStore(directory: directory)
        var pa = a.load().progress
        var pb = b.load().progress
        pa.visit(lesson: "perceptron", page: 0, pageCount: 4); pa = try a.save(pa)
        pb.visit(lesson: "losses", page: 0, pageCount: 3); pb = try b.save(pb)
        pa.visit(lesson: "perceptron", page: 1, pageCount: 4); pa = try a.save(pa)
        #expect(ProgressStore(directory: directory).load().progress.visited == ["perceptron", "losses"])
        pb.visit(lesson: "losses", page: 1, pageCount: 3); pb = try b.save(pb)
        pa.visit(lesson: "perceptron", page: 3, pageCount: 4)
        pa.setKnobValues(["b": -0.2], lesson: "perceptron", page: 0)
        pa = try a.save(pa)
        pb.visit(lesson: "losses", page: 0, pageCount: 3); pb = try b.save(pb)
        pa = try a.save(pa)                                              // both quit
        pb = try b.save(pb)
        let final = ProgressStore(directory: directory).load().progress
        #expect(final == Progress(lastLesson: "losses", lastPage: 0, visited: ["perceptron", "losses"],
                                  finished: ["perceptron"], pages: ["perceptron": 3, "losses": 0],
                                  knobs: ["perceptron": ["0": ["b": -0.2]]]))
        #expect(pb == final)                                             // a save returns what the file holds
    }

    @Test func whatThisNotebookChangedWinsIncludingARemovedKnobEntry() throws {
        let directory = try temporaryDirectory()
        let a = ProgressStore(directory: directory)
        var pa = a.load().progress
        pa.setKnobValues(["lr": 1], lesson: "mlp", page: 1)
        pa = try a.save(pa)
        let b = ProgressStore(directory: directory)
        var pb = b.load().progress
        pb.setKnobValues(["eta": 0.3], lesson: "losses", page: 2)
        pb = try b.save(pb)
        pa.setKnobValues([:], lesson: "mlp", page: 1)                    // A restored the defaults
        pa = try a.save(pa)
        #expect(pa.knobs == ["losses": ["2": ["eta": 0.3]]])
    }

    /// Root reads any file, so EACCES is injected through `openForReading`; the file's bytes
    /// and name must stay as they were, even after saves.
    @Test func anUnreadableFileIsReportedNotSetAsideAndNeverOverwritten() throws {
        let directory = try temporaryDirectory()
        let store = ProgressStore(directory: directory)
        try store.save(Progress(lastLesson: "cnn", lastPage: 4, visited: ["cnn"]))
        let before = try fileText(store.filePath)
        let denied = ProgressStore(directory: directory)
        denied.openForReading = { _ in errno = EACCES; return -1 }
        let (progress, warning) = denied.load()
        #expect(progress == Progress())
        #expect(warning == "cannot read progress file \(directory)/progress.json: permission denied; "
            + "progress will not be saved this session")
        #expect(denied.isSavingDisabled)
        var changed = progress
        changed.visit(lesson: "mlp", page: 0, pageCount: 4)
        #expect(try denied.save(changed) == changed)
        #expect(try fileText(store.filePath) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            == ["progress.json", "progress.json.lock"])
    }

    @Test func aSymlinkedProgressFileIsWrittenThroughToItsTarget() throws {
        let root = try temporaryDirectory()
        let directory = root + "/nnbook"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try #"{"lastLesson": "mlp", "lastPage": 1, "visited": ["mlp"], "finished": []}"#
            .write(toFile: root + "/elsewhere.json", atomically: false, encoding: .utf8)
        let store = ProgressStore(directory: directory)
        try FileManager.default.createSymbolicLink(atPath: store.filePath, withDestinationPath: "../elsewhere.json")
        var progress = store.load().progress
        #expect(progress.lastLesson == "mlp")
        progress.visit(lesson: "cnn", page: 2, pageCount: 5)
        try store.save(progress)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: store.filePath) == "../elsewhere.json")
        let target = try JSONDecoder().decode(Progress.self, from: Data(try fileText(root + "/elsewhere.json").utf8))
        #expect(target.lastLesson == "cnn" && target.visited == ["mlp", "cnn"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            == ["progress.json", "progress.json.lock"])
    }
}
