import Charts

/// A lesson of the notebook: an id, a title, a summary and pages of text with live cells.
///
/// A lesson is a description, not a running thing: `makePages(context:)` builds fresh pages
/// with fresh models each time the learner opens it (or a headless run starts), so two
/// opens never share state. A lesson never imports TerminalUI or ncurses.
public protocol Lesson: Sendable {
    /// The lesson id used on the command line (`nnbook open activations`).
    var id: String { get }
    /// The title shown in the menu and the title line.
    var title: String { get }
    /// One sentence for the menu and `nnbook list`.
    var summary: String { get }
    /// Builds the pages, each with its text and (optionally) a live cell.
    func makePages(context: LessonContext) -> [Page]
    /// The headless form: applies `request.settings` to the cells' knobs, steps the models,
    /// and returns their data. A default implementation (in `Lesson+Run.swift`) does this for
    /// every cell of every page; lessons override it when they need to choose.
    func run(_ request: RunRequest) throws -> RunOutput
    /// The ids of the lesson's challenges, in page order, for the menu's "n of m". The
    /// default (in `ChallengeCheckRun.swift`) builds the pages; a lesson whose pages are
    /// costly to build may list them directly.
    func challengeIDs() -> [String]
}

/// What a lesson is given when it builds its pages.
public struct LessonContext: Sendable {
    /// The seed for every random choice of the lesson's models.
    public var seed: UInt64
    /// A directory with the real MNIST files (`--data DIR`), if the learner gave one.
    public var dataDirectory: String?

    public init(seed: UInt64 = 1, dataDirectory: String? = nil) {
        self.seed = seed
        self.dataDirectory = dataDirectory
    }
}

/// One screen of a lesson: a title, text in the Markdown subset (see `MarkdownText`), an
/// optional live cell shown beside or below the text, the challenges checked on that cell
/// and at most one prediction asked before it runs.
public struct Page {
    /// The title in both languages; `title` is the one in the current language.
    public var titles: Localized
    /// The text in both languages; `text` is the one in the current language.
    public var texts: Localized
    public var cell: LiveCell?
    /// Goals on this page's cell (empty for most pages; 1–3 on a lesson's key pages).
    public var challenges: [Challenge]
    /// A question to answer before running the cell, if the page asks one.
    public var prediction: Prediction?

    /// The title in the current language (`Language.current`).
    public var title: String { titles.text }
    /// The text in the current language (`Language.current`).
    public var text: String { texts.text }

    /// A page in both languages: a lesson's pages are built this way, with the title written
    /// in both languages side by side and the text from the lesson's text files (one per
    /// language, e.g. `ActivationsText.swift` and `ActivationsText+zh.swift`).
    public init(title: Localized, text: Localized, cell: LiveCell? = nil, challenges: [Challenge] = [],
                prediction: Prediction? = nil) {
        self.titles = title
        self.texts = text
        self.cell = cell
        self.challenges = challenges
        self.prediction = prediction
    }

    /// A page whose title and text read the same in every language (tests' fake lessons).
    public init(title: String, text: String, cell: LiveCell? = nil, challenges: [Challenge] = [],
                prediction: Prediction? = nil) {
        self.init(title: Localized(neutral: title), text: Localized(neutral: text), cell: cell,
                  challenges: challenges, prediction: prediction)
    }
}

/// A live experiment: a model with knobs that the learner turns, that can be stepped, and
/// that renders itself through Charts into any size it is given.
///
/// The terminal layer calls `advance(budget:)` once per frame while the cell plays; the cell
/// does as much work as fits the budget (or as its own pacing wants — a race of 30 steps
/// should be watchable, a training run goes as fast as it can) so a key is always answered
/// within one frame.
public protocol LiveCell: AnyObject {
    /// A short title shown above the cell ("Sigmoid and its derivative").
    var title: String { get }
    /// The knobs, with their current values, in panel order.
    var knobs: [Knob] { get }
    /// Sets knob `name` to `value` (already validated against the knob's range by the caller).
    /// The cell reacts at once: e.g. redraws a curve, or applies a new learning rate from the
    /// next step on; a knob that changes the model's shape may restart it.
    func setKnob(_ name: String, to value: Double)
    /// Whether stepping means anything (play/pause, `s`, `r`); false for static cells.
    var isAnimated: Bool { get }
    /// Whether the model has reached its end (e.g. a 30-step race is over); playing stops.
    var isFinished: Bool { get }
    /// Whether the run ended because it went wrong (diverged, blew up, collapsed), not because
    /// it reached its end: the status line then says "stopped", never "finished", and the
    /// cell's `status` says what to do. Only meaningful when `isFinished` is true.
    var hasFailed: Bool { get }
    /// One step of the model (one optimizer step, one training iteration, ...).
    func step()
    /// Called every frame while playing: advance within `budget` seconds of compute.
    /// Returns true if anything visible changed.
    func advance(budget: Double) -> Bool
    /// Back to the start, keeping the knob values.
    func reset()
    /// A one-line status for the cell: "step 12 / 30", or a warning such as
    /// "loss is NaN: learning rate too high — lower it and press r". Nil for none.
    var status: String? { get }
    /// Draws the cell into exactly `width` × `height` columns and rows.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid
    /// The cell's data for headless export (curves, trajectories, tables).
    func export() -> CellExport
}

extension LiveCell {
    public var isAnimated: Bool { false }
    public var isFinished: Bool { false }
    public var hasFailed: Bool { false }
    public func step() {}
    public func advance(budget: Double) -> Bool { false }
    public func reset() {}
    public var status: String? { nil }
}
