import Testing
@testable import NumericCore

/// `Loss.crossEntropy(_:labels:delta:)`: the book's loss at delta 1e-7, the exact one at 0.
@Suite("Cross-entropy with a chosen delta")
struct LossDeltaTests {
    @Test func bookDeltaIsTheUsualLossAndZeroIsTheExactOne() {
        let y = Tensor(rows: [[0.1, 0.6, 0.3], [0.25, 0.25, 0.5]])
        #expect(Loss.crossEntropy(y, labels: [1, 2], delta: 1e-7) == Loss.crossEntropy(y, labels: [1, 2]))
        // numpy: -(np.log(0.6) + np.log(0.5)) / 2
        #expect(Loss.crossEntropy(y, labels: [1, 2], delta: 0) == 0.601986402162968)
        #expect(Loss.crossEntropy(Tensor([0.0, 1.0]), labels: [0], delta: 0) == .infinity)
    }
}
