import ArgumentParser
import Bench
import Charts
import Foundation

/// `nnbook bench`: times the numeric core side by side with a numpy reference of the same
/// algorithms (`Benchmarks/numpy_reference.py`) in one run, and prints both with the ratio.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the numeric core against a numpy reference of the same algorithms.",
        discussion: """
            Build in release mode first, or the Swift timings mean nothing:
              swift run -c release nnbook bench

            The ratio column is numpy's time over Swift's: above 1 means Swift is faster. \
            numpy runs from Benchmarks/numpy_reference.py (found under the current \
            directory); without python3 and numpy only the Swift timings are printed.

            The matrix multiply uses AVX-512 kernels where the CPU has them (the report \
            says which); NNBOOK_GEMM_KERNEL=avx2 forces the AVX2 kernels, to compare.
            """
    )

    @Option(name: .long, help: "Run only the cases whose name contains this text (repeatable).")
    var only: [String] = []

    @Option(name: .long, parsing: .unconditional, help: "Timed runs per case, at least.")
    var repeats: Int = 20

    @Flag(name: .long, help: "Skip the numpy reference.")
    var noNumpy = false

    @Option(name: .long, help: "The Python interpreter for the numpy reference.")
    var python = "python3"

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        guard repeats >= 1 else {
            throw ValidationError(tr("--repeats must be at least 1, got \(repeats)", "--repeats 至少为 1，实际为 \(repeats)"))
        }
    }

    func run() throws {
        try reportingFailures {
            try language.applyHeadless()
            let options = BenchmarkOptions(repeats: repeats, only: only, numpy: !noNumpy, python: python)
            var report = Benchmark.run(options, cases: BenchmarkCase.standard + LessonBenchCases.cases + LiveRateCases.cases) { step in
                FileHandle.standardError.write(Data("  timing \(step)…\n".utf8))
            }
            report.notes += LessonBenchCases.notes(for: report) + LiveRateCases.notes(for: report)
            if report.rows.isEmpty {
                throw CommandFailure(tr("no benchmark matches --only \(only.joined(separator: ", "))",
                                        "没有与 --only \(only.joined(separator: ", ")) 相符的基准测试"))
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                print(report.table(), terminator: "")
            }
        }
    }
}
