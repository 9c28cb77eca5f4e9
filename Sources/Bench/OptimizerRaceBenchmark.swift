import NumericCore

extension BenchmarkCase {
    /// The book's ch. 6 optimizer race on digits, 100 iterations: SGD (lr 0.01), Momentum
    /// (0.01, 0.9), AdaGrad (0.01) and Adam (0.001) each train their own copy of
    /// 784 → 100 ×4 (ReLU, He init) → 10 from the same initial weights, on the same batch of
    /// 128 at each iteration (drawn with replacement from 1000 fixed uniform "images" with
    /// random labels; drawing the indices is setup, gathering the rows is timed). One run =
    /// copy the starting weights into the four nets, fresh optimizers, 100 × 4 forward +
    /// backward + update. numpy key `optimizer_race_784_100x4_10`
    /// (`Benchmarks/ref_optimizer_race.py`, the book's layers and optimizers, the nets in
    /// turn with multithreaded BLAS).
    ///
    /// This case steps the four nets side by side (`ConcurrentWork`, two at a time on two
    /// cores, each product unsplit), as the lesson's race does; `optimizerRaceInTurn` steps
    /// them one after the other with every product split across the cores, as numpy does.
    /// Both compute bit-for-bit the same weights.
    public static var optimizerRace: BenchmarkCase {
        optimizerRaceCase(name: "optimizer race 4×100 it 784-100×4-10 b128", sideBySide: true)
    }

    /// The same race with the nets stepped in turn (see `optimizerRace`).
    public static var optimizerRaceInTurn: BenchmarkCase {
        optimizerRaceCase(name: "optimizer race, nets in turn", sideBySide: false)
    }

    private static func optimizerRaceCase(name: String, sideBySide: Bool) -> BenchmarkCase {
        BenchmarkCase(name: name, numpyKey: "optimizer_race_784_100x4_10") {
            let sizes = [784, 100, 100, 100, 100, 10]
            var rng = Xoshiro256StarStar(seed: 0)
            let images = Tensor.randomUniform([1000, 784], using: &rng)
            let labels = (0..<1000).map { _ in rng.nextInt(below: 10) }
            let batches = (0..<100).map { _ in rng.sampleWithReplacement(1000, 128) }
            let template = Sequential.mlp(sizes: sizes, activation: .relu, init: .he, seed: 0)
            let nets = (0..<4).map { _ in Sequential.mlp(sizes: sizes, activation: .relu, init: .he, seed: 0) }
            return {
                let optimizers: [any Optimizer] = [SGD(learningRate: 0.01), Momentum(learningRate: 0.01, momentum: 0.9),
                                                   AdaGrad(learningRate: 0.01), Adam(learningRate: 0.001)]
                for net in nets { net.copyParameters(from: template) }
                for batch in batches {
                    let x = images.gatherRows(batch)
                    let t = batch.map { labels[$0] }
                    let step = { (i: Int) in
                        Benchmark.blackHole(nets[i].gradient(x, labels: t))
                        optimizers[i].update(nets[i].parameters)
                    }
                    if sideBySide {
                        ConcurrentWork.forEach(nets.count, step)
                    } else {
                        for i in nets.indices { step(i) }
                    }
                }
            }
        }
    }
}
