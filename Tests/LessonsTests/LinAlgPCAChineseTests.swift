import Charts
import Foundation
import LessonKit
import Testing
@testable import LinAlgLesson

/// The linalg lesson's new cells as exact text at 80×24 in English and Chinese: the PCA of the
/// digits with its defaults, and the autoencoder after 20 of its 300 steps (200 iterations).
@Suite struct LinAlgPCAChineseTests {
    func rendered(_ page: Int, steps: Int, _ language: Language) throws -> String {
        let pages = LinAlgLesson().makePages(context: LessonContext())
        let cell = try #require(pages[page].cell)
        cell.stepHeadless(steps)
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// Compares with the expected text; on a mismatch also writes the actual text to
    /// $TMPDIR/linalg-snapshots/NAME.txt to compare by eye.
    func check(_ actual: String, _ expected: String, _ name: String) {
        if actual != expected {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("linalg-snapshots")
            try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try? actual.write(to: dir.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
        }
        #expect(actual == expected)
    }

    @Test func pcaCellInEnglish() throws {
        check(try rendered(3, steps: 0, .en), Self.pcaEnglish, "pca-en")
    }

    @Test func pcaCellInChinese() throws {
        check(try rendered(3, steps: 0, .zh), Self.pcaChinese, "pca-zh")
    }

    @Test func autoencoderCellInEnglish() throws {
        check(try rendered(4, steps: 20, .en), Self.autoencoderEnglish, "autoencoder-en")
    }

    @Test func autoencoderCellInChinese() throws {
        check(try rendered(4, steps: 20, .zh), Self.autoencoderChinese, "autoencoder-zh")
    }

    static let pcaEnglish = """
    PC2      digits on PC1 / PC2            PC1       PC2       PC3       PC4
      ┌───────────────────────────────┐     █████████ █████████ █████████ █████▀███
      │                 ⡀             │ ● 0 ████▀▀▀██ ██▀▀▀▀▀██ ███▀▀▀▀▀█ ███▀▀▀▀██
     4┤             ⠂ ⠂ ⠁⡀⠐           │ ■ 1 ████▀█▀██ ██▀▀▀▀▀██ ███▀▀█▀██ ██▀▀▀▀▀██
      │       ⠂ ⢀ ⠁⢄⡌⠈ ⡄⡒  ⡀⢀⠐ ⠐      │ ▲ 2 ███▀▀▀▀██ ███▀▀▀▀██ ██▀▀▀▀▀██ ███▀▀▀▀██
      │       ⢀⠢⠄⢐ ⣀⢀⢄ ⢬⠆ ⠃⠄  ⠈   ⠄   │ ◆ 3 ▀▀▀▀▀▀▀▀▀ ▀▀▀▀▀▀▀▀▀ ▀▀▀▀▀▀▀▀▀ ▀▀▀▀▀▀▀▀▀
     2┤     ⠠⢐⠬⠠ ⡂⠚⡁⢀  ⡠⡀ ⠔ ⢀⠚        │ ✚ 4
      │    ⠂⢜⢢⠈⣀⠐⡄⠑⠐⡅ ⢄⠢⢁⡐ ⠄⠠⡀  ⣀     │ ✖ 5
      │ ⣐ ⢀⢳⠐⢐ ⠈ ⣄⣄⢌⢑⣙⠜⡀⢜⠄⣈⠒⠃⠄⢀⡀      │ ★ 6              variance kept (%)
      │ ⠡⠠⡒⡰⠙⠑⡀⠠⢀⡨⣄⢈⣀⠄⠑⠁⡖⠁⢄⢳⡀⠂ ⠁⠐     │ ○ 7    ┌───────────────────────────────────┐
     0┤ ⢠⣄⠞⢄⢁⡄⠂⠈⠌⠢⢬⢠⠐⢔⠢⠫ ⣇ ⠄  ⠠ ⠠     │ ● 8 100┤                                   │
      │ ⠠⢐⣙⣎⠉⠡ ⣆⠬⣕⡢⢞⢉⢁⠐⠘⠐⡄⠁  ⡠⠐⠈⢀     │ ■ 9    │                                   │
      │  ⢍⠐⠄⠜⠑⢓⢨⡄⣀⠨⠭⢂⠊⠤⡆⠉⡂⠈⢈⠂⠈⡀⢀ ⠈    │        │                                   │
      │ ⠉  ⠈⠈⠄⢐⢔⢘⠄⢢⡥⠉ ⢁⠈⡐⠅⠄⠃⠪         │        │                                   │
    -2┤     ⠲ ⠐ ⠈⠬⠙⢂⠫⡀⠁⡠⡈  ⠠⠐⡊ ⢀ ⠁ ⠄⠄ │        │                             ▁   ▃ │
      │       ⢂  ⠈⠅ ⢄⠑⣠⠘⠡ ⠢  ⢀  ⢀  ⠠ ⠁│      50┤                   ▂  ▄   ▇  █   █ │
      │            ⠐ ⠐⠩  ⠊            │        │            ▂  ▆   █  █   █  █   █ │
    -4┤                  ⠁            │        │        ▅   █  █   █  █   █  █   █ │
      │                  ⠐⠈           │        │ ▁   ▇  █   █  █   █  █   █  █   █ │
      └┬─────┬──────┬─────┬─────┬─────┘       0┤ █   █  █   █  █   █  █   █  █   █ │
       -4    -2     0     2     4              └─┬───▲──┬───┬──┬───┬──┬───┬──┬───┬─┘
                     PC1                         1   2  3   4  5   6  7   8  9   10
     500 digits: variance on PC1 10.8 %, on PC2 8.3 %
     k = 2: PC1…PC2 keep 19.1 % of the variance
    """
    static let pcaChinese = """
    PC2      数字在 PC1 / PC2 上            PC1       PC2       PC3       PC4
      ┌───────────────────────────────┐     █████████ █████████ █████████ █████▀███
      │                 ⡀             │ ● 0 ████▀▀▀██ ██▀▀▀▀▀██ ███▀▀▀▀▀█ ███▀▀▀▀██
     4┤             ⠂ ⠂ ⠁⡀⠐           │ ■ 1 ████▀█▀██ ██▀▀▀▀▀██ ███▀▀█▀██ ██▀▀▀▀▀██
      │       ⠂ ⢀ ⠁⢄⡌⠈ ⡄⡒  ⡀⢀⠐ ⠐      │ ▲ 2 ███▀▀▀▀██ ███▀▀▀▀██ ██▀▀▀▀▀██ ███▀▀▀▀██
      │       ⢀⠢⠄⢐ ⣀⢀⢄ ⢬⠆ ⠃⠄  ⠈   ⠄   │ ◆ 3 ▀▀▀▀▀▀▀▀▀ ▀▀▀▀▀▀▀▀▀ ▀▀▀▀▀▀▀▀▀ ▀▀▀▀▀▀▀▀▀
     2┤     ⠠⢐⠬⠠ ⡂⠚⡁⢀  ⡠⡀ ⠔ ⢀⠚        │ ✚ 4
      │    ⠂⢜⢢⠈⣀⠐⡄⠑⠐⡅ ⢄⠢⢁⡐ ⠄⠠⡀  ⣀     │ ✖ 5
      │ ⣐ ⢀⢳⠐⢐ ⠈ ⣄⣄⢌⢑⣙⠜⡀⢜⠄⣈⠒⠃⠄⢀⡀      │ ★ 6               保留的方差（%）
      │ ⠡⠠⡒⡰⠙⠑⡀⠠⢀⡨⣄⢈⣀⠄⠑⠁⡖⠁⢄⢳⡀⠂ ⠁⠐     │ ○ 7    ┌───────────────────────────────────┐
     0┤ ⢠⣄⠞⢄⢁⡄⠂⠈⠌⠢⢬⢠⠐⢔⠢⠫ ⣇ ⠄  ⠠ ⠠     │ ● 8 100┤                                   │
      │ ⠠⢐⣙⣎⠉⠡ ⣆⠬⣕⡢⢞⢉⢁⠐⠘⠐⡄⠁  ⡠⠐⠈⢀     │ ■ 9    │                                   │
      │  ⢍⠐⠄⠜⠑⢓⢨⡄⣀⠨⠭⢂⠊⠤⡆⠉⡂⠈⢈⠂⠈⡀⢀ ⠈    │        │                                   │
      │ ⠉  ⠈⠈⠄⢐⢔⢘⠄⢢⡥⠉ ⢁⠈⡐⠅⠄⠃⠪         │        │                                   │
    -2┤     ⠲ ⠐ ⠈⠬⠙⢂⠫⡀⠁⡠⡈  ⠠⠐⡊ ⢀ ⠁ ⠄⠄ │        │                             ▁   ▃ │
      │       ⢂  ⠈⠅ ⢄⠑⣠⠘⠡ ⠢  ⢀  ⢀  ⠠ ⠁│      50┤                   ▂  ▄   ▇  █   █ │
      │            ⠐ ⠐⠩  ⠊            │        │            ▂  ▆   █  █   █  █   █ │
    -4┤                  ⠁            │        │        ▅   █  █   █  █   █  █   █ │
      │                  ⠐⠈           │        │ ▁   ▇  █   █  █   █  █   █  █   █ │
      └┬─────┬──────┬─────┬─────┬─────┘       0┤ █   █  █   █  █   █  █   █  █   █ │
       -4    -2     0     2     4              └─┬───▲──┬───┬──┬───┬──┬───┬──┬───┬─┘
                     PC1                         1   2  3   4  5   6  7   8  9   10
     500 个数字：PC1 占方差的 10.8%，PC2 占 8.3%
     k = 2：PC1…PC2 保留 19.1% 的方差
    """
    static let autoencoderEnglish = """
    z₂        autoencoder codes             PC2          PCA coordinates
      ┌───────────────────────────────┐       ┌────────────────────────────────────┐
      │        ⠠ ⢀                    │ ● 0  5┤             ⡀⢀⣰⡀ ⠁ ⡀ ⠄⢀            │
     4┤⠈  ⢀ ⠑⡀⢑⠁⠄⠜⠋⠄⢐ ⢒⠄ ⠁⠂⢂          │ ■ 1   │        ⠂⠬⠐⠆⣣⠁⣀⢄⠬⢎⡂⢪⢀⠢⠈⠡⠌⠢⠄         │
      │⠨⢐  ⢐⠂⠄⠄⠄⠂⠠⠗⡒⠱⠅⠂⡘⠫⡀⠍⠘⣤ ⡁⡀      │       │    ⡀  ⠆⢁⡕⡠⢂⠐⢃⠘⡈⠒⠜⠄⡆ ⠁⠐⠄⢄⠂⡀⢀⡀⡢⡡⡀⣀⢄⠄ │
     2┤        ⠂ ⢀⠠⠊⠘ ⣐⠤⢈⣲⡡⠐⡁⢈⠖⡊⢀⢤⠐   │      0┤ ⠠⠈ ⠘⠔⡌⠇⣁⢀⡂⠁⠬⡈⠅⠛  ⠐    ⠂⡂⠂⠥⣍⣡⣶⣦⣿⣧⣧⡀⠂│
     0┤      ⢀⢀  ⠁   ⠠  ⠈⣨⠔⡰⡒⠔⠐⡣⠈⠉⣰⠠  │       │ ⠉⠤⠴⢐ ⠒⢪⠆⢘⢆⣀⡈⠅⠁ ⠄⠄⠄    ⢀  ⣒⢰⡪⣿⡿⡿⣿⠟⠂⠁│
      │    ⢀⣢⣶⣠⡦⣀⣀⠔⡐⣀⠂⡀⡠ ⠨⠈⠂⠐⡚⡂⠈⠔⠁⠁⠈⠐⡀│       │   ⠔⠠⠒⠃⠰⠁⢊ ⠂ ⠄⡀ ⠂       ⠁  ⠊        │
    -2┤    ⠰⢿⣷⣿⣿⣽⡟⣷⣑⢥⡱⠠ ⠈  ⠄⠰⠆⠉⢀⠐⠂    │       │  ⠈  ⠐⠈⠲ ⠈ ⠄⠐⡉ ⠈⠠                   │
      │      ⠈ ⠉⠙⠈ ⠛⠆   ⠂             │     -5┤         ⠄   ⠂ ⠁                    │
      └────┬────────┬────────┬───────┬┘       └┬──────┬──────┬──────┬──────┬──────┬┘
           -2       0        2       4         -6     -4     -2     0      2      4
                     z₁                                        PC1
                               sin θ to the PCA plane (log)
       ┌───────────────────────────────────────────────────────────────────────────┐
      1┤⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠒⠒⠒⠒⠢⠤⠤⢄⣀⣀                                          │
       │                                 ⠉⠉⠑⠒⠢⠤⠤⣀⣀⣀                                │
       │                                           ⠉⠉⠉⠉⠒⠒⠒⠒⠢⠤⠤⠤⣀⣀⣀⣀⣀⡀              │
    0.1┤                                                            ⠈⠉⠉⠒⠒⠢⠤⠤⠤⣀⣀⣀⣀⠤⠤│
       └┬─────────────────┬──────────────────┬──────────────────┬─────────────────┬┘
        0                 50                100                150               200
                                         iteration
     angle to the PCA plane 6.46° · sin θ = 0.11
     error 20.087 · PCA floor Σ_{i>2} σᵢ²/n = 19.998
    """
    static let autoencoderChinese = """
    z₂         自编码器的编码               PC2              PCA 坐标
      ┌───────────────────────────────┐       ┌────────────────────────────────────┐
      │        ⠠ ⢀                    │ ● 0  5┤             ⡀⢀⣰⡀ ⠁ ⡀ ⠄⢀            │
     4┤⠈  ⢀ ⠑⡀⢑⠁⠄⠜⠋⠄⢐ ⢒⠄ ⠁⠂⢂          │ ■ 1   │        ⠂⠬⠐⠆⣣⠁⣀⢄⠬⢎⡂⢪⢀⠢⠈⠡⠌⠢⠄         │
      │⠨⢐  ⢐⠂⠄⠄⠄⠂⠠⠗⡒⠱⠅⠂⡘⠫⡀⠍⠘⣤ ⡁⡀      │       │    ⡀  ⠆⢁⡕⡠⢂⠐⢃⠘⡈⠒⠜⠄⡆ ⠁⠐⠄⢄⠂⡀⢀⡀⡢⡡⡀⣀⢄⠄ │
     2┤        ⠂ ⢀⠠⠊⠘ ⣐⠤⢈⣲⡡⠐⡁⢈⠖⡊⢀⢤⠐   │      0┤ ⠠⠈ ⠘⠔⡌⠇⣁⢀⡂⠁⠬⡈⠅⠛  ⠐    ⠂⡂⠂⠥⣍⣡⣶⣦⣿⣧⣧⡀⠂│
     0┤      ⢀⢀  ⠁   ⠠  ⠈⣨⠔⡰⡒⠔⠐⡣⠈⠉⣰⠠  │       │ ⠉⠤⠴⢐ ⠒⢪⠆⢘⢆⣀⡈⠅⠁ ⠄⠄⠄    ⢀  ⣒⢰⡪⣿⡿⡿⣿⠟⠂⠁│
      │    ⢀⣢⣶⣠⡦⣀⣀⠔⡐⣀⠂⡀⡠ ⠨⠈⠂⠐⡚⡂⠈⠔⠁⠁⠈⠐⡀│       │   ⠔⠠⠒⠃⠰⠁⢊ ⠂ ⠄⡀ ⠂       ⠁  ⠊        │
    -2┤    ⠰⢿⣷⣿⣿⣽⡟⣷⣑⢥⡱⠠ ⠈  ⠄⠰⠆⠉⢀⠐⠂    │       │  ⠈  ⠐⠈⠲ ⠈ ⠄⠐⡉ ⠈⠠                   │
      │      ⠈ ⠉⠙⠈ ⠛⠆   ⠂             │     -5┤         ⠄   ⠂ ⠁                    │
      └────┬────────┬────────┬───────┬┘       └┬──────┬──────┬──────┬──────┬──────┬┘
           -2       0        2       4         -6     -4     -2     0      2      4
                     z₁                                        PC1
                                与 PCA 平面的 sin θ（对数）
       ┌───────────────────────────────────────────────────────────────────────────┐
      1┤⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠒⠒⠒⠒⠢⠤⠤⢄⣀⣀                                          │
       │                                 ⠉⠉⠑⠒⠢⠤⠤⣀⣀⣀                                │
       │                                           ⠉⠉⠉⠉⠒⠒⠒⠒⠢⠤⠤⠤⣀⣀⣀⣀⣀⡀              │
    0.1┤                                                            ⠈⠉⠉⠒⠒⠢⠤⠤⠤⣀⣀⣀⣀⠤⠤│
       └┬─────────────────┬──────────────────┬──────────────────┬─────────────────┬┘
        0                 50                100                150               200
                                           迭代
     与 PCA 平面的夹角 6.46° · sin θ = 0.11
     误差 20.087 · PCA 下限 Σ_{i>2} σᵢ²/n = 19.998
    """
}
