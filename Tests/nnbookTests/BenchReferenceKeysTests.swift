import Bench
import Foundation
import LessonKit
import Testing
@testable import nnbook

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

/// The live-rate workloads name registered lessons, pages that have an animated cell, and
/// knobs those cells have (a typo would time nothing, or stop the bench).
@Suite struct LiveRateWorkloadTests {
    @Test func everyWorkloadNamesARegisteredAnimatedCellAndItsKnobs() throws {
        for w in LiveRateCases.workloads {
            let lesson = try lessonRegistry.lesson(id: w.lessonID)
            let pages = lesson.makePages(context: LessonContext())
            try #require(pages.indices.contains(w.page), "\(w.name): no page \(w.page + 1)")
            let cell = try #require(pages[w.page].cell, "\(w.name): page \(w.page + 1) has no cell")
            #expect(cell.isAnimated, "\(w.name)")
            for name in w.settings.keys { #expect(cell.knobs.contains { $0.name == name }, "\(w.name): no knob \(name)") }
        }
    }
}
