import Foundation

/// The result of a benchmark run: one row per case with the Swift and numpy timings.
public struct BenchmarkReport: Codable, Sendable {
    /// One case's timings.
    public struct Row: Codable, Sendable {
        /// The case name.
        public var name: String
        /// The numpy case key, if the case has one.
        public var numpyKey: String?
        /// Floating-point operations of one run, if counted.
        public var flops: Double?
        /// The Swift timings.
        public var swift: Timing
        /// The numpy timings, if numpy ran.
        public var numpy: Timing?

        /// numpy's best time over Swift's best time: above 1 means Swift is faster.
        public var ratio: Double? { numpy.map { $0.best / swift.best } }
        /// Swift's GFLOPS at its best run, if the case counts flops.
        public var swiftGFLOPS: Double? { flops.map { $0 / swift.best / 1e9 } }
        /// numpy's GFLOPS at its best run, if numpy ran and the case counts flops.
        public var numpyGFLOPS: Double? { numpy.flatMap { t in flops.map { $0 / t.best / 1e9 } } }
    }

    /// One row per case, in the order run.
    public var rows: [Row] = []
    /// The numpy version, if numpy ran.
    public var numpyVersion: String?
    /// The matrix-multiply kernels the Swift side ran with (`GemmKernelSet.summary`).
    public var swiftKernels: String?
    /// Remarks: why numpy did not run, a debug build, unknown numpy cases.
    public var notes: [String] = []

    /// An empty report.
    public init() {}

    /// The report as an aligned text table followed by the notes.
    public func table() -> String {
        let header = ["case", "Swift best", "median", "numpy best", "median", "numpy/Swift",
                      "Swift GFLOPS", "numpy GFLOPS"]
        let body = rows.map { row in
            [row.name, Self.time(row.swift.best), Self.time(row.swift.median),
             row.numpy.map { Self.time($0.best) } ?? "-", row.numpy.map { Self.time($0.median) } ?? "-",
             row.ratio.map { String(format: "%.2f×", $0) } ?? "-",
             row.swiftGFLOPS.map { String(format: "%.1f", $0) } ?? "-",
             row.numpyGFLOPS.map { String(format: "%.1f", $0) } ?? "-"]
        }
        let lines = [header] + body
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        var text = lines.map { cells in
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
        text += "\n\nratio = numpy best / Swift best (above 1: Swift is faster); GFLOPS at the best run."
        if let swiftKernels { text += "\nSwift matrix multiply: \(swiftKernels)." }
        if let numpyVersion { text += "\nnumpy \(numpyVersion), float64, default threads." }
        for note in notes { text += "\nnote: \(note)" }
        return text
    }

    /// A duration with a unit that keeps 3–4 significant digits.
    static func time(_ seconds: Double) -> String {
        if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.3f ms", seconds * 1e3) }
        return String(format: "%.3f s", seconds)
    }
}
