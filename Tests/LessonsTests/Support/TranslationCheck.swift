import Charts
import Foundation
import LessonKit
import Testing

/// Checks one lesson for what issue #11 asks of every lesson: each text a learner reads
/// (title, summary, page titles and texts, knob labels, cell titles, statuses, chart titles
/// and legends, challenges, predictions) exists in both languages, the Chinese one is
/// Chinese (no English words left but names), numbers are the same in both, and the
/// Chinese page texts use the glossary's terms (`GLOSSARY.md`).
///
/// "An English word" is a run of three or more Latin letters standing alone (not part of an
/// identifier such as `apple_num` or `x1`) that is not a name: the glossary's names
/// (sigmoid, ReLU, Adam, …), the lesson's knob names and choice values, and the words a
/// lesson lists in `allowed` (identifiers from the book such as `dout`).
struct TranslationCheck {
    let lesson: any Lesson
    /// Extra words that may stay in Latin letters in this lesson's Chinese text.
    var allowed: Set<String> = []
    /// Steps each cell takes before its status and rendering are read a second time.
    var steps = 30
    /// Sizes the cells are rendered at in Chinese (their text must fit these too).
    var sizes: [(Int, Int)] = [(60, 18), (120, 40)]

    /// Names that are written in Latin letters in both languages (see GLOSSARY.md).
    static let names: Set<String> = [
        "sigmoid", "tanh", "relu", "leaky", "softmax", "sgd", "momentum", "nesterov", "adagrad",
        "rmsprop", "adam", "affine", "mnist", "im2col", "col2im", "xor", "and", "nand", "nor",
        "max", "min", "exp", "log", "sqrt", "nan", "inf", "argmax", "sum", "mean", "std", "var",
        "numpy", "python", "saito", "ng", "relu′", "sigmoid′", "tanh′", "simpleconvnet", "lenet",
        "nnbook", "xavier", "conv", "pool", "loss", "abs", "sign", "tab", "esc", "enter", "pgup",
        "pgdn", "home", "end", "space", "ctrl", "shift", "dx", "dy", "dw", "db", "dout", "epsilon", "epoch",
    ]

    /// Runs every check, recording an issue per problem found.
    func run() {
        let context = LessonContext()
        let en = Language.$override.withValue(.en) { texts(context: context) }
        let zh = Language.$override.withValue(.zh) { texts(context: context) }
        #expect(en.count == zh.count, "\(lesson.id): \(en.count) English texts, \(zh.count) Chinese")
        var allowed = Self.names.union(self.allowed)
        for page in lesson.makePages(context: context) {
            for knob in page.cell?.knobs ?? [] {
                allowed.formUnion(words(in: knob.name))
                if case let .choice(options) = knob.kind { options.forEach { allowed.formUnion(words(in: $0)) } }
            }
        }
        for (e, z) in zip(en, zh) {
            check(english: e.text, chinese: z.text, at: e.place, allowed: allowed, numbers: e.isPageText)
        }
        checkGlossary(english: en, chinese: zh)
    }

    /// One text found in the lesson, with where it was found (for the failure message).
    struct Found {
        var place: String
        var text: String
        var isPageText = false
    }

    /// Every text of the lesson in the current language, in a fixed order.
    func texts(context: LessonContext) -> [Found] {
        var found = [Found(place: "lesson title", text: lesson.title),
                     Found(place: "lesson summary", text: lesson.summary)]
        for (n, page) in lesson.makePages(context: context).enumerated() {
            let at = "\(lesson.id) page \(n + 1)"
            found.append(Found(place: "\(at) title", text: page.title))
            found.append(Found(place: "\(at) text", text: page.text, isPageText: true))
            for challenge in page.challenges {
                found.append(Found(place: "\(at) challenge \(challenge.id) goal", text: challenge.goal))
                for (h, hint) in challenge.hints.enumerated() {
                    found.append(Found(place: "\(at) challenge \(challenge.id) hint \(h + 1)", text: hint))
                }
            }
            if let prediction = page.prediction {
                found.append(Found(place: "\(at) prediction question", text: prediction.question))
                found.append(Found(place: "\(at) prediction explanation", text: prediction.explanation))
                for (c, choice) in prediction.choices.enumerated() {
                    found.append(Found(place: "\(at) prediction choice \(c + 1)", text: choice))
                }
            }
            guard let cell = page.cell else { continue }
            found.append(Found(place: "\(at) cell title", text: cell.title))
            for knob in cell.knobs { found.append(Found(place: "\(at) knob \(knob.name)", text: knob.label)) }
            for round in 0..<2 {
                if round == 1 { for _ in 0..<steps where !cell.isFinished { cell.step() } }
                let when = round == 0 ? "at start" : "after \(steps) steps"
                found.append(Found(place: "\(at) status \(when)", text: cell.status ?? ""))
                for challenge in page.challenges {
                    found.append(Found(place: "\(at) challenge \(challenge.id) progress \(when)",
                                       text: challenge.evaluate(cell).progress ?? ""))
                }
                for (w, h) in sizes {
                    let grid = cell.render(width: w, height: h, options: .standard)
                    found.append(Found(place: "\(at) cell at \(w)×\(h) \(when)", text: grid.lines.joined(separator: "\n")))
                }
            }
        }
        return found
    }

