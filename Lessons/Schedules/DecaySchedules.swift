import Charts
import NumericCore

/// The five schedules of the decay race, by knob value and export name, with the
/// lesson's fixed parameters: 0.95^epoch, halving every 5 epochs, k = 1 for k/√epoch.
enum DecaySchedules {
    /// Export and `--set pick=` names, in race order.
    static let names = ["constant", "inverse", "exponential", "staircase", "sqrt"]
    static let exponentialBase = 0.95
    static let staircaseFactor = 0.5
    static let staircaseEvery = 5
    static let sqrtK = 1.0

    static func schedule(_ index: Int, decay: Double) -> LearningRateSchedule {
        switch index {
        case 1: return .inverseTime(decay: decay)
        case 2: return .exponential(base: exponentialBase)
        case 3: return .staircase(factor: staircaseFactor, every: staircaseEvery)
        case 4: return .inverseSquareRoot(k: sqrtK)
        default: return .constant
        }
    }

    /// The formula, the same in both languages ("α0/(1+decay·epoch)").
    static let formulas = ["α0", "α0/(1+decay·epoch)", "α0·0.95^epoch", "α0·0.5^⌊epoch/5⌋", "α0·k/√epoch"]

    /// A short legend name.
    static let legends = ["α0", "1/(1+d·e)", "0.95^e", "0.5^⌊e/5⌋", "1/√e"]

    static let colors: [Color] = [.white, .green, .yellow, .magenta, .cyan]
}
