import Charts
import LessonKit
import Testing
@testable import PlaygroundLesson

/// The playground cell (Ng's flower, 2-4-2 tanh, 300 iterations, seed 1) as exact text at
/// 80×24 in Chinese and in English, and switching language keeps the run.
@Suite struct PlaygroundChineseTests {
    let cell: PlaygroundCell = {
        let cell = PlaygroundCell(run: PlaygroundRun(seed: 1))
        for _ in 0..<300 { cell.step() }
        return cell
    }()

    func rendered(_ language: Language) -> String {
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func playgroundCellInChinese() {
        let expected = """
                    决策区域                                    损失
          ┌───────────────────────────┐             ┌──────────────────────────┐
          │▀                          │ ● 类别 0    │⠑⠶⣄                       │ ── 训练
          │ ▀                         │ ■ 类别 1 0.6┤  ⠈⠳⡄                     │ ── 测试
         4┤        ●●      ●●●      ▀ │             │    ⢹                     │
          │    ▀   ●●     ●●●●    ▀   │          0.4┤    ⠈⣇                    │
          │     ▀  ●●  ■ ●● ●    ▀    │             │     ⠈⠳⢤⣀⣀⣀               │
         2┤       ▀    ● ●            │          0.2┤          ⠈⠉⠉⠉⠙⠛⠛⠛⠛⠛⠛⠛⠛⠫⠶⠶│
          │   ■■■  ■ ●  ●    ■■■■■■   │             └┬───────┬────────┬───────┬┘
          │    ■   ■■●● ● ●■     ■■   │              0      100      200     300
          │    ■■■■■  ●●■■■   ■ ■■    │                       迭代次数
         0┤▀▀▀▀▀▀▀▀■▀▀●■■●■▀■▀        │                 网络：2-4-2 tanh
          │     ●●    ■■■●   ●● ●     │                                         ── w > 0
          │    ●    ●■■ ■   ●    ●●   │                    ⢀⣀⣀⠠⠤●⠠⠤⣀⣀⣀          ── w < 0
          │   ●● ●●▀●■     ▀ ●●●●●●   │               ●⠶⣒⠉⠉⠁  ⢀⠎ ⠱⡀   ⠉⠉⢑⣲●
        -2┤         ■    ■            │                  ⠉⠑⠢⠤⡰⠁   ⠈⢆⡠⠤⠒⡩⢓⠏
          │    ▀   ■■ ■■ ■  ■ ▀       │                    ⢀⠜⠈⠈⡲●⢐⠉⠁⢣⡤⠊⡠⠃
          │   ▀    ■■ ■   ■■■■ ▀      │                   ⡠⠊ ⡤⠘   ⡱⠴⡁⢘⢜
          │ ▀       ■      ■■■   ▀    │                  ⡔⢁⠤⠊ ⢀⠤●⠨⣀ ⡨⠪⢌⠢⡀
        -4┤                       ▀▀  │                ⢠⡪⢔⡡⠤⠒⠉     ⡝⠑⠢⠤⣑⠵⡄
          │                         ▀ │               ●⠿⠭⣁⣀⡀     ⢠⠊   ⣀⣀⡩⠽●
          └──┬─────┬────┬────┬─────┬──┘                    ⠈⠉⠑⠐⠒●⠑⠒⠊⠉⠉
             -4    -2   0    2     4
         训练 94%  测试 89.5%  损失 0.229 / 0.254
        """
        #expect(rendered(.zh) == expected)
    }

    @Test func playgroundCellInEnglish() {
        let expected = """
                decision regions                               loss
          ┌──────────────────────────┐              ┌─────────────────────────┐
          │▀                         │ ● class 0    │⠑⠶⣄                      │ ── train
          │ ▀                        │ ■ class 1 0.6┤  ⠈⢳⡀                    │ ── test
         4┤        ●●     ●●●      ▀ │              │    ⢳                    │
          │    ▀   ●●    ●● ●    ▀   │           0.4┤    ⠘⣆                   │
          │     ▀  ●  ■● ●  ●   ▀    │              │     ⠘⠦⣤⣀⣀⡀              │
         2┤       ▀   ● ●     ▀      │           0.2┤          ⠉⠉⠉⠉⠛⠛⠛⠛⠛⠛⠛⠛⠫⠶⠶│
          │  ■■■■  ■●   ●    ■■■■■   │              └┬───────┬───────┬───────┬┘
          │   ■    ■■● ●● ●■    ■■   │               0      100     200     300
          │    ■■■■■  ●■■■   ■ ■■    │                       iteration
         0┤▀▀▀▀▀▀▀▀■▀●■■■■■■●▀       │                the net: 2-4-2 tanh
          │    ●●●    ■■●    ● ●     │                                          ── w > 0
          │   ●●   ●●■■■■▀ ●    ●●   │                     ⢀⣀⣀⠠⠤●⠠⠤⣀⣀⣀          ── w < 0
          │   ●●● ●● ■      ●● ●●●●  │                ●⠶⣒⠉⠉⠁  ⢀⠎ ⠱⡀   ⠉⠉⢑⣲●
        -2┤      ▀  ■   ■   ▀        │                   ⠉⠑⠢⠤⡰⠁   ⠈⢆⡠⠤⠒⡩⢓⠏
          │    ▀   ■■ ■  ■  ■        │                     ⢀⠜⠈⠈⡲●⢐⠉⠁⢣⡤⠊⡠⠃
          │   ▀    ■  ■  ■■■■        │                    ⡠⠊ ⡤⠘   ⡱⠴⡁⢘⢜
          │ ▀      ■■     ■■■   ▀    │                   ⡔⢁⠤⠊ ⢀⠤●⠨⣀ ⡨⠪⢌⠢⡀
        -4┤                       ▀  │                 ⢠⡪⢔⡡⠤⠒⠉     ⡝⠑⠢⠤⣑⠵⡄
          │                        ▀ │                ●⠿⠭⣁⣀⡀     ⢠⠊   ⣀⣀⡩⠽●
          └──┬────┬─────┬────┬────┬──┘                     ⠈⠉⠑⠐⠒●⠑⠒⠊⠉⠉
             -4   -2    0    2    4
         train 94%  test 89.5%  loss 0.229 / 0.254
        """
        #expect(rendered(.en) == expected)
    }

    @Test func switchingLanguageKeepsTheRun() {
        _ = rendered(.zh)
        #expect(cell.run.iteration == 300 && cell.readout == "train 94%  test 89.5%  loss 0.229 / 0.254")
        #expect(Language.$override.withValue(.zh) { cell.readout } == "训练 94%  测试 89.5%  损失 0.229 / 0.254")
    }
}
