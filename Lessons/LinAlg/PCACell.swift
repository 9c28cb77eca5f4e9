import Charts
import LessonKit
import NumericCore

/// Page 4: PCA of the digits. The chosen digits are centred and analysed by NumericCore's
/// `PCA` (its subspace iteration for the top 20 components, with `SymmetricEigen` for the
/// small Rayleigh–Ritz problem — a full Jacobi SVD of 2000×784 would take too long to follow a
/// knob); the cell shows the digits projected on two chosen components as a scatter coloured
/// by class, the first components as 28×28 images (diverging: red positive, blue negative),
/// and the cumulative share of the variance as bars with the first k highlighted. The knob of
/// k is named `components` (page 3 already has a `k`, and `--set` reaches every page's knob
/// of that name).
final class PCACell: LiveCell {
    var title: String { tr("PCA of the digits", "手写数字的 PCA") }
    /// Components computed (the k knob's top).
    static let computed = 20
    let pool: DigitsPool
    private(set) var images = 500
    private(set) var subset = 0
    private(set) var pcx = 1, pcy = 2
    private(set) var k = 2
    private var cache: (key: [Int], result: Analysis?)?

    /// The analysed digits and their PCA.
    struct Analysis {
        let pixels: [Double]
        let labels: [Int]
        let pca: PCA
        /// n × computed coordinates.
        let scores: [Double]
        var n: Int { labels.count }
        /// Image i's coordinate on component c (0 past the components computed).
        func score(_ i: Int, _ c: Int) -> Double { c < pca.count ? scores[i * pca.count + c] : 0 }
        /// Component c's share of the variance (0 past the components computed).
        func ratio(_ c: Int) -> Double { c < pca.count ? pca.explainedVarianceRatio[c] : 0 }
    }

    init(pool: DigitsPool) { self.pool = pool }

    var knobs: [Knob] {
        [DigitsKnobs.images(images), DigitsKnobs.classes(subset),
         Knob(name: "pcx", label: tr("x axis: PC", "横轴：主成分"), kind: .integer(range: 1...Self.computed, step: 1), value: Double(pcx)),
         Knob(name: "pcy", label: tr("y axis: PC", "纵轴：主成分"), kind: .integer(range: 1...Self.computed, step: 1), value: Double(pcy)),
         Knob(name: "components", label: tr("components kept k", "保留的主成分数 k"), kind: .integer(range: 1...Self.computed, step: 1), value: Double(k))]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        let component = min(Self.computed, max(1, Int(value.rounded())))
        switch name {
        case "images": images = DigitsKnobs.clampImages(value)
        case "classes": subset = DigitsKnobs.clampSubset(value)
        case "pcx": pcx = component
        case "pcy": pcy = component
        case "components": k = component
        default: return
        }
    }

    /// The PCA of the current digits (nil with fewer than 3), computed once per images/classes.
    var analysis: Analysis? {
        let key = [images, subset]
        if let cache, cache.key == key { return cache.result }
        let chosen = pool.select(count: images, subset: subset)
        var result: Analysis?
        if chosen.labels.count >= 3 {
            let n = chosen.labels.count, d = chosen.width
            let pca = PCA(data: chosen.pixels, rows: n, columns: d, components: Self.computed, tolerance: 1e-7)
            result = Analysis(pixels: chosen.pixels, labels: chosen.labels, pca: pca, scores: pca.project(chosen.pixels, rows: n))
        }
        cache = (key, result)
        return result
    }

    /// Images actually used (the subset may hold fewer than asked).
    var used: Int { analysis?.n ?? pool.select(count: images, subset: subset).labels.count }

    var status: String? {
        guard let a = analysis else { return DigitsKnobs.tooFew(used, asked: images) }
        let rank = a.pca.rank
        if k > rank || max(pcx, pcy) > rank {
            let asked = max(k, pcx, pcy)
            return tr("PC\(asked) is past the rank \(rank) of \(a.n) digits: lower it or add images",
                      "PC\(asked) 超过了 \(a.n) 个数字的秩 \(rank)：调小它或增加图像")
        }
        if pcx == pcy { return tr("both axes show PC\(pcx): pick two different components", "两条轴都是 PC\(pcx)：请选两个不同的主成分") }
        if let problem = pool.source.problem { return "⚠ " + DataNotice.mnistNotLoaded(reason: problem) }
        if a.n < images {
            return tr("only \(a.n) digits of classes \(DigitsPool.subsetNames[subset]) among the first \(DigitsPool.capacity)",
                      "前 \(DigitsPool.capacity) 张中类别 \(DigitsPool.subsetNames[subset]) 的数字只有 \(a.n) 张")
        }
        return nil
    }

    /// The share of the variance the first `k` components keep (0 without an analysis).
    func kept(_ k: Int) -> Double {
        guard let a = analysis, k > 0 else { return 0 }
        return a.pca.cumulativeRatio[min(k, a.pca.count) - 1]
    }

