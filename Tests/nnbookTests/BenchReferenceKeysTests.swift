import Bench
import Foundation
import Testing

/// `nnbook bench` pairs each Swift case with the numpy case of the same key: every key the
/// Swift cases name must exist in `Benchmarks/numpy_reference.py`, and the whole-experiment
/// cases must be capped the same on both sides (else one side times 20 runs, the other 2).
@Suite struct BenchReferenceKeysTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Benchmarks/numpy_reference.py").standardizedFileURL.path

    @Test func everySwiftCaseHasItsNumpyCase() throws {
        let text = try String(contentsOfFile: Self.script, encoding: .utf8)
        for benchmark in BenchmarkCase.standard {
            guard let key = benchmark.numpyKey else { continue }
            #expect(text.contains("\"\(key)\": "), "numpy_reference.py has no case \(key)")
            if let cap = benchmark.maxRepeats {
                #expect(text.contains("\"\(key)\": \(cap)"), "numpy_reference.py must cap \(key) at \(cap) runs too")
            }
        }
    }

    @Test func theTrainingWellCasesAreStandard() {
        let keys = BenchmarkCase.standard.compactMap(\.numpyKey)
        #expect(keys.contains("batchnorm_grid"))
        #expect(keys.contains("regularization_run"))
    }
}
