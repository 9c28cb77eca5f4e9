/// The hand-set filters of the convolution explorer. Each is defined at 3×3; at 5×5 the
/// 3×3 kernel sits in the centre with a ring of zeros (so it does the same job), except the
/// box blur, which averages all 25 pixels.
enum FilterPreset: String, CaseIterable, Sendable {
    case book = "book"
    case identity = "identity"
    case boxBlur = "box blur"
    case sharpen = "sharpen"
    case verticalEdge = "vertical edge"
    case horizontalEdge = "horizontal edge"
    case sobelX = "Sobel x"
    case sobelY = "Sobel y"

    /// The knob index of this preset.
    var index: Double { Double(Self.allCases.firstIndex(of: self)!) }

    /// The preset at knob index `value` (clamped).
    init(index value: Double) {
        let all = Self.allCases
        let i = value.isFinite ? Int(value.rounded()) : 0
        self = all[Swift.min(all.count - 1, Swift.max(0, i))]
    }

    /// The 3×3 kernel, row-major.
    var kernel3: [Double] {
        switch self {
        case .book: return [2, 0, 1, 0, 1, 2, 1, 0, 2]   // the book's figure 7-3 filter
        case .identity: return [0, 0, 0, 0, 1, 0, 0, 0, 0]
        case .boxBlur: return [Double](repeating: 1.0 / 9.0, count: 9)
        case .sharpen: return [0, -1, 0, -1, 5, -1, 0, -1, 0]
        case .verticalEdge: return [1, 0, -1, 1, 0, -1, 1, 0, -1]
        case .horizontalEdge: return [1, 1, 1, 0, 0, 0, -1, -1, -1]
        case .sobelX: return [1, 0, -1, 2, 0, -2, 1, 0, -1]
        case .sobelY: return [1, 2, 1, 0, 0, 0, -1, -2, -1]
        }
    }

    /// The kernel at `size` × `size` (3 or 5), row-major.
    func kernel(size: Int) -> [Double] {
        guard size == 5 else { return kernel3 }
        if self == .boxBlur { return [Double](repeating: 1.0 / 25.0, count: 25) }
        var k = [Double](repeating: 0, count: 25)
        for r in 0..<3 { for c in 0..<3 { k[(r + 1) * 5 + c + 1] = kernel3[r * 3 + c] } }
        return k
    }
}
