import Charts
import LessonKit
@testable import TerminalUI

/// A test-only animated cell whose every text exists in English and Chinese, chosen when it
/// is shown (as a lesson's cell does): knob labels (学习率), title, status and render.
/// It finishes at step 5.
final class BilingualCell: LiveCell {
    private var values: [String: Double] = ["rate": 0.5, "units": 4, "act": 0]
    private(set) var steps = 0
    static let lastStep = 5

    var title: String { tr("Fake cell", "模拟实验") }
    var knobs: [Knob] {
        [
            Knob(name: "rate", label: tr("learning rate", "学习率"),
                 kind: .continuous(range: 0...1, step: 0.1, scale: .linear), value: values["rate"]!),
            Knob(name: "units", label: tr("hidden units", "隐藏层单元数"), kind: .integer(range: 1...10, step: 1),
                 value: values["units"]!),
            Knob(name: "act", label: tr("activation", "激活函数"), kind: .choice(["sigmoid", "tanh", "relu"]),
                 value: values["act"]!),
        ]
    }
    func setKnob(_ name: String, to value: Double) { values[name] = value }
    func value(_ name: String) -> Double { values[name]! }

    var isAnimated: Bool { true }
    var isFinished: Bool { steps >= Self.lastStep }
    func step() { steps += 1 }
    func advance(budget: Double) -> Bool {
        step()
        return true
    }
    func reset() { steps = 0 }
    var status: String? { tr("step \(steps) / \(Self.lastStep), loss 0.25", "第 \(steps) / \(Self.lastStep) 步，损失 0.25") }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        grid.put(tr("steps \(steps)", "步数 \(steps)"), x: 1, y: 0)
        grid.put(tr("rate \(value("rate"))", "学习率 \(value("rate"))"), x: 1, y: 1)
        return grid
    }

    func export() -> CellExport { CellExport(name: "bilingual", json: .integer(steps), tables: []) }
}

/// A test-only lesson in both languages: page 1 has text, the `BilingualCell`, a challenge
/// and a prediction; page 2 only text.
struct BilingualLesson: Lesson {
    var id = "bilingual"
    var titles = Localized(en: "Fake lesson", zh: "模拟课程")
    var summaries = Localized(en: "Two pages and an animated cell, for tests", zh: "两页和一个动画实验，供测试用")
    var title: String { titles.text }
    var summary: String { summaries.text }

    static let firstPageText = Localized(
        en: """
            The fake lesson tests the notebook screens.

            Paragraph two.

            Paragraph three.

            Paragraph four.

            Paragraph five is the last one.
            """,
        zh: """
            这门模拟课程用来测试笔记本的各个界面。

            第二段。

            第三段。

            第四段。

            第五段是最后一段。
            """)

    func makePages(context: LessonContext) -> [Page] {
        [
            Page(title: Localized(en: "Knobs and steps", zh: "旋钮和步数"), text: Self.firstPageText, cell: BilingualCell(),
                 challenges: [
                     Challenge(id: "high", goal: Localized(en: "Turn the rate up to 0.8.", zh: "把学习率调到 0.8。"),
                               hints: [Localized(en: "Press → a few times.", zh: "按几次 →。")]) { cell in
                         let rate = (cell as! BilingualCell).value("rate")
                         return ChallengeCheck(passed: rate >= 0.8 - 1e-9,
                                               progress: tr("rate \(rate) of 0.8", "学习率 \(rate)，目标 0.8"))
                     },
                 ],
                 prediction: Prediction(id: "finish", question: Localized(en: "Will the run finish?", zh: "运行会结束吗？"),
                                        choices: [Localized(en: "yes", zh: "会"), Localized(en: "no", zh: "不会")],
                                        explanation: Localized(en: "It stops at step 5.", zh: "它在第 5 步停下。")) { cell in
                     (cell as? BilingualCell)?.isFinished == true ? 0 : nil
                 }),
            Page(title: Localized(en: "Only words", zh: "只有文字"),
                 text: Localized(en: "A page without a cell gets the whole screen for its text.",
                                 zh: "没有实验的页面把整个屏幕留给正文。")),
        ]
    }

    func run(_ request: RunRequest) throws -> RunOutput { RunOutput(lesson: id, cells: []) }
}

enum BilingualSupport {
    /// Three lessons for the menu, in two parts.
    static let lessons: [any Lesson] = [
        BilingualLesson(),
        BilingualLesson(id: "second", titles: Localized(en: "Second lesson", zh: "第二课"),
                        summaries: Localized(en: "Another lesson, visited", zh: "另一门课，已访问过")),
        BilingualLesson(id: "third", titles: Localized(en: "Learning rate and weight initialization", zh: "学习率与权重初始化"),
                        summaries: Localized(en: "A lesson nobody opened yet, whose summary is long enough to be cut at 80 columns",
                                             zh: "还没有人打开过的课程，它的简介很长，长到在八十列宽的屏幕上一定会被截断")),
    ]

    /// The parts of the three lessons.
    static let parts: [String: Localized] = [
        "bilingual": Localized(en: "Basics", zh: "基础"), "second": Localized(en: "Basics", zh: "基础"),
        "third": Localized(en: "Training", zh: "训练"),
    ]

    /// An app over `lessons` in `language`, with the first lesson open on page 1.
    static func app(language: Language, size: ScreenSize = .minimum, progress: LessonKit.Progress = LessonKit.Progress(),
                    saveProgress: ((LessonKit.Progress) throws -> LessonKit.Progress)? = nil) -> NotebookApp {
        let app = NotebookApp(lessons: lessons, progress: progress, size: size, language: language,
                              saveProgress: saveProgress)
        app.partNames = parts
        app.openLesson(at: 0, page: 0)
        return app
    }

    /// The cell of the open page.
    static func cell(of app: NotebookApp) -> BilingualCell { app.session!.cell as! BilingualCell }
}
