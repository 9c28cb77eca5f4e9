/// The colour pairs allocated so far, by (foreground, background) terminal colour number:
/// pairs are made on demand, reused from a cache, and when the terminal's pairs run out
/// further combinations fall back to pair 0 (the default colours).
struct ColorPairTable {
    private struct Combination: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// The highest pair number the terminal offers (COLOR_PAIRS − 1, at most 32767).
    let maximumPair: Int
    private var pairs: [Combination: Int16] = [:]

    init(colorPairs: Int) {
        maximumPair = Swift.max(0, Swift.min(colorPairs, 32768) - 1)
    }

    /// How many pairs were allocated.
    var count: Int { pairs.count }

    /// The pair for (`foreground`, `background`) (-1: default colour); `initialize` is called
    /// with (pair, fg, bg) only when a new pair is made. (-1, -1) is pair 0.
    mutating func pair(foreground: Int16, background: Int16,
                       initialize: (Int16, Int16, Int16) -> Void) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = Combination(foreground: foreground, background: background)
        if let known = pairs[key] { return known }
        guard pairs.count < maximumPair else { return 0 }
        let number = Int16(pairs.count + 1)
        pairs[key] = number
        initialize(number, foreground, background)
        return number
    }

    /// Forgets every pair (after the terminal was reset).
    mutating func removeAll() { pairs.removeAll() }
}
