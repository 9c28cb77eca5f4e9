import Charts
import Foundation
import LessonKit
import TerminalUI
import Testing
@testable import nnbook

/// The command line in Chinese (#11), end to end through the built binary: `--lang` on the
/// root and on subcommands, NNBOOK_LANG, the locale, the warnings for values nnbook cannot
/// read, and English with a notice when the locale is not UTF-8. The launcher starts every
/// child with NNBOOK_LANG=en and LANG=C.UTF-8; `NNBOOK_LANG: ""` counts as unset.
@Suite("Command line in Chinese: --lang, NNBOOK_LANG, locale (#11)")
struct ChineseCommandLineTests {
    /// The first words of `list`'s header (its column widths follow the longest lesson id
    /// and title, so they are not fixed here).
    static let chineseHeader = ["编号", "标题", "简介"]
    static let englishHeader = ["ID", "TITLE", "SUMMARY"]

    /// The words of the first line of `text`.
    static func headerWords(_ text: String?) -> [String] {
        (text ?? "").split(separator: "\n").first.map { $0.split(separator: " ").map(String.init) } ?? []
    }
    static let badLang = "expected en (English) or zh (Chinese)"

    private func run(_ arguments: [String], _ environment: [String: String] = [:]) throws -> NnbookBinary.Result {
        try NnbookBinary.run(arguments, environment: environment)
    }

    @Test(arguments: [
        (["--lang", "zh", "list"], [String: String]()),
        (["list", "--lang", "zh"], [:]),
        (["list", "--lang", "zh_CN"], [:]),
        (["list"], ["NNBOOK_LANG": "zh"]),
        (["list"], ["NNBOOK_LANG": "", "LANG": "zh_CN.UTF-8"]),
        (["list"], ["NNBOOK_LANG": "", "LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"]),
        (["list", "--lang", "zh"], ["NNBOOK_LANG": "en"]),
    ])
    func listIsInChinese(arguments: [String], environment: [String: String]) throws {
        let result = try run(arguments, environment)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(Self.headerWords(lines.first) == Self.chineseHeader, "\(lines.first ?? "")")
        #expect(lines.dropFirst().map { String($0.prefix { $0 != " " }) } == lessonRegistry.lessons.map(\.id))
    }

    @Test(arguments: [
        (["list", "--lang", "en"], ["NNBOOK_LANG": "zh"]),
        (["list"], ["NNBOOK_LANG": "en", "LANG": "zh_CN.UTF-8"]),
        (["list"], ["NNBOOK_LANG": "", "LANG": "en_GB.UTF-8"]),
        (["list"], ["NNBOOK_LANG": "", "LANG": ""]),
    ])
    func listIsInEnglish(arguments: [String], environment: [String: String]) throws {
        let result = try run(arguments, environment)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(Self.headerWords(result.stdout) == Self.englishHeader)
    }

