import Charts
import Foundation
import NumericCore

/// The output-size formula OH = (H + 2P − FH)/S + 1 for one axis, written out with the
/// numbers, and — when the numbers do not give a whole size ≥ 1 — why, and what would fix it.
/// The size itself comes from the core's `convolutionOutputSizeIfValid`.
struct OutputSizeFormula: Equatable, Sendable {
    /// "OH" or "OW".
    var name: String
    /// H (or W): the input size along this axis.
    var input: Int
    /// FH (or FW): the window size.
    var window: Int
    /// P: zero padding on each side.
    var pad: Int
    /// S: the stride.
    var stride: Int

    /// The output size, or nil when the window does not tile the padded input exactly.
    var size: Int? { convolutionOutputSizeIfValid(inputSize: input, windowSize: window, stride: stride, pad: pad) }

    /// H + 2P − FH: how far the window can slide.
    var span: Int { input + 2 * pad - window }

    /// "OH = (28 + 2·0 − 3)/1 + 1 = 26", or "… = 13.5 ✗" when it is not a whole number.
    var text: String {
        let left = "\(name) = (\(input) + 2·\(pad) − \(window))/\(stride) + 1 = "
        if let size { return left + "\(size)" }
        return left + "\(formatQuotient(span, stride)) ✗"
    }

    /// The texts of a height and a width formula: one line "OH = OW = …" when they have the
    /// same numbers (square inputs), else two.
    static func texts(_ height: OutputSizeFormula, _ width: OutputSizeFormula) -> [String] {
        var same = width
        same.name = height.name
        guard same == height else { return [height.text, width.text] }
        return [height.name + " = " + width.text]
    }

    /// Why there is no output, in a sentence (nil when the size is valid).
    var problem: String? {
        guard size == nil else { return nil }
        if span < 0 {
            return tr("the \(window)-wide window is wider than the padded input (\(input + 2 * pad)): raise the padding or pick a smaller filter",
                      "宽为 \(window) 的窗口比填充后的输入（\(input + 2 * pad)）还宽：请加大填充，或选更小的滤波器")
        }
        let axis = name == "OH" ? "H" : "W"
        return tr("\(span) = \(axis) + 2P − F is not a multiple of stride \(stride): the last window would hang over the edge",
                  "\(span) = \(axis) + 2P − F 不是步幅 \(stride) 的倍数：最后一个窗口会悬在边缘之外") + suggestion
    }

    /// The problem in a few words for the status line (nil when the size is valid):
    /// "H + 2P − F = 5 is not a multiple of S = 2 — try pad 2 or stride 1".
    var shortProblem: String? {
        guard size == nil else { return nil }
        if span < 0 {
            return tr("\(window)-wide filter > padded input \(input + 2 * pad) — raise P or pick 3×3",
                      "宽为 \(window) 的滤波器 > 填充后的输入 \(input + 2 * pad)；请加大 P 或选 3×3")
        }
        return tr("\(name == "OH" ? "H" : "W") + 2P − F = \(span) is not a multiple of S = \(stride)",
                  "\(name == "OH" ? "H" : "W") + 2P − F = \(span) 不是 S = \(stride) 的倍数") + suggestion
    }

    /// " — try pad 2 or stride 1" ("；可试填充 2 或步幅 1"), or "" when nothing would fix it.
    private var suggestion: String {
        let fixes = self.fixes
        guard !fixes.isEmpty else { return "" }
        return tr(" — try " + fixes.joined(separator: " or "), "；可试" + fixes.joined(separator: " 或"))
    }

    /// Settings that would make the size whole: the smallest larger padding and the largest
    /// smaller stride that work ("pad 2", "stride 1").
    private var fixes: [String] {
        var fixes: [String] = []
        if let p = (pad...(pad + stride)).first(where: { (input + 2 * $0 - window) % stride == 0 }) {
            fixes.append(tr("pad \(p)", "填充 \(p)"))
        }
        if let s = (1..<stride).reversed().first(where: { span % $0 == 0 }) {
            fixes.append(tr("stride \(s)", "步幅 \(s)"))
        }
        return fixes
    }

    /// a/b + 1 as a short decimal ("13.5", "0.33").
    private func formatQuotient(_ a: Int, _ b: Int) -> String {
        let v = Double(a) / Double(b) + 1
        let text = String(format: "%.2f", v)
        var t = Substring(text)
        while t.hasSuffix("0") { t = t.dropLast() }
        if t.hasSuffix(".") { t = t.dropLast() }
        return String(t)
    }
}
