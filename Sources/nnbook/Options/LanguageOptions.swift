import ArgumentParser
import Charts
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--lang en|zh`, on the root command and on every subcommand.
///
/// An option group of its own for the reason `DrawingOptions` gives: the root command takes
/// it too, and only an option group of the same type hands the value on to a subcommand.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: ArgumentHelp("The language: en (English) or zh (Simplified Chinese). Default: NNBOOK_LANG, else the locale (zh when LC_ALL, LC_MESSAGES or LANG starts with zh), else en.",
                               valueName: "en|zh"))
    var code: String?

    /// Chooses the language of a headless command (`list`, `run`, `render`, `check`,
    /// `progress`, `bench`), makes it the process default and writes its warnings and
    /// notice on stderr, one line each. Throws for a `--lang` it cannot read.
    @discardableResult
    func applyHeadless(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Language {
        let choice = try LanguageChoice(flag: code, environment: environment, saved: nil,
                                        utf8: LocaleCodeset.isUTF8(environment: environment))
        Language.processDefault = choice.language
        for line in choice.warnings + [choice.notice].compactMap({ $0 }) {
            FileHandle.standardError.write(Data("nnbook: \(line)\n".utf8))
        }
        return choice.language
    }

    /// Chooses the language the notebook opens in (the one last chosen with its switch key,
    /// `saved`, counts after `--lang` and NNBOOK_LANG), makes it the process default and
    /// writes the warnings on stderr (left on the terminal after the notebook quits); the
    /// warnings and the notice that Chinese cannot be shown are also returned, for the
    /// notebook's status line when it opens.
    func applyNotebook(saved: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> (language: Language, message: String?) {
        let choice = try LanguageChoice(flag: code, environment: environment, saved: saved,
                                        utf8: LocaleCodeset.isUTF8(environment: environment))
        Language.processDefault = choice.language
        for line in choice.warnings { FileHandle.standardError.write(Data("nnbook: \(line)\n".utf8)) }
        let lines = [choice.notice].compactMap { $0 } + choice.warnings
        return (choice.language, lines.isEmpty ? nil : lines.joined(separator: " · "))
    }
}

/// Which language a command shows, and what to tell the learner about the choice.
///
/// Precedence: `--lang` > NNBOOK_LANG (a value it cannot read is a warning, then ignored) >
/// for the notebook only, the language last chosen with its switch key > the locale
/// (`Language.resolve`) > English. Chinese on a locale that is not UTF-8 becomes English
/// with a notice (in English: the terminal could not show it in Chinese).
struct LanguageChoice: Equatable {
    var language: Language
    /// Lines for stderr after "nnbook: " (a NNBOOK_LANG that was ignored), in `language`.
    var warnings: [String] = []
    /// Why Chinese was not used, when the locale is not UTF-8.
    var notice: String?

    init(language: Language, warnings: [String] = [], notice: String? = nil) {
        self.language = language
        self.warnings = warnings
        self.notice = notice
    }

    /// - Parameters:
    ///   - flag: the `--lang` value, nil when not given; one that `Language(code:)` cannot
    ///     read throws "invalid --lang 'xx': expected en or zh".
    ///   - saved: `Progress.language` for the notebook, nil for the other commands.
    ///   - utf8: whether the locale's codeset is UTF-8 (`LocaleCodeset.isUTF8`).
    init(flag: String?, environment: [String: String], saved: String?, utf8: Bool) throws {
        var chosen: Language?
        var badVariable: String?
        if let flag {
            guard let language = Language(code: flag) else {
                throw CommandFailure(tr("invalid --lang '\(flag)': expected en (English) or zh (Chinese)",
                                        "无效的 --lang '\(flag)'：应为 en（英文）或 zh（中文）"))
            }
            chosen = language
        }
        if let variable = environment["NNBOOK_LANG"], !variable.isEmpty {
            let language = Language(code: variable)
            if language == nil { badVariable = variable }
            chosen = chosen ?? language
        }
        if chosen == nil, let saved { chosen = Language(code: saved) }
        var locale = environment
        locale["NNBOOK_LANG"] = nil
        var language = chosen ?? Language.resolve(flag: nil, environment: locale)
        if language == .zh && !utf8 {
            language = .en
            notice = "locale \(LocaleCodeset.localeName(environment: environment)) is not UTF-8, so English is shown instead of Chinese"
        }
        self.language = language
        if let badVariable {
            warnings.append(language == .zh
                ? "警告：NNBOOK_LANG='\(badVariable)' 无法识别（应为 en 或 zh），已忽略"
                : "warning: ignoring NNBOOK_LANG='\(badVariable)': expected en (English) or zh (Chinese)")
        }
    }
}

/// Whether the terminal takes UTF-8: the codeset of the locale in effect for characters
/// (LC_ALL, else LC_CTYPE, else LANG, else C), as the notebook's curses screen decides
/// between Unicode and ASCII drawing.
enum LocaleCodeset {
    /// The locale name in effect for characters ("C" when none is set).
    static func localeName(environment: [String: String]) -> String {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return "C"
    }

    /// Whether that locale's codeset is UTF-8: asked of the C library when the locale is
    /// installed (`C` and `POSIX` are ASCII); else read from its name (`zh_CN.UTF-8`,
    /// `zh_CN.utf8`), since a terminal set to a UTF-8 locale shows UTF-8 whether or not the
    /// machine has that locale's data.
    static func isUTF8(environment: [String: String]) -> Bool {
        let name = localeName(environment: environment)
        if let codeset = systemCodeset(of: name) { return isUTF8(codeset: codeset) }
        let lowered = name.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    static func isUTF8(codeset: String) -> Bool {
        ["utf-8", "utf8"].contains(codeset.lowercased())
    }

    /// The codeset of the installed locale `name`, nil when the C library does not have it.
    /// The process's own locale is left untouched.
    private static func systemCodeset(of name: String) -> String? {
        guard let locale = newlocale(LC_CTYPE_MASK, name, nil) else { return nil }
        defer { freelocale(locale) }
        guard let codeset = nl_langinfo_l(nl_item(CODESET), locale) else { return nil }
        return String(cString: codeset)
    }
}
