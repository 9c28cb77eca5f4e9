import Charts
import LessonKit

/// The detection lesson's challenges and prediction: an IoU that counts as a detection with B
/// off A's corner (page 1), exactly one kept box per object after NMS (page 3), no two objects
/// on the same cell and anchor (page 4), and "what happens to a box with IoU 0.6 at threshold
/// 0.5?" (page 3).
enum DetectionChallenges {
    /// Page 1: IoU ≥ 0.5 with B's left and top edges both off A's.
    static let iouCounts = Challenge(
        id: "iou-counts",
        goal: Localized(en: "Place B so that its IoU with A is at least 0.5 while B's left edge and top edge both differ from A's.",
                        zh: "摆放 B，让它与 A 的 IoU 至少为 0.5，同时 B 的左边和上边都与 A 的不同。"),
        hints: [
            Localized(en: "IoU falls fast when a box shifts: a shift of a quarter of the width in each direction already costs a lot.",
                      zh: "框一移动，IoU 就掉得很快：横竖各移四分之一个宽度就损失很多。"),
            Localized(en: "Set B's size to A's, then put B's x and y one pixel right of and below A's corner.",
                      zh: "把 B 的大小设成和 A 一样，再把 B 的 x、y 放在 A 的角右下方一个像素处。"),
        ]
    ) { cell in
        guard let cell = cell as? IoUCell else { return .wrongCell }
        guard case let .success(p) = cell.parts else {
            return ChallengeCheck(passed: false, progress: tr("B needs an area", "B 需要有面积"))
        }
        let b = cell.current, a = cell.a
        let iou = NumberText.format(p.iou, digits: 3)
        let off = b.x != a.x && b.y != a.y
        return ChallengeCheck(passed: p.iou >= 0.5 && off,
                              progress: off ? tr("IoU \(iou) (need ≥ 0.5)", "IoU \(iou)（需要 ≥ 0.5）")
                                  : tr("IoU \(iou), but B shares an edge line with A", "IoU \(iou)，但 B 与 A 有一条边对齐"))
    }

