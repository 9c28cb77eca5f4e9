import Charts
import LessonKit
import NumericCore

/// The `detection` lesson (Ng course 4 week 3): synthetic scenes of digits with ground-truth
/// boxes, intersection over union with a box the learner moves, a digit classifier slid over the
/// scene the slow way and as one convolutional pass, non-max suppression stepped
/// one decision at a time, and the YOLO grid with anchor boxes and its output tensor's shape.
public struct DetectionLesson: Lesson {
    public let id = "detection"
    public var title: String { tr("Object detection: IoU, NMS, YOLO", "目标检测：IoU、NMS 与 YOLO") }
    public var summary: String {
        tr("digits scattered on a canvas: boxes and IoU, sliding windows slow and convolutional, non-max suppression step by step, the YOLO grid and anchors",
           "散落在画布上的数字：边界框与 IoU，逐窗与卷积的滑动窗口，逐步执行的非极大值抑制，YOLO 网格与锚框")
    }

    public init() {}

    public func makePages(context: LessonContext) -> [Page] {
        let source = SceneSource(directory: context.dataDirectory, seed: context.seed)
        return [
            Page(title: Localized(en: "Boxes and IoU", zh: "边界框与交并比"), text: DetectionText.iou,
                 cell: IoUCell(source: source), challenges: [DetectionChallenges.iouCounts]),
            Page(title: Localized(en: "Sliding windows, slow and convolutional", zh: "滑动窗口：逐窗与卷积"),
                 text: DetectionText.sliding, cell: SlidingWindowCell(source: source, seed: context.seed),
                 challenges: [DetectionChallenges.sameMap], prediction: DetectionChallenges.fewerMultiplyAdds),
            Page(title: Localized(en: "Non-max suppression", zh: "非极大值抑制"), text: DetectionText.nms,
                 cell: NMSCell(source: source), challenges: [DetectionChallenges.oneBoxEach],
                 prediction: DetectionChallenges.suppressedOrKept),
            Page(title: Localized(en: "The YOLO grid and anchor boxes", zh: "YOLO 网格与锚框"), text: DetectionText.yolo,
                 cell: YOLOGridCell(source: source), challenges: [DetectionChallenges.noCollisions]),
        ]
    }

    /// The ids without building the pages (which makes digits).
    public func challengeIDs() -> [String] {
        [DetectionChallenges.iouCounts.id, DetectionChallenges.sameMap.id, DetectionChallenges.oneBoxEach.id, DetectionChallenges.noCollisions.id]
    }
}
