import Charts
import Foundation
import LessonKit

/// Page 2: f(x) = 0.01x² + 0.1x with a movable point and the tangent line of its
/// central-difference slope; beside it |error| against h on log–log axes (central and
/// forward difference) with the current h marked, so round-off for tiny h shows.
final class SlopeCell: LiveCell {
    var title: String { tr("numerical derivative", "数值微分") }
    private(set) var slope = Slope(x: 5, h: 1e-4)

    var knobs: [Knob] {
        [
            Knob(name: "x", label: tr("point x", "位置 x"), kind: .continuous(range: 0...20, step: 0.5, scale: .linear), value: slope.x),
            Knob(name: "h", label: tr("step h", "步长 h"), kind: .continuous(range: 1e-15...1, step: pow(10, 0.25), scale: .log),
                 value: slope.h),
        ]
    }

    func setKnob(_ name: String, to value: Double) {
        guard value.isFinite else { return }
        switch name {
        case "x": slope.x = min(20, max(0, value))
        case "h": slope.h = min(1, max(1e-15, value))
        default: break
        }
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let xs = Slope.plotGrid
        let x = slope.x
        var curve = LinePlot(title: options.drawable("f(x) = 0.01x² + 0.1x"), series: [
            Series(name: "f", color: .cyan, x: xs, y: xs.map(Slope.f)),
            Series(name: tr("tangent", "切线"), color: .yellow, x: [0, 20], y: [slope.tangent(at: 0), slope.tangent(at: 20)]),
        ], xLabel: "x")
        curve.xLimits = .fixed(0, 20)
        curve.yLimits = .fixed(-1, 6)
        curve.showLegend = false
        curve.events = [EventMarker(x: x, label: "x")]

        let sweep = slope.errorSweep()
        let logH = Slope.hGrid.map(log10)
        // An error of exactly 0 has no logarithm: it is drawn on the floor, 1e-17.
        let floored = { (e: [Double]) in e.map { max($0, Self.errorFloor) } }
        var errors = LinePlot(title: tr("|error| vs h", "|误差| 随 h 的变化"), series: [
            Series(name: tr("central", "中心"), color: .cyan, x: logH, y: floored(sweep.central)),
            Series(name: tr("forward", "前向"), color: .magenta, x: logH, y: floored(sweep.forward)),
        ], xLabel: options.drawable("log₁₀ h"))
        errors.yScale = .log10
        errors.xLimits = .fixed(-15, 0)
        errors.yLimits = .fixed(Self.errorFloor, 1)
        errors.events = [EventMarker(x: log10(slope.h), label: "h")]
        return CellLayout.pair(curve, errors, leftShare: 0.45, readout: ReadoutLines.pack(readoutParts, width: width, options: options), width: width, height: height, options: options)
    }

    /// Where an error of exactly 0 is drawn on the log axis.
    static let errorFloor = 1e-17

    /// The readout in pieces, packed into lines that fit: "x = 5: central
    /// 0.1999999999990898", "true 0.2", "h = 0.0001", "|error| central 9.1e-13", "forward 1e-06".
    var readoutParts: [String] {
        [
            tr("x = \(NumberText.format(slope.x, digits: 4)): central \(exact(slope.central))",
               "x = \(NumberText.format(slope.x, digits: 4))：中心差分 \(exact(slope.central))"),
            tr("true \(exact(slope.analytic))", "真值 \(exact(slope.analytic))"),
            "h = \(NumberText.format(slope.h, digits: 3))",
            tr("|error| central \(NumberText.format(slope.centralError, digits: 2))",
               "|误差| 中心 \(NumberText.format(slope.centralError, digits: 2))"),
            tr("forward \(NumberText.format(slope.forwardError, digits: 2))",
               "前向 \(NumberText.format(slope.forwardError, digits: 2))"),
        ]
    }

    /// Every digit of a double (Swift's shortest round-trip form, as Python prints it).
    private func exact(_ v: Double) -> String { "\(v)" }

    var status: String? {
        if slope.h < 1e-10 {
            return tr("h is tiny: f(x+h) − f(x−h) keeps only a few digits, round-off dominates",
                      "h 极小：f(x+h) − f(x−h) 只剩几位有效数字，舍入误差占了主导")
        }
        if slope.h > 1e-2 {
            return tr("forward difference is off by 0.01·h; the central one is exact for a parabola",
                      "前向差分的误差是 0.01·h；对抛物线而言，中心差分是精确的")
        }
        return tr("the book uses h = 1e-4: error ≈ 1e-12", "书中使用 h = 1e-4：误差 ≈ 1e-12")
    }

    func export() -> CellExport {
        let sweep = slope.errorSweep()
        let book = [5.0, 10.0].map { Slope(x: $0, h: 1e-4) }
        func point(_ s: Slope) -> ExportValue {
            .object([("x", .number(s.x)), ("h", .number(s.h)), ("central", .number(s.central)), ("forward", .number(s.forward)),
                     ("analytic", .number(s.analytic)), ("central_error", .number(s.centralError)),
                     ("forward_error", .number(s.forwardError))])
        }
        let json: ExportValue = .object([
            ("current", point(slope)),
            ("book", .array(book.map(point))),
            ("error_sweep", .object([("h", .array(Slope.hGrid.map(ExportValue.number))),
                                     ("central_error", .array(sweep.central.map(ExportValue.number))),
                                     ("forward_error", .array(sweep.forward.map(ExportValue.number)))])),
        ])
        let rows = Slope.hGrid.indices.map { i in
            [ExportValue.number(Slope.hGrid[i]), .number(sweep.central[i]), .number(sweep.forward[i])]
        }
        return CellExport(name: "numerical derivative", json: json, tables: [
            ExportTable(name: "derivative error vs h", columns: ["h", "central_error", "forward_error"], rows: rows),
        ])
    }
}
