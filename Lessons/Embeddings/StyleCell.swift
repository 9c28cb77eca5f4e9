import Charts
import LessonKit
import NumericCore

/// Page 3: style as Gram matrices. Two generated 16×16 textures go through one convolution
/// layer of four fixed 3×3 edge filters (core `Convolution`, pad 1, then ReLU); each texture's
/// Gram matrix G = F·Fᵀ/M (M = 256 positions) is drawn as a heat map, with Gatys' style loss
/// and the position-by-position content loss between them. Every step slides texture B one
/// pixel right and down: its content loss changes, its Gram matrix hardly does.
final class StyleCell: LiveCell, HeadlessStepping {
    static let size = 16
    static let textureNames = ["stripes", "columns", "diagonal", "checker", "dots"]
    var title: String { tr("Gram matrices of 4 edge filters' feature maps", "4 个边缘滤波器特征图的 Gram 矩阵") }
    let defaultRunSteps = 8
    private(set) var textureA = 0
    private(set) var textureB = 0
    private(set) var period = 4
    /// How far texture B has slid (pixels right and down).
    private(set) var shift = 0
    private let conv: Convolution

    /// Nothing here is random: the textures and filters are fixed.
    init() {
        conv = Convolution(weight: Tensor(shape: [4, 1, 3, 3], scalars: Self.edgeFilters.flatMap { $0 }), bias: .zeros([4]), pad: 1)
    }

    /// The four 3×3 edge filters (row-major): horizontal edges, vertical edges, and the two
    /// diagonals (also the texture synthesis page's `edges` bank).
    static let edgeFilters: [[Double]] = [
        [-1, -2, -1, 0, 0, 0, 1, 2, 1],
        [-1, 0, 1, -2, 0, 2, -1, 0, 1],
        [0, 1, 2, -1, 0, 1, -2, -1, 0],
        [2, 1, 0, 1, 0, -1, 0, -1, -2],
    ]

