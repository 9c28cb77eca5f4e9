import Charts
import LessonKit
import Testing
@testable import BiasVarianceLesson

/// The verdict on hand-chosen error pairs: Ng's four examples (optimal error 0 %), the
/// 5-point threshold on both sides, and a noisy baseline.
@Suite struct BiasVarianceDiagnosisTests {
    func verdict(_ train: Double, _ dev: Double, optimal: Double = 0) -> Diagnosis.Verdict {
        Diagnosis(trainError: train, devError: dev, optimalError: optimal).verdict
    }

    @Test func ngsFourExamples() {
        #expect(verdict(0.01, 0.11) == .highVariance)
        #expect(verdict(0.15, 0.16) == .highBias)
        #expect(verdict(0.15, 0.30) == .both)
        #expect(verdict(0.005, 0.01) == .good)
    }

    @Test func fivePointsIsTheLine() {
        #expect(verdict(0.05, 0.10) == .good)
        #expect(verdict(0.0501, 0.0501) == .highBias)
        #expect(verdict(0.02, 0.0701) == .highVariance)
    }

    @Test func againstANoisyBaseline() {
        // 10 % of labels flipped: 12 % training error is fine, 3 % is memorized noise.
        #expect(verdict(0.12, 0.14, optimal: 0.10) == .good)
        #expect(verdict(0.16, 0.19, optimal: 0.10) == .highBias)
        #expect(verdict(0.03, 0.14, optimal: 0.10) == .highVariance)
        let d = Diagnosis(trainError: 0.03, devError: 0.14, optimalError: 0.10)
        #expect(abs(d.biasGap + 0.07) < 1e-12 && abs(d.varianceGap - 0.11) < 1e-12)
    }

    @Test func theLineNamesTheRecipeInBothLanguages() {
        let d = Diagnosis(trainError: 0.01, devError: 0.11, optimalError: 0)
        #expect(Language.$override.withValue(.en) { d.line } == "high variance: train 1 %, dev 11 %, optimal ≈ 0 % → more data, regularization")
        #expect(Language.$override.withValue(.zh) { d.line } == "高方差：训练 1%，开发 11%，最优 ≈ 0% → 更多数据，正则化")
        #expect(Diagnosis.Verdict.allCases.map(\.rawValue) == ["good", "high_bias", "high_variance", "both"])
    }
}
