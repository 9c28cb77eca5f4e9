import Charts
import LessonKit
import NumericCore

/// The linalg lesson's challenges and prediction: squash the plane onto a line (page 1),
/// keep 95 % of the generated image's energy with fewer numbers than pixels (page 3), and
/// "what is the area factor of [[2, 1], [1, 2]]?" (page 1).
enum LinAlgChallenges {
    /// Page 1: a singular matrix that is not zero: det = 0, rank 1.
    static let flatten = Challenge(
        id: "flatten-the-plane",
        goal: Localized(en: "Choose entries that squash the whole plane onto one line (det = 0) without making A zero.",
                        zh: "调整元素，把整个平面压到一条直线上（det = 0），但 A 不能是零矩阵。"),
        hints: [
            Localized(en: "The area factor is ad − bc. Make the two columns point the same way.",
                      zh: "面积的缩放倍数是 ad − bc。让两列指向同一方向。"),
            Localized(en: "From [[2, 1], [1, 2]], set d to 0.5: then ad = bc = 1.",
                      zh: "从 [[2, 1], [1, 2]] 出发，把 d 设为 0.5：这时 ad = bc = 1。"),
        ]
    ) { cell in
        guard let cell = cell as? MapCell else { return .wrongCell }
        let m = cell.matrix, det = m.determinant
        let zero = [m.a, m.b, m.c, m.d].allSatisfy { abs($0) < MatrixMap.tolerance }
        let f = NumberText.format(det, digits: 3)
        return ChallengeCheck(passed: abs(det) < 1e-9 && !zero,
                              progress: zero ? tr("A is zero: the plane goes to a point, not a line", "A 是零矩阵：平面变成一个点，而不是一条线")
                                  : tr("det = \(f)", "det = \(f)"))
    }

    /// Page 3: the generated image, ≥ 95 % energy, fewer numbers than pixels.
    static let compress = Challenge(
        id: "compress-the-picture",
        goal: Localized(en: "On the generated 64×64 image, keep at least 95 % of the energy while storing fewer numbers than its 4096 pixels.",
                        zh: "在生成的 64×64 图像上，保留至少 95% 的能量，同时存的数少于 4096 个像素。"),
        hints: [
            Localized(en: "Each singular value costs 129 numbers (a column of U, one of V, and σ). The first few carry most of the energy.",
                      zh: "每个奇异值要存 129 个数（U 的一列、V 的一列和 σ）。前几个奇异值就占了大部分能量。"),
            Localized(en: "Set image to generated and k to about 5.", zh: "把图像设为 generated，k 设为 5 左右。"),
        ]
    ) { cell in
        guard let cell = cell as? CompressCell else { return .wrongCell }
        guard cell.image == 1 else { return ChallengeCheck(passed: false, progress: tr("choose the generated image", "选择生成的图像")) }
        let energy = cell.svd.keptEnergy(k: cell.k), stored = cell.stored(k: cell.k)
        let e = NumberText.format(energy * 100, digits: 4)
        return ChallengeCheck(passed: energy >= 0.95 && stored < 4096,
                              progress: tr("k = \(cell.k): \(e) % energy, \(stored) numbers", "k = \(cell.k)：能量 \(e)%，存 \(stored) 个数"))
    }

    /// Page 1: the area factor of [[2, 1], [1, 2]] (det = 3).
    static let determinant = Prediction(
        id: "area-factor",
        question: Localized(en: "A = [[2, 1], [1, 2]]: by what factor does it multiply every area?",
                            zh: "A = [[2, 1], [1, 2]]：它把每块面积放大多少倍？"),
        choices: [Localized(en: "4 (a·d)", zh: "4（a·d）"), Localized(en: "3 (ad − bc)", zh: "3（ad − bc）"),
                  Localized(en: "6 (the sum of the entries)", zh: "6（各元素之和）")],
        explanation: Localized(en: "The unit square goes to the parallelogram spanned by the columns (2, 1) and (1, 2), of area ad − bc = 4 − 1 = 3; it is also the product of the eigenvalues 3 and 1.",
                               zh: "单位正方形变成由两列 (2, 1) 和 (1, 2) 张成的平行四边形，面积 ad − bc = 4 − 1 = 3；它也等于特征值 3 与 1 的乘积。")
    ) { cell in
        guard let cell = cell as? MapCell, cell.isFinished, cell.matrix == MatrixMap() else { return nil }
        return 1
    }
}
