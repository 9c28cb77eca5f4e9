import Foundation
import NumericCore

/// Checks a `--data` directory up front, with the same loader the lessons use, so that a
/// directory that cannot be used is reported once, clearly — not only inside the output.
enum DataCheck {
    /// Why `directory` cannot serve as MNIST ("no such directory", the loader's error, or
    /// an empty training or test set), or nil when it loads.
    static func problem(with directory: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return "no such directory"
        }
        do {
            let split = try MNIST.load(directory: directory)
            if split.train.count == 0 { return "the training set has no images" }
            if split.test.count == 0 { return "the test set has no images" }
            return nil
        } catch {
            return String(describing: error)
        }
    }
}
