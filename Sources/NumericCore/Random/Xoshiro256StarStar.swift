import RealModule

/// The project's seedable random generator: xoshiro256** (Blackman & Vigna), seeded
/// through SplitMix64. The same seed gives the same sequence on every machine, so every
/// experiment in nnbook is reproducible from its seed.
///
/// Conforms to `RandomNumberGenerator`, so it also drives the standard library's
/// `shuffled(using:)` and `Int.random(in:using:)` — but those are not guaranteed stable
/// across Swift versions, so the core uses the methods here (`nextUniform`,
/// `nextInt(below:)`, `shuffle`, `permutation`, ...) whose output is fixed by this file.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// A normal deviate left over from the last Box–Muller pair.
    private var spareNormal: Double?

    /// A generator whose state is derived from `seed` with SplitMix64.
    public init(seed: UInt64) {
        var sm = SplitMix64(state: seed)
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
        spareNormal = nil
    }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 &- k)) }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform integer in 0..<bound (Lemire's unbiased multiply-shift method).
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "nextInt(below:) needs a positive bound, got \(bound)")
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let threshold = (0 &- b) % b
            while m.low < threshold { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// A standard normal deviate N(0, 1) (Box–Muller; pairs are used in order).
    public mutating func nextNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        var u1 = nextUniform()
        while u1 <= 0 { u1 = nextUniform() }
        let u2 = nextUniform()
        let radius = (-2 * Double.log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareNormal = radius * Double.sin(angle)
        return radius * Double.cos(angle)
    }

    /// Shuffles `array` in place (Fisher–Yates).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = nextInt(below: i + 1)
            if i != j { array.swapAt(i, j) }
        }
    }

    /// A random permutation of 0..<n (empty when n < 1).
    public mutating func permutation(_ n: Int) -> [Int] {
        var p = Array(0..<Swift.max(0, n))
        shuffle(&p)
        return p
    }

    /// `k` distinct indices from 0..<n, in random order (sampling without replacement).
    public mutating func sampleWithoutReplacement(_ n: Int, _ k: Int) -> [Int] {
        precondition(k >= 0 && k <= n, "cannot draw \(k) distinct values from \(n)")
        var p = Array(0..<n)
        for i in 0..<k {
            let j = i + nextInt(below: n - i)
            p.swapAt(i, j)
        }
        return Array(p.prefix(k))
    }

    /// `k` indices from 0..<n drawn with replacement (the book's `np.random.choice`);
    /// empty when `k` < 1 or there is nothing to draw from (`n` < 1).
    public mutating func sampleWithReplacement(_ n: Int, _ k: Int) -> [Int] {
        guard n > 0, k > 0 else { return [] }
        return (0..<k).map { _ in nextInt(below: n) }
    }
}

/// SplitMix64: expands one 64-bit seed into well-mixed state words for xoshiro.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
