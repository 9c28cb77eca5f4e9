import Foundation
import Testing
@testable import NumericCore

/// The review's first finding (§0, crashes 1 and 2; §5.1 cases 23–25): a well-formed MNIST
/// set with 0 images loaded fine and then trapped in `Trainer.init` ("empty training set") or
/// in `Tensor.rows` (an empty test set). Now the loader refuses it with a one-line error,
/// and every lesson falls back to the synthetic digits with that error in its warning.
@Suite("Data: empty sets")
struct DataEmptySetTests {
    /// The four files of the review's reproducer: `struct.pack('>IIII', 0x803, 0, 28, 28)`
    /// and `struct.pack('>II', 0x801, 0)`, for the sets named in `empty` (the others hold
    /// two images).
    private func directory(emptying empty: Set<String>, gzip: Bool = false) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try writeMNIST(SyntheticDigits.make(train: 2, test: 2, seed: 1), to: directory)
        for set in empty {
            var images = idxHeader(0x803, [0, 28, 28]), labels = idxHeader(0x801, [0])
            if gzip { (images, labels) = (Gzip.compress(images), Gzip.compress(labels)) }
            try directory.write("\(set)-images-idx3-ubyte", images)
            try directory.write("\(set)-labels-idx1-ubyte", labels)
        }
        return directory
    }

    @Test func zeroImagesEverywhereIsAClearError() throws {
        let directory = try directory(emptying: ["train", "t10k"])
        #expect(errorMessage { _ = try MNIST.load(directory: directory.path) }
                == "\(directory.file("train-images-idx3-ubyte")) holds 0 images; expected at least 1")
    }

    @Test func zeroTestImagesIsAClearError() throws {
        let directory = try directory(emptying: ["t10k"])
        #expect(errorMessage { _ = try MNIST.load(directory: directory.path) }
                == "\(directory.file("t10k-images-idx3-ubyte")) holds 0 images; expected at least 1")
    }

    @Test func zeroLabelsIsAClearErrorToo() throws {
        let directory = try TemporaryDirectory()
        try directory.write("labels", idxHeader(0x801, [0]))
        #expect(errorMessage { _ = try IDX.readLabels(path: directory.file("labels")) }
                == "\(directory.file("labels")) holds 0 labels; expected at least 1")
        // Gzip-compressed: refused from the inflated header.
        try directory.write("images.gz", Gzip.compress(idxHeader(0x803, [0, 28, 28])))
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("images.gz")) }
                == "\(directory.file("images.gz")) holds 0 images; expected at least 1")
    }

    /// Every lesson goes through `DigitsSource`: it falls back to synthetic digits, says
    /// why, and the `Trainer` it feeds is made without error (it trapped before).
    @Test(arguments: [Set(["train"]), Set(["t10k"]), Set(["train", "t10k"])])
    func lessonsFallBackToSyntheticDigits(empty: Set<String>) throws {
        let directory = try directory(emptying: empty, gzip: true)
        // .gz names for the emptied files; remove the raw ones so the .gz are found.
        for set in empty {
            for stem in ["\(set)-images-idx3-ubyte", "\(set)-labels-idx1-ubyte"] {
                try FileManager.default.moveItem(atPath: directory.file(stem), toPath: directory.file(stem + ".gz"))
            }
        }
        let first = empty.contains("train") ? "train" : "t10k"
        let source = DigitsSource.load(mnistDirectory: directory.path, synthetic: (30, 10), seed: 2)
        #expect(source.sourceName == "synthetic digits")
        #expect(source.warning == "MNIST not loaded (\(directory.file("\(first)-images-idx3-ubyte.gz")) holds 0 images; expected at least 1): using synthetic digits")
        #expect(source.split.train.count == 30 && source.split.test.count == 10)
        let net = Sequential.mlp(sizes: [784, 10, 10], seed: 1)
        let trainer = try Trainer(model: net, optimizer: SGD(learningRate: 0.1),
                                  trainImages: source.split.train.images, trainLabels: source.split.train.labels,
                                  testImages: source.split.test.images, testLabels: source.split.test.labels)
        #expect(trainer.step().isFinite)
    }

    /// A `DigitsSource` never hands out an empty set: sizes and limits below 1 count as 1.
    @Test func digitsSourcesAreNeverEmpty() throws {
        let synthetic = DigitsSource.load(mnistDirectory: nil, synthetic: (0, -3), seed: 1)
        #expect(synthetic.split.train.count == 1 && synthetic.split.test.count == 1)
        let directory = try TemporaryDirectory()
        try writeMNIST(SyntheticDigits.make(train: 4, test: 3, seed: 1), to: directory)
        let cut = DigitsSource.load(mnistDirectory: directory.path, synthetic: (5, 5), seed: 1, mnistLimit: (0, 0))
        #expect(cut.sourceName == "MNIST")
        #expect(cut.split.train.count == 1 && cut.split.test.count == 1)
    }

    /// The count and image size are checked from the header, before the data is read: a
    /// wrong-size file that is also cut short reports its size, not its length.
    @Test func limitsAreCheckedBeforeTheData() throws {
        let directory = try TemporaryDirectory()
        try directory.write("small", idxHeader(0x803, [2, 27, 29]) + [1, 2, 3])
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("small"), limits: .mnist) }
                == "wrong image size in \(directory.file("small")): 29×27, expected 28×28")
        try directory.write("big", idxHeader(0x803, [1, 100, 100]))
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("big")) }
                == "bad IDX header in \(directory.file("big")): images of 100×100 pixels; nnbook reads at most 784 pixels per image")
        try directory.write("many", idxHeader(0x803, [100_001, 28, 28]))
        #expect(errorMessage { _ = try IDX.readImages(path: directory.file("many")) }
                == "\(directory.file("many")) holds 100001 images; nnbook reads at most 100000 (MNIST's training set has 60000)")
    }
}
