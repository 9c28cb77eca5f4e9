@testable import NumericCore
import Testing

/// Inference by pieces of rows (`StatelessInference`, used by `Sequential.accuracy`): every
/// layer's `infer` must give the rows of `forward(x, training: false)` to the last bit, and a
/// split evaluation the count of the whole batch's scores.
@Suite struct StatelessInferenceTests {
    static func layers() -> [any StatelessInference] {
        var rng = Xoshiro256StarStar(seed: 1)
        let affine = Affine(inputSize: 12, outputSize: 7, init: .he, using: &rng)
        affine.bias.value = Tensor.randomNormal([7], using: &rng)
        return [affine, ReLU(), Sigmoid(), Tanh(), LeakyReLU(alpha: 0.1),
                Dropout(ratio: 0.3, mode: .book, seed: 2), Dropout(ratio: 0.3, mode: .inverted, seed: 2)]
    }

    @Test func everyLayerInfersTheRowsOfItsInferenceForward() {
        var rng = Xoshiro256StarStar(seed: 3)
        for layer in Self.layers() {
            let x = Tensor.randomNormal(layer is Affine ? [40, 12] : [40, 7], using: &rng)
            let whole = layer.forward(x, training: false)
            for rows in [0..<40, 0..<13, 13..<40, 27..<28, 5..<5] {
                let piece = layer.infer(x, rows: rows)
                #expect(piece.shape == [rows.count] + whole.shape.dropFirst(), "\(layer.name) \(rows)")
                let same = piece.scalars == whole.rows(rows).scalars
                #expect(same, "\(layer.name) rows \(rows)")
            }
        }
    }

    @Test func aSplitEvaluationCountsWhatTheWholeBatchScores() {
        let net = Sequential.mlp(sizes: [784, 100, 100, 10], activation: .relu, init: .he, dropout: 0.2, seed: 5)
        var rng = Xoshiro256StarStar(seed: 6)
        let x = Tensor.randomUniform([1000, 784], using: &rng)
        let scores = net.predict(x)
        // Labels: the true argmax for the first 700 samples, a wrong class for the rest.
        let labels = (0..<1000).map { r -> Int in
            let row = Array(scores.scalars[(r * 10)..<(r * 10 + 10)])
            let best = row.indices.max { row[$0] < row[$1] || (row[$0] == row[$1] && $0 > $1) }!
            return r < 700 ? best : (best + 1) % 10
        }
        #expect(net.accuracy(x, labels: labels, batchSize: 1000) == 0.7)
        #expect(net.accuracy(x, labels: labels, batchSize: 64) == 0.7)
        #expect(net.accuracy(x.rows(0..<100), labels: Array(labels[0..<100])) == 1)
    }
}
