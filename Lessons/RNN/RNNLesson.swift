import Charts
import LessonKit
import NumericCore

/// The `rnn` lesson (issue #15): a vanilla recurrent network unrolled and walked forward and
/// back through time, a noisy sine learned live, and vanishing/exploding gradients through
/// time with the spectral radius of W_hh and gradient clipping as knobs.
public struct RNNLesson: Lesson {
    public let id = "rnn"
    public var title: String { tr("Recurrent networks", "循环神经网络") }
    public var summary: String {
        tr("An RNN unrolled through time, a noisy sine learned live, vanishing and exploding gradients, clipping",
           "按时间展开的 RNN，实时学习带噪声的正弦，梯度消失与爆炸，梯度裁剪")
    }

    let sine: SineRun.Config
    let gradients: SineRun.Config
    /// Page 4's race (tests use shorter runs).
    var gated = GatedRun.Config()
    /// The text page's run (tests may shorten it); its seed comes from the context.
    var chars = CharRun.Config()

    public init() {
        self.init(sine: SineRun.Config(), gradients: RNNLesson.gradientDefaults)
    }

    /// A lesson with other run settings (tests use shorter runs).
    init(sine: SineRun.Config, gradients: SineRun.Config) {
        self.sine = sine
        self.gradients = gradients
    }

    /// Page 3's run: 32 steps back, ρ = 0.5 (the signal vanishes), no clipping.
    static var gradientDefaults: SineRun.Config {
        var c = SineRun.Config()
        c.length = 32
        c.radius = 0.5
        c.iterations = 800
        return c
    }

    public func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: Localized(en: "The RNN unrolled", zh: "展开的 RNN"), text: RNNText.unrolled,
                 cell: UnrollCell(), challenges: [RNNChallenges.walkBack]),
            Page(title: Localized(en: "Learning a sequence", zh: "学习一个序列"), text: RNNText.sine,
                 cell: SineCell(run: SineRun(config: sine, seed: context.seed)), challenges: [RNNChallenges.fitSine]),
            Page(title: Localized(en: "Gradients through time", zh: "沿时间反传的梯度"), text: RNNText.gradients,
                 cell: GradientCell(run: SineRun(config: gradients, seed: context.seed)),
                 challenges: [RNNChallenges.reachBack], prediction: RNNChallenges.howSmall),
            Page(title: Localized(en: "A gated cell remembers", zh: "门控单元的记忆"), text: RNNText.gated,
                 cell: GatedCell(run: GatedRun(config: gated, seed: context.seed)),
                 challenges: [RNNChallenges.lstmRemembers, RNNChallenges.rnnShortDelay], prediction: RNNChallenges.whichReachesBack),
            Page(title: Localized(en: "Text, one character at a time", zh: "逐字符的文本"), text: RNNText.chars,
                 cell: CharCell(run: CharRun(config: charConfig(seed: context.seed))),
                 challenges: [CharChallenges.perplexityBelow], prediction: CharChallenges.coldSample),
        ]
    }

    /// The text page's settings with the context's seed (kept within the seed knob's 1…999).
    func charConfig(seed: UInt64) -> CharRun.Config {
        var c = chars
        c.seed = (1...999).contains(seed) ? seed : seed % 999 + 1
        return c
    }
}
