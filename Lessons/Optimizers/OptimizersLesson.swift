import Charts
import LessonKit

/// The `optimizers` lesson (book ch. 6.1): SGD, Momentum, Nesterov, AdaGrad, RMSprop and
/// Adam racing from one start on 2-D surfaces drawn as contours, then each training its own
/// copy of one network on digits from the same weights on the same mini-batches.
public struct OptimizersLesson: Lesson {
    public let id = "optimizers"
    public var title: String { tr("Optimizer races", "优化器比赛") }
    public var summary: String {
        tr("SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam racing on surfaces and on digits",
           "SGD、Momentum、Nesterov、AdaGrad、RMSprop 和 Adam 在曲面上和手写数字上比赛")
    }

    /// The digits race's network and data sizes.
    let digitsConfig: DigitsRaceConfig

    public init() { self.init(digitsConfig: DigitsRaceConfig()) }

    /// A lesson whose digits race uses `digitsConfig` (tests use a small one).
    init(digitsConfig: DigitsRaceConfig) {
        self.digitsConfig = digitsConfig
    }

    public func makePages(context: LessonContext) -> [Page] {
        let bowl = SurfaceRaceCell(preset: .book, title: Localized(en: "the race on x²/20 + y²", zh: "x²/20 + y² 上的比赛"))
        return [
            Page(title: Localized(en: "The race on the book's bowl", zh: "书中碗形曲面上的比赛"),
                 text: OptimizersText.bowl, cell: bowl,
                 challenges: [OptimizersChallenges.sgdBeforeAdam], prediction: OptimizersChallenges.firstOnBowl),
            Page(title: Localized(en: "Adaptive steps: AdaGrad, RMSprop, Adam", zh: "自适应步长：AdaGrad、RMSprop、Adam"),
                 text: OptimizersText.adaptive, cell: bowl,
                 challenges: [OptimizersChallenges.adamFirst]),
            Page(title: Localized(en: "Harder surfaces", zh: "更难的曲面"), text: OptimizersText.surfaces,
                 cell: SurfaceRaceCell(preset: .rosenbrock, title: Localized(en: "the race on other surfaces", zh: "其他曲面上的比赛")),
                 challenges: [OptimizersChallenges.rosenbrock]),
            Page(title: Localized(en: "The race on digits", zh: "手写数字上的比赛"), text: OptimizersText.digits,
                 cell: DigitsRaceCell(config: digitsConfig, context: context)),
        ]
    }

    /// The headless run picks one race with the setting `race` (`surface`, the default, or
    /// `digits`), applies the other settings to that race's knobs (unknown names and bad
    /// values are errors, as everywhere), steps it (`--steps`, else the surface race's
    /// planned steps or 200 digits iterations) and exports it alone.
    public func run(_ request: RunRequest) throws -> RunOutput {
        let choices = ["surface", "digits"]
        var race = "surface"
        var settings: [(name: String, value: String)] = []
        for setting in request.settings {
            if setting.name == "race" {
                guard let choice = choices.first(where: { $0 == setting.value.lowercased() }) else {
                    throw LessonKitError.invalidValue(knob: "race", value: setting.value, expected: tr("one of: surface, digits", "surface、digits 之一"))
                }
                race = choice
            } else {
                settings.append(setting)
            }
        }
        let cells = liveCells(of: makePages(context: request.context))
        let chosen: LiveCell = race == "digits"
            ? cells.first { $0 is DigitsRaceCell }!
            : cells.first { $0 is SurfaceRaceCell }!
        let other = race == "digits" ? "surface" : "digits"
        for setting in settings where !chosen.knobs.contains(where: { $0.name == setting.name }) {
            // A knob of the other race: say how to pick that race rather than "no parameter".
            let otherCell = cells.first { ($0 is DigitsRaceCell) == (other == "digits") && !($0 === chosen) }
            if otherCell?.knobs.contains(where: { $0.name == setting.name }) == true {
                throw LessonKitError.parameterElsewhere(setting.name, lesson: id,
                                                        hint: tr("it belongs to the \(other) race; add --set race=\(other)",
                                                                 "它属于 \(other) 比赛；请加上 --set race=\(other)"))
            }
        }
        do {
            try apply(settings, to: [chosen])
        } catch let LessonKitError.unknownKnob(name, lesson, valid) {
            throw LessonKitError.unknownKnob(name, lesson: lesson, valid: ["race"] + valid)
        }
        chosen.stepHeadless(chosen.headlessStepCount(requested: request.steps), progress: request.progress)
        return RunOutput(lesson: id, cells: [chosen.export()])
    }
}