    @Test func aBadLangIsAnErrorNamingTheChoices() throws {
        for arguments in [["list", "--lang", "xx"], ["--lang", "xx", "list"], ["render", "perceptron", "--lang", "fr"],
                          ["open", "--lang", "xx"], ["--lang", "xx"]] {
            let result = try run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stdout == "")
            let value = arguments[arguments.firstIndex(of: "--lang")! + 1]
            #expect(result.stderr == "nnbook: error: invalid --lang '\(value)': \(Self.badLang)\n", "\(arguments)")
        }
        let chinese = try run(["list", "--lang", "xx"], ["NNBOOK_LANG": "zh"])
        #expect(chinese.stderr == "nnbook: error: 无效的 --lang 'xx'：应为 en（英文）或 zh（中文）\n")
    }

    @Test func aBadNNBOOKLANGIsAWarningThenIgnored() throws {
        let english = try run(["list"], ["NNBOOK_LANG": "klingon"])
        #expect(english.status == 0)
        #expect(english.stderr == "nnbook: warning: ignoring NNBOOK_LANG='klingon': \(Self.badLang)\n")
        #expect(Self.headerWords(english.stdout) == Self.englishHeader)
        // Ignored, so the locale decides, and the warning is in the language chosen.
        let chinese = try run(["list"], ["NNBOOK_LANG": "klingon", "LANG": "zh_CN.UTF-8"])
        #expect(chinese.stderr == "nnbook: 警告：NNBOOK_LANG='klingon' 无法识别（应为 en 或 zh），已忽略\n")
        #expect(Self.headerWords(chinese.stdout) == Self.chineseHeader)
        let flag = try run(["list", "--lang", "zh"], ["NNBOOK_LANG": "klingon"])
        #expect(Self.headerWords(flag.stdout) == Self.chineseHeader)
        #expect(flag.stderr.contains("klingon"))
    }

    @Test(arguments: [
        (["list"], ["NNBOOK_LANG": "", "LANG": "zh_CN.GB18030"], "zh_CN.GB18030"),
        (["list"], ["NNBOOK_LANG": "zh", "LC_ALL": "C"], "C"),
        (["list", "--lang", "zh"], ["LANG": "POSIX"], "POSIX"),
        (["render", "perceptron", "--lang", "zh"], ["LC_CTYPE": "zh_CN.GBK"], "zh_CN.GBK"),
    ])
    func aLocaleThatIsNotUTF8GetsEnglishWithANotice(arguments: [String], environment: [String: String], locale: String) throws {
        let result = try run(arguments, environment)
        #expect(result.status == 0)
        #expect(result.stderr == "nnbook: locale \(locale) is not UTF-8, so English is shown instead of Chinese\n")
        let english = try run(arguments.filter { $0 != "--lang" && $0 != "zh" }, ["NNBOOK_LANG": "en"])
        #expect(result.stdout == english.stdout)
    }

    @Test func renderInChineseIsTheNotebooksChineseScreen() throws {
        let result = try run(["render", "perceptron", "--page", "2", "--lang", "zh"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lesson = try lessonRegistry.lesson(id: "perceptron")
        let expected = try Language.$override.withValue(.zh) {
            try Notebook.render(lesson: lesson, page: 1, width: 80, height: 24, steps: 0,
                                options: Notebook.Options(color: false, language: .zh))
        }
        #expect(result.stdout == expected.lines.map { $0 + "\n" }.joined())
        let variable = try run(["render", "perceptron", "--page", "2"], ["NNBOOK_LANG": "zh"])
        #expect(variable.stdout == result.stdout)
    }

    @Test(arguments: [
        (["render", "perceptron", "--page", "9"], "没有第 9 页；可用的页：1–4"),
        (["render", "nosuch"], "没有课程 'nosuch'；可用的课程：linalg, perceptron, activations, losses, backprop, logistic, mlp, playground, optimizers, schedules, init, batchnorm, biasvariance, regularization, hyperparams, cnn, deepnets, detection, embeddings, rnn"),
        (["render", "perceptron", "--size", "10x10"], "无效的尺寸 '10x10'：应为 80x24（笔记本的最小屏幕）到 1000x1000 之间的 COLSxROWS，例如 120x40"),
        (["render", "perceptron", "--size", "big"], "无效的尺寸 'big'：应为 COLSxROWS（列数x行数），例如 80x24"),
        (["run", "perceptron", "--steps", "-1"], "无效的 --steps '-1'：应为 0 到 1000000 之间的整数"),
        (["run", "perceptron", "--seed", "x"], "无效的 --seed 'x'：应为 0 到 18446744073709551615 之间的整数"),
        (["run", "perceptron", "--set", "w1"], "无效的 --set 'w1'：应为 NAME=VALUE，例如 lr=0.1（参见 --list-params）"),
        (["run", "optimizers", "--set", "surface=flat"], "'surface' 的值 'flat' 无效，应为：以下之一：book、rosenbrock、beale、saddle"),
        (["run", "optimizers", "--set", "sgd_lr=99"], "'sgd_lr' 的值 '99' 无效，应为：1e-05 到 10 之间的数"),
        (["run", "optimizers", "--set", "sgd=maybe"], "'sgd' 的值 'maybe' 无效，应为：on 或 off"),
        (["run", "perceptron", "--format", "xml"], "无效的格式 'xml'；可用的格式：json、csv"),
        (["run", "perceptron", "--table", "nosuch"], "'perceptron' 的这次运行中没有表 'nosuch'；它的表：'gates', 'xor with one line', 'two-layer xor', 'trained', 'updates'"),
        (["render", "perceptron", "--page", "1", "--set", "zz=1"], "'perceptron' 的第 1 页没有参数 'zz'；它的参数：w1, w2, b（参见 'nnbook render perceptron --list-params'）"),
        (["run", "perceptron", "--data", "/nonexistent-nnbook"], "无法使用 --data /nonexistent-nnbook：没有这个目录"),
        (["check", "perceptron", "--challenge", "nosuch"], "课程 'perceptron' 没有挑战 'nosuch'；它的挑战：nand, or-bias, fast-nand"),
        (["progress", "--format", "xml"], "无效的格式 'xml'；可用的格式：table、json"),
        (["progress", "--reset", "perceptron"], "--reset 需要确认，但标准输入不是终端，请加上 --yes"),
    ])
    func errorsAreInChinese(arguments: [String], message: String) throws {
        let result = try run(arguments + ["--lang", "zh"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "nnbook: error: \(message)\n")
    }

    /// The loader's own reason stays English, inside a Chinese sentence.
    @Test func aDataDirectoryWithoutMNISTIsReportedInChinese() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nnbook-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let english = try run(["run", "mlp", "--data", directory.path])
        let chinese = try run(["run", "mlp", "--data", directory.path, "--lang", "zh"])
        #expect(english.status == 1 && chinese.status == 1)
        let reason = english.stderr.dropFirst("nnbook: error: cannot use --data \(directory.path): ".count).dropLast()
        #expect(!reason.isEmpty)
        #expect(chinese.stderr == "nnbook: error: 无法使用 --data \(directory.path)：MNIST 文件无法读取（\(reason)）\n")
    }

    @Test func listParamsAndProgressHaveChineseHeaders() throws {
        let params = try run(["run", "perceptron", "--list-params", "--lang", "zh"])
        #expect(params.status == 0)
        let header = params.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.split(separator: " ") == ["名称", "标签", "页", "默认值", "取值"])
        #expect(params.stdout.contains("之间的数"))
        let progress = try run(["progress", "--lang", "zh"])
        #expect(progress.status == 0)
        let lines = progress.stdout.split(separator: "\n").map(String.init)
        #expect(Self.headerWords(lines.first) == ["课程", "状态", "挑战", "预测", "上次页码"])
        #expect(lines.dropFirst().allSatisfy { $0.contains("  未开始  ") })
        let reset = try run(["progress", "--reset", "cnn", "--yes", "--lang", "zh"])
        #expect(reset.stdout == "已重置 cnn 的进度。\n")
    }

    /// Exports keep English keys in Chinese; only text values may change.
    @Test func jsonExportsKeepTheirKeys() throws {
        func keys(_ value: Any, path: String = "") -> Set<String> {
            if let object = value as? [String: Any] {
                return object.reduce(into: Set<String>()) { all, entry in
                    all.insert(path + "/" + entry.key)
                    all.formUnion(keys(entry.value, path: path + "/" + entry.key))
                }
            }
            if let array = value as? [Any] { return array.reduce(into: Set<String>()) { $0.formUnion(keys($1, path: path + "[]")) } }
            return []
        }
        for arguments in [["run", "perceptron"], ["run", "losses", "--steps", "5"], ["progress", "--format", "json"]] {
            let english = try run(arguments)
            let chinese = try run(arguments + ["--lang", "zh"])
            #expect(english.status == 0 && chinese.status == 0)
            let englishKeys = keys(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)))
            #expect(!englishKeys.isEmpty)
            #expect(keys(try JSONSerialization.jsonObject(with: Data(chinese.stdout.utf8))) == englishKeys, "\(arguments)")
        }
        let csv = try run(["run", "perceptron", "--table", "gates", "--lang", "zh"])
        let englishCSV = try run(["run", "perceptron", "--table", "gates"])
        #expect(csv.status == 0 && englishCSV.status == 0)
        #expect(csv.stdout.split(separator: "\n").first == englishCSV.stdout.split(separator: "\n").first)
    }

    @Test func helpMentionsTheLanguage() throws {
        let root = try run(["--help"])
        #expect(root.stdout.contains("--lang"))
        #expect(root.stdout.contains("NNBOOK_LANG"))
        for subcommand in ["open", "list", "run", "render", "check", "progress", "bench"] {
            let help = try run([subcommand, "--help"])
            #expect(help.stdout.contains("--lang <en|zh>"), "\(subcommand)")
            #expect(help.stdout.contains("NNBOOK_LANG"), "\(subcommand)")
        }
    }
}

