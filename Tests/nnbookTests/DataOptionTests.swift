import Foundation
import Testing

/// `--data DIR` is loaded up front (reliability review, summary (a) and crash 1): `run` and
/// `render` stop with one line on stderr when it cannot be used, and the notebook opens on
/// synthetic digits with the reason on its status line.
@Suite(.serialized) struct DataOptionTests {
    /// A fresh directory under /tmp (short, so the status line shows the whole path).
    static func makeDirectory() throws -> URL {
        let url = URL(fileURLWithPath: "/tmp/nnbook-data-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The four MNIST files with valid IDX headers that hold 0 images and 0 labels.
    static func makeEmptyIDXDirectory() throws -> URL {
        let url = try makeDirectory()
        func bigEndian(_ words: [UInt32]) -> Data { Data(words.flatMap { withUnsafeBytes(of: $0.bigEndian, Array.init) }) }
        for prefix in ["train", "t10k"] {
            try bigEndian([0x803, 0, 28, 28]).write(to: url.appendingPathComponent("\(prefix)-images-idx3-ubyte"))
            try bigEndian([0x801, 0]).write(to: url.appendingPathComponent("\(prefix)-labels-idx1-ubyte"))
        }
        return url
    }

    @Test func headerOnlyFilesAreWhatTheyClaim() throws {
        let url = try Self.makeEmptyIDXDirectory()
        defer { try? FileManager.default.removeItem(at: url) }
        let images = try Data(contentsOf: url.appendingPathComponent("train-images-idx3-ubyte"))
        #expect(Array(images) == [0, 0, 8, 3, 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 28])
    }

    @Test(arguments: [["run", "mlp", "--steps", "1"], ["render", "mlp"], ["run", "activations"], ["render", "cnn", "--page", "5"]])
    func aSetWithNoImagesStopsRunAndRender(arguments: [String]) throws {
        let url = try Self.makeEmptyIDXDirectory()
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try NnbookBinary.run(arguments + ["--data", url.path], timeout: 60)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        // The loader may find the empty set itself (its words then), or nnbook does.
        #expect(result.stderr.hasPrefix("nnbook: error: cannot use --data \(url.path): "), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!result.stderr.contains("Program crashed"))
    }

    @Test(arguments: [["run", "mlp", "--steps", "1"], ["render", "activations"]])
    func aDirectoryWithoutTheFilesStopsRunAndRender(arguments: [String]) throws {
        let url = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try NnbookBinary.run(arguments + ["--data", url.path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("nnbook: error: cannot use --data \(url.path): "))
        #expect(result.stderr.contains("train-images-idx3-ubyte"), "names the missing file: \(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func theNotebookOpensOnSyntheticDigitsAndSaysWhy() throws {
        let url = try Self.makeEmptyIDXDirectory()
        defer { try? FileManager.default.removeItem(at: url) }
        let tmux = try TmuxSession(width: 120, height: 30)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "mlp", "--no-color", "--data", url.path])
        try tmux.waitFor("Training a two-layer net  ·  page 1/4")
        try tmux.waitFor("cannot use --data \(url.path): ")
        // The lesson trains on synthetic digits instead of crashing on the empty set.
        try tmux.sendKeys("n")
        try tmux.waitFor("synthetic digits: 5000 train / 1000 test")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }

    @Test func theNotebookOpensWhenTheDirectoryDoesNotExist() throws {
        let tmux = try TmuxSession(width: 120, height: 30)
        defer { tmux.close() }
        try tmux.startNnbook(["open", "activations", "--no-color", "--data", "/tmp/nnbook-no-such-dir"])
        try tmux.waitFor("cannot use --data /tmp/nnbook-no-such-dir: no such directory; using synthetic digits")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
    }
}