    static func percent(_ f: Double) -> String { NumberText.format((f * 1000).rounded() / 10, digits: 3) }

    var readouts: [String] {
        guard let a = analysis else { return [tr("x → x − mean, then the directions of largest variance", "x → x − 均值，再找方差最大的方向")] }
        let px = Self.percent(a.ratio(pcx - 1)), py = Self.percent(a.ratio(pcy - 1))
        return [tr("\(a.n) digits: variance on PC\(pcx) \(px) %, on PC\(pcy) \(py) %",
                   "\(a.n) 个数字：PC\(pcx) 占方差的 \(px)%，PC\(pcy) 占 \(py)%"),
                tr("k = \(k): PC1…PC\(k) keep \(Self.percent(kept(k))) % of the variance",
                   "k = \(k)：PC1…PC\(k) 保留 \(Self.percent(kept(k)))% 的方差")]
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        ChartLayout.withReadout(height >= 12 ? readouts : [readouts.last ?? ""], width: width, height: height, options: options) { grid, rows in
            guard let a = analysis else { return }
            let left = width / 2
            let xs = (0..<a.n).map { a.score($0, pcx - 1) }, ys = (0..<a.n).map { a.score($0, pcy - 1) }
            let scatter = DigitsKnobs.scatter(title: tr("digits on PC\(pcx) / PC\(pcy)", "数字在 PC\(pcx) / PC\(pcy) 上"),
                                              series: DigitsKnobs.series(xs: xs, ys: ys, labels: a.labels),
                                              xLabel: "PC\(pcx)", yLabel: "PC\(pcy)", options: options)
            grid.blit(scatter.render(width: left - 1, height: rows, options: options), x: 0, y: 0)
            let right = width - left
            let tileRows = max(4, rows * 2 / 5)
            let count = max(1, min(6, right / 10, a.pca.count))
            let tileWidth = right / count
            for c in 0..<count {
                var map = Heatmap(title: "PC\(c + 1)", rows: 28, columns: 28, values: a.pca.component(c))
                map.palette = .diverging
                map.showColorBar = false
                map.showColorKey = false
                grid.blit(map.render(width: tileWidth - 1, height: tileRows, options: options), x: left + c * tileWidth, y: 0)
            }
            let shown = max(1, min(10, a.pca.count, (right - 6) / 2))
            var bars = VerticalBarChart(title: options.drawable(tr("variance kept (%)", "保留的方差（%）")),
                                        labels: (1...shown).map { "\($0)" },
                                        values: (1...shown).map { (kept($0) * 1000).rounded() / 10 },
                                        highlighted: k <= shown ? k - 1 : nil)
            bars.yLimits = .fixed(0, 100)
            bars.showValues = right >= 60
            grid.blit(bars.render(width: right, height: rows - tileRows, options: options), x: left, y: tileRows)
        }
    }

    /// JSON: the settings, the data used, the singular values, explained variance and its
    /// ratios; table `explained_variance` (component, sigma, variance, ratio, cumulative) and
    /// `projection` (the two chosen coordinates and the label of every digit).
    func export() -> CellExport {
        guard let a = analysis else {
            return CellExport(name: "pca", json: .object([("images", .integer(used)), ("error", .string(status ?? ""))]), tables: [])
        }
        let p = a.pca
        let rows = (0..<p.count).map { c in
            [ExportValue.integer(c + 1), .number(p.singularValues[c]), .number(p.explainedVariance[c]),
             .number(p.explainedVarianceRatio[c]), .number(p.cumulativeRatio[c])]
        }
        let points = (0..<a.n).map { [ExportValue.number(a.score($0, pcx - 1)), .number(a.score($0, pcy - 1)), .integer(a.labels[$0])] }
        return CellExport(name: "pca", json: .object([
            ("data", .string(pool.source.sourceName)), ("images", .integer(a.n)), ("classes", .string(DigitsPool.subsetNames[subset])),
            ("pcx", .integer(pcx)), ("pcy", .integer(pcy)), ("components", .integer(k)), ("rank_at_least", .integer(p.rank)),
            ("method", .string(p.method == .exact ? "svd" : "subspace_iteration")), ("iterations", .integer(p.iterations)),
            ("total_variance", .number(p.totalVariance)), ("kept_k", .number(kept(k))),
            ("singular_values", .array(p.singularValues.map(ExportValue.number))),
            ("explained_variance_ratio", .array(p.explainedVarianceRatio.map(ExportValue.number))),
        ]), tables: [ExportTable(name: "explained_variance", columns: ["component", "sigma", "variance", "ratio", "cumulative"], rows: rows),
                     ExportTable(name: "projection", columns: ["x", "y", "label"], rows: points)])
    }
}
