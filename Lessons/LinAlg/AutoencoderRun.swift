import Dispatch
import LessonKit
import NumericCore

/// A linear autoencoder 784 → 2 → 784 (two core `Affine` layers, no activation) trained with
/// the core `SGD` on the squared error ½‖x̂ − x‖² averaged over a mini-batch drawn with
/// replacement (as the book draws them) from the same centred digits as page 4. Every 10
/// iterations it records the distance between the decoder's 2-D subspace (the row space of its
/// 2×784 weight) and the plane of the top two principal components — sin of the largest
/// principal angle — and the mean reconstruction error ‖x̂ − x‖² over all the digits, whose
/// floor is PCA's (Eckart–Young): Σ_{i>2} σᵢ² / n.
final class AutoencoderRun: PlayableRun {
    struct Config: Equatable {
        var learningRate = 0.03
        var batch = 32
        var images = 500
        /// Digits 0 and 1 by default: their σ₂ stands well above σ₃, so the PCA plane is clear.
        var subset = 1
        var iterations = 3000
    }

    /// Iterations between two recorded points (one headless step).
    static let stride = 10

    let pool: DigitsPool
    let seed: UInt64
    private(set) var config: Config
    /// The centred digits (n×784), their labels and their PCA (nil with fewer than 3 digits).
    private(set) var centred: Tensor?
    private(set) var labels: [Int] = []
    private(set) var pca: PCA?
    /// The digits' coordinates on the top two components (n×2 row-major).
    private(set) var pcaCoordinates: [Double] = []
    private(set) var net: Sequential
    private var optimizer: SGD
    private var rng: Xoshiro256StarStar
    private(set) var iteration = 0
    /// Recorded every `stride` iterations (and at 0): iteration, sin θ_max, mean error.
    private(set) var curve: [(iteration: Int, distance: Double, error: Double)] = []
    /// Knob changes mid-run, at the iteration they took effect.
    private(set) var events: [(iteration: Int, label: String)] = []
    private(set) var stopped = false

    init(pool: DigitsPool, seed: UInt64, config: Config = Config()) {
        self.pool = pool
        self.seed = seed
        self.config = config
        rng = Xoshiro256StarStar(seed: seed &+ 23)
        (net, optimizer) = Self.makeNet(config, seed: seed)
        prepared = false
    }

    private var prepared: Bool

    private static func makeNet(_ c: Config, seed: UInt64) -> (Sequential, SGD) {
        var r = Xoshiro256StarStar(seed: seed &+ 5)
        // Both layers with std 1/28 = √(1/784): rows of W₁ and columns of W₂ of length about 1,
        // the scale of the trained solution (Xavier's √(1/2) for the decoder would make its
        // columns ~20 long and every learning rate above 0.001 blow up).
        let net = Sequential(layers: [Affine(inputSize: 784, outputSize: 2, init: .std(1.0 / 28), using: &r),
                                      Affine(inputSize: 2, outputSize: 784, init: .std(1.0 / 28), using: &r)])
        return (net, SGD(learningRate: c.learningRate))
    }

    /// Loads and centres the digits and runs their PCA (once per images/classes setting).
    func prepare() {
        guard !prepared else { return }
        prepared = true
        let chosen = pool.select(count: config.images, subset: config.subset)
        labels = chosen.labels
        let n = labels.count, d = chosen.width
        guard n >= 3, d == 784 else { centred = nil; pca = nil; return }
        let p = PCA(data: chosen.pixels, rows: n, columns: d, components: 2, tolerance: 1e-9)
        var x = chosen.pixels
        for i in 0..<n { for j in 0..<d { x[i * d + j] -= p.mean[j] } }
        centred = Tensor(shape: [n, d], scalars: x)
        pca = p
        pcaCoordinates = p.project(chosen.pixels, rows: n, count: 2)
        record()
    }

