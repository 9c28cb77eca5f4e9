import NumericCore

/// The channels page's example: a batch of N = 2 images of C = 3 channels (R, G, B), 4×4
/// each, and a bank of FN = 2 filters of shape (C, 3, 3) with one bias each — so the
/// output is (N, FN, OH, OW) = (2, 2, 2, 2). Each output value sums over all channels:
/// out[n, f, r, c] = Σ_ch Σ window(x[n, ch]) ⊙ W[f, ch] + b[f].
enum ChannelsExample {
    /// Channel names, in channel order.
    static let channelNames = ["R", "G", "B"]

    /// Image 0, channel by channel (each 4×4, row-major).
    static let image0: [[Double]] = [
        [1, 2, 0, 1, 0, 1, 3, 1, 2, 0, 1, 0, 1, 1, 0, 2],
        [0, 1, 1, 0, 2, 0, 1, 1, 1, 3, 0, 1, 0, 1, 2, 0],
        [3, 0, 1, 2, 1, 1, 0, 0, 0, 2, 1, 1, 2, 0, 1, 3],
    ]

    /// The batch x (2, 3, 4, 4): image 0, then image 0 mirrored left–right.
    static let input: Tensor = {
        let mirrored: [[Double]] = image0.map { (plane: [Double]) -> [Double] in
            (0..<16).map { (i: Int) -> Double in
                let row = i / 4, column = i % 4
                return plane[row * 4 + 3 - column]
            }
        }
        let planes: [[Double]] = image0 + mirrored
        return Tensor(shape: [2, 3, 4, 4], scalars: planes.flatMap { $0 })
    }()

    /// The filter bank W (2, 3, 3, 3): filter 0 finds vertical edges in R and adds G's centre;
    /// filter 1 ignores R, finds horizontal edges in G and sums a plus shape of B.
    static let filters: Tensor = {
        let slices: [[Double]] = [
            [1, 0, -1, 1, 0, -1, 1, 0, -1],      // W[0, R]
            [0, 0, 0, 0, 1, 0, 0, 0, 0],         // W[0, G]
            [0, 0, 0, 0, 0, 0, 0, 0, 0],         // W[0, B]
            [0, 0, 0, 0, 0, 0, 0, 0, 0],         // W[1, R]
            [1, 1, 1, 0, 0, 0, -1, -1, -1],      // W[1, G]
            [0, 1, 0, 1, 1, 1, 0, 1, 0],         // W[1, B]
        ]
        return Tensor(shape: [2, 3, 3, 3], scalars: slices.flatMap { $0 })
    }()

    /// The biases b (2).
    static let biases = Tensor([0, 1])

    /// The whole output (2, 2, 2, 2), from the core's `Convolution`.
    static let output: Tensor = Convolution(weight: filters, bias: biases).forward(input, training: false)

    /// Channel `channel` of image `image` (4×4, row-major).
    static func plane(image: Int, channel: Int) -> [Double] {
        let start = (image * 3 + channel) * 16
        return Array(input.scalars[start..<(start + 16)])
    }

    /// The (3×3) slice of filter `filter` for channel `channel`.
    static func slice(filter: Int, channel: Int) -> [Double] {
        let start = (filter * 3 + channel) * 9
        return Array(filters.scalars[start..<(start + 9)])
    }

    /// Output map `filter` of image `image` (2×2, row-major).
    static func outputMap(image: Int, filter: Int) -> [Double] {
        let start = (image * 2 + filter) * 4
        return Array(output.scalars[start..<(start + 4)])
    }

    /// What channel `channel` adds to out[image, filter, row, column]: one single-channel
    /// convolution of that plane with that slice (no bias), from the core's `Convolution`.
    static func contribution(image: Int, filter: Int, channel: Int, row: Int, column: Int) -> Double {
        let layer = Convolution(weight: Tensor(shape: [1, 1, 3, 3], scalars: slice(filter: filter, channel: channel)),
                                bias: .zeros([1]))
        let map = layer.forward(Tensor(shape: [1, 1, 4, 4], scalars: plane(image: image, channel: channel)), training: false)
        return map.scalars[row * 2 + column]
    }
}
