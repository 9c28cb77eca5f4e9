import Charts
import LessonKit
import Testing
@testable import DetectionLesson

/// The detection lesson's YOLO grid cell as exact text in Chinese and in English, at the size
/// it gets in an 80×24 terminal (54×13), on a 4×4 grid with 3 anchors (deterministic from the
/// seed: same digits, same scene); and switching language keeps the cell's state.
@Suite struct DetectionChineseTests {
    func rendered(_ language: Language) -> String {
        let cell = YOLOGridCell(source: SceneSource(directory: nil, seed: 1))
        cell.setKnob("S", to: 4)
        cell.setKnob("B", to: 3)
        let text = Language.$override.withValue(language) { cell.render(width: 54, height: 13, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func yoloCellInChinese() {
        let expected = """
        场景 1，4×4 网格            输出 S×S×B×(5+C)
        ██████┊█████┊█████┊█████    = 4×4×3×15 = 720
        ██████┊█████┊█████┊█████    锚框（宽×高）：
        ███┌0─────┐█┊█████┌1┐▀██    18×18 12×24 24×12
        ┈┈┈│┈┈┼┈┈┈│┈┊┈┈┈┈┈│●│┈┈┈    # 数字 格 锚框 IoU
        ██▀│▀▀●▀▀▀│█┊█████└─┘▀▀█    0  6  (1,1)  方形  0.82
        ███│▀▀┊█▀▀│█┊█████┊█████    1  4  (1,3)  竖长  0.21
        ┈┈┈└──────┘┈┼┈┈┈┈┈┊┈┈┈┈┈    2  5  (2,0)  竖长  0.28
        ██▀┌2─┐▀█▀█┌3┐██┌4─┐████    3  6  (3,2)  竖长  0.25
        ███│▀●│███▀│┊│██│●┊│█▀██    4  6  (2,2)  竖长  0.44
        ┈┈┈└──┘┈┈┈┈│●│┈┈└──┘┈┈┈┈    没有冲突
        ██████┊████└─┘▀▀█▀┊█████
        ██████┊█████┊█████┊█████
        """
        #expect(rendered(.zh) == expected)
    }

    @Test func yoloCellInEnglish() {
        let expected = """
        scene 1 on a 4×4 grid       output S×S×B×(5+C)
        ██████┊█████┊█████┊█████    = 4×4×3×15 = 720
        ██████┊█████┊█████┊█████    anchors w×h:
        ███┌0─────┐█┊█████┌1┐▀██    18×18 12×24 24×12
        ┈┈┈│┈┈┼┈┈┈│┈┊┈┈┈┈┈│●│┈┈┈    # digit cell anchor IoU
        ██▀│▀▀●▀▀▀│█┊█████└─┘▀▀█    0  6  (1,1)  square  0.82
        ███│▀▀┊█▀▀│█┊█████┊█████    1  4  (1,3)  tall  0.21
        ┈┈┈└──────┘┈┼┈┈┈┈┈┊┈┈┈┈┈    2  5  (2,0)  tall  0.28
        ██▀┌2─┐▀█▀█┌3┐██┌4─┐████    3  6  (3,2)  tall  0.25
        ███│▀●│███▀│┊│██│●┊│█▀██    4  6  (2,2)  tall  0.44
        ┈┈┈└──┘┈┈┈┈│●│┈┈└──┘┈┈┈┈    no collisions
        ██████┊████└─┘▀▀█▀┊█████
        ██████┊█████┊█████┊█████
        """
        #expect(rendered(.en) == expected)
    }

    @Test func switchingLanguageKeepsState() {
        let cell = YOLOGridCell(source: SceneSource(directory: nil, seed: 1))
        cell.setKnob("S", to: 4)
        _ = Language.$override.withValue(.zh) { cell.render(width: 54, height: 13, options: .standard) }
        #expect(cell.gridSize == 4)
        #expect(Language.$override.withValue(.zh) { cell.status } == "每个物体都有自己的格子和锚框")
        #expect(Language.$override.withValue(.en) { cell.status } == "every object has its own cell and anchor")
    }
}
