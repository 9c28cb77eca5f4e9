import Charts
import LessonKit
import NumericCore

/// The digits pages 4 and 5 analyse: the first `images` training digits whose class is in the
/// `classes` subset, as an n×784 matrix, with their labels; shared knob definitions
/// (`images`, `classes`) and the class colours of both scatters. The source (MNIST with
/// `--data`, else 2000 synthetic digits) is loaded once, when first needed.
final class DigitsPool {
    /// The most images a page can use.
    static let capacity = 2000
    let directory: String?
    let seed: UInt64
    private var loaded: DigitsSource?

    init(directory: String?, seed: UInt64) {
        self.directory = directory
        self.seed = seed
    }

    var source: DigitsSource {
        if let loaded { return loaded }
        let s = DigitsSource.load(mnistDirectory: directory, synthetic: (train: Self.capacity, test: 1), seed: seed,
                                  mnistLimit: (train: Self.capacity, test: 1))
        loaded = s
        return s
    }

    /// The class subsets the `classes` knob offers (its values are command-line names).
    static let subsetNames = ["all", "0,1", "1,7", "3,5,8", "0..4"]
    static let subsets: [[Int]] = [Array(0...9), [0, 1], [1, 7], [3, 5, 8], Array(0...4)]

    /// Up to `count` images of the classes in `subset`, in the source's order.
    func select(count: Int, subset: Int) -> (pixels: [Double], labels: [Int], width: Int) {
        let train = source.split.train
        let wanted = Set(Self.subsets[subset])
        var pixels: [Double] = [], labels: [Int] = []
        for i in 0..<train.count where labels.count < count && wanted.contains(train.labels[i]) {
            pixels += train.images.row(i)
            labels.append(train.labels[i])
        }
        return (pixels, labels, train.images.columns)
    }
}

/// The knobs and drawing both digit pages share.
enum DigitsKnobs {
    static let imagesRange = 0...DigitsPool.capacity

    static func images(_ value: Int) -> Knob {
        Knob(name: "images", label: tr("images", "图像数"), kind: .integer(range: imagesRange, step: 50), value: Double(value))
    }

    static func classes(_ value: Int) -> Knob {
        Knob(name: "classes", label: tr("digit classes", "数字类别"), kind: .choice(DigitsPool.subsetNames), value: Double(value))
    }

    static func clampImages(_ v: Double) -> Int { min(imagesRange.upperBound, max(imagesRange.lowerBound, Int(v.rounded()))) }
    static func clampSubset(_ v: Double) -> Int { min(DigitsPool.subsets.count - 1, max(0, Int(v.rounded()))) }

    static let colors: [Color] = Palette.series + [.cube(5, 5, 5), .cube(3, 5, 3), .cube(5, 3, 4)]

    /// One scatter series per class present, points (xs[i], ys[i]) labelled `labels[i]`.
    static func series(xs: [Double], ys: [Double], labels: [Int]) -> [Series] {
        let present = Array(Set(labels)).sorted()
        var out = present.map { Series(name: "\($0)", color: colors[$0 % colors.count]) }
        for i in labels.indices { if let s = present.firstIndex(of: labels[i]) { out[s].append(x: xs[i], y: ys[i]) } }
        return out
    }

    /// A scatter of many points: coloured braille dots with colour, class markers without.
    static func scatter(title: String, series: [Series], xLabel: String, yLabel: String, options: RenderOptions) -> ScatterPlot {
        var plot = ScatterPlot(title: options.drawable(title), classes: series, xLabel: xLabel, yLabel: yLabel)
        plot.markers = !(options.color && options.unicode)
        return plot
    }

    /// Why a matrix of `n` images cannot be analysed (nil when it can): fewer than 3 images.
    static func tooFew(_ n: Int, asked: Int) -> String? {
        if asked == 0 { return tr("0 images: nothing to analyse — set images to 50 or more", "0 张图像：没有可分析的数据——把图像数设为 50 或更多") }
        if n < 3 { return tr("only \(n) images: PCA needs at least 3 — raise images", "只有 \(n) 张图像：PCA 至少需要 3 张——增加图像数") }
        return nil
    }
}