    var knobs: [Knob] {
        [
            Knob(name: "a", label: tr("texture A", "纹理 A"), kind: .choice(Self.textureNames), value: Double(textureA)),
            Knob(name: "b", label: tr("texture B", "纹理 B"), kind: .choice(Self.textureNames), value: Double(textureB)),
            Knob(name: "period", label: tr("period of B (pixels)", "B 的周期（像素）"), kind: .integer(range: 2...8, step: 1), value: Double(period)),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let choice = min(Self.textureNames.count - 1, max(0, Int(value.rounded())))
        switch name {
        case "a": textureA = choice
        case "b": textureB = choice
        case "period": period = min(8, max(2, Int(value.rounded())))
        default: return
        }
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { false }
    var hasFailed: Bool { false }
    func step() { shift += 1 }
    func advance(budget: Double) -> Bool { step(); return true }
    func reset() { shift = 0 }

    /// Texture `kind` of `period` pixels, slid by `shift` pixels right and down, values 0…1.
    static func texture(_ kind: Int, period: Int, shift: Int) -> [Double] {
        let n = size, p = Double(period)
        var out = [Double](repeating: 0, count: n * n)
        for y in 0..<n {
            for x in 0..<n {
                let u = Double(x - shift), v = Double(y - shift)
                func on(_ t: Double) -> Bool { (t / p - (t / p).rounded(.down)) < 0.5 }
                let value: Bool
                switch kind {
                case 0: value = on(v)
                case 1: value = on(u)
                case 2: value = on(u + v)
                case 3: value = on(u) != on(v)
                default:
                    let du = u - p * (u / p).rounded(.down) - p / 2 + 0.5, dv = v - p * (v / p).rounded(.down) - p / 2 + 0.5
                    value = du * du + dv * dv <= p * p / 8
                }
                out[y * n + x] = value ? 1 : 0
            }
        }
        return out
    }

    var imageA: [Double] { Self.texture(textureA, period: 4, shift: 0) }
    var imageB: [Double] { Self.texture(textureB, period: period, shift: shift) }

    /// The four feature maps (ReLU of the filters' responses) of an image, one row each.
    func features(_ image: [Double]) -> [[Double]] {
        let out = conv.forward(Tensor(shape: [1, 1, Self.size, Self.size], scalars: image), training: false)
        let m = Self.size * Self.size
        return (0..<4).map { f in out.scalars[(f * m)..<((f + 1) * m)].map { max(0, $0) } }
    }

    /// G/M: the mean co-activation of each pair of filters.
    func meanGram(_ image: [Double]) -> [[Double]] {
        let m = Double(Self.size * Self.size)
        return StyleMath.gram(features(image)).map { $0.map { $0 / m } }
    }

    var styleLoss: Double { StyleMath.styleLoss(features(imageA), features(imageB)) }
    var contentLoss: Double { StyleMath.contentLoss(features(imageA), features(imageB)) }

    var status: String? {
        tr("texture B slid \(shift) pixels · space slides it on, r puts it back", "纹理 B 已滑动 \(shift) 像素 · 按空格键继续滑动，按 r 复位")
    }

    var readouts: [String] {
        [
            tr("style loss Σ(G_A−G_B)²/(4N²M²) = \(NumberText.format(styleLoss, digits: 3))",
               "风格损失 Σ(G_A−G_B)²/(4N²M²) = \(NumberText.format(styleLoss, digits: 3))"),
            tr("content loss, mean (F_A−F_B)² = \(NumberText.format(contentLoss, digits: 3))",
               "内容损失，(F_A−F_B)² 的均值 = \(NumberText.format(contentLoss, digits: 3))"),
        ]
    }

    func heatmap(_ title: String, _ values: [[Double]], range: ClosedRange<Double>?, showValues: Bool) -> Heatmap {
        var h = Heatmap(title: title, matrix: values)
        h.palette = .heat
        h.range = range
        h.showValues = showValues
        h.valueDigits = 2
        h.showColorBar = false
        h.showColorKey = false
        return h
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let n = Self.size
        let a = imageA, b = imageB
        let rows = { (v: [Double]) in (0..<n).map { Array(v[($0 * n)..<(($0 + 1) * n)]) } }
        let ga = meanGram(a), gb = meanGram(b)
        let top = max(ga.flatMap { $0 }.max() ?? 1, gb.flatMap { $0 }.max() ?? 1, 1e-9)
        let textureWidth = min(18, max(1, (width - 3) / 5)), gramWidth = max(1, (width - 3 - 2 * textureWidth) / 2)
        let showValues = gramWidth >= 22
        let charts = [
            heatmap(options.drawable(tr("texture A", "纹理 A")), rows(a), range: 0...1, showValues: false),
            heatmap(options.drawable(tr("texture B", "纹理 B")), rows(b), range: 0...1, showValues: false),
            heatmap(options.drawable(tr("Gram A", "Gram A")), ga, range: 0...top, showValues: showValues),
            heatmap(options.drawable(tr("Gram B", "Gram B")), gb, range: 0...top, showValues: showValues),
        ]
        return ChartLayout.withReadout(readouts, width: width, height: height, options: options) { grid, h in
            var x = 0
            for (i, chart) in charts.enumerated() {
                let w = i < 2 ? textureWidth : gramWidth
                grid.blit(chart.render(width: w, height: h, options: options), x: x, y: 0)
                x += w + 1
            }
        }
    }

    /// JSON with the textures, the shift, both Gram matrices (G/M) and both losses.
    func export() -> CellExport {
        let a = imageA, b = imageB
        let matrix = { (g: [[Double]]) in ExportValue.array(g.map { .array($0.map(ExportValue.number)) }) }
        let json: ExportValue = .object([
            ("texture_a", .string(Self.textureNames[textureA])), ("texture_b", .string(Self.textureNames[textureB])),
            ("period_b", .integer(period)), ("shift", .integer(shift)), ("size", .integer(Self.size)),
            ("filters", .integer(4)), ("gram_a", matrix(meanGram(a))), ("gram_b", matrix(meanGram(b))),
            ("style_loss", .number(styleLoss)), ("content_loss", .number(contentLoss)),
        ])
        return CellExport(name: "style", json: json, tables: [])
    }
}
