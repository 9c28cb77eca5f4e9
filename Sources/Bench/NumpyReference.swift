import Foundation

/// Runs the numpy reference script (`Benchmarks/numpy_reference.py`) in a child process
/// and reads the JSON timings it prints.
enum NumpyReference {
    /// What the script reports.
    struct Output: Decodable {
        var numpy: String?
        var results: [String: Timing]?
        var unknown: [String]?
        var error: String?
    }

    /// The script's path relative to the package root.
    static let relativePath = "Benchmarks/numpy_reference.py"

    /// The script: `explicit` if given, else `Benchmarks/numpy_reference.py` under the
    /// current directory or one of its parents, else under the executable's directory or
    /// one of its parents (a built `nnbook` lives in `<package>/.build/<config>/`).
    static func locateScript(explicit: String?) -> String? {
        let files = FileManager.default
        if let explicit { return files.fileExists(atPath: explicit) ? explicit : nil }
        var starts = [URL(fileURLWithPath: files.currentDirectoryPath)]
        if let executable = CommandLine.arguments.first {
            starts.append(URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for start in starts {
            var directory = start.standardizedFileURL
            while true {
                let candidate = directory.appendingPathComponent(relativePath).path
                if files.fileExists(atPath: candidate) { return candidate }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }

    /// Runs `python script --cases … --repeats … --warmup … --min-time …` and decodes its
    /// output; failures (no python3, no numpy, bad output) come back as a message.
    static func run(python: String, script: String, keys: [String], repeats: Int, warmup: Int,
                    minimumSeconds: Double) -> Result<Output, NumpyReferenceError> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, "--cases", keys.joined(separator: ","),
                             "--repeats", String(repeats), "--warmup", String(warmup),
                             "--min-time", String(minimumSeconds)]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch {
            return .failure(NumpyReferenceError(message: "could not start \(python): \(error)"))
        }
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if let output = try? JSONDecoder().decode(Output.self, from: data) {
            if let error = output.error { return .failure(NumpyReferenceError(message: error)) }
            if output.results != nil { return .success(output) }
        }
        let detail = errorText.split(separator: "\n").last.map(String.init) ?? "no output"
        return .failure(NumpyReferenceError(
            message: "\(python) \(script) failed (status \(process.terminationStatus)): \(detail)"))
    }
}

/// Why the numpy reference could not be run.
struct NumpyReferenceError: Error {
    var message: String
}
