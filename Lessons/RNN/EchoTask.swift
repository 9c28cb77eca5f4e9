import NumericCore

/// The gated-cell page's long-memory task, "echo the first sign": step 1 shows a sign
/// s = ±1 with a marker (x_1 = (s, 1)); then come T distractor steps x_t = (d_t, 0) with random
/// signs d_t = ±1, the same kind of value as s, so only the marker tells them apart. After
/// the T-th distractor (step T + 1) the net must output s: the loss is ½(y − s)² on that last
/// step only, and a sequence counts as right when y has the sign of s (chance: 50 %).
struct EchoTask {
    /// x_1…x_{T+1} and the targets (nil except the last, s) of one sequence with `delay` = T.
    static func sequence(delay: Int, rng: inout Xoshiro256StarStar) -> (inputs: [[Double]], targets: [[Double]?], sign: Double) {
        let s: Double = rng.nextUniform() < 0.5 ? -1 : 1
        var inputs: [[Double]] = [[s, 1]]
        for _ in 0..<delay { inputs.append([rng.nextUniform() < 0.5 ? -1 : 1, 0]) }
        var targets: [[Double]?] = Array(repeating: nil, count: delay + 1)
        targets[delay] = [s]
        return (inputs, targets, s)
    }
}
