import Charts
@testable import LessonKit
import Testing

/// Chinese line breaking (issue #11): between any two characters, never before closing or
/// after opening punctuation, mixed Chinese/Latin lines breaking at the script change, and
/// widths counted in columns (a CJK character takes two).
@Suite struct LineBreakTests {
    @Test func chineseBreaksBetweenCharactersAndNeverStartsWithClosingPunctuation() {
        // 10 columns hold five characters; the sixth character "。" may not start a line,
        // so "数。" moves down together.
        #expect(LineBreak.lines("激活函数的导数。很重要", width: 10) == ["激活函数的", "导数。很重", "要"])
        #expect(LineBreak.lines("一二三四五。六七", width: 10) == ["一二三四", "五。六七"])
        for line in LineBreak.lines("这是一个，很长的句子：它有逗号、冒号；还有问号？对！（括号）也在。", width: 8) {
            #expect(displayWidth(of: line) <= 8, "\(line)")
            if let first = line.first { #expect(!LineBreak.closing.contains(first), "\(line)") }
            if let last = line.last { #expect(!LineBreak.opening.contains(last), "\(line)") }
        }
    }

    @Test func openingPunctuationStaysWithWhatFollows() {
        #expect(LineBreak.lines("一二三四（五六）", width: 10) == ["一二三四", "（五六）"])
    }

    @Test func mixedTextBreaksAtTheScriptChangeAndKeepsNumbersWhole() {
        #expect(LineBreak.lines("学习率为0.25时收敛", width: 11) == ["学习率为", "0.25时收敛"])
        #expect(LineBreak.lines("使用 ReLU 函数", width: 10) == ["使用 ReLU", "函数"])
        #expect(LineBreak.pieces(of: "用ReLU。").map(\.word) == ["用", "ReLU。"])
    }

    @Test func englishStillBreaksAtSpacesOnly() {
        #expect(LineBreak.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(LineBreak.pieces(of: "a  b").map(\.gap) == ["", "  "])
    }

    @Test func markdownJoinsChineseSourceLinesWithoutASpace() {
        let grid = MarkdownText.layout("神经元把输入\n加权求和，**激活函数**\n再作用于和。 Then English\ncontinues.", width: 80)
        #expect(grid.lines[0].hasPrefix("神经元把输入加权求和，激活函数再作用于和。 Then English continues."))
    }

    @Test func markdownWrapsChineseWithinWidth() {
        let text = String(repeating: "反向传播把损失对每个权重的梯度，一层一层地传回去。", count: 4)
        let grid = MarkdownText.layout(text, width: 30)
        #expect(grid.height > 1)
        for line in grid.lines {
            #expect(displayWidth(of: line) == 30)
            let trimmed = line.trimmingTrailingSpaces
            if let first = trimmed.first { #expect(!LineBreak.closing.contains(first), "\(line)") }
        }
    }
}

private extension String {
    var trimmingTrailingSpaces: String { String(reversed().drop(while: { $0 == " " }).reversed()) }
}
