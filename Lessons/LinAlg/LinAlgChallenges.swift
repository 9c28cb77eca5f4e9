import Charts
import Foundation
import LessonKit
import NumericCore

/// The linalg lesson's challenges and prediction: squash the plane onto a line (page 1),
/// keep 95 % of the generated image's energy with fewer numbers than pixels (page 3), and
/// "what is the area factor of [[2, 1], [1, 2]]?" (page 1); 80 % of the digits' variance with
/// at most 3 components (page 4); the autoencoder's plane within 1° of PCA's and "what are its
/// codes?" (page 5).
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

    /// Page 4: half the variance of at least 300 digits with at most 5 components — only a
    /// class subset allows it (all ten classes keep about 38 %).
    static let fewComponents = Challenge(
        id: "half-the-variance-with-5",
        goal: Localized(en: "With at least 300 images, keep at least 50 % of the variance with k ≤ 5 components.",
                        zh: "用至少 300 张图像，只用 k ≤ 5 个主成分保留至少 50% 的方差。"),
        hints: [
            Localized(en: "Ten kinds of digit need many directions. Fewer kinds of digit vary in fewer ways.",
                      zh: "十类数字需要很多方向；类别越少，变化的方式也越少。"),
            Localized(en: "Set classes to 0,1 and components to 5.", zh: "把 classes 设为 0,1，components 设为 5。"),
        ]
    ) { cell in
        guard let cell = cell as? PCACell else { return .wrongCell }
        let kept = cell.kept(cell.k)
        return ChallengeCheck(passed: cell.k <= 5 && kept >= 0.5 && cell.used >= 300,
                              progress: tr("k = \(cell.k): \(PCACell.percent(kept)) % kept", "k = \(cell.k)：保留 \(PCACell.percent(kept))%"))
    }

    /// Page 5: train the autoencoder (0 and 1) until its plane ends within 2.5° of the PCA
    /// plane — the default batch of 32 wobbles at about 3.5°.
    static let reachThePlane = Challenge(
        id: "autoencoder-within-2.5-degrees",
        goal: Localized(en: "On digits 0 and 1, train the autoencoder to the end with its plane within 2.5° of the PCA plane.",
                        zh: "在数字 0 和 1 上把自编码器训练到底，让它的平面与 PCA 平面的夹角小于 2.5°。"),
        hints: [
            Localized(en: "Each mini-batch pushes the plane a little. How could each push be gentler or better informed?",
                      zh: "每个小批量都把平面推动一点。怎样让每次推动更轻、或者更有依据？"),
            Localized(en: "Set batch to 256 (lr 0.03), press r, then space, and let it run to the end.",
                      zh: "把 batch 设为 256（lr 0.03），按 r，再按空格键，让它跑完。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? AutoencoderCell else { return .wrongCell }
        guard let last = cell.run.curve.last, !cell.run.stopped else {
            return ChallengeCheck(passed: false, progress: cell.run.stopped ? tr("the run blew up: lower lr, press r", "训练发散：调小 lr 后按 r")
                                                                                : tr("press space to train", "按空格键开始训练"))
        }
        let ok = cell.run.isFinished && cell.run.config.subset == 1 && last.distance < sin(2.5 * Double.pi / 180)
        return ChallengeCheck(passed: ok,
                              progress: tr("angle \(NumberText.format(cell.degrees, digits: 3))°", "夹角 \(NumberText.format(cell.degrees, digits: 3))°"))
    }

    /// Page 5: are the trained codes the PCA coordinates?
    static let codes = Prediction(
        id: "autoencoder-codes",
        question: Localized(en: "Once trained, the autoencoder's 2-D codes will be…",
                            zh: "训练好以后，自编码器的二维编码会是……"),
        choices: [Localized(en: "the PCA coordinates themselves", zh: "正好是 PCA 坐标"),
                  Localized(en: "the PCA coordinates turned and stretched", zh: "PCA 坐标经过旋转和拉伸"),
                  Localized(en: "unrelated to PCA", zh: "与 PCA 无关")],
        explanation: Localized(en: "The loss only sees the plane the decoder spans, and any invertible 2×2 matrix M gives the same x̂ with W₁ → MW₁, W₂ → W₂M⁻¹. So training finds the PCA plane, but its codes are the PCA coordinates turned and stretched by some M.",
                               zh: "损失函数只看解码器张成的平面：任何可逆的 2×2 矩阵 M，把 W₁ 换成 MW₁、W₂ 换成 W₂M⁻¹，x̂ 都不变。所以训练会找到 PCA 平面，但编码是 PCA 坐标经某个 M 旋转和拉伸后的结果。")
    ) { cell in
        guard let cell = cell as? AutoencoderCell, let last = cell.run.curve.last, !cell.run.stopped,
              last.distance < 0.05 || cell.run.isFinished else { return nil }
        return 1
    }
}
