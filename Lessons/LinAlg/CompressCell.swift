import Charts
import LessonKit
import NumericCore

/// Page 3: an image (a 28×28 digit or a generated 64×64 picture) rebuilt from its top-k
/// singular values (Eckart–Young): original and rank-k heatmaps side by side; numbers stored
/// k·(m + n + 1) vs m·n, the kept energy Σ_{i≤k} σᵢ² / Σ σᵢ², and the relative error ‖A − A_k‖/‖A‖.
/// Playing adds one singular value per step up to the knob k.
final class CompressCell: LiveCell, HeadlessStepping {
    var title: String { tr("compression with the top k singular values", "用前 k 个奇异值压缩") }
    let defaultRunSteps = 64
    let digit: [Double]
    let generated: [Double]
    private(set) var image = 0
    private(set) var k = 5
    /// Singular values in use now (grows to k while playing).
    private(set) var shownK = 0
    private var cache: [Int: SVD] = [:]

    init(digit: [Double], seed: UInt64) {
        self.digit = digit
        generated = Self.picture(seed: seed)
    }

    /// A 64×64 picture in [0, 1]: a bright disk, a diagonal bar and a soft gradient, plus a
    /// little seeded noise (which makes its rank full).
    static func picture(seed: UInt64) -> [Double] {
        var rng = Xoshiro256StarStar(seed: seed &+ 7)
        var out = [Double](repeating: 0, count: 64 * 64)
        for r in 0..<64 { for c in 0..<64 {
            let x = Double(c) / 63, y = Double(r) / 63
            var v = 0.3 * x
            if (x - 0.35) * (x - 0.35) + (y - 0.4) * (y - 0.4) < 0.05 { v += 0.6 }
            if abs(x - y) < 0.06 { v += 0.4 }
            if y > 0.75 && x > 0.6 { v += 0.3 }
            out[r * 64 + c] = min(1, v + 0.03 * rng.nextUniform())
        } }
        return out
    }

    var side: Int { image == 0 ? 28 : 64 }
    var pixels: [Double] { image == 0 ? digit : generated }
    var svd: SVD {
        if let s = cache[image] { return s }
        let s = SVD(matrix: pixels, rows: side, columns: side)
        cache[image] = s
        return s
    }

    var knobs: [Knob] {
        [Knob(name: "image", label: tr("image", "图像"), kind: .choice(["digit", "generated"]), value: Double(image)),
         Knob(name: "k", label: tr("singular values k", "奇异值个数 k"), kind: .integer(range: 0...64, step: 1), value: Double(k))]
    }
    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "image": image = min(1, max(0, Int(value.rounded())))
        case "k": k = min(64, max(0, Int(value.rounded())))
        default: return
        }
        shownK = min(shownK, k)
    }
    var isAnimated: Bool { true }
    var isFinished: Bool { shownK >= k }
    func step() { if shownK < k { shownK += 1 } }
    func advance(budget: Double) -> Bool { guard !isFinished else { return false }; step(); return true }
    func reset() { shownK = 0 }

    /// Numbers stored for rank k: k columns of U, k of V and k σ's; capped by the rank used.
    func stored(k: Int) -> Int { min(k, side) * (2 * side + 1) }
    func relativeError(k: Int) -> Double { max(0, 1 - svd.keptEnergy(k: k)).squareRoot() }

    var status: String? {
        let rank = svd.numericalRank
        if k > rank {
            return tr("k = \(k) is more than the rank \(rank): values past σ\(rank) are 0 (or noise) and add nothing",
                      "k = \(k) 超过秩 \(rank)：σ\(rank) 之后的奇异值为 0（或只是噪声），不再增加信息")
        }
        if k == 0 { return tr("k = 0 keeps nothing: the image is all zero", "k = 0 什么都不保留：图像全为 0") }
        return shownK < k ? tr("press space: singular values are added one at a time", "按空格键：逐个加入奇异值") : nil
    }

    var readouts: [String] {
        let n = side * side, kk = shownK
        let energy = NumberText.format(svd.keptEnergy(k: kk) * 100, digits: 4)
        let error = NumberText.format(relativeError(k: kk) * 100, digits: 3)
        return [tr("k = \(kk) of \(side): \(stored(k: kk)) numbers stored vs \(n) pixels", "k = \(kk)/\(side)：存 \(stored(k: kk)) 个数，原图 \(n) 个像素"),
                tr("kept energy \(energy) % · relative error \(error) %", "保留能量 \(energy)% · 相对误差 \(error)%")]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var original = Heatmap(title: options.drawable(tr("original", "原图")), rows: side, columns: side, values: pixels)
        var rebuilt = Heatmap(title: options.drawable(tr("rank \(shownK)", "秩 \(shownK)")), rows: side, columns: side,
                              values: svd.reconstruction(k: shownK))
        original.range = 0...1; rebuilt.range = 0...1
        original.showColorBar = false; rebuilt.showColorBar = false
        let lines = height >= 12 ? readouts : [readouts[1]]
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            grid.blit(ChartLayout.sideBySide(original, rebuilt, fraction: 0.5, gap: 1, width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// JSON: image, k, rank, all singular values, and at k: stored numbers, kept energy and
    /// errors; table `compression` with those for every k from 0 to the size.
    func export() -> CellExport {
        let s = svd
        let rows = (0...side).map { j in
            [ExportValue.integer(j), .number(j == 0 ? 0 : s.values[j - 1]), .integer(stored(k: j)),
             .number(s.keptEnergy(k: j)), .number(relativeError(k: j))]
        }
        return CellExport(name: "compression", json: .object([
            ("image", .string(image == 0 ? "digit" : "generated")), ("size", .integer(side)), ("k", .integer(k)),
            ("rank", .integer(s.numericalRank)), ("singular_values", .array(s.values.map(ExportValue.number))),
            ("stored", .integer(stored(k: k))), ("pixels", .integer(side * side)),
            ("kept_energy", .number(s.keptEnergy(k: k))), ("relative_error", .number(relativeError(k: k))),
        ]), tables: [ExportTable(name: "compression", columns: ["k", "sigma_k", "stored", "kept_energy", "relative_error"], rows: rows)])
    }
}
