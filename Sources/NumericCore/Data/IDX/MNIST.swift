import Foundation

/// MNIST (and Fashion-MNIST, which uses the same file names and format) from a directory
/// holding the four standard IDX files, raw or gzip:
/// `train-images-idx3-ubyte[.gz]`, `train-labels-idx1-ubyte[.gz]`,
/// `t10k-images-idx3-ubyte[.gz]`, `t10k-labels-idx1-ubyte[.gz]`
/// (the `train-images.idx3-ubyte` spelling of some mirrors is accepted too).
public enum MNIST {
    /// The standard file-name stems: training images, training labels, test images, test labels.
    public static let fileStems = ["train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                                   "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"]

    /// Loads the training and test sets from `directory`; pixels scale to [0, 1], ten classes.
    /// - Parameters:
    ///   - name: the dataset's display name ("MNIST", "Fashion-MNIST").
    ///   - expectedSize: the image size every file must have (nil accepts any size, as long as
    ///     train and test agree).
    /// - Throws: `DataError` naming the file and the problem.
    public static func load(directory: String, name: String = "MNIST",
                            expectedSize: (width: Int, height: Int)? = (28, 28)) throws -> DataSplit {
        let paths = try fileStems.map { try findFile(directory: directory, stem: $0) }
        let train = try IDX.loadDataset(imagesPath: paths[0], labelsPath: paths[1], name: "\(name) train")
        let test = try IDX.loadDataset(imagesPath: paths[2], labelsPath: paths[3], name: "\(name) test")
        let size = expectedSize ?? (train.width, train.height)
        for (set, path) in [(train, paths[0]), (test, paths[2])] where set.width != size.width || set.height != size.height {
            throw DataError.wrongImageSize(path: path, width: set.width, height: set.height,
                                           expectedWidth: size.width, expectedHeight: size.height)
        }
        return DataSplit(train: train, test: test)
    }

    /// True when `directory` holds all four files (raw or gzip, either spelling).
    public static func isAvailable(directory: String) -> Bool {
        fileStems.allSatisfy { (try? findFile(directory: directory, stem: $0)) != nil }
    }

    /// The path of the file for `stem` in `directory`: the stem, the stem with `.gz`, or the
    /// dotted spelling (`train-images.idx3-ubyte`) of either.
    static func findFile(directory: String, stem: String) throws -> String {
        let dotted = stem.replacingOccurrences(of: "-idx", with: ".idx")
        let base = URL(fileURLWithPath: directory)
        for name in [stem, stem + ".gz", dotted, dotted + ".gz"] {
            let path = base.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        throw DataError.missingFile(path: base.appendingPathComponent(stem).path + "[.gz]")
    }
}