/// The language choice and the UTF-8 test in process (no binary).
@Suite("Language choice: precedence, warnings, UTF-8 locales (#11)")
struct LanguageChoiceTests {
    @Test func precedenceIsFlagVariableSavedLocaleEnglish() throws {
        let zhLocale = ["LANG": "zh_CN.UTF-8"]
        #expect(try LanguageChoice(flag: "en", environment: ["NNBOOK_LANG": "zh"], saved: "zh", utf8: true).language == .en)
        #expect(try LanguageChoice(flag: nil, environment: ["NNBOOK_LANG": "zh"], saved: "en", utf8: true).language == .zh)
        #expect(try LanguageChoice(flag: nil, environment: zhLocale, saved: "en", utf8: true).language == .en)
        #expect(try LanguageChoice(flag: nil, environment: ["LANG": "C.UTF-8"], saved: "zh", utf8: true).language == .zh)
        #expect(try LanguageChoice(flag: nil, environment: zhLocale, saved: nil, utf8: true).language == .zh)
        #expect(try LanguageChoice(flag: nil, environment: ["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "C.UTF-8"], saved: nil, utf8: true).language == .zh)
        #expect(try LanguageChoice(flag: nil, environment: [:], saved: nil, utf8: true).language == .en)
        // A saved value the notebook cannot read is passed over.
        #expect(try LanguageChoice(flag: nil, environment: zhLocale, saved: "xx", utf8: true).language == .zh)
    }

