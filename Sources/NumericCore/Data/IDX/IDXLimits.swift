/// What an IDX file may describe before nnbook allocates memory for it or inflates it.
///
/// The loader reads a file's header first (for a `.gz` file, by inflating only its first
/// 8 or 16 bytes) and checks it against these limits, so a small file that claims a huge
/// dataset — a gzip bomb among them — is refused from its header, and a valid header fixes
/// exactly how many bytes the rest may inflate to.
public struct IDXLimits: Sendable {
    /// The most images or labels one file may hold (MNIST's training set has 60,000).
    public var maxCount: Int
    /// The size every image must have (width = columns, height = rows), or nil to accept
    /// any size of at most `maxImagePixels` pixels.
    public var imageSize: (width: Int, height: Int)?
    /// The most pixels one image may have when `imageSize` is nil.
    public var maxImagePixels: Int

    /// Limits with the given bounds.
    public init(maxCount: Int = 100_000, imageSize: (width: Int, height: Int)? = nil, maxImagePixels: Int = 28 * 28) {
        self.maxCount = maxCount
        self.imageSize = imageSize
        self.maxImagePixels = maxImagePixels
    }

    /// At most 100,000 images of any size up to 28×28 pixels.
    public static let standard = IDXLimits()
    /// At most 100,000 images of exactly 28×28 pixels: MNIST and Fashion-MNIST.
    public static let mnist = IDXLimits(imageSize: (28, 28))

    /// The most pixels one image may have under these limits.
    var largestImage: Int { imageSize.map { $0.width * $0.height } ?? maxImagePixels }
}
