import NumericCore

/// What the net says about one image: the class with the highest probability and the
/// softmax probabilities (from the core's `softmax`).
struct Prediction: Equatable {
    /// Index of the image in its dataset.
    var index: Int
    var label: Int
    var probabilities: [Double]

    /// The predicted class (the first of equal maxima; NaN scores give class 0).
    var predicted: Int { probabilities.indices.max { probabilities[$0] < probabilities[$1] || probabilities[$1].isNaN } ?? 0 }
    /// The probability of the predicted class.
    var confidence: Double { probabilities[predicted] }
    var isCorrect: Bool { predicted == label }

    /// Predictions for `indices` of `dataset` by `net` (inference mode).
    static func of(_ net: Sequential, _ dataset: Dataset, indices: [Int]) -> [Prediction] {
        guard !indices.isEmpty else { return [] }
        let probabilities = softmax(net.predict(dataset.images.gatherRows(indices)))
        return indices.enumerated().map { k, i in
            Prediction(index: i, label: dataset.labels[i], probabilities: probabilities.row(k))
        }
    }

    /// "7 ✓ 93%" when right; "✗5 (3) 61%" when the net says 5 for a 3.
    static func caption(_ p: Prediction) -> String { p.caption }

    /// "7 ✓ 93%" when right; "✗5 (3) 61%" when the net says 5 for a 3.
    var caption: String {
        let p = confidence.isFinite ? "\(Int((confidence * 100).rounded()))%" : "?"
        return isCorrect ? "\(predicted) ✓ \(p)" : "✗\(predicted) (\(label)) \(p)"
    }
}