    @Test func warningsAndNotices() throws {
        let bad = try LanguageChoice(flag: nil, environment: ["NNBOOK_LANG": "de"], saved: "zh", utf8: true)
        #expect(bad == LanguageChoice(language: .zh, warnings: ["警告：NNBOOK_LANG='de' 无法识别（应为 en 或 zh），已忽略"]))
        let ascii = try LanguageChoice(flag: "zh", environment: ["LANG": "zh_CN.GB2312"], saved: nil, utf8: false)
        #expect(ascii == LanguageChoice(language: .en, notice: "locale zh_CN.GB2312 is not UTF-8, so English is shown instead of Chinese"))
        #expect(try LanguageChoice(flag: "en", environment: ["LANG": "C"], saved: nil, utf8: false) == LanguageChoice(language: .en))
        #expect(throws: CommandFailure.self) { try LanguageChoice(flag: "", environment: [:], saved: nil, utf8: true) }
    }

    @Test func utf8LocalesAreToldFromTheOthers() {
        #expect(LocaleCodeset.isUTF8(environment: ["LANG": "C.UTF-8"]))
        #expect(LocaleCodeset.isUTF8(environment: ["LANG": "zh_CN.UTF-8"]))
        #expect(LocaleCodeset.isUTF8(environment: ["LANG": "zh_CN.utf8"]))
        #expect(LocaleCodeset.isUTF8(environment: ["LC_ALL": "C.UTF-8", "LANG": "zh_CN.GBK"]))
        #expect(!LocaleCodeset.isUTF8(environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]))
        #expect(!LocaleCodeset.isUTF8(environment: ["LC_CTYPE": "POSIX", "LANG": "zh_CN.UTF-8"]))
        #expect(!LocaleCodeset.isUTF8(environment: ["LANG": "zh_CN.GB18030"]))
        #expect(!LocaleCodeset.isUTF8(environment: [:]))
        #expect(LocaleCodeset.localeName(environment: ["LC_ALL": "", "LANG": "zh_CN.UTF-8"]) == "zh_CN.UTF-8")
    }

    @Test func theProgressLineAndTablesMeasureChineseInColumns() throws {
        let line = ProgressLine(label: "mlp", enabled: false)
        #expect(Language.$override.withValue(.zh) { line.text(done: 1200, total: 100_000) } == "mlp：第 1200 / 100000 步（1.2 %）")
        #expect(line.text(done: 1200, total: 100_000) == "mlp: step 1200 / 100000 (1.2 %)")
        let listing = Language.$override.withValue(.zh) { ListCommand.listing(of: lessonRegistry) }
        let starts = listing.split(separator: "\n").map { line -> Int in
            // The display column where the second column starts.
            let id = line.prefix { $0 != " " }
            return displayWidth(of: String(id)) + line.dropFirst(id.count).prefix { $0 == " " }.count
        }
        #expect(Set(starts).count == 1, "\(listing)")
    }
}
