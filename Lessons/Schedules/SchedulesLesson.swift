import Charts
import LessonKit
import NumericCore

/// The `schedules` lesson (Ng's course 2 week 2): exponentially weighted averages on a year
/// of temperatures with bias correction, Momentum/RMSprop/Adam as such averages, the
/// mini-batch size race on digits, and learning-rate decay schedules racing on one net.
public struct SchedulesLesson: Lesson {
    public let id = "schedules"
    public var title: String { tr("Averages, mini-batches, lr decay", "指数加权平均、小批量与学习率衰减") }
    public var summary: String {
        tr("EWMA and bias correction on a year of temperatures, batch 1 vs 32 vs 128 vs all, decay schedules raced",
           "在一年的气温上看指数加权平均与偏差修正，批大小 1、32、128 与全部的比赛，学习率衰减的比赛")
    }

    /// Training images of the two races (tests use fewer).
    let trainCount: Int

    public init() { self.init(trainCount: DigitsData.trainCount) }

    init(trainCount: Int) { self.trainCount = trainCount }

    public func makePages(context: LessonContext) -> [Page] {
        let data = DigitsData(context: context, trainCount: trainCount)
        return [
            Page(title: Localized(en: "Exponentially weighted averages", zh: "指数加权平均"), text: SchedulesText.ewma,
                 cell: EWMACell(run: EWMARun(seed: context.seed)),
                 challenges: [SchedulesChallenges.lagAndSmooth, SchedulesChallenges.coldStart],
                 prediction: SchedulesChallenges.smootherLater),
            Page(title: Localized(en: "Momentum, RMSprop, Adam", zh: "Momentum、RMSprop 与 Adam"), text: SchedulesText.moments,
                 cell: MomentsCell(run: MomentsRun(seed: context.seed))),
            Page(title: Localized(en: "Mini-batch size", zh: "小批量的大小"), text: SchedulesText.minibatch,
                 cell: MiniBatchCell(race: MiniBatchRace(data: data)),
                 prediction: SchedulesChallenges.oneEpoch),
            Page(title: Localized(en: "Learning-rate decay", zh: "学习率衰减"), text: SchedulesText.decay,
                 cell: DecayCell(race: DecayRace(data: data)),
                 challenges: [SchedulesChallenges.pickTheWinner]),
        ]
    }

    public func challengeIDs() -> [String] {
        [SchedulesChallenges.lagAndSmooth.id, SchedulesChallenges.coldStart.id, SchedulesChallenges.pickTheWinner.id]
    }
}
