import Foundation
import Charts
import LessonKit
import NumericCore

/// Page 2: the unit circle (gray) and its image under A, an ellipse (cyan), with the SVD
/// A = UΣVᵀ from NumericCore's `SVD`: the right singular vectors v₁, v₂ on the circle map to
/// the ellipse's axes σ₁u₁ (yellow) and σ₂u₂ (magenta). As it plays a point x walks round
/// the circle and Ax round the ellipse (green).
final class EllipseCell: LiveCell, HeadlessStepping {
    var title: String { tr("unit circle → ellipse: A = UΣVᵀ", "单位圆 → 椭圆：A = UΣVᵀ") }
    static let frames = 72
    let defaultRunSteps = 72
    private(set) var matrix = MatrixMap(a: 1.5, b: 0.5, c: 0.5, d: 1)
    private(set) var frame = 0

    var knobs: [Knob] { MatrixKnobs.knobs(matrix) }
    func setKnob(_ name: String, to value: Double) { _ = MatrixKnobs.set(&matrix, name, value) }
    var isAnimated: Bool { true }
    var isFinished: Bool { frame >= Self.frames }
    func step() { if !isFinished { frame += 1 } }
    func advance(budget: Double) -> Bool { guard !isFinished else { return false }; step(); return true }
    func reset() { frame = 0 }

    var svd: SVD { SVD(matrix: [matrix.a, matrix.b, matrix.c, matrix.d], rows: 2, columns: 2) }

    var status: String? {
        let s = svd
        if s.numericalRank == 0 { return tr("A = 0: every point goes to the origin; the ellipse is a dot", "A = 0：所有点都到原点，椭圆缩成一个点") }
        if s.numericalRank == 1 { return tr("singular: σ₂ = 0, the circle is squashed onto a segment", "奇异矩阵：σ₂ = 0，圆被压成一条线段") }
        return frame == 0 ? tr("press space: x walks round the circle, Ax round the ellipse", "按空格键：x 沿圆走一圈，Ax 沿椭圆走一圈") : nil
    }

    var readouts: [String] {
        let s = svd, f = { (x: Double) in NumberText.format(x, digits: 3) }
        let g = { (x: Double) in NumberText.format(x, digits: 2) }
        let v1 = "(\(g(s.v[0])), \(g(s.v[2])))", u1 = "(\(g(s.u[0])), \(g(s.u[2])))"
        return ["σ₁ = \(f(s.values[0])), σ₂ = \(f(s.values[1]))",
                "v₁ \(v1) → u₁ \(u1) · |det A| = \(f(abs(matrix.determinant)))"]
    }

    func plot(options: RenderOptions) -> LinePlot {
        let s = svd
        let angles = (0...96).map { Double($0) / 96 * 2 * Double.pi }
        let circle = angles.map { (cos($0), sin($0)) }
        let ellipse = circle.map { matrix.apply($0.0, $0.1) }
        var series = [
            Series(name: tr("circle", "圆"), color: .gray(10), x: circle.map(\.0), y: circle.map(\.1)),
            Series(name: tr("ellipse", "椭圆"), color: .cyan, x: ellipse.map(\.0), y: ellipse.map(\.1)),
            Series(name: "σ₁u₁", color: .yellow, x: [0, s.values[0] * s.u[0]], y: [0, s.values[0] * s.u[2]]),
            Series(name: "σ₂u₂", color: .magenta, x: [0, s.values[1] * s.u[1]], y: [0, s.values[1] * s.u[3]]),
        ]
        if frame > 0 {
            let t = Double(frame) / Double(Self.frames) * 2 * Double.pi
            let p = matrix.apply(cos(t), sin(t))
            series.append(Series(name: "x → Ax", color: .green, x: [0, cos(t), p.0], y: [0, sin(t), p.1]))
        }
        var plot = LinePlot(title: "", series: series)
        let r = max(1.2, (s.values.first ?? 1) * 1.1)
        plot.xLimits = .fixed(-r, r)
        plot.yLimits = .fixed(-r, r)
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let lines = height >= 12 ? readouts : [readouts[0]]
        let chart = plot(options: options)
        return ChartLayout.withReadout(lines, width: width, height: height, options: options) { grid, rows in
            grid.blit(chart.render(width: width, height: rows, options: options), x: 0, y: 0)
        }
    }

    /// JSON: the entries, σ₁, σ₂, U and V (row-major).
    func export() -> CellExport {
        let s = svd
        return CellExport(name: "ellipse", json: .object([
            ("a", .number(matrix.a)), ("b", .number(matrix.b)), ("c", .number(matrix.c)), ("d", .number(matrix.d)),
            ("singular_values", .array(s.values.map(ExportValue.number))),
            ("u", .array(s.u.map(ExportValue.number))), ("v", .array(s.v.map(ExportValue.number))),
        ]), tables: [])
    }
}
