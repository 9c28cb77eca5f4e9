import Charts
import LessonKit

/// The challenges panel (`c`), drawn over the cell's area: each challenge with ✓/○, its
/// goal and its live "how close" text, the revealed hints of the selected one, then the
/// page's prediction (question and numbered choices, or the answer and, once the run shows
/// it, the truth). Lines that do not fit the area are left out from the bottom.
enum ChallengesPanelView {
    static func draw(_ app: NotebookApp, session: LessonSession, in area: Rect, into grid: inout Grid,
                     palette: Palette, symbols: Symbols) {
        grid.fill(x: area.x, y: area.y, width: area.width, height: area.height, with: .blank)
        let lines = self.lines(app, session: session, width: area.width - 2, symbols: symbols, palette: palette)
        for (row, line) in lines.prefix(area.height).enumerated() {
            grid.put(line.text, x: area.x + 1, y: area.y + row, style: line.style, maxWidth: area.width - 2)
        }
    }

    /// The panel's lines for a `width`-column area, each with its style.
    static func lines(_ app: NotebookApp, session: LessonSession, width: Int, symbols: Symbols,
                      palette: Palette) -> [(text: String, style: Style)] {
        var out: [(text: String, style: Style)] = []
        func wrapped(_ text: String, indent: String, style: Style, maximumLines: Int = 3) {
            // The indent (a challenge's "▸ ○ " marks) goes on the first line only; the lines
            // after it are indented by as many spaces.
            let blank = String(repeating: " ", count: displayWidth(of: indent))
            for (n, line) in WrappedText.lines(symbols.text(text), width: width - displayWidth(of: indent),
                                               maximumLines: maximumLines, ellipsis: symbols.ellipsis).enumerated() {
                out.append(((n == 0 ? indent : blank) + line, style))
            }
        }
        let progress = app.progress
        let lesson = session.lesson.id
        let challenges = session.page.challenges
        if !challenges.isEmpty, let cell = session.cell {
            let met = session.metCount(progress: progress)
            out.append((tr("Challenges: \(met) of \(challenges.count) done", "挑战：已完成 \(met) / \(challenges.count)"),
                        palette.bold))
            for (index, challenge) in challenges.enumerated() {
                let met = progress.hasMet(challenge: challenge.id, lesson: lesson)
                let selected = index == session.selectedChallenge
                let mark = (selected ? symbols.selected : " ") + " " + (met ? symbols.finished : (symbols.unicode ? "○" : "o")) + " "
                wrapped(challenge.goal, indent: mark, style: selected ? palette.accent : palette.plain, maximumLines: 3)
                if !met, let readout = challenge.evaluate(cell).progress {
                    wrapped(readout, indent: "     ", style: palette.dim, maximumLines: 2)
                }
                if selected {
                    for hint in challenge.hints.prefix(session.hintLevels[challenge.id] ?? 0) {
                        wrapped(tr("Hint: ", "提示：") + hint, indent: "     ", style: palette.warning)
                    }
                }
            }
        }
        if let prediction = session.page.prediction {
            if !out.isEmpty { out.append(("", palette.plain)) }
            wrapped(tr("Predict: ", "预测：") + prediction.question, indent: "", style: palette.bold)
            switch progress.answer(prediction: prediction.id, lesson: lesson) {
            case nil:
                // Choices are packed whole ("5 RMSprop" never breaks between its number and name).
                let choices = prediction.choices.enumerated().map { "\($0 + 1) \($1)" } + [tr("x skip", "x 跳过")]
                for line in ReadoutLines.pack(choices, width: width - 1, options: app.renderOptions).prefix(3) {
                    out.append(("  " + line, palette.accent))
                }
            case Progress.skipped?:
                out.append((tr("  (skipped)", "  （已跳过）"), palette.dim))
            case let answer?:
                if let outcome = session.predictionOutcome(progress: progress, symbols: symbols) {
                    wrapped(outcome, indent: "  ", style: palette.plain, maximumLines: 4)
                } else if prediction.choices.indices.contains(answer) {
                    wrapped(tr("You said \(prediction.choices[answer]) — run the cell to see.",
                               "你选了 \(prediction.choices[answer])——运行实验看看结果。"), indent: "  ",
                            style: palette.dim)
                }
            }
        }
        return out
    }
}
