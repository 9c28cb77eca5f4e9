import Foundation
@testable import NumericCore

/// Writes `split` into `directory` as the four standard MNIST files (raw, or gzip with
/// `.gz` names).
func writeMNIST(_ split: DataSplit, to directory: TemporaryDirectory, gzip: Bool = false) throws {
    let suffix = gzip ? ".gz" : ""
    try IDX.write(split.train, imagesPath: directory.file("train-images-idx3-ubyte" + suffix),
                  labelsPath: directory.file("train-labels-idx1-ubyte" + suffix), gzip: gzip)
    try IDX.write(split.test, imagesPath: directory.file("t10k-images-idx3-ubyte" + suffix),
                  labelsPath: directory.file("t10k-labels-idx1-ubyte" + suffix), gzip: gzip)
}
