import Synchronization
import Testing
@testable import NumericCore

@Suite("ConcurrentWork")
struct ConcurrentWorkTests {
    @Test func everyIndexRunsOnceAndNestedCallsRunInOrder() {
        let counts = Mutex([Int](repeating: 0, count: 9))
        let inner = Mutex([[Int]](repeating: [], count: 9))
        ConcurrentWork.forEach(9) { i in
            counts.withLock { $0[i] += 1 }
            ConcurrentWork.forEach(3) { j in inner.withLock { $0[i].append(j) } }
        }
        #expect(counts.withLock { $0 } == [Int](repeating: 1, count: 9))
        #expect(inner.withLock { $0 } == [[Int]](repeating: [0, 1, 2], count: 9))
        ConcurrentWork.forEach(0) { _ in Issue.record("no index to run") }
    }

    @Test func netsTrainedSideBySideMatchNetsTrainedInTurnBitForBit() {
        // The optimizer race's pattern: four nets from the same weights, each with its own
        // optimizer, on the same batches. Side by side their products run unsplit on
        // separate threads; in turn they are split across the cores. Same bits either way.
        let sizes = [64, 40, 40, 10]
        var rng = Xoshiro256StarStar(seed: 3)
        let images = Tensor.randomUniform([200, 64], using: &rng)
        let labels = (0..<200).map { _ in rng.nextInt(below: 10) }
        let batches = (0..<5).map { _ in rng.sampleWithReplacement(200, 150) }
        func train(sideBySide: Bool) -> [[UInt64]] {
            let nets = (0..<4).map { _ in Sequential.mlp(sizes: sizes, activation: .relu, init: .he, seed: 1) }
            let optimizers: [any Optimizer] = [SGD(learningRate: 0.1), Momentum(learningRate: 0.05),
                                               AdaGrad(learningRate: 0.05), Adam(learningRate: 0.01)]
            for batch in batches {
                let x = images.gatherRows(batch), t = batch.map { labels[$0] }
                let step = { (i: Int) in
                    _ = nets[i].gradient(x, labels: t)
                    optimizers[i].update(nets[i].parameters)
                }
                if sideBySide { ConcurrentWork.forEach(4, step) } else { for i in 0..<4 { step(i) } }
            }
            return nets.map { net in net.parameters.flatMap { $0.value.scalars.map(\.bitPattern) } }
        }
        let inTurn = train(sideBySide: false)
        #expect(train(sideBySide: true) == inTurn)
        #expect(Set(inTurn).count == 4, "the four optimizers end at different weights")
    }
}
