import NumericCore

extension BenchmarkCase {
    /// One training step of the rnn lesson's character model (`CharRNN.trainStep`: vocabulary
    /// 59, hidden 64, a window of T = 25 characters): forward from the carried state, softmax
    /// cross-entropy per character, backpropagation through time, global-norm clipping at 5,
    /// AdaGrad lr 0.1; each run trains on the next window of a fixed random text. numpy key
    /// `char_rnn_step` (`Benchmarks/ref_char_rnn.py`: the same step, min-char-rnn's loops).
    public static var charRNNStep: BenchmarkCase {
        BenchmarkCase(name: "char RNN BPTT step, V 59, hidden 64, T 25", numpyKey: "char_rnn_step") {
            let vocabulary = 59, length = 25
            var rng = Xoshiro256StarStar(seed: 0)
            let text = (0..<10_000).map { _ in rng.nextInt(below: vocabulary) }
            let net = CharRNN.model(vocabulary: vocabulary, hidden: 64, seed: 0)
            var memory = RNNAdaGrad(for: net)
            var state = [Double](repeating: 0, count: 64)
            var position = 0
            return {
                if position + length + 1 > text.count { position = 0; state = [Double](repeating: 0, count: 64) }
                let window = Array(text[position...(position + length)])
                // Cannot throw: the window has T + 1 = 26 characters of the vocabulary.
                let step = try! CharRNN.trainStep(net, window: window, from: state, memory: &memory, learningRate: 0.1)
                state = step.state
                position += length
                Benchmark.blackHole(step.loss)
            }
        }
    }
}
