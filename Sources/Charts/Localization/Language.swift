import Foundation

/// The language the learner reads nnbook in: English or Simplified Chinese.
///
/// Text is chosen when it is shown, never when a model is built, so switching language keeps
/// every cell's state: a cell's `status`, `knobs` and `render` ask `tr(_:_:)` (or a
/// `Localized`) each time they run. Which language that is:
///
/// - inside `Language.$override.withValue(l) { … }`: `l` (the notebook wraps each key and
///   frame in its own language this way; tests render both languages side by side in
///   parallel without touching anything global);
/// - otherwise the process default, set once at start-up by the command line
///   (`--lang`, `NNBOOK_LANG`, the locale: see `Language.resolve`).
///
/// Formulas, numbers and knob values are identical in both languages; only words change.
public enum Language: String, CaseIterable, Sendable, Hashable {
    case en, zh

    /// The language of the text shown now (see the type's documentation).
    public static var current: Language { override ?? processDefault }

    /// A language for the code run inside `Language.$override.withValue(_:operation:)`.
    @TaskLocal public static var override: Language?

    /// The language used outside any override: set once by the command line at start-up.
    public static var processDefault: Language {
        get { defaultLock.lock(); defer { defaultLock.unlock() }; return storedDefault }
        set { defaultLock.lock(); storedDefault = newValue; defaultLock.unlock() }
    }

    nonisolated(unsafe) private static var storedDefault = Language.en
    private static let defaultLock = NSLock()

    /// The language's own name, as the learner looks for it ("English", "中文").
    public var nativeName: String {
        switch self {
        case .en: return "English"
        case .zh: return "中文"
        }
    }

    /// The other language (the notebook's switch key toggles between the two).
    public var other: Language { self == .en ? .zh : .en }

    /// Parses a `--lang` / `NNBOOK_LANG` value: `en`, `zh`, also `zh_CN`, `zh-Hans`,
    /// `en_US.UTF-8` and other spellings that start with the code, in any case.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("zh") { self = .zh }
        else if lowered.hasPrefix("en") || lowered == "c" || lowered == "posix" { self = .en }
        else { return nil }
    }

    /// The language to use: `flag` (`--lang`) if given, else `NNBOOK_LANG`, else the locale
    /// (the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty: Chinese when
    /// it starts with `zh`), else English. An unreadable `NNBOOK_LANG` is skipped (the
    /// command line reports it); `flag` is parsed by the caller.
    public static func resolve(flag: Language?, environment: [String: String]) -> Language {
        if let flag { return flag }
        if let value = environment["NNBOOK_LANG"], let language = Language(code: value) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}

/// `en` or `zh`, whichever is the current language (`Language.current`): how a cell writes
/// a short text in both languages side by side, e.g.
/// `tr("step \(n) / 30", "第 \(n) / 30 步")`. Both arguments are required, so no text can
/// exist in one language only.
public func tr(_ en: @autoclosure () -> String, _ zh: @autoclosure () -> String) -> String {
    Language.current == .zh ? zh() : en()
}

/// A text in both languages, kept whole so it can be shown in either at any time: page
/// titles and texts, challenge goals and hints, prediction questions.
public struct Localized: Sendable, Hashable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// Text that reads the same in both languages (a formula, a name such as "ReLU").
    public init(neutral text: String) {
        self.en = text
        self.zh = text
    }

    /// The text in `language`.
    public func text(in language: Language) -> String { language == .zh ? zh : en }

    /// The text in the current language.
    public var text: String { text(in: .current) }
}
