import NumericCore

/// Settings of a benchmark run (`nnbook bench` maps its options onto these).
public struct BenchmarkOptions: Sendable {
    /// Timed runs per case, at least.
    public var repeats: Int
    /// Untimed runs before timing.
    public var warmup: Int
    /// Keep timing a case until this many seconds have passed (at most 10 000 runs).
    public var minimumSeconds: Double
    /// Run only cases whose name contains, or whose numpy key equals, one of these
    /// (case-insensitive); empty runs every case.
    public var only: [String]
    /// Whether to run the numpy reference too.
    public var numpy: Bool
    /// The Python interpreter to run the numpy script with.
    public var python: String
    /// The numpy script; nil looks for `Benchmarks/numpy_reference.py` (see `Benchmark`).
    public var scriptPath: String?

    /// Options with the defaults: 20 runs after 3 warm-ups, at least 0.25 s per case,
    /// every case, numpy through `python3`.
    public init(repeats: Int = 20, warmup: Int = 3, minimumSeconds: Double = 0.25, only: [String] = [],
                numpy: Bool = true, python: String = "python3", scriptPath: String? = nil) {
        self.repeats = repeats
        self.warmup = warmup
        self.minimumSeconds = minimumSeconds
        self.only = only
        self.numpy = numpy
        self.python = python
        self.scriptPath = scriptPath
    }
}

/// The benchmark of the numeric core against numpy: times each case's Swift work, then
/// runs the numpy reference script for the same cases in the same invocation, and
/// returns both side by side. Meaningful only in release builds (`swift build -c release`).
///
/// The script is looked up as `Benchmarks/numpy_reference.py` under the current directory
/// or its parents, then under the executable's directory or its parents; without python3
/// or numpy the report holds the Swift timings alone and says why.
public enum Benchmark {
    /// Runs `cases` (default: `BenchmarkCase.standard`) and returns the report;
    /// `progress` is told what is being timed (e.g. to print it to stderr).
    public static func run(_ options: BenchmarkOptions = BenchmarkOptions(),
                           cases: [BenchmarkCase] = BenchmarkCase.standard,
                           progress: (String) -> Void = { _ in }) -> BenchmarkReport {
        let selected = cases.filter { matches($0, options.only) }
        var report = BenchmarkReport()
        report.swiftKernels = GemmKernelSet.current.summary
        #if DEBUG
        report.notes.append("debug build: timings are not meaningful, use `swift build -c release`")
        #endif
        for benchmark in selected {
            progress("Swift: \(benchmark.name)")
            let work = benchmark.setup()
            let capped = benchmark.maxRepeats.map { min($0, options.repeats) }
            let timing = Timing.measure(repeats: capped ?? options.repeats, warmup: capped == nil ? options.warmup : 0,
                                        minimumSeconds: capped == nil ? options.minimumSeconds : 0, work)
            report.rows.append(.init(name: benchmark.name, numpyKey: benchmark.numpyKey,
                                     flops: benchmark.flops, swift: timing, numpy: nil))
        }
        let keys = selected.compactMap(\.numpyKey)
        if options.numpy && !keys.isEmpty {
            addNumpy(to: &report, keys: keys, options: options, progress: progress)
        }
        return report
    }

    /// Runs the numpy script for `keys` and fills the numpy column (or a note why not).
    private static func addNumpy(to report: inout BenchmarkReport, keys: [String],
                                 options: BenchmarkOptions, progress: (String) -> Void) {
        guard let script = NumpyReference.locateScript(explicit: options.scriptPath) else {
            report.notes.append("numpy reference not run: \(options.scriptPath ?? NumpyReference.relativePath) not found")
            return
        }
        progress("numpy: \(keys.joined(separator: ", "))")
        switch NumpyReference.run(python: options.python, script: script, keys: keys, repeats: options.repeats,
                                  warmup: options.warmup, minimumSeconds: options.minimumSeconds) {
        case .failure(let error):
            report.notes.append("numpy reference not run: \(error.message)")
        case .success(let output):
            report.numpyVersion = output.numpy
            for index in report.rows.indices {
                if let key = report.rows[index].numpyKey { report.rows[index].numpy = output.results?[key] }
            }
            for key in output.unknown ?? [] { report.notes.append("numpy script has no case \"\(key)\"") }
        }
    }

    private static func matches(_ benchmark: BenchmarkCase, _ filters: [String]) -> Bool {
        filters.isEmpty || filters.contains { filter in
            benchmark.name.lowercased().contains(filter.lowercased()) || benchmark.numpyKey == filter
        }
    }

    /// Keeps `value` alive so the optimizer cannot drop the work that made it.
    @inline(never)
    public static func blackHole<T>(_ value: T) {
        withExtendedLifetime(value) {}
    }
}
