import Charts
import LessonKit

/// Ng's diagnosis from two numbers and a baseline: the training error against the optimal
/// (Bayes) error says how much **bias** there is, the dev error against the training error
/// how much **variance**. A gap above `threshold` (5 points) counts as "high".
struct Diagnosis: Equatable {
    /// The situation the two gaps name.
    enum Verdict: String, CaseIterable {
        case good, highBias = "high_bias", highVariance = "high_variance", both

        /// The verdict's name in the current language.
        var name: String {
            switch self {
            case .good: tr("good", "良好")
            case .highBias: tr("high bias", "高偏差")
            case .highVariance: tr("high variance", "高方差")
            case .both: tr("high bias and high variance", "高偏差且高方差")
            }
        }

        /// Ng's recipe for the situation, in the current language.
        var recipe: String {
            switch self {
            case .good: tr("done: measure the test set once", "完成：在测试数据上测一次")
            case .highBias: tr("bigger net, train longer", "更大的网络，训练更久")
            case .highVariance: tr("more data, regularization", "更多数据，正则化")
            case .both: tr("bigger net first, then more data", "先加大网络，再加数据")
            }
        }
    }

    /// A gap (in error, 0…1) above this is "high": 5 points.
    static let threshold = 0.05

    var trainError: Double
    var devError: Double
    var optimalError: Double

    /// Training error above the optimal error (avoidable bias).
    var biasGap: Double { trainError - optimalError }
    /// Dev error above the training error (variance).
    var varianceGap: Double { devError - trainError }

    var verdict: Verdict {
        switch (biasGap > Self.threshold, varianceGap > Self.threshold) {
        case (true, true): .both
        case (true, false): .highBias
        case (false, true): .highVariance
        case (false, false): .good
        }
    }

    /// "high variance: train 1 %, dev 11 % → more data, regularization"
    var line: String {
        let p = Self.percent
        return tr("\(verdict.name): train \(p(trainError)), dev \(p(devError)), optimal ≈ \(p(optimalError)) → \(verdict.recipe)",
                  "\(verdict.name)：训练 \(p(trainError))，开发 \(p(devError))，最优 ≈ \(p(optimalError)) → \(verdict.recipe)")
    }

    /// An error as a percentage with one decimal ("12.5 %", Chinese "12.5%").
    static func percent(_ fraction: Double) -> String {
        fraction.isFinite ? NumberText.format((fraction * 1000).rounded() / 10, digits: 4) + tr(" %", "%") : "–"
    }
}
