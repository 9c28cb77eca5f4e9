/// Face verification's two questions asked of digit embeddings: "are these two the same
/// class?" (the distance d = ‖f(x₁)−f(x₂)‖ against a threshold τ: same when d ≤ τ) and "which
/// class is this?" from one stored example per class (one-shot recognition: the class of the
/// nearest example).
enum Verification {
    /// Accept rates at threshold τ over labelled pairs: the true accept rate (same-class pairs
    /// with d ≤ τ, over all same-class pairs) and the false accept rate (different-class pairs
    /// with d ≤ τ, over all different-class pairs). 0 when there are no pairs of a kind.
    static func acceptRates(distances: [Double], same: [Bool], threshold tau: Double) -> (tar: Double, far: Double) {
        var sameCount = 0, sameAccepted = 0, diffCount = 0, diffAccepted = 0
        for (d, s) in zip(distances, same) {
            if s { sameCount += 1; if d <= tau { sameAccepted += 1 } } else { diffCount += 1; if d <= tau { diffAccepted += 1 } }
        }
        return (sameCount == 0 ? 0 : Double(sameAccepted) / Double(sameCount),
                diffCount == 0 ? 0 : Double(diffAccepted) / Double(diffCount))
    }

    /// Every pair (i, j), i < j, of the points: its distance and whether the labels agree.
    static func pairs(points: [[Double]], labels: [Int]) -> (distances: [Double], same: [Bool]) {
        var d: [Double] = [], s: [Bool] = []
        for i in points.indices {
            for j in (i + 1)..<points.count {
                d.append(TripletLoss.squaredDistance(points[i], points[j]).squareRoot())
                s.append(labels[i] == labels[j])
            }
        }
        return (d, s)
    }

    /// The index of the first point of each class 0..<classes (the one stored example), nil
    /// for a class without points.
    static func references(labels: [Int], classes: Int) -> [Int?] {
        (0..<classes).map { c in labels.firstIndex(of: c) }
    }

    /// The fraction of the points (other than the references) whose nearest reference has
    /// their class.
    static func oneShotAccuracy(points: [[Double]], labels: [Int], references: [Int?]) -> Double {
        let refs = references.enumerated().compactMap { c, i in i.map { (c, $0) } }
        let stored = Set(refs.map(\.1))
        var right = 0, all = 0
        for i in points.indices where !stored.contains(i) {
            guard let best = refs.min(by: { TripletLoss.squaredDistance(points[i], points[$0.1]) < TripletLoss.squaredDistance(points[i], points[$1.1]) }) else { continue }
            all += 1
            if best.0 == labels[i] { right += 1 }
        }
        return all == 0 ? 0 : Double(right) / Double(all)
    }
}
