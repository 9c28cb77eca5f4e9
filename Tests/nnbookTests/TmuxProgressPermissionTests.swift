#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// A progress file the learner cannot read (reliability review §6: mode 000 was renamed
/// aside and replaced, resetting valid progress). Root reads any file, so the notebook runs
/// as nobody (`setpriv`) on a mode-000 file in a directory nobody may write to: it must say
/// so in full at 80×24, and leave the file exactly as it was.
@Suite(.serialized) struct TmuxProgressPermissionTests {
    static var canSwitchUser: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") }

    @Test(.enabled(if: canSwitchUser)) func anUnreadableProgressFileIsReportedAndLeftAlone() throws {
        guard let binary = NnbookBinary.url else { throw NnbookBinaryError.notFound }
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        let directory = tmux.stateDirectory.appendingPathComponent("nnbook")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(chmod(directory.path, 0o777) == 0)
        let file = directory.appendingPathComponent("progress.json")
        let content = #"{"finished": [], "lastLesson": "cnn", "lastPage": 4, "visited": ["cnn"]}"#
        try content.write(to: file, atomically: false, encoding: .utf8)
        #expect(chmod(file.path, 0) == 0)

        try tmux.type("setpriv --reuid=65534 --regid=65534 --clear-groups "
            + [binary.path, "open", "perceptron", "--no-color"].map(TmuxSession.quoted).joined(separator: " "))
        let screen = TmuxScreenText.lines(of: try tmux.waitFor("this session"), height: 24)
        // Three notice rows (a path longer than a row is broken where the row ends); compared
        // without spaces, since where the rows break depends on the length of the path.
        #expect(screen[21] == " cannot read progress file", "\(screen.joined(separator: "\n"))")
        let message = "\(directory.path)/progress.json: permission denied; progress will not be saved this session"
        #expect(screen[22...23].joined().filter { $0 != " " } == message.filter { $0 != " " })
        try tmux.sendKeys("n")
        try tmux.waitFor("page 2/4")
        try tmux.sendKeys("q")
        #expect(try tmux.exitStatusAndTerminalState().status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == content)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["progress.json"])
    }
}
