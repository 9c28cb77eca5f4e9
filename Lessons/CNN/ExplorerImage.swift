import NumericCore

/// The pictures the convolution explorer can filter: the book's 4×4 example, synthetic
/// digits (28×28, like MNIST) and two simple 15×15 pictures whose edges are easy to see.
enum ExplorerImage: String, CaseIterable, Sendable {
    case book = "book 4×4"
    case digit2 = "digit 2"
    case digit7 = "digit 7"
    case square = "square 15×15"
    case stripes = "stripes 15×15"

    /// The knob index of this image.
    var index: Double { Double(Self.allCases.firstIndex(of: self)!) }

    /// The image at knob index `value` (clamped).
    init(index value: Double) {
        let all = Self.allCases
        let i = value.isFinite ? Int(value.rounded()) : 0
        self = all[Swift.min(all.count - 1, Swift.max(0, i))]
    }

    /// The book's figure 7-3 input.
    static let bookInput: [Double] = [1, 2, 3, 0,
                                      0, 1, 2, 3,
                                      3, 0, 1, 2,
                                      2, 3, 0, 1]

    /// The pixels as (height, width, row-major values); digits are drawn with `seed`.
    func pixels(seed: UInt64) -> (height: Int, width: Int, values: [Double]) {
        switch self {
        case .book:
            return (4, 4, Self.bookInput)
        case .digit2, .digit7:
            var rng = Xoshiro256StarStar(seed: seed)
            let side = SyntheticDigits.side
            return (side, side, SyntheticDigits.render(digit: self == .digit2 ? 2 : 7, using: &rng))
        case .square:
            // A bright 7×7 square (rows and columns 4…10) on black.
            let values = (0..<225).map { i -> Double in
                let r = i / 15, c = i % 15
                return (4...10).contains(r) && (4...10).contains(c) ? 1 : 0
            }
            return (15, 15, values)
        case .stripes:
            // Vertical stripes 2 pixels wide in the top half, horizontal ones below.
            let values = (0..<225).map { i -> Double in
                let r = i / 15, c = i % 15
                return r < 7 ? ((c / 2) % 2 == 0 ? 1 : 0) : ((r / 2) % 2 == 0 ? 1 : 0)
            }
            return (15, 15, values)
        }
    }
}
