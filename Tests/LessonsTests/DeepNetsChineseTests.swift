import Charts
import LessonKit
import Testing
@testable import DeepNetsLesson

/// The deepnets lesson's shape table as exact text at 80×24 in Chinese and in English
/// (LeNet-5 with layer 3 selected), and switching language keeps the cell's edits.
@Suite struct DeepNetsChineseTests {
    func rendered(_ language: Language, cell: ShapeTableCell) -> String {
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    func edited() -> ShapeTableCell {
        let cell = ShapeTableCell()
        cell.setKnob("layer", to: 3)
        cell.setKnob("filters", to: 8)
        return cell
    }

    @Test func shapeTableInChinese() {
        let expected = """
          #  层          输出       参数     乘加
          ─  ──────────  ───────  ──────  ───────
          0  输入        1×32×32
          1  conv 6@5×5  6×28×28     156  117,600
          2  池化 2×2    6×14×14       0        0
        ▸ 3  conv 8@5×5  8×10×10   1,208  120,000
          4  池化 2×2    8×5×5         0        0
          5  全连接 120  120      24,120   24,000
          6  全连接 84   84       10,164   10,080
          7  全连接 10   10          850      840
             合计                 36,498  272,520











         参数 (5·5·6 + 1)·8 = 1,208
         乘加 10·10·8·5·5·6 = 120,000
        """
        #expect(rendered(.zh, cell: edited()) == expected)
    }

    @Test func shapeTableInEnglish() {
        let expected = """
          #  layer       output   params  mult-adds
          ─  ──────────  ───────  ──────  ─────────
          0  input       1×32×32
          1  conv 6@5×5  6×28×28     156    117,600
          2  pool 2×2    6×14×14       0          0
        ▸ 3  conv 8@5×5  8×10×10   1,208    120,000
          4  pool 2×2    8×5×5         0          0
          5  fc 120      120      24,120     24,000
          6  fc 84       84       10,164     10,080
          7  fc 10       10          850        840
             total                36,498    272,520











         params (5·5·6 + 1)·8 = 1,208
         mult-adds 10·10·8·5·5·6 = 120,000
        """
        #expect(rendered(.en, cell: edited()) == expected)
    }

    @Test func switchingLanguageKeepsTheEdits() {
        let cell = edited()
        _ = rendered(.zh, cell: cell)
        #expect(cell.architecture.totalParameters == 36_498 && cell.selected == 2)
        #expect(Language.$override.withValue(.zh) { cell.knobs.map(\.label) } == ["网络结构", "层", "滤波器数 FN", "滤波器大小 F", "填充 P"])
    }
}