    /// Page 3: a finished pass keeping exactly one box per object, each with IoU ≥ 0.5 to its truth.
    static let oneBoxEach = Challenge(
        id: "one-box-each",
        goal: Localized(en: "Run NMS to the end so that it keeps exactly one box per object, each with IoU at least 0.5 with that object's true box.",
                        zh: "把 NMS 运行到底，让它为每个物体恰好保留一个框，并且每个框与该物体真实框的 IoU 至少为 0.5。"),
        hints: [
            Localized(en: "Extra kept boxes are either duplicates (their IoU with the kept box is below the IoU threshold) or false alarms (low scores).",
                      zh: "多留下的框要么是重复框（它与保留框的 IoU 低于 IoU 阈值），要么是误报（分数很低）。"),
            Localized(en: "Raise the score threshold to 0.5 and lower the IoU threshold to 0.5, then press space until it is done.",
                      zh: "把分数阈值调到 0.5，IoU 阈值调到 0.5，再按空格键直到完成。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? NMSCell else { return .wrongCell }
        guard cell.isFinished else {
            return ChallengeCheck(passed: false, progress: tr("press space until NMS is done", "按空格键直到 NMS 完成"))
        }
        let matched = DetectionChallenges.matchedObjects(cell)
        let objects = cell.scene.objects.count, kept = cell.kept.count
        return ChallengeCheck(passed: kept == objects && matched == objects,
                              progress: tr("\(kept) kept, \(matched) of \(objects) objects found", "保留 \(kept) 个，找到 \(matched) / \(objects) 个物体"))
    }

    /// Objects with at least one kept box of IoU ≥ 0.5 with their true box.
    static func matchedObjects(_ cell: NMSCell) -> Int {
        cell.scene.objects.filter { object in
            cell.kept.contains { ((try? intersectionOverUnion(cell.scene.candidates[$0], object.box).iou) ?? 0) >= 0.5 }
        }.count
    }

    /// Page 4: with at least 5 objects, no two on the same cell and anchor.
    static let noCollisions = Challenge(
        id: "no-collisions",
        goal: Localized(en: "With at least 5 objects, choose S and B so that no two objects share a grid cell and an anchor.",
                        zh: "在至少 5 个物体时，选好 S 和 B，使任意两个物体都不共用同一网格单元和同一锚框。"),
        hints: [
            Localized(en: "With S = 2 there are only 4 cells: 5 objects and one anchor must collide.",
                      zh: "S = 2 时只有 4 个格子：5 个物体、1 个锚框时必然冲突。"),
            Localized(en: "Raise S to 4 or more; if two centres are still in one cell, add anchors with B.",
                      zh: "把 S 调到 4 或更大；如果仍有两个中心落在同一格，就用 B 增加锚框。"),
        ]
    ) { cell in
        guard let cell = cell as? YOLOGridCell else { return .wrongCell }
        guard cell.scene.objects.count >= 5 else {
            return ChallengeCheck(passed: false, progress: tr("set objects back to 5 or more", "把物体数调回 5 或以上"))
        }
        let n = cell.collisions.count
        return ChallengeCheck(passed: n == 0, progress: tr("\(n) colliding pairs", "\(n) 对冲突"))
    }

    /// Page 3: what NMS does with a box whose IoU with the kept box is 0.6 at threshold 0.5.
    static let suppressedOrKept = Prediction(
        id: "iou-above-threshold",
        question: Localized(en: "IoU threshold 0.5. A box scores 0.8 and has IoU 0.6 with an already-kept box that scores 0.9. What does NMS do with it?",
                            zh: "IoU 阈值为 0.5。一个框分数为 0.8，与一个分数 0.9 的已保留框的 IoU 为 0.6。NMS 会怎么处理它？"),
        choices: [Localized(en: "keeps it: 0.8 is a high score", zh: "保留：0.8 的分数很高"),
                  Localized(en: "suppresses it: IoU 0.6 is above 0.5", zh: "抑制：IoU 0.6 高于 0.5"),
                  Localized(en: "keeps both and averages them", zh: "两个都保留并取平均")],
        explanation: Localized(en: "Its score only decides when it is looked at; once a better box is kept, any box overlapping it above the IoU threshold is taken to be the same object and suppressed.",
                               zh: "分数只决定它何时被考虑；一旦更好的框被保留，与之 IoU 高于阈值的框都被看作同一个物体而被抑制。")
    ) { cell in
        guard let cell = cell as? NMSCell, cell.suppressedCount > 0 else { return nil }
        return 1
    }
}

/// The sliding-window page (page 2): a stride at which both ways give the same map, and "how
/// many times fewer multiply-adds does one convolutional pass need?".
extension DetectionChallenges {
    /// Page 2: the slow way's map equal to the convolutional one (every class score within 1e-12).
    static let sameMap = Challenge(
        id: "same-map",
        goal: Localized(en: "Choose the stride at which the slow way's score map is exactly the convolutional one (every score within 1e-12), and let both ways finish.",
                        zh: "选一个步幅，让逐窗方式的分数图与卷积方式的完全相同（每个分数相差不到 1e-12），并让两种方式都算完。"),
        hints: [
            Localized(en: "The convolutional way's windows are as far apart as the product of the strides of the net's layers.",
                      zh: "卷积方式的窗口之间的距离等于网络各层步幅之积。"),
            Localized(en: "Conv stride 1 times max pool stride 4: set stride to 4 and press space until the scan is done.",
                      zh: "卷积步幅 1 乘以最大池化步幅 4：把 stride 设为 4，再按空格键直到扫描完成。"),
        ],
        needsRun: true
    ) { cell in
        guard let cell = cell as? SlidingWindowCell else { return .wrongCell }
        guard cell.isTrained else {
            return ChallengeCheck(passed: false, progress: tr("train the classifier first (space)", "先训练分类器（空格键）"))
        }
        guard cell.scan.isFinished else {
            return ChallengeCheck(passed: false, progress: tr("let the scan finish (space)", "让扫描完成（空格键）"))
        }
        if let d = cell.scan.maxDifference, cell.stride == cell.netStride {
            return ChallengeCheck(passed: d < 1e-12, progress: tr("max difference ", "最大差 ") + NumberText.format(d, digits: 2))
        }
        return ChallengeCheck(passed: false,
                              progress: tr("maps \(cell.scan.rows)×\(cell.scan.columns) and \(cell.scan.netRows)×\(cell.scan.netRows)",
                                           "两张图 \(cell.scan.rows)×\(cell.scan.columns) 与 \(cell.scan.netRows)×\(cell.scan.netRows)"))
    }

    /// Page 2: the saving of one convolutional pass at stride 4 (100 windows of the 64×64 scene).
    static let fewerMultiplyAdds = Prediction(
        id: "conv-saving",
        question: Localized(en: "At stride 4 the slow way classifies 100 windows. How many times fewer multiply-adds does the one convolutional pass need?",
                            zh: "步幅为 4 时，逐窗方式要分类 100 个窗口。卷积方式只跑一次，乘加次数少多少倍？"),
        choices: [Localized(en: "about the same", zh: "差不多"),
                  Localized(en: "about 5 to 10 times fewer", zh: "少 5 到 10 倍左右"),
                  Localized(en: "about 100 times fewer", zh: "少 100 倍左右")],
        explanation: Localized(en: "Not 100: the pass still computes every window's Affine layers as convolutions. What it saves is the first convolution, which neighbouring windows share: 60×60 positions once instead of 24×24 per window.",
                               zh: "不是 100 倍：一次卷积仍要为每个窗口计算由 Affine 层变成的卷积。省下的是相邻窗口共用的第一层卷积：60×60 个位置只算一次，而不是每个窗口 24×24 个。")
    ) { cell in
        guard let cell = cell as? SlidingWindowCell, cell.stride == cell.netStride, cell.scan.isFinished else { return nil }
        let m = cell.multiplyAdds
        let ratio = Double(m.slow) / Double(max(1, m.convolutional))
        return ratio < 2 ? 0 : ratio < 30 ? 1 : 2
    }
}
