import Charts
import LessonKit
import Testing
@testable import DeepNetsLesson

/// The augmentation cell as exact text at 80×24 in English and in Chinese: 50 training
/// images, 20 epochs, the rotation range raised to 20° at epoch 10 (marked on both charts);
/// switching language keeps the run.
@Suite struct DeepNetsAugmentSnapshotTests {
    func played() -> AugmentCell {
        let cell = DeepNetsAugmentTests.cell(AugmentRun.Config(trainSize: 50, epochs: 20))
        cell.stepHeadless(10)
        cell.setKnob("rotation", to: 20)
        cell.stepHeadless(10)
        return cell
    }

    func rendered(_ language: Language, cell: AugmentCell) -> String {
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func augmentationInEnglish() {
        let expected = """
        ██████▀▀▀▀██ ████▀▀▀▀████ ██████▀▀▀▀██ ██████▀▀▀███ █████▀▀▀▀▀██ █████▀█▀▀▀▀█
        ▀██▀▀▀▀▀▀█▀█ ██▀▀▀▀▀█████ ███▀█▀▀▀▀███ ████▀▀▀▀████ ███▀▀▀▀▀▀███ ████▀▀▀▀▀▀▀▀
        ███▀▀█▀▀▀███ ██▀▀█▀█▀▀███ ███▀▀▀▀▀▀███ ███▀▀▀▀▀▀███ ███▀█▀▀▀▀███ ▀██▀▀▀▀▀▀▀█▀
        ▀█▀▀█▀▀█▀███ ███▀█▀▀█▀███ ████▀▀▀▀▀███ ███▀▀▀▀█▀███ █▀█▀▀▀▀▀▀███ ▀▀██▀▀▀▀▀▀██
        ██▀▀▀▀▀▀████ ▀██▀▀▀▀▀▀██▀ ██▀▀▀▀▀▀▀██▀ ██▀▀▀▀▀▀▀█▀▀ █▀█▀▀▀▀▀████ ▀█▀▀▀▀▀▀▀███
        ▀█▀▀███▀██▀▀ █▀▀█▀▀██▀███ ██▀██▀██▀██▀ █▀███▀██▀███ █▀███████▀██ ██▀██████▀██
        original     warp 1       warp 2       warp 3       warp 4       warp 5
                     test accuracy %                         train accuracy %
           ┌──────────────────────────────────┐    ┌───────────────────────────────────┐
        100┤                ⠅rot=20           │ 100┤            ⡰⠤⠤⠤⠼⠒⠒⠒⠒⠒⠒⠢⠤⠴⠒⠉⠒⠔⠊⠉⠑⠊⠉│
           │                ⠅                 │    │       ⢀⠔⠉⠢⠔⠁   ⠨rot=20       ⡰⠢⡀ ⢀│
           │                ⠅                 │    │      ⡠⠃        ⠨ ⡀     ⣀⡠⠤⠒⠒⠊  ⠱⠊⠁│
           │                ⠅         ⢀⣀⣀⣀⡀  ⢀│    │    ⡠⠔⠁     ⢀⠔⠊⠒⢬⠊⠈⢢⢠⠊⠉⠉           │
           │            ⡠⣀⢀⡠⠗⠒⠒⠒⠒⠒⢒⣒⠚⢉⠥⠤⠔⠒⠪⢍⣉⠥│    │  ⢀⠎    ⢀⣀ ⢠⠊   ⠨   ⠁              │
         50┤      ⢀⠤⠒⠓⠢⠊⣠⠤⠥⢄⡥⠊⠑⠒⠒⠊⠁ ⠉⠁     ⠈  │  50┤ ⢀⠎  ⢀⡠⠒⠁ ⠉⠁    ⠨                  │
           │    ⡠⠔⢁⡠⠔⠒⠤⠊    ⠅                 │    │⢠⠃  ⡠⠃          ⠨                  │
           │ ⣠⠴⠝⠒⠊⠁         ⠅                 │    │⢁⠔⠉⠉            ⠨                  │
           │⠋               ⠅                 │    │⠁               ⠨                  │
          0┤                ⠅                 │   0┤                ⠨                  │
           └───────┬────────┬───────┬────────┬┘    └───────┬────────┬────────┬────────┬┘
                   5        10      15       20            5        10       15       20
                          epoch                                    epoch
         ── without augmentation  ── with augmentation
         test: without 60.6 %  with 55 %  (−5.6 points)
        """
        #expect(rendered(.en, cell: played()) == expected)
    }

    @Test func augmentationInChinese() {
        let expected = """
        ██████▀▀▀▀██ ████▀▀▀▀████ ██████▀▀▀▀██ ██████▀▀▀███ █████▀▀▀▀▀██ █████▀█▀▀▀▀█
        ▀██▀▀▀▀▀▀█▀█ ██▀▀▀▀▀█████ ███▀█▀▀▀▀███ ████▀▀▀▀████ ███▀▀▀▀▀▀███ ████▀▀▀▀▀▀▀▀
        ███▀▀█▀▀▀███ ██▀▀█▀█▀▀███ ███▀▀▀▀▀▀███ ███▀▀▀▀▀▀███ ███▀█▀▀▀▀███ ▀██▀▀▀▀▀▀▀█▀
        ▀█▀▀█▀▀█▀███ ███▀█▀▀█▀███ ████▀▀▀▀▀███ ███▀▀▀▀█▀███ █▀█▀▀▀▀▀▀███ ▀▀██▀▀▀▀▀▀██
        ██▀▀▀▀▀▀████ ▀██▀▀▀▀▀▀██▀ ██▀▀▀▀▀▀▀██▀ ██▀▀▀▀▀▀▀█▀▀ █▀█▀▀▀▀▀████ ▀█▀▀▀▀▀▀▀███
        ▀█▀▀███▀██▀▀ █▀▀█▀▀██▀███ ██▀██▀██▀██▀ █▀███▀██▀███ █▀███████▀██ ██▀██████▀██
        原图         变形 1       变形 2       变形 3       变形 4       变形 5
                        测试精度 %                              训练精度 %
           ┌──────────────────────────────────┐    ┌───────────────────────────────────┐
        100┤                ⠅rot=20           │ 100┤            ⡰⠤⠤⠤⠼⠒⠒⠒⠒⠒⠒⠢⠤⠴⠒⠉⠒⠔⠊⠉⠑⠊⠉│
           │                ⠅                 │    │       ⢀⠔⠉⠢⠔⠁   ⠨rot=20       ⡰⠢⡀ ⢀│
           │                ⠅                 │    │      ⡠⠃        ⠨ ⡀     ⣀⡠⠤⠒⠒⠊  ⠱⠊⠁│
           │                ⠅         ⢀⣀⣀⣀⡀  ⢀│    │    ⡠⠔⠁     ⢀⠔⠊⠒⢬⠊⠈⢢⢠⠊⠉⠉           │
           │            ⡠⣀⢀⡠⠗⠒⠒⠒⠒⠒⢒⣒⠚⢉⠥⠤⠔⠒⠪⢍⣉⠥│    │  ⢀⠎    ⢀⣀ ⢠⠊   ⠨   ⠁              │
         50┤      ⢀⠤⠒⠓⠢⠊⣠⠤⠥⢄⡥⠊⠑⠒⠒⠊⠁ ⠉⠁     ⠈  │  50┤ ⢀⠎  ⢀⡠⠒⠁ ⠉⠁    ⠨                  │
           │    ⡠⠔⢁⡠⠔⠒⠤⠊    ⠅                 │    │⢠⠃  ⡠⠃          ⠨                  │
           │ ⣠⠴⠝⠒⠊⠁         ⠅                 │    │⢁⠔⠉⠉            ⠨                  │
           │⠋               ⠅                 │    │⠁               ⠨                  │
          0┤                ⠅                 │   0┤                ⠨                  │
           └───────┬────────┬───────┬────────┬┘    └───────┬────────┬────────┬────────┬┘
                   5        10      15       20            5        10       15       20
                            轮                                      轮
         ── 不增强  ── 增强
         测试：不增强 60.6%  增强 55%（−5.6 个百分点）
        """
        #expect(rendered(.zh, cell: played()) == expected)
    }

    @Test func switchingLanguageKeepsTheRun() {
        let cell = played()
        _ = rendered(.zh, cell: cell)
        #expect(cell.run.epoch == 20 && cell.run.config.rotation == 20 && cell.run.events.map(\.label) == ["rot=20"])
        #expect(Language.$override.withValue(.zh) { cell.status } == "第 20 / 20 轮 · 完成：按 r 重新开始")
        #expect(Language.$override.withValue(.zh) { cell.knobs.map(\.label) } ==
                ["平移（像素）", "旋转（°）", "缩放 ±", "弹性形变 α（像素）", "弹性形变 σ", "训练图像数", "数据增强", "轮数"])
    }
}
