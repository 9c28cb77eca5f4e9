import Charts
import Charts
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
            return tr("no such directory", "没有这个目录")
        }
        do {
            let split = try MNIST.load(directory: directory)
            if split.train.count == 0 { return tr("the training set has no images", "训练数据中没有图像") }
            if split.test.count == 0 { return tr("the test set has no images", "测试数据中没有图像") }
            return nil
        } catch {
            // The loader's own text (file names, byte counts) stays English.
            return tr(String(describing: error), "MNIST 文件无法读取（\(error)）")
        }
    }
}
