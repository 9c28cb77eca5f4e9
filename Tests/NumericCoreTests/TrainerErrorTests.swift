import Testing
@testable import NumericCore

/// `Trainer` never traps on what a file or a flag can give it (review §0, crash 1: an empty
/// training set stopped the process in `Trainer.init`). Bad data and settings are
/// `TrainerError`s the caller can handle; an empty batch trains nothing.
@Suite("Trainer: errors")
struct TrainerErrorTests {
    private let net = Sequential.mlp(sizes: [2, 3, 2], seed: 1)
    private let x = Tensor(shape: [4, 2], scalars: [0, 0, 0, 1, 1, 0, 1, 1])
    private let y = [0, 1, 1, 0]

    private func trainer(trainImages: Tensor? = nil, trainLabels: [Int]? = nil, testImages: Tensor? = nil,
                         testLabels: [Int]? = nil, batchSize: Int = 2) throws(TrainerError) -> Trainer {
        try Trainer(model: net, optimizer: Momentum(learningRate: 0.1),
                    trainImages: trainImages ?? x, trainLabels: trainLabels ?? y,
                    testImages: testImages ?? x, testLabels: testLabels ?? y, batchSize: batchSize)
    }

    @Test func anEmptyTrainingSetIsAnError() {
        #expect(throws: TrainerError.emptyTrainingSet) {
            try trainer(trainImages: Tensor.zeros([0, 2]), trainLabels: [])
        }
        #expect(TrainerError.emptyTrainingSet.description == "the training set is empty: a trainer needs at least one sample")
        // An empty test set is allowed: its accuracy is NaN.
        let noTest = try? trainer(testImages: Tensor.zeros([0, 2]), testLabels: [])
        #expect(noTest?.evaluate().test.isNaN == true)
    }

    @Test func imagesAndLabelsMustAgree() {
        #expect(throws: TrainerError.countMismatch(set: "training", images: 4, labels: 3)) {
            try trainer(trainLabels: [0, 1, 1])
        }
        #expect(throws: TrainerError.countMismatch(set: "test", images: 4, labels: 5)) {
            try trainer(testLabels: [0, 1, 1, 0, 1])
        }
        #expect(TrainerError.countMismatch(set: "test", images: 4, labels: 5).description
                == "the test set has 4 images but 5 labels")
    }

    @Test func aBatchSizeBelowOneIsAnError() throws {
        #expect(throws: TrainerError.badBatchSize(0)) { try trainer(batchSize: 0) }
        #expect(throws: TrainerError.badBatchSize(-5)) { try trainer(batchSize: -5) }
        #expect(TrainerError.badBatchSize(0).description == "batch size 0 is too small: a mini-batch needs at least 1 sample")
        let t = try trainer()
        #expect(throws: TrainerError.badBatchSize(0)) { try t.setBatchSize(0) }
        #expect(t.batchSize == 2, "a refused size leaves the old one")
        try t.setBatchSize(3)
        #expect(t.nextBatchIndices().count == 3)
        try t.setBatchSize(100)
        #expect(t.nextBatchIndices().count == 4, "at most the whole training set")
    }

    @Test func anEmptyBatchTrainsNothing() throws {
        let t = try trainer()
        let before = net.parameters.map(\.value)
        #expect(t.step(x: Tensor.zeros([0, 2]), labels: []).isNaN)
        #expect(t.iteration == 0 && !t.diverged)
        #expect(net.parameters.map(\.value) == before)
        // A real step afterwards trains as usual.
        #expect(t.step().isFinite)
        #expect(t.iteration == 1)
    }

    @Test func negativeIterationCountsRunNothing() throws {
        let t = try trainer()
        t.step(iterations: -3)
        #expect(t.iteration == 0)
        var rng = Xoshiro256StarStar(seed: 1)
        #expect(rng.sampleWithReplacement(5, -1) == [] && rng.sampleWithReplacement(0, 3) == [])
        #expect(rng.permutation(-2) == [])
    }
}
