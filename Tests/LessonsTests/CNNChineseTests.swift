import Charts
import LessonKit
import Testing
@testable import CNNLesson

/// The cnn lesson in Chinese (issue #11): cells drawn in Chinese exactly as the notebook shows
/// them at 80×24 (the cell area is 54×13; piped output has no colour, so the framed window is
/// named in the readout), widths counted in display columns, and switching language keeps a
/// cell's state.
@Suite struct CNNChineseTests {
    /// Unicode without colour, as `nnbook render` draws into a pipe.
    let plain = RenderOptions(unicode: true, color: false)

    func trimmed(_ grid: Grid) -> String {
        grid.lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// Stride 2 on a 28×28 digit: the "no output" panel says why in Chinese, wrapped between
    /// Chinese characters within its 21 columns.
    @Test func explorerWithoutOutput() {
        let cell = ExplorerCell()
        cell.setKnob("image", to: ExplorerImage.digit2.index)
        cell.setKnob("stride", to: 2)
        let text = Language.$override.withValue(.zh) { trimmed(cell.render(width: 54, height: 13, options: plain)) }
        let expected = """
        输入 28×28            滤波器 3×3 没有输出
                               2  0  1   25 = H + 2P − F 不是
                               0 [1] 2   步幅 2 的倍数：最后一
                  ░▓██▓█▒      1  0  2   个窗口会悬在边缘之
                 ███░▒██▒                外；可试步幅 1
                 ▓▓░███▒
                 ▒███▒
               ▒███▓
             ░███▓▓█
           ░██████▓▓


         OH = OW = (28 + 2·0 − 3)/2 + 1 = 13.5 ✗
        """
        #expect(text == expected)
        let status = Language.$override.withValue(.zh) { cell.status }
        #expect(status == "没有输出：H + 2P − F = 25 不是 S = 2 的倍数；可试步幅 1")
    }

    /// Max pooling of a 28×28 digit: the pooled map's title "最大 14×14" (10 columns, one more
    /// than "max 14×14") is not cut, and the window is named in the readout.
    @Test func poolingOfADigit() {
        let cell = PoolingCell()
        cell.setKnob("pool_image", to: 2)
        let text = Language.$override.withValue(.zh) { trimmed(cell.render(width: 54, height: 13, options: plain)) }
        let expected = """
        输入 28×28         最大 14×14 平均


                 ░▒▒▒░         ████          ░▒▒▓▓▓░░
              ░██████▒        ░█▓            ██████▒▒
                ░▓█▓          █▓              ▒▒█▓
               ░█▓▒                          ░██▓
              ▓██▒                          ▒█▒▒
             ▓██                          ░░██
            ▓█▒                           ▓▓▒
         OH = OW = (28 + 2·0 − 2)/2 + 1 = 14
         窗口：行 0–1，列 0–1（在输入上反色显示）
         最大值 0.03199   平均值 0.007998
        """
        #expect(text == expected)
        // In English the same area keeps its layout: "max 14×14" fits the 9 columns it had.
        let english = Language.$override.withValue(.en) { cell.render(width: 54, height: 13, options: plain).lines[0] }
        #expect(english.hasPrefix("input 28×28        max 14×14 average"))
    }

    /// The im2col readout writes the dot product out when it fits, measured in display columns:
    /// "第 0 行·W = …" is 50 characters but 52 columns, so at 52 columns it is shortened where
    /// the English (50 columns) is not.
    @Test func im2colReadoutMeasuresDisplayColumns() {
        let cell = Im2ColCell()
        let zh = Language.$override.withValue(.zh) { cell.readoutParts(width: 53) }
        #expect(zh[0] == "col (4×9)·Wᵀ (9×1) = (4×1) → 变形为 2×2")
        #expect(zh[1] == "第 0 行·W = 1·2+2·0+3·1+0·0+1·1+2·2+3·1+0·0+1·2 = 15")
        #expect(zh[1].count == 50 && displayWidth(of: zh[1]) == 52)
        let narrower = Language.$override.withValue(.zh) { cell.readoutParts(width: 52) }
        #expect(narrower[1] == "第 0 行（窗口位于 0,0）·W = 15")
        let english = Language.$override.withValue(.en) { cell.readoutParts(width: 52) }
        #expect(english[1] == "row 0·W = 1·2+2·0+3·1+0·0+1·1+2·2+3·1+0·0+1·2 = 15")
    }

    /// Without MNIST the status says so in Chinese, keeping the system's reason as it is.
    @Test func dataProblemInChinese() {
        let cell = TrainingCell(dataDirectory: "/nonexistent-mnist", testSize: 10)
        _ = cell.dataset
        let reason = "missing file: /nonexistent-mnist/train-images-idx3-ubyte[.gz]"
        #expect(Language.$override.withValue(.zh) { cell.status } == "未能加载 MNIST（\(reason)），改用合成数字")
        #expect(Language.$override.withValue(.en) { cell.status } == "MNIST not loaded (\(reason)): using synthetic digits")
    }

    /// Knob labels, status and page title follow the language; the cell's state does not change.
    @Test func switchingLanguageKeepsTheCellsState() throws {
        let page = CNNLesson().makePages(context: LessonContext())[0]
        let cell = try #require(page.cell)
        cell.setKnob("pad", to: 1)
        cell.setKnob("value", to: 3)
        let en = Language.$override.withValue(.en) { (page.title, cell.knobs.map(\.label), cell.knobs.map(\.value), cell.status) }
        let zh = Language.$override.withValue(.zh) { (page.title, cell.knobs.map(\.label), cell.knobs.map(\.value), cell.status) }
        #expect(en.0 == "Convolution: a filter sliding over an image" && zh.0 == "卷积：滤波器在图像上滑动")
        #expect(zh.1 == ["图像", "滤波器预设", "滤波器大小", "元素 f22", "元素值", "填充 P", "步幅 S", "输出行", "输出列"])
        #expect(en.1[3] == "entry f22" && en.1[4] == "entry value")
        #expect(en.2 == zh.2 && zh.2[4] == 3 && zh.2[5] == 1)
        #expect(en.3 == "filter book, edited by hand — choose a preset to restore it")
        #expect(zh.3 == "滤波器 book 已被手工编辑；重新选择预设即可恢复")
    }
}
