@testable import NumericCore
import Testing

/// `Sequential` runs a ReLU that comes right before an unpadded max pooling after it (the
/// ReLU then sees a quarter of the values). Scores, loss and every gradient must be the bits
/// of running the layers in the book's order, including windows that are all negative, all
/// zero or hold tied maxima.
@Suite struct ReLUPoolOrderTests {
    @Test func aReLUBeforeAnUnpaddedPoolRunsAfterIt() {
        let conv = { var rng = Xoshiro256StarStar(seed: 1)
            return Convolution(filters: 2, channels: 1, filterHeight: 3, filterWidth: 3, init: .he, using: &rng) }
        let pool = MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2)
        let padded = MaxPooling(poolHeight: 2, poolWidth: 2, stride: 2, pad: 1)
        #expect(Sequential.executionOrder(of: [conv(), ReLU(), pool]) == [0, 2, 1])
        #expect(Sequential.executionOrder(of: [ReLU(), ReLU(), pool, ReLU()]) == [0, 2, 1, 3])
        #expect(Sequential.executionOrder(of: [conv(), ReLU(), padded]) == [0, 1, 2])
        #expect(Sequential.executionOrder(of: [conv(), Sigmoid(), pool]) == [0, 1, 2])
        #expect(Sequential.executionOrder(of: [pool, ReLU()]) == [0, 1])
    }

    /// A small SimpleConvNet, its scores and gradients against the same layers run by hand in
    /// the book's order.
    @Test func scoresAndGradientsAreTheBookOrdersBits() {
        let net = Sequential.simpleConvNet(input: (1, 10, 10), filters: 4, filterSize: 3, hidden: 8,
                                           init: .std(0.5), seed: 3)
        var rng = Xoshiro256StarStar(seed: 4)
        var x = Tensor.randomNormal([5, 1, 10, 10], using: &rng)
        // Constant images: every window of a filter's output holds four equal values (tied
        // maxima), positive in one image and negative (all zero after the ReLU) in the other.
        for i in 0..<100 { x.scalars[i] = 0.25; x.scalars[100 + i] = -0.25 }
        let labels = [0, 3, 9, 2, 2]

        let loss = net.gradient(x, labels: labels)
        let grads = net.parameters.map(\.grad)

        var out = x
        for layer in net.layers { out = layer.forward(out, training: true) }
        let bookLoss = net.lossLayer.forward(out, labels: labels)
        var dout = net.lossLayer.backward()
        for layer in net.layers.reversed() { dout = layer.backward(dout) }
        #expect(loss == bookLoss)
        for (fused, book) in zip(grads, net.parameters.map(\.grad)) {
            let same = fused.scalars == book.scalars
            #expect(same)
        }
        var bookScores = x
        for layer in net.layers { bookScores = layer.forward(bookScores, training: false) }
        #expect(net.predict(x).scalars == bookScores.scalars)
    }
}
