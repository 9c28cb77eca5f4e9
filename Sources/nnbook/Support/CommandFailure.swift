import ArgumentParser
import Foundation

/// A failure of the command line, worded for one line after `nnbook: error:`.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs `body`; any failure (other than argument-parser exits) is printed as ONE line
/// `nnbook: error: MESSAGE` on stderr and the command exits with status 1.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        let message = String(describing: error)
        let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        FileHandle.standardError.write(Data("nnbook: error: \(line)\n".utf8))
        throw ExitCode.failure
    }
}
