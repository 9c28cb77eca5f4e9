import LessonKit
import Testing
@testable import BiasVarianceLesson

/// The normalization page's numbers against numpy (`Scripts/reference/biasvariance_normalization.py`,
/// the same fixed 40 examples): μ and σ, both quadratics' Hessians, eigenvalues, condition
/// numbers, largest stable learning rates, minimizers and gradient-descent step counts.
@Suite struct BiasVarianceNormalizationTests {
    let problem = NormalizationProblem()

    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool { abs(a - b) <= tolerance * max(1, abs(b)) }

    @Test func standardizationMatchesNumpy() {
        #expect(close(problem.mu.0, 0.5) && close(problem.mu.1, 5.0))
        #expect(close(problem.sigma.0, 0.2959845225798768) && close(problem.sigma.1, 2.959845225798768))
    }

    @Test func rawQuadraticMatchesNumpy() {
        let q = problem.raw
        #expect(close(q.h11, 0.33760683760683763) && close(q.h12, 2.4654832347140037) && close(q.h22, 33.76068376068377))
        #expect(close(q.c1, 1.9116217464379428) && close(q.c2, 21.80145686697896) && close(q.k, 7.365674789518529))
        #expect(close(q.eigenvalues.min, 0.1567172518770464, 1e-10) && close(q.eigenvalues.max, 33.94157334641356))
        #expect(close(q.conditionNumber, 216.578410735805, 1e-10))
        #expect(close(q.largestStableRate, 0.05892478759271571))
        #expect(close(q.minimizer.w1, 2.027836858423432, 1e-10) && close(q.minimizer.w2, 0.4976753198751144, 1e-10))
        #expect(close(q.minimum, 0.0024227611145812844, 1e-9))
    }

    @Test func normalizedQuadraticMatchesNumpy() {
        let q = problem.normalized
        #expect(close(q.h11, 0.9999999999999998) && close(q.h12, -0.03939962476547841) && close(q.h22, 0.9999999999999998))
        #expect(close(q.c1, 0.541178208349802) && close(q.c2, 1.4484011196001265) && close(q.k, 1.2305810247451232))
        #expect(close(q.eigenvalues.min, 0.9606003752345214) && close(q.eigenvalues.max, 1.0393996247654782))
        #expect(close(q.conditionNumber, 1.08203125) && close(q.largestStableRate, 1.9241877256317694))
        #expect(close(q.minimizer.w1, 0.599174786226489) && close(q.minimizer.w2, 1.4720083813463862))
    }

    @Test func stepsToConvergeMatchNumpy() {
        let rates = [0.001, 0.01, 0.05, 0.058, 0.06, 0.1, 0.5, 1.0, 1.9, 1.95]
        #expect(rates.map { problem.raw.stepsToConverge(lr: $0) } == [19268, 1926, 384, 331, nil, nil, nil, nil, nil, nil])
        #expect(rates.map { problem.normalized.stepsToConverge(lr: $0) } == [4746, 473, 93, 80, 77, 46, 7, 2, 146, nil])
    }

    @Test func theCellsPathsStopWhereTheCountSays() {
        let cell = NormalizationCell()
        cell.setKnob("lr", to: 0.05)
        cell.stepHeadless(cell.defaultRunSteps)
        #expect(cell.raw.state == .converged && cell.raw.steps == 384)
        #expect(cell.normalized.state == .converged && cell.normalized.steps == 93)
        #expect(cell.isFinished && !cell.hasFailed)
        #expect(cell.status == "raw: converged in 384 steps · normalized: converged in 93 steps · done: r restarts")
    }
}
