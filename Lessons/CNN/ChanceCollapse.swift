import Foundation

/// Recognises a ConvNet that has collapsed to guessing: too large a learning rate kills the
/// ReLUs, the scores stop depending on the image, and the net predicts the class frequencies
/// — train accuracy at chance (1 in 10) and a loss stuck at ln 10 ≈ 2.303 — for good.
///
/// A healthy run also starts at that loss and accuracy, so the verdict waits until the last
/// `minimumEpochs` accuracy measurements are all at chance and the mean of the last `window`
/// losses lies within `tolerance` of ln 10 (single batches scatter around it: a batch's label
/// mix differs from the class frequencies). With the book's lr 0.001 train accuracy is
/// already 42 % after the first epoch; with lr 0.316 it is 10 % from the first epoch on.
enum ChanceCollapse {
    /// Epochs (accuracy measurements) before a run may be called stuck.
    static let minimumEpochs = 2
    /// How many of the latest losses are averaged.
    static let window = 20
    /// How far from ln(classes) their mean may be and still count as "at chance".
    static let tolerance = 0.1

    /// Whether the run with these `losses` (one per iteration) and train accuracies (one per
    /// epoch) is stuck at chance among `classes` classes.
    static func isStuck(losses: [Double], trainAccuracies: [Double], classes: Int = 10) -> Bool {
        guard trainAccuracies.count >= minimumEpochs, losses.count >= window else { return false }
        let chance = 1 / Double(classes), chanceLoss = log(Double(classes))
        let mean = losses.suffix(window).reduce(0, +) / Double(window)
        return trainAccuracies.suffix(minimumEpochs).allSatisfy { $0 <= 1.5 * chance } && abs(mean - chanceLoss) <= tolerance
    }
}