    /// Whether `chinese` is a translation of `english`: Chinese characters wherever the
    /// English has words, no English words left but names, and (for page texts) the same
    /// numbers.
    func check(english: String, chinese: String, at place: String, allowed: Set<String>, numbers: Bool) {
        let englishWords = words(in: english).subtracting(allowed)
        let leftOver = words(in: chinese).subtracting(allowed)
        if !englishWords.isEmpty {
            #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) },
                    "\(place) is not in Chinese:\n\(chinese)")
        }
        #expect(leftOver.isEmpty, "\(place): English words in the Chinese text: \(leftOver.sorted())\n\(chinese)")
        if numbers {
            let a = Self.numbers(in: english), b = Self.numbers(in: chinese)
            #expect(a == b, "\(place): numbers differ — only in English: \(a.subtracting(b).sorted()), only in Chinese: \(b.subtracting(a).sorted())")
        }
    }

    /// The English words of `text`, lowercased (see the type's documentation).
    func words(in text: String) -> Set<String> {
        var result: Set<String> = []
        var token = ""
        func flush() {
            if token.count >= 3, token.allSatisfy({ $0.isASCII && $0.isLetter }) { result.insert(token.lowercased()) }
            token = ""
        }
        for c in text {
            if (c.isASCII && (c.isLetter || c.isNumber)) || c == "_" { token.append(c) } else { flush() }
        }
        flush()
        return result
    }

    /// The numbers written in `text` with digits ("0.25", "1000", "3"); digits glued to a
    /// letter before them are part of a name (x1, w2, log10) and not counted.
    static func numbers(in text: String) -> Set<String> {
        var result: Set<String> = []
        var token = ""
        var inName = false
        var previous: Character = " "
        func flush() {
            while token.hasSuffix(".") { token.removeLast() }
            if !token.isEmpty { result.insert(token) }
            token = ""
        }
        for c in text {
            if c.isASCII && c.isNumber {
                if token.isEmpty && (inName || (previous.isASCII && previous.isLetter)) { inName = true }
                else { token.append(c) }
            } else if c == ".", !token.isEmpty, !token.contains(".") {
                token.append(c)
            } else {
                flush()
                inName = false
            }
            previous = c
        }
        flush()
        return result
    }

    /// The glossary's rules on the lesson's pages: a checked term used on an English page is
    /// used on its Chinese page, and no Chinese text uses a translation the glossary avoids.
    func checkGlossary(english: [Found], chinese: [Found]) {
        let glossary = Glossary.load()
        for (e, z) in zip(english, chinese) {
            for term in glossary {
                for avoided in term.avoid where z.text.contains(avoided) {
                    #expect(Bool(false), "\(z.place) uses \(avoided); the glossary says \(term.chinese) (GLOSSARY.md)")
                }
                if e.isPageText, term.checked, term.english.contains(where: { Glossary.uses(e.text, $0) }) {
                    #expect(z.text.contains(term.chinese), "\(z.place): the English uses '\(term.english[0])' but the Chinese lacks \(term.chinese) (GLOSSARY.md)")
                }
            }
        }
    }
}

/// The terms of `GLOSSARY.md` (the table at its end), read the way translators read it.
struct Glossary {
    var english: [String]
    var chinese: String
    var avoid: [String]
    var checked: Bool

    /// The glossary's rows; fails the test if the file is missing or has no table.
    static func load() -> [Glossary] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("GLOSSARY.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("cannot read \(url.path)")
            return []
        }
        var rows: [Glossary] = []
        for line in text.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| English") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4 else { continue }
            func list(_ cell: String) -> [String] {
                cell.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            // "轮（epoch）": the term is what comes before a bracketed gloss.
            let chinese = cells[1].components(separatedBy: "（")[0]
            rows.append(Glossary(english: list(cells[0]), chinese: chinese, avoid: list(cells[2]), checked: cells[3] == "yes"))
        }
        #expect(rows.count >= 20, "GLOSSARY.md: \(rows.count) terms read")
        return rows
    }

    /// Whether `text` uses `term` at the start of a word, in any case.
    static func uses(_ text: String, _ term: String) -> Bool {
        let lowered = text.lowercased()
        var searchFrom = lowered.startIndex
        while let range = lowered.range(of: term.lowercased(), range: searchFrom..<lowered.endIndex) {
            if range.lowerBound == lowered.startIndex || !lowered[lowered.index(before: range.lowerBound)].isLetter { return true }
            searchFrom = range.upperBound
        }
        return false
    }
}
