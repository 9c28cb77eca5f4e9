import Charts
import LessonKit
import Foundation

/// What a descent path is doing, in words a learner can act on: converging, slow, stalled,
/// bouncing, diverging, stuck after diverging, or overflowed to inf/NaN. Messages put the
/// advice early and stay short, so the status row keeps it at 80 columns.
enum DescentVerdict: Equatable {
    case notStarted
    /// Getting closer; `f` is the current value.
    case converging(f: Double)
    /// Getting closer, but at this pace less than 90 % of the way in the planned steps.
    case slow(fraction: Double, planned: Int)
    /// At this pace less than 1 % of the way in the planned steps: `moved` in `steps`.
    case stalled(moved: Double, steps: Int)
    /// |x| stays the same while x flips across the minimum (lr = 1 on x²), away from it.
    case bouncing
    /// Further from the minimum than the start: the largest growth per step, and |x| now.
    case diverging(growth: Double, norm: Double)
    /// Diverged, then stopped moving with |x| = `norm`: the step x − η·∇f(x) equals x (with
    /// the numerical gradient, x ± h rounds to x out there, so ∇f comes out 0).
    case stuck(norm: Double)
    /// x became inf or NaN at `step`.
    case overflowed(step: Int)

    /// Whether the run went wrong (it diverged, got stuck far out, overflowed or bounces
    /// for ever) rather than heading for the minimum, however slowly.
    var isFailure: Bool {
        switch self {
        case .diverging, .stuck, .overflowed, .bouncing: return true
        case .notStarted, .converging, .slow, .stalled: return false
        }
    }

    /// Whether playing on cannot change anything: x is inf/NaN or no longer moves.
    var isDeadEnd: Bool {
        switch self {
        case .stuck, .overflowed: return true
        default: return false
        }
    }

    /// Judges `path` (start first) run with a plan of `planned` steps.
    init(path: [SIMD2<Double>], planned: Int) {
        guard path.count >= 2 else { self = .notStarted; return }
        if let bad = path.firstIndex(where: { !($0.x.isFinite && $0.y.isFinite) }) {
            self = .overflowed(step: bad)
            return
        }
        func norm(_ p: SIMD2<Double>) -> Double { (p.x * p.x + p.y * p.y).squareRoot() }
        let start = norm(path[0]), now = norm(path[path.count - 1])
        guard start > 0 else { self = .converging(f: now * now); return }
        var growth = 0.0
        for i in 1..<path.count where norm(path[i - 1]) > 0 { growth = max(growth, norm(path[i]) / norm(path[i - 1])) }
        if now > start * (1 + 1e-9) {
            if path[path.count - 1] == path[path.count - 2] {
                self = .stuck(norm: now)
                return
            }
            self = .diverging(growth: growth, norm: now)
            return
        }
        let previous = norm(path[path.count - 2])
        let ratio = previous > 0 ? now / previous : 0
        let last = path[path.count - 1], before = path[path.count - 2]
        let flipped = last.x * before.x < 0 || last.y * before.y < 0
        // Within 1e-12 of the start's distance x is at the minimum: the numerical gradient's
        // round-off makes it jitter across 0 there (η = 0.562 ends near 1e-21), not bounce.
        if flipped && ratio >= 1 - 1e-9 && now > start * 1e-12 {
            self = .bouncing
            return
        }
        // The fraction of the way to the minimum this pace covers in the planned steps.
        let steps = path.count - 1
        let perStep = ratio < 1 ? ratio : 1
        let fraction = 1 - now / start * pow(perStep, Double(max(0, planned - steps)))
        let p0 = path[0]
        let moved = ((last.x - p0.x) * (last.x - p0.x) + (last.y - p0.y) * (last.y - p0.y)).squareRoot()
        if fraction < 0.01 {
            self = .stalled(moved: moved, steps: steps)
        } else if fraction < 0.9 {
            self = .slow(fraction: fraction, planned: max(planned, steps))
        } else {
            self = .converging(f: last.x * last.x + last.y * last.y)
        }
    }

    /// The message for the status line, short enough to be read whole at 80 columns.
    var message: String? {
        switch self {
        case .notStarted: return nil
        case let .converging(f):
            let value = NumberText.format(f, digits: 3)
            return tr("converging: f = \(value)", "正在收敛：f = \(value)")
        case let .slow(fraction, _):
            let percent = Int((fraction * 100).rounded())
            return tr("slow: only \(percent) % of the way — raise η", "太慢：只能走完 \(percent) % 的路——调高 η")
        case let .stalled(moved, _):
            let distance = NumberText.format(moved, digits: 2)
            return tr("stalled: moved only \(distance) — raise η", "停滞：只移动了 \(distance)——调高 η")
        case .bouncing:
            return tr("bouncing across the minimum — lower η", "在最小值两侧来回弹跳——调低 η")
        case let .diverging(growth, _):
            let factor = NumberText.format(growth, digits: 2)
            return tr("diverging ×\(factor)/step — lower η", "发散：每步 ×\(factor)——调低 η")
        case let .stuck(norm):
            let size = NumberText.format(norm, digits: 2)
            return tr("stuck at |x| = \(size) — gradient 0, lower η", "卡在 |x| = \(size)：梯度为 0，调低 η")
        case .overflowed:
            return tr("x overflowed to inf/NaN — lower η", "x 溢出为 inf/NaN——调低 η")
        }
    }
}
