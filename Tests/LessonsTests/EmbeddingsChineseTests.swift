import Charts
import LessonKit
import Testing
@testable import EmbeddingsLesson

/// The embeddings lesson's style cell as exact text at 80×24 in Chinese and in English (after
/// 3 slides of texture B = columns against A = stripes; no randomness).
@Suite struct EmbeddingsChineseTests {
    func rendered(_ language: Language) -> String {
        let cell = StyleCell()
        cell.setKnob("b", to: 1)
        for _ in 0..<3 { cell.step() }
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func styleCellInChinese() {
        let expected = """
        纹理 A          纹理 B          Gram A                  Gram B
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ███████████████ ███████████████ ▀▀▀▀▀███████████████    █████▀▀▀▀▀▀▀▀▀▀█████
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀ ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀ ██████████▀▀▀▀▀▀▀▀▀▀    █████▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀
                                        ████████████████████    ████████████████████
                                        ████████████████████    ████████████████████











         风格损失 Σ(G_A−G_B)²/(4N²M²) = 2.45
         内容损失，(F_A−F_B)² 的均值 = 5.33
        """
        #expect(rendered(.zh) == expected)
    }

    @Test func styleCellInEnglish() {
        let expected = """
        texture A       texture B       Gram A                  Gram B
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ███████████████ ███████████████ ▀▀▀▀▀███████████████    █████▀▀▀▀▀▀▀▀▀▀█████
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ███████████████ ███████████████ ████████████████████    ████████████████████
        ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀ ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀ ██████████▀▀▀▀▀▀▀▀▀▀    █████▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀
                                        ████████████████████    ████████████████████
                                        ████████████████████    ████████████████████











         style loss Σ(G_A−G_B)²/(4N²M²) = 2.45
         content loss, mean (F_A−F_B)² = 5.33
        """
        #expect(rendered(.en) == expected)
    }

    /// Switching the language keeps the cell's state (the slide and the knobs).
    @Test func switchingLanguageKeepsState() {
        let cell = StyleCell()
        cell.setKnob("b", to: 3)
        cell.step()
        _ = Language.$override.withValue(.zh) { cell.render(width: 80, height: 24, options: .standard) }
        #expect(cell.shift == 1 && cell.textureB == 3)
        #expect(Language.$override.withValue(.zh) { cell.status } == "纹理 B 已滑动 1 像素 · 按空格键继续滑动，按 r 复位")
    }
}
