import Foundation
import Testing
@testable import LessonKit

/// A fresh, empty directory under the system temporary directory.
private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "nnbook-progress-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private let sample = Progress(lastLesson: "losses", lastPage: 2, visited: ["perceptron", "losses"], finished: ["perceptron"])

@Suite struct ProgressStoreTests {
    @Test func noFileMeansEmptyProgressAndNoWarning() throws {
        let store = ProgressStore(directory: try temporaryDirectory())
        let (progress, warning) = store.load()
        #expect(progress == Progress())
        #expect(warning == nil)
    }

    @Test func savedProgressLoadsBackAndTheDirectoryIsCreated() throws {
        let directory = try temporaryDirectory() + "/state/nnbook"
        let store = ProgressStore(directory: directory)
        try store.save(sample)
        #expect(store.filePath == directory + "/progress.json")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["progress.json", "progress.json.lock"])
        let (progress, warning) = ProgressStore(directory: directory).load()
        #expect(progress == sample)
        #expect(warning == nil)
    }

    @Test func saveReplacesTheFileByRenameNotInPlace() throws {
        let directory = try temporaryDirectory()
        let store = ProgressStore(directory: directory)
        try store.save(Progress(lastLesson: "old"))
        // A hard link keeps the old file's inode: a rename leaves it untouched, an in-place
        // write would change it.
        let link = directory + "/old-link"
        try FileManager.default.linkItem(atPath: store.filePath, toPath: link)
        let before = try String(contentsOfFile: link, encoding: .utf8)
        try store.save(sample)
        #expect(try String(contentsOfFile: link, encoding: .utf8) == before)
        #expect(store.load().progress == sample)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            == ["old-link", "progress.json", "progress.json.lock"])
    }

    @Test func aCorruptFileIsSetAsideWithAWarning() throws {
        let directory = try temporaryDirectory()
        let store = ProgressStore(directory: directory)
        try "{\"lastLesson\": ".write(toFile: store.filePath, atomically: false, encoding: .utf8)
        let (progress, warning) = store.load()
        #expect(progress == Progress())
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(names.count == 1)
        let aside = try #require(names.first)
        #expect(aside.hasPrefix("progress.json.corrupt-"))
        #expect(Int(aside.dropFirst("progress.json.corrupt-".count)) != nil)
        #expect(warning == "progress file \(store.filePath) was unreadable; moved it to \(directory)/\(aside) and started with fresh progress")
        #expect(try String(contentsOfFile: directory + "/" + aside, encoding: .utf8) == "{\"lastLesson\": ")
        // Saving afterwards works and leaves the set-aside file alone (beside it: the lock file).
        try store.save(sample)
        #expect(store.load() == (sample, nil))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).count == 3)
    }

    @Test func aDirectoryInPlaceOfTheFileIsSetAsideToo() throws {
        let directory = try temporaryDirectory()
        let store = ProgressStore(directory: directory)
        try FileManager.default.createDirectory(atPath: store.filePath, withIntermediateDirectories: false)
        let (progress, warning) = store.load()
        #expect(progress == Progress())
        #expect(warning?.contains("was unreadable; moved it to \(store.filePath).corrupt-") == true)
        try store.save(sample)
        #expect(store.load().progress == sample)
    }

    @Test func saveFailsCleanlyWhenTheDirectoryCannotBeMade() throws {
        let file = try temporaryDirectory() + "/a-file"
        try "x".write(toFile: file, atomically: false, encoding: .utf8)
        let store = ProgressStore(directory: file + "/nnbook")
        #expect(throws: ProgressStoreError.cannotCreateDirectory(file + "/nnbook")) { try store.save(sample) }
    }

    @Test func xdgStateHomeIsHonoured() {
        #expect(ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/tmp/state/", "HOME": "/home/me"]) == "/tmp/state/nnbook")
        #expect(ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/me"]) == "/home/me/.local/state/nnbook")
        #expect(ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "", "HOME": "/home/me"]) == "/home/me/.local/state/nnbook")
        #expect(ProgressStore.defaultDirectory(environment: ["HOME": "/home/me"]) == "/home/me/.local/state/nnbook")
    }
}
