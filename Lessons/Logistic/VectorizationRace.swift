import Dispatch
import NumericCore

/// The same gradient of "is it a 3?" (the first `examples` training images, fixed random
/// weights from the seed) computed `repeats` times two ways and timed on this machine: the
/// core's matrix products (`LogisticMath.vectorizedGradient`), then explicit loops over
/// examples and features (`LoopGradient`) a slice at a time so no frame waits for them.
/// Only compute time is counted; the times per gradient are the means over the repeats.
final class VectorizationRace {
    /// Gradients timed each way (ten make the loops' bar grow visibly and steady the means).
    static let repeats = 10
    /// Examples per manual or headless step of the loops.
    static let sliceExamples = 50

    let data: LogisticData
    let seed: UInt64
    private(set) var examples: Int
    private(set) var x: Tensor
    private(set) var y: [Double]
    let w: [Double]
    let b = 0.1
    private(set) var vector: LogisticMath.Gradient?
    private(set) var vectorRuns = 0
    private(set) var vectorNanoseconds: UInt64 = 0
    /// The loop gradient being summed now.
    private(set) var loop: LoopGradient
    /// The last complete loop gradient.
    private(set) var loopResult: LogisticMath.Gradient?
    private(set) var loopRuns = 0
    private(set) var loopNanoseconds: UInt64 = 0

    init(data: LogisticData, examples: Int, seed: UInt64) {
        self.data = data
        self.seed = seed
        var rng = Xoshiro256StarStar(seed: seed &+ 21)
        w = (0..<data.features).map { _ in 0.01 * rng.nextNormal() }
        self.examples = min(examples, data.train.rows)
        (x, y) = Self.cut(data, self.examples)
        loop = LoopGradient(features: data.features)
    }

    private static func cut(_ data: LogisticData, _ m: Int) -> (Tensor, [Double]) {
        (data.train.rows(0..<m), Array(data.trainY.prefix(m)))
    }

    /// Starts both measurements again (on the first `count` examples, if given).
    func restart(examples count: Int? = nil) {
        if let count {
            examples = max(1, min(count, data.train.rows))
            (x, y) = Self.cut(data, examples)
        }
        vector = nil
        vectorRuns = 0
        vectorNanoseconds = 0
        loop = LoopGradient(features: data.features)
        loopResult = nil
        loopRuns = 0
        loopNanoseconds = 0
    }

    var vectorDone: Bool { vectorRuns >= Self.repeats }
    var loopDone: Bool { loopRuns >= Self.repeats }
    var isFinished: Bool { vectorDone && loopDone }
    /// Examples the loops have done in the gradient being summed.
    var loopExamples: Int { loop.count }

    /// One vectorized gradient, or (once those are done) one slice of the loops.
    func step() {
        if !vectorDone { runVector(); return }
        guard !loopDone else { return }
        let start = DispatchTime.now().uptimeNanoseconds
        loop.add(x: x, y: y, w: w, b: b, examples: loop.count..<min(examples, loop.count + Self.sliceExamples))
        loopNanoseconds += DispatchTime.now().uptimeNanoseconds - start
        completeLoop()
    }

    /// Vectorized gradients, then loops over examples (ten between looks at the clock), for
    /// about `budget` seconds.
    func advance(budget: Double) -> Bool {
        guard !isFinished else { return false }
        let limit = UInt64(max(0, budget) * 1e9), begin = DispatchTime.now().uptimeNanoseconds
        var now = begin
        repeat {
            let start = now
            if !vectorDone {
                let g = LogisticMath.vectorizedGradient(x: x, y: y, w: w, b: b)
                now = DispatchTime.now().uptimeNanoseconds
                vectorNanoseconds += now - start
                vector = g
                vectorRuns += 1
            } else {
                loop.add(x: x, y: y, w: w, b: b, examples: loop.count..<min(examples, loop.count + 10))
                now = DispatchTime.now().uptimeNanoseconds
                loopNanoseconds += now - start
                completeLoop()
            }
        } while !isFinished && now - begin < limit
        return true
    }

    private func runVector() {
        let start = DispatchTime.now().uptimeNanoseconds
        let g = LogisticMath.vectorizedGradient(x: x, y: y, w: w, b: b)
        vectorNanoseconds += DispatchTime.now().uptimeNanoseconds - start
        vector = g
        vectorRuns += 1
    }

    /// Ends the loops' gradient when every example is in.
    private func completeLoop() {
        guard loop.count >= examples else { return }
        loopResult = loop.result
        loopRuns += 1
        loop = LoopGradient(features: data.features)
    }

    /// Milliseconds of one vectorized gradient (the mean so far), nil before the first.
    var vectorMilliseconds: Double? { vectorRuns > 0 ? Double(vectorNanoseconds) / Double(vectorRuns) / 1e6 : nil }
    /// Milliseconds of one looped gradient (the mean), once all are done.
    var loopMilliseconds: Double? { loopDone ? Double(loopNanoseconds) / Double(loopRuns) / 1e6 : nil }
    /// Milliseconds spent on each way so far (the bars).
    var totalMilliseconds: (vector: Double, loops: Double) { (Double(vectorNanoseconds) / 1e6, Double(loopNanoseconds) / 1e6) }
    /// Loops time over vectorized time, once both are done.
    var speedup: Double? {
        guard let l = loopMilliseconds, let v = vectorMilliseconds, v > 0 else { return nil }
        return l / v
    }

    /// The largest |difference| between the two gradients' entries (dw and db), once both are done.
    var maxDifference: Double? {
        guard isFinished, let vector, let l = loopResult else { return nil }
        return zip(l.dw, vector.dw).reduce(abs(l.db - vector.db)) { max($0, abs($1.0 - $1.1)) }
    }
}
