import Charts
import LessonKit

/// The detection lesson's challenges and prediction: an IoU that counts as a detection with B
/// off A's corner (page 1), exactly one kept box per object after NMS (page 2), no two objects
/// on the same cell and anchor (page 3), and "what happens to a box with IoU 0.6 at threshold
/// 0.5?" (page 2).
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

    /// Page 2: a finished pass keeping exactly one box per object, each with IoU ≥ 0.5 to its truth.
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

    /// Page 3: with at least 5 objects, no two on the same cell and anchor.
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

    /// Page 2: what NMS does with a box whose IoU with the kept box is 0.6 at threshold 0.5.
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
