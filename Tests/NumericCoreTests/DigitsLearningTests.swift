import Testing
@testable import NumericCore

/// The whole core together: synthetic digits → the book's two-layer net → SGD via the
/// Trainer. A short deterministic run must learn well above chance (10 %) but not be trivial.
@Suite("Digits learning")
struct DigitsLearningTests {
    @Test func twoLayerNetLearnsSyntheticDigits() throws {
        let data = SyntheticDigits.make(train: 1000, test: 300, seed: 11)
        let net = Sequential.mlp(sizes: [784, 50, 10], activation: .relu, init: .he, seed: 5)
        let trainer = try Trainer(model: net, optimizer: SGD(learningRate: 0.1),
                              trainImages: data.train.images, trainLabels: data.train.labels,
                              testImages: data.test.images, testLabels: data.test.labels,
                              batchSize: 100, seed: 3)
        let before = trainer.evaluate()
        trainer.step(iterations: 200)
        let after = trainer.history.epochs.last!
        #expect(trainer.history.epochs.count == 20)
        #expect(before.test < 0.25)
        #expect(after.testAccuracy > 0.6)
        #expect(after.trainAccuracy < 1.0)
        let firstLosses: Double = trainer.history.losses.prefix(10).reduce(0, +)
        let lastLosses: Double = trainer.history.losses.suffix(10).reduce(0, +)
        #expect(lastLosses < 0.5 * firstLosses)
        print("digits: test accuracy \(before.test) -> \(after.testAccuracy), train \(after.trainAccuracy)")
    }
}
