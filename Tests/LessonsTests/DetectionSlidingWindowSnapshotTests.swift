import Charts
import LessonKit
import Testing
@testable import DetectionLesson

/// The sliding-window cell as exact text in English and in Chinese, at the size it gets in an
/// 80×24 terminal (54×13), trained (600 iterations, seed 1) and scanned at stride 4, with a clock
/// that moves 1 ms per reading (so the times read 10 ms for the ten rows of windows and 1 ms
/// for the pass); and switching language keeps the cell's state.
@Suite struct DetectionSlidingWindowSnapshotTests {
    static func fakeClock() -> () -> Double {
        final class Ticks: @unchecked Sendable { var now = 0.0 }
        let ticks = Ticks()
        return { ticks.now += 0.001; return ticks.now }
    }

    static func trimmed(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func scannedCellInBothLanguages() {
        let cell = SlidingWindowCell(source: SceneSource(directory: nil, seed: 1), seed: 1, clock: Self.fakeClock())
        cell.setKnob("stride", to: 4)
        cell.stepHeadless(cell.headlessStepCount(requested: nil))
        #expect(cell.scan.slowSeconds > 0.0099 && cell.scan.slowSeconds < 0.0101)
        let en = Language.$override.withValue(.en) { Self.trimmed(cell.render(width: 54, height: 13, options: .standard).text) }
        let zh = Language.$override.withValue(.zh) { Self.trimmed(cell.render(width: 54, height: 13, options: .standard).text) }
        #expect(en == Self.english)
        #expect(zh == Self.chinese)
        #expect(cell.stride == 4 && cell.scan.isFinished)
        #expect(Language.$override.withValue(.zh) { cell.status } == "步幅 4 等于网络的步幅：两张图相等")
    }

    static let english = """
    scene 1                   slow, s=4     conv, s=4
    █████████████┌0────────┐  █▀▀█████▀█    █▀▀█████▀█
    █████████████│█████████│  ▀████████▀    ▀████████▀
    █┌6────────┐▀│████▀█▀▀█│  ▀▀▀███████    ▀▀▀███████
    █│██▀█▀▀▀██│█│███▀▀▀███│  █▀████████    █▀████████
    █│▀█▀▀▀▀▀▀█│▀│████▀▀▀▀▀│  ▀▀████████    ▀▀████████
    █│██▀▀▀█▀▀█│▀└─────────┘
    ┌5────────┐│████████████  slow: 100 windows, 10 ms
    │└────────│┘▀███████████  9.37M mult-adds
    │███▀█▀███│█████████████  conv: 1 pass, 1 ms
    │██▀█▀█▀██│█████████████  1.27M mult-adds, 7.4× fewer
    │█████████│█████████████  max |slow − conv| 0
    └─────────┘█████████████  window test acc 74.1%
    """

    static let chinese = """
    场景 1                    逐窗 s=4      卷积 s=4
    █████████████┌0────────┐  █▀▀█████▀█    █▀▀█████▀█
    █████████████│█████████│  ▀████████▀    ▀████████▀
    █┌6────────┐▀│████▀█▀▀█│  ▀▀▀███████    ▀▀▀███████
    █│██▀█▀▀▀██│█│███▀▀▀███│  █▀████████    █▀████████
    █│▀█▀▀▀▀▀▀█│▀│████▀▀▀▀▀│  ▀▀████████    ▀▀████████
    █│██▀▀▀█▀▀█│▀└─────────┘
    ┌5────────┐│████████████  逐窗：100 个窗口，10 ms
    │└────────│┘▀███████████  乘加 9.37M
    │███▀█▀███│█████████████  卷积：1 次，1 ms
    │██▀█▀█▀██│█████████████  乘加 1.27M，少 7.4 倍
    │█████████│█████████████  最大 |逐窗 − 卷积| 0
    └─────────┘█████████████  窗口测试精度 74.1%
    """
}
