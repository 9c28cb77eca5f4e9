import Charts
import LessonKit
import NumericCore

/// Page 1: the unit grid and a shape (an "F", so a flip shows) before (gray) and after the map
/// A (cyan grid, yellow shape), morphing from I to A as it plays; eigenvector lines in magenta;
/// the determinant written as the area change, and the eigen case in words.
final class MapCell: LiveCell, HeadlessStepping {
    var title: String { tr("a 2×2 matrix as a map of the plane", "2×2 矩阵作为平面的变换") }
    static let frames = 40
    let defaultRunSteps = 40
    private(set) var matrix = MatrixMap()
    /// Morph frames shown: the drawn map is I + (t/40)(A − I).
    private(set) var frame = 0

    var knobs: [Knob] { MatrixKnobs.knobs(matrix) }
    func setKnob(_ name: String, to value: Double) {
        if MatrixKnobs.set(&matrix, name, value) { frame = 0 }
    }
    var isAnimated: Bool { true }
    var isFinished: Bool { frame >= Self.frames }
    func step() { if !isFinished { frame += 1 } }
    func advance(budget: Double) -> Bool { guard !isFinished else { return false }; step(); return true }
    func reset() { frame = 0 }

    /// The matrix drawn now (between I and A).
    var shown: MatrixMap {
        let t = Double(frame) / Double(Self.frames)
        return MatrixMap(a: 1 + t * (matrix.a - 1), b: t * matrix.b, c: t * matrix.c, d: 1 + t * (matrix.d - 1))
    }

    /// The "F": a closed outline in the unit square.
    static let shape: [(Double, Double)] = [(0, 0), (0, 1), (0.6, 1), (0.6, 0.8), (0.2, 0.8), (0.2, 0.6), (0.45, 0.6), (0.45, 0.4), (0.2, 0.4), (0.2, 0), (0, 0)]

    var status: String? {
        if matrix.determinant == 0 || abs(matrix.determinant) < MatrixMap.tolerance {
            return tr("singular: det = 0, the plane is squashed flat", "奇异矩阵：det = 0，平面被压扁，无法还原")
        }
        return frame == 0 ? tr("press space to move the plane from I to A", "按空格键，让平面从 I 变到 A") : nil
    }

    /// The eigen case in words.
    var eigenText: String {
        let f = { (x: Double) in NumberText.format(x, digits: 3) }
        switch matrix.eigen {
        case let .real(l1, l2, _, _):
            return tr("λ = \(f(l1)), \(f(l2)): the magenta lines only stretch", "λ = \(f(l1))、\(f(l2))：品红线只被拉伸")
        case let .repeated(l, _, every):
            return every ? tr("λ = \(f(l)) twice, A = λI: every direction only stretches", "重特征值 λ = \(f(l))，A = λI：每个方向都只被拉伸")
                : tr("λ = \(f(l)) twice, one eigenvector line (a shear)", "重特征值 λ = \(f(l))，只有一条特征向量线（剪切）")
        case let .complex(re, im):
            return tr("λ = \(f(re)) ± \(f(im))i (complex): the plane turns", "复特征值 λ = \(f(re)) ± \(f(im))i：平面在旋转")
        }
    }

    var readouts: [String] {
        let det = matrix.determinant
        let f = { (x: Double) in NumberText.format(x, digits: 3) }
        let area = det < 0 ? tr("area × \(f(abs(det))), flipped", "面积 × \(f(abs(det)))，翻转") : tr("area × \(f(det))", "面积 × \(f(det))")
        return ["det A = ad − bc = \(f(det)) · " + area, eigenText]
    }

    func plot(options: RenderOptions) -> LinePlot {
        var series: [Series] = []
        let m = shown
        let span = -2...2
        for i in span {
            let v = Double(i)
            series.append(Series(color: .gray(10), x: [v, v], y: [-2, 2]))
            series.append(Series(color: .gray(10), x: [-2, 2], y: [v, v]))
        }
        for i in span {
            let v = Double(i)
            let p = [m.apply(v, -2), m.apply(v, 2)], q = [m.apply(-2, v), m.apply(2, v)]
            series.append(Series(color: .cyan, x: p.map(\.0), y: p.map(\.1)))
            series.append(Series(color: .cyan, x: q.map(\.0), y: q.map(\.1)))
        }
        let moved = Self.shape.map { m.apply($0.0, $0.1) }
        series.append(Series(color: .yellow, x: moved.map(\.0), y: moved.map(\.1)))
        if frame >= Self.frames {
            let lines: [[Double]]
            switch matrix.eigen {
            case let .real(_, _, v1, v2): lines = [v1, v2]
            case let .repeated(_, v, every): lines = every ? [] : v.map { [$0] } ?? []
            case .complex: lines = []
            }
            for v in lines { series.append(Series(color: .magenta, x: [-4 * v[0], 4 * v[0]], y: [-4 * v[1], 4 * v[1]])) }
        }
        var plot = LinePlot(title: options.drawable(tr("gray: before · cyan/yellow: after", "灰：变换前 · 青/黄：变换后")), series: series)
        plot.showLegend = false
        plot.xLimits = .fixed(-4, 4)
        plot.yLimits = .fixed(-4, 4)
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let lines = height >= 12 ? readouts : [readouts[0]]
        let chart = plot(options: options)
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            grid.blit(chart.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// JSON: the entries, determinant, eigen case and eigenvalues.
    func export() -> CellExport {
        var fields: [(String, ExportValue)] = [("a", .number(matrix.a)), ("b", .number(matrix.b)), ("c", .number(matrix.c)), ("d", .number(matrix.d)),
                                               ("determinant", .number(matrix.determinant))]
        switch matrix.eigen {
        case let .real(l1, l2, v1, v2):
            fields += [("eigen_case", .string("real")), ("eigenvalues", .array([.number(l1), .number(l2)])),
                       ("eigenvectors", .array([.array(v1.map(ExportValue.number)), .array(v2.map(ExportValue.number))]))]
        case let .repeated(l, _, every):
            fields += [("eigen_case", .string(every ? "scalar" : "repeated")), ("eigenvalues", .array([.number(l), .number(l)]))]
        case let .complex(re, im):
            fields += [("eigen_case", .string("complex")), ("eigenvalue_real", .number(re)), ("eigenvalue_imaginary", .number(im))]
        }
        return CellExport(name: "matrix_map", json: .object(fields), tables: [])
    }
}