    func restart() {
        (net, optimizer) = Self.makeNet(config, seed: seed)
        rng = Xoshiro256StarStar(seed: seed &+ 23)
        iteration = 0
        curve = []
        events = []
        stopped = false
        if prepared, centred != nil { record() }
    }

    /// lr and batch apply from the next iteration (marked on the curve once training has
    /// begun); other digits restart.
    func apply(_ new: Config) {
        let old = config
        config = new
        if new.images != old.images || new.subset != old.subset {
            prepared = false
            centred = nil
            pca = nil
            restart()
            return
        }
        optimizer.learningRate = new.learningRate
        guard iteration > 0 else { return }
        if new.learningRate != old.learningRate { events.append((iteration, "lr=" + NumberText.format(new.learningRate, digits: 2))) }
        if new.batch != old.batch { events.append((iteration, "B=\(new.batch)")) }
    }

    var isFinished: Bool { stopped || iteration >= config.iterations || (prepared && centred == nil) }

    func step() {
        prepare()
        for _ in 0..<Self.stride where !isFinished { iterate() }
        if !stopped && centred != nil { record() }
    }

    func advance(budget: Double) -> Bool {
        prepare()
        return FrameBudget.spend(budget) {
            guard !isFinished else { return false }
            step()
            return true
        } > 0
    }

    /// One SGD iteration on a mini-batch.
    private func iterate() {
        guard let x = centred else { return }
        let n = x.rows
        let indices = (0..<config.batch).map { _ in rng.nextInt(below: n) }
        let batch = x.gatherRows(indices)
        let y = net.predict(batch, training: true)
        let b = Double(config.batch)
        var dout = y
        for i in 0..<dout.scalars.count { dout.scalars[i] = (y.scalars[i] - batch.scalars[i]) / b }
        for layer in net.layers.reversed() { dout = layer.backward(dout) }
        optimizer.update(net.parameters)
        iteration += 1
        if !net.parameters.allSatisfy({ $0.value.scalars.allSatisfy { $0.isFinite && abs($0) < 1e8 } }) { stopped = true }
    }

    /// The decoder's weight (2×784): its rows span the plane the codes are drawn back onto.
    var decoderWeight: Tensor { (net.layers[1] as! Affine).weight.value }

    /// sin of the largest principal angle between the decoder's row space and the PCA plane:
    /// the largest singular value of P − (P·Vᵀ)·V, P the decoder rows made orthonormal, V the
    /// top two components (accurate for tiny angles, unlike √(1 − cos²)).
    var distance: Double {
        guard let pca else { return 1 }
        var p = decoderWeight.scalars
        PCA.orthonormalizeRows(&p, rows: 2, columns: 784)
        var r = p
        for a in 0..<2 { for c in 0..<2 {
            let dot = (0..<784).reduce(0.0) { $0 + p[a * 784 + $1] * pca.components[c * 784 + $1] }
            for j in 0..<784 { r[a * 784 + j] -= dot * pca.components[c * 784 + j] }
        } }
        return SVD(matrix: r, rows: 2, columns: 784).values[0]
    }

    /// The mean of ‖x̂ − x‖² over all the digits.
    var meanError: Double {
        guard let x = centred else { return 0 }
        let y = net.predict(x, training: false)
        var s = 0.0
        for i in 0..<x.scalars.count { let e = y.scalars[i] - x.scalars[i]; s += e * e }
        return s / Double(x.rows)
    }

    /// PCA's floor for the mean error: the variance off the top-two plane, Σ_{i>2} σᵢ²/n.
    var optimum: Double {
        guard let pca else { return 0 }
        return max(0, pca.totalVariance - pca.explainedVariance.prefix(2).reduce(0, +))
    }

    /// The 2-D codes of all the digits (n×2 row-major).
    var codes: [Double] {
        guard let x = centred else { return [] }
        return (net.layers[0] as! Affine).forward(x, training: false).scalars
    }

    private func record() {
        let e = meanError
        if !e.isFinite { stopped = true; return }
        curve.append((iteration, distance, e))
    }
}
