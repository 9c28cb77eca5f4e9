import NumericCore
import Testing
@testable import SchedulesLesson

/// The schedules lesson's formulas against numpy (`Scripts/reference/schedules_reference.py`):
/// the exponentially weighted average with and without bias correction on a fixed sequence,
/// and every learning-rate schedule of the core at fixed epochs, to 1e-12.
@Suite struct SchedulesReferenceTests {
    static let theta = [10.0, 12.0, 9.0, 15.0, 14.0, 8.0, 11.0, 13.0, 16.0, 12.0]

    func close(_ a: [Double], _ b: [Double], tolerance: Double = 1e-12) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
    }

    @Test func averageWithoutCorrection() {
        #expect(close(ExponentialAverage.series(Self.theta, beta: 0.5, corrected: false),
                      [5.0, 8.5, 8.75, 11.875, 12.9375, 10.46875, 10.734375, 11.8671875, 13.93359375, 12.966796875]))
        #expect(close(ExponentialAverage.series(Self.theta, beta: 0.9, corrected: false),
                      [0.9999999999999998, 2.0999999999999996, 2.7899999999999996, 4.010999999999999, 5.009899999999999,
                       5.308909999999999, 5.878018999999999, 6.590217099999999, 7.531195389999999, 7.978075850999998]))
        #expect(close(ExponentialAverage.series(Self.theta, beta: 0.98, corrected: false),
                      [0.20000000000000018, 0.4360000000000004, 0.6072800000000005, 0.8951344000000008, 1.157231712000001,
                       1.294087077760001, 1.4882053362048013, 1.7184412294807054, 2.0040724048910916, 2.20399095679327]))
    }

    @Test func averageWithBiasCorrection() {
        #expect(close(ExponentialAverage.series(Self.theta, beta: 0.5, corrected: true),
                      [10.0, 11.333333333333334, 10.0, 12.666666666666666, 13.35483870967742, 10.634920634920634,
                       10.818897637795276, 11.913725490196079, 13.960861056751467, 12.979472140762462]))
        #expect(close(ExponentialAverage.series(Self.theta, beta: 0.9, corrected: true),
                      [10.0, 11.05263157894737, 10.295202952029522, 11.663274207618493, 12.233889282313008,
                       11.330291382728749, 11.2669811622741, 11.57126896943019, 12.294233246074077, 12.249058440848948]))
        #expect(close(ExponentialAverage.series(Self.theta, beta: 0.98, corrected: true),
                      [10.0, 11.010101010100998, 10.326486192354775, 11.530506039789852, 12.044559836649439,
                       11.335967652043518, 11.285015005892229, 11.514848794243726, 12.05440859364534, 12.048459932572085]))
    }

    @Test func theWindowAndTheLag() {
        #expect(abs(ExponentialAverage.window(beta: 0.9) - 10) < 1e-12)
        #expect(abs(ExponentialAverage.window(beta: 0.98) - 50) < 1e-12)
        #expect(abs(ExponentialAverage.lag(beta: 0.9) - 9) < 1e-12)
    }

    static let epochs = [0, 1, 2, 3, 5, 9, 10, 20]

    func rates(_ schedule: LearningRateSchedule) -> [Double] { Self.epochs.map { schedule.rate(initial: 0.2, epoch: $0) } }

    @Test func decaySchedules() {
        #expect(rates(.constant) == Array(repeating: 0.2, count: 8))
        #expect(close(rates(.inverseTime(decay: 1)), [0.2, 0.1, 0.06666666666666667, 0.05, 0.03333333333333333, 0.02,
                                                      0.018181818181818184, 0.009523809523809525]))
        #expect(close(rates(.inverseTime(decay: 0.5)), [0.2, 0.13333333333333333, 0.1, 0.08, 0.05714285714285715,
                                                        0.03636363636363637, 0.03333333333333333, 0.018181818181818184]))
        #expect(close(rates(.exponential(base: 0.95)), [0.2, 0.19, 0.1805, 0.171475, 0.15475618749999998, 0.1260498819449218,
                                                        0.11974738784767575, 0.07169718448170838]))
        #expect(close(rates(.staircase(factor: 0.5, every: 5)), [0.2, 0.2, 0.2, 0.2, 0.1, 0.1, 0.05, 0.0125]))
        #expect(close(rates(.inverseSquareRoot(k: 1)), [0.2, 0.2, 0.1414213562373095, 0.11547005383792516, 0.08944271909999159,
                                                        0.06666666666666667, 0.06324555320336758, 0.044721359549995794]))
        #expect(close(rates(.inverseSquareRoot(k: 0.5)), [0.1, 0.1, 0.07071067811865475, 0.05773502691896258,
                                                          0.044721359549995794, 0.03333333333333333, 0.03162277660168379,
                                                          0.022360679774997897]))
    }

    @Test func aScheduleSetsAnOptimizersRate() {
        let sgd = SGD(learningRate: 1)
        LearningRateSchedule.staircase(factor: 0.5, every: 5).apply(to: sgd, initial: 0.2, epoch: 10)
        #expect(sgd.learningRate == 0.05)
        // Negative epochs count as 0; k/√epoch at epoch 0 takes epoch 1's rate.
        #expect(LearningRateSchedule.exponential(base: 0.95).rate(initial: 0.2, epoch: -3) == 0.2)
        #expect(LearningRateSchedule.inverseSquareRoot(k: 2).rate(initial: 0.2, epoch: 0) == 0.4)
    }

    /// A β changed mid-series keeps the corrected average exact: the weight is the average of
    /// ones, so a constant series stays exactly constant once corrected.
    @Test func correctionStaysRightWhenBetaChanges() {
        var average = ExponentialAverage(beta: 0.9)
        for _ in 0..<5 { average.add(7) }
        average.beta = 0.99
        for _ in 0..<5 { average.add(7) }
        #expect(abs(average.corrected - 7) < 1e-12)
        #expect(average.value < 7 && average.count == 10)
    }
}
