import Testing
@testable import NumericCore

/// XOR-like data: four Gaussian blobs at the corners of the unit square, label = x0 XOR x1.
private func xorData(count: Int, seed: UInt64) -> (Tensor, [Int]) {
    var rng = Xoshiro256StarStar(seed: seed)
    var xs: [Double] = [], labels: [Int] = []
    for i in 0..<count {
        let a = i % 2, b = (i / 2) % 2
        xs += [Double(a) + 0.1 * rng.nextNormal(), Double(b) + 0.1 * rng.nextNormal()]
        labels.append(a ^ b)
    }
    return (Tensor(shape: [count, 2], scalars: xs), labels)
}

private func makeTrainer(seed: UInt64 = 7, lr: Double = 0.5, sampling: Trainer.Sampling = .withReplacement,
                         activation: Activation = .tanh) throws -> Trainer {
    let (x, y) = xorData(count: 200, seed: 1)
    let (tx, ty) = xorData(count: 100, seed: 2)
    let net = Sequential.mlp(sizes: [2, 8, 2], activation: activation, init: .xavier, seed: 3)
    return try Trainer(model: net, optimizer: SGD(learningRate: lr), trainImages: x, trainLabels: y,
                   testImages: tx, testLabels: ty, batchSize: 20, sampling: sampling, seed: seed)
}

@Suite("Trainer")
struct TrainerTests {
    @Test func learnsXORAndRecordsEpochs() throws {
        let trainer = try makeTrainer()
        let before = trainer.evaluate()
        trainer.step(iterations: 400)
        #expect(trainer.iteration == 400)
        #expect(trainer.history.losses.count == 400)
        // 200 samples / batch 20 = 10 iterations per epoch.
        #expect(trainer.history.epochs.count == 40)
        #expect(trainer.history.epochs.last?.iteration == 400)
        let after = trainer.history.epochs.last!
        #expect(before.test < 0.8)
        #expect(after.trainAccuracy > 0.95)
        #expect(after.testAccuracy > 0.95)
        let firstLosses = trainer.history.losses.prefix(10).reduce(0, +)
        let lastLosses = trainer.history.losses.suffix(10).reduce(0, +)
        #expect(lastLosses < 0.5 * firstLosses)
    }

    @Test func sameSeedSameRun() throws {
        let a = try makeTrainer(), b = try makeTrainer()
        a.step(iterations: 30)
        b.step(iterations: 30)
        #expect(a.history == b.history)
        let c = try makeTrainer(seed: 8)
        c.step(iterations: 30)
        #expect(c.history.losses != a.history.losses)
    }

    @Test func shuffledEpochsVisitEverySampleOnce() throws {
        let trainer = try makeTrainer(sampling: .shuffledEpochs)
        var seen: [Int] = []
        for _ in 0..<trainer.iterationsPerEpoch { seen += trainer.nextBatchIndices() }
        #expect(seen.sorted() == Array(0..<200))
    }

    @Test func divergenceStopsTrainingAndIsReported() throws {
        // Cross-entropy with +1e-7 in the log is bounded (≤ 16.2) while the values stay finite;
        // with ReLU and an absurd learning rate the activations overflow and the loss is NaN.
        let trainer = try makeTrainer(lr: 1e150, activation: .relu)
        trainer.step(iterations: 50)
        #expect(trainer.diverged)
        #expect(trainer.iteration < 50)
        #expect(!(trainer.history.losses.last ?? 0).isFinite)
        #expect(trainer.step().isNaN)
    }

    @Test func eventsMarkTheIteration() throws {
        let trainer = try makeTrainer()
        trainer.step(iterations: 5)
        trainer.mark("lr=0.1")
        #expect(trainer.history.events == [.init(iteration: 5, label: "lr=0.1")])
        #expect(trainer.advance(budget: 0) == 1)
    }
}
