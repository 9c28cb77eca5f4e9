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
    ///
    /// Every file must hold at least one and at most 100,000 samples (`IDXLimits`), checked
    /// from its header before its data is read or inflated. A directory is read once per
    /// process: later calls with the same arguments get the same split (or the same error)
    /// while the four files are unchanged on disk (see `SplitCache`).
    /// - Parameters:
    ///   - name: the dataset's display name ("MNIST", "Fashion-MNIST").
    ///   - expectedSize: the image size every file must have (nil accepts any size up to
    ///     28×28 pixels, as long as train and test agree).
    /// - Throws: `DataError` naming the file and the problem; its `description` is one line.
    public static func load(directory: String, name: String = "MNIST",
                            expectedSize: (width: Int, height: Int)? = (28, 28)) throws -> DataSplit {
        try load(directory: directory, name: name, expectedSize: expectedSize, cache: .shared)
    }

    /// `load` through a given cache (tests use their own to count disk reads).
    static func load(directory: String, name: String, expectedSize: (width: Int, height: Int)?,
                     cache: SplitCache) throws(DataError) -> DataSplit {
        let paths = try fileStems.map { stem throws(DataError) in try findFile(directory: directory, stem: stem) }
        let key = SplitCache.Key(directory: URL(fileURLWithPath: directory).standardizedFileURL.path, name: name,
                                 width: expectedSize?.width, height: expectedSize?.height)
        return try cache.split(for: key, files: paths) { () throws(DataError) -> DataSplit in
            try read(paths: paths, name: name, expectedSize: expectedSize)
        }
    }

    /// Reads the four files at `paths` (train images, train labels, test images, test labels).
    private static func read(paths: [String], name: String,
                             expectedSize: (width: Int, height: Int)?) throws(DataError) -> DataSplit {
        let limits = IDXLimits(imageSize: expectedSize)
        let train = try IDX.loadDataset(imagesPath: paths[0], labelsPath: paths[1], name: "\(name) train", limits: limits)
        let test = try IDX.loadDataset(imagesPath: paths[2], labelsPath: paths[3], name: "\(name) test", limits: limits)
        guard test.width == train.width, test.height == train.height else {
            throw .wrongImageSize(path: paths[2], width: test.width, height: test.height,
                                  expectedWidth: train.width, expectedHeight: train.height)
        }
        return DataSplit(train: train, test: test)
    }

    /// True when `directory` holds all four files (raw or gzip, either spelling).
    public static func isAvailable(directory: String) -> Bool {
        fileStems.allSatisfy { (try? findFile(directory: directory, stem: $0)) != nil }
    }

    /// The path of the file for `stem` in `directory`: the stem, the stem with `.gz`, or the
    /// dotted spelling (`train-images.idx3-ubyte`) of either. A name that exists but cannot
    /// be used (a symlink loop, say) is returned too, so reading it says what is wrong.
    /// - Parameter status: 0 when `stat` succeeds on a path, else its error number (a seam
    ///   for tests: they run as root, whom permissions do not stop).
    static func findFile(directory: String, stem: String,
                         status: (String) -> Int32 = fileStatus) throws(DataError) -> String {
        let dotted = stem.replacingOccurrences(of: "-idx", with: ".idx")
        let base = URL(fileURLWithPath: directory)
        for name in [stem, stem + ".gz", dotted, dotted + ".gz"] {
            let path = base.appendingPathComponent(name).path
            switch status(path) {
            case ENOENT, ENOTDIR: continue
            case EACCES, EPERM: throw .unreadableDirectory(path: directory, reason: "permission denied")
            default: return path
            }
        }
        throw .missingFile(path: base.appendingPathComponent(stem).path + "[.gz]")
    }

    /// 0 when `stat` succeeds on `path`, else the error number it set.
    static func fileStatus(_ path: String) -> Int32 {
        var info = stat()
        return stat(path, &info) == 0 ? 0 : errno
    }
}
