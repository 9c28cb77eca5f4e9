import Foundation
import Testing

/// Ctrl-\ (SIGQUIT) during a headless run ends it like any Unix program (status 131), with
/// no "Program crashed" report from the Swift backtracer (reliability review §2.1).
@Suite("Headless runs: SIGQUIT quits quietly")
struct HeadlessQuitSignalTests {
    @Test func sigquitEndsALongRunWithStatus131AndNoCrashReport() throws {
        guard let url = NnbookBinary.url else { throw NnbookBinaryError.notFound }
        let process = Process()
        process.executableURL = url
        process.arguments = ["run", "mlp", "--steps", "100000"]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=yes,interactive=no,output-to=stderr"
        environment["NNBOOK_LANG"] = "en"
        process.environment = environment
        let stderr = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(process.processIdentifier, SIGQUIT)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!process.isRunning)
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGQUIT)
        let text = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(!text.contains("crashed"), "\(text)")
    }
}
