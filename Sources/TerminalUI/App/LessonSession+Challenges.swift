import Charts
import LessonKit

/// The open page's challenges and prediction: selection, hints, the cue and the outcome line.
extension LessonSession {
    /// Whether the page has anything for the challenges panel.
    var hasChallengesOrPrediction: Bool { !page.challenges.isEmpty || page.prediction != nil }

    /// The page's challenges met in `progress`.
    func metCount(progress: Progress) -> Int {
        page.challenges.filter { progress.hasMet(challenge: $0.id, lesson: lesson.id) }.count
    }

    /// Moves the panel's selection by `delta`, within the page's challenges.
    func selectChallenge(by delta: Int) {
        selectedChallenge = Swift.max(0, Swift.min(page.challenges.count - 1, selectedChallenge + delta))
    }

    /// Reveals the next hint level (up to the challenge's hints) of the selected challenge.
    func revealHint() {
        guard page.challenges.indices.contains(selectedChallenge) else { return }
        let challenge = page.challenges[selectedChallenge]
        hintLevels[challenge.id] = Swift.min(challenge.hints.count, (hintLevels[challenge.id] ?? 0) + 1)
    }

    /// The one-line cue shown while the panel is closed: "c: 2 challenges (1 done)",
    /// "c: 2 challenges (1 done), 1 prediction" — nil for a page with neither.
    func cue(progress: Progress) -> String? { cues(progress: progress).first }

    /// The cue in shorter and shorter forms ("c: 1/2 challenges, predict", "c: 1/2 done"),
    /// for a header too narrow for the full one.
    func cues(progress: Progress) -> [String] {
        let count = page.challenges.count
        let met = metCount(progress: progress)
        let unanswered = page.prediction.map { progress.answer(prediction: $0.id, lesson: lesson.id) == nil } ?? false
        guard count > 0 || unanswered else { return [] }
        let plural = count == 1 ? "" : "s"
        let predict = tr("predict", "预测")
        let long = [count > 0 ? tr("\(count) challenge\(plural) (\(met) done)", "\(count) 个挑战（已完成 \(met) 个）") : nil,
                    unanswered ? tr("1 prediction", "1 个预测") : nil]
        let short = [count > 0 ? tr("\(met)/\(count) challenge\(plural)", "挑战 \(met)/\(count)") : nil,
                     unanswered ? predict : nil]
        let shortest = count > 0 ? tr("\(met)/\(count) done", "已完成 \(met)/\(count)") : predict
        let comma = tr(", ", "，")
        return [long.compactMap { $0 }.joined(separator: comma), short.compactMap { $0 }.joined(separator: comma), shortest]
            .map { tr("c: ", "c：") + $0 }
    }

    /// "You said X; the run shows Y — explanation" with ✓/✗, once the page's prediction is
    /// answered (not skipped) and the cell shows the truth; nil before.
    func predictionOutcome(progress: Progress, symbols: Symbols = Symbols(unicode: true)) -> String? {
        guard let prediction = page.prediction, let cell,
              let answer = progress.answer(prediction: prediction.id, lesson: lesson.id),
              prediction.choices.indices.contains(answer),
              let truth = prediction.truth(cell), prediction.choices.indices.contains(truth) else { return nil }
        let mark = answer == truth ? symbols.finished : symbols.failedRun
        return tr("\(mark) You said \(prediction.choices[answer]); the run shows \(prediction.choices[truth]) — ",
                  "\(mark) 你选了 \(prediction.choices[answer])；运行结果是 \(prediction.choices[truth])——")
            + prediction.explanation
    }
}
