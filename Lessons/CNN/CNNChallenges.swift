import Charts
import LessonKit
import NumericCore

/// The cnn lesson's challenges and prediction, all on the convolution explorer: build a
/// vertical-edge filter by hand, make a 10×10 output from a 28×28 digit, and predict the
/// output size with P = 1, S = 2 on the 15×15 square.
enum CNNChallenges {
    /// A 6×6 test image with one vertical edge: columns 0–2 dark (0), columns 3–5 bright (1).
    static let verticalEdgeImage: [Double] = (0..<36).map { $0 % 6 < 3 ? 0 : 1 }
    /// The same edge turned horizontal: rows 0–2 dark, rows 3–5 bright.
    static let horizontalEdgeImage: [Double] = (0..<36).map { $0 / 6 < 3 ? 0 : 1 }

    /// The largest |response| of a 3×3 `filter` slid over a 6×6 `image` (no padding, stride 1).
    static func strongestResponse(_ filter: [Double], on image: [Double]) -> Double {
        var strongest = 0.0
        for r in 0..<4 {
            for c in 0..<4 {
                var sum = 0.0
                for p in 0..<3 { for q in 0..<3 { sum += image[(r + p) * 6 + c + q] * filter[p * 3 + q] } }
                strongest = max(strongest, abs(sum))
            }
        }
        return strongest
    }

    /// How a 3×3 filter answers a vertical edge, a flat bright region (the sum of its
    /// entries) and a horizontal edge.
    struct EdgeResponses: Equatable {
        var vertical: Double
        var flat: Double
        var horizontal: Double

        init(filter: [Double]) {
            vertical = strongestResponse(filter, on: verticalEdgeImage)
            flat = abs(filter.reduce(0, +))
            horizontal = strongestResponse(filter, on: horizontalEdgeImage)
        }

        /// Strong on the vertical edge (≥ 1 for a step of 1), about 0 on flat regions (≤ 10 %
        /// of that) and weak on the horizontal edge (≤ 25 %).
        var detectsVerticalEdges: Bool { vertical >= 1 && flat <= 0.1 * vertical && horizontal <= 0.25 * vertical }

        /// "vertical edge 3, flat 0, horizontal edge 0".
        var text: String {
            let v = NumberText.format(vertical, digits: 3), f = NumberText.format(flat, digits: 3)
            let h = NumberText.format(horizontal, digits: 3)
            return tr("vertical edge \(v), flat \(f), horizontal edge \(h)", "竖直边缘 \(v)，平坦区域 \(f)，水平边缘 \(h)")
        }
    }

    /// Build, by hand, a 3×3 filter that answers vertical edges and nothing else.
    static let verticalEdge = Challenge(
        id: "vertical-edge",
        goal: Localized(en: "Edit a 3×3 filter by hand so it responds strongly to a vertical edge, about 0 on flat regions and weakly to a horizontal edge.",
                        zh: "亲手编辑一个 3×3 滤波器，让它对竖直边缘响应强烈，在平坦区域约为 0，对水平边缘响应微弱。"),
        hints: [
            Localized(en: "An edge is a change from left to right: weigh the left column against the right one, and make the entries add up to 0.",
                      zh: "边缘就是从左到右的变化：让左列与右列相互抵消，并让所有元素之和为 0。"),
            Localized(en: "Put 1 in the left column, 0 in the middle and −1 in the right column (entries f11 … f33 with entry value).",
                      zh: "左列填 1，中列填 0，右列填 −1（用「元素值」编辑元素 f11 … f33）。"),
        ]
    ) { cell in
        guard let cell = cell as? ExplorerCell else { return .wrongCell }
        let model = cell.model
        guard model.filterSize == 3 else { return ChallengeCheck(passed: false, progress: tr("set filter size to 3×3", "把滤波器大小设为 3×3")) }
        let responses = EdgeResponses(filter: model.filter)
        guard model.edited else {
            return ChallengeCheck(passed: false, progress: responses.text + tr(" · edit entries by hand", " · 请亲手编辑元素"))
        }
        return ChallengeCheck(passed: responses.detectsVerticalEdges, progress: responses.text)
    }

    /// The output side the geometry challenge asks for.
    static let targetSide = 10

    /// Choose filter size, padding and stride so a 28×28 digit gives a 10×10 output.
    static let tenByTen = Challenge(
        id: "output-10x10",
        goal: Localized(en: "On a 28×28 digit, choose filter size, padding P and stride S so the output is exactly 10×10.",
                        zh: "在 28×28 的数字图像上选择滤波器大小、填充 P 和步幅 S，使输出恰好为 10×10。"),
        hints: [
            Localized(en: "Solve (28 + 2P − F)/S + 1 = 10: with an odd filter 28 − F is odd, so stride 2 (and 4) never divides it.",
                      zh: "解 (28 + 2P − F)/S + 1 = 10：滤波器大小为奇数时 28 − F 是奇数，所以步幅 2（和 4）永远除不尽。"),
            Localized(en: "Stride 3: with a 3×3 filter P = 1 gives (28 + 2 − 3)/3 + 1 = 10 (with 5×5, P = 2).",
                      zh: "步幅 3：3×3 滤波器取 P = 1，得 (28 + 2 − 3)/3 + 1 = 10（5×5 则取 P = 2）。"),
        ]
    ) { cell in
        guard let cell = cell as? ExplorerCell else { return .wrongCell }
        let model = cell.model
        guard model.pixels.height == 28 && model.pixels.width == 28 else {
            return ChallengeCheck(passed: false, progress: tr("choose image digit 2 or digit 7 (28×28)", "选择图像 digit 2 或 digit 7（28×28）"))
        }
        guard let oh = model.heightFormula.size, let ow = model.widthFormula.size else {
            return ChallengeCheck(passed: false, progress: tr("no output: ", "没有输出：") + (model.shortProblem ?? ""))
        }
        return ChallengeCheck(passed: oh == targetSide && ow == targetSide, progress: tr("output \(oh)×\(ow), want \(targetSide)×\(targetSide)", "输出 \(oh)×\(ow)，目标 \(targetSide)×\(targetSide)"))
    }

    /// The output sides the prediction offers, in choice order; the last choice is "no output".
    static let predictedSides = [7, 8, 15]

    /// How big is the output on the 15×15 square with a 3×3 filter, P = 1 and S = 2? Known
    /// once the explorer shows exactly that geometry.
    static let outputSize = Prediction(
        id: "output-size-p1-s2",
        question: Localized(en: "On the 15×15 square with a 3×3 filter, P = 1 and S = 2: how big is the output?",
                            zh: "在 15×15 的正方形上用 3×3 滤波器，P = 1、S = 2：输出有多大？"),
        choices: [Localized(neutral: "7×7"), Localized(neutral: "8×8"), Localized(neutral: "15×15"),
                  Localized(en: "no output", zh: "没有输出")],
        explanation: Localized(
            en: "OH = (15 + 2·1 − 3)/2 + 1 = 14/2 + 1 = 8: padding adds 2 to the 15, the filter takes 3 away, "
                + "and stride 2 halves the number of window positions.",
            zh: "OH = (15 + 2·1 − 3)/2 + 1 = 14/2 + 1 = 8：填充给 15 加上 2，滤波器减去 3，步幅 2 让窗口位置的个数减半。")
    ) { cell in
        guard let cell = cell as? ExplorerCell else { return nil }
        let model = cell.model
        guard model.image == .square, model.filterSize == 3, model.pad == 1, model.stride == 2 else { return nil }
        guard let side = model.heightFormula.size else { return predictedSides.count }
        return predictedSides.firstIndex(of: side)
    }
}
