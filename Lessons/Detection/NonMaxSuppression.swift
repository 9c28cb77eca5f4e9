/// What non-max suppression decided for one candidate box.
enum NMSVerdict: Sendable, Equatable {
    /// Its score is below the score threshold: dropped before any comparison.
    case belowScore
    /// The highest-scoring box left: kept.
    case kept
    /// Overlaps the kept box `by` with an IoU above the threshold: suppressed.
    case suppressed(by: Int, iou: Double)
}

/// One decision of non-max suppression: the candidate's index and its verdict.
struct NMSDecision: Sendable, Equatable {
    var index: Int
    var verdict: NMSVerdict
}

/// Greedy non-max suppression, as a list of decisions in the order they are taken: first every
/// box whose score is below `scoreThreshold` (index order), then the rest by score, highest
/// first (ties: lower index first); each is kept unless its IoU with an already-kept box is
/// above `iouThreshold` (strictly: an IoU equal to the threshold keeps the box), in which case
/// it is suppressed by the first such kept box. Throws for a threshold outside [0, 1], a zero-area
/// box, or scores and boxes of different counts (a zero-area error).
func nonMaxSuppression(boxes: [Box], scores: [Double], scoreThreshold: Double,
                       iouThreshold: Double) throws -> [NMSDecision] {
    try checkThreshold(scoreThreshold, name: "score")
    try checkThreshold(iouThreshold, name: "IoU")
    precondition(boxes.count == scores.count, "one score per box")
    for (i, box) in boxes.enumerated() where !box.isValid { throw DetectionError.zeroArea(box: "\(i)") }
    var decisions: [NMSDecision] = []
    var candidates: [Int] = []
    for i in boxes.indices {
        if scores[i] < scoreThreshold { decisions.append(NMSDecision(index: i, verdict: .belowScore)) } else { candidates.append(i) }
    }
    candidates.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    var kept: [Int] = []
    for i in candidates {
        var verdict = NMSVerdict.kept
        for k in kept {
            let overlap = try intersectionOverUnion(boxes[i], boxes[k]).iou
            if overlap > iouThreshold { verdict = .suppressed(by: k, iou: overlap); break }
        }
        if verdict == .kept { kept.append(i) }
        decisions.append(NMSDecision(index: i, verdict: verdict))
    }
    return decisions
}
