import Charts
import LessonKit
import Testing
@testable import SchedulesLesson

/// The schedules lesson's average cell as exact text at 80×24 in Chinese and in English
/// (day 120 of the year at β = 0.9 with bias correction, deterministic from the seed), and
/// switching language keeps the cells' state.
@Suite struct SchedulesChineseTests {
    func rendered(_ language: Language) -> String {
        let cell = EWMACell(run: EWMARun(seed: 1))
        cell.setKnob("correction", to: 1)
        for _ in 0..<120 { cell.step() }
        let text = Language.$override.withValue(language) { cell.render(width: 80, height: 24, options: .standard).text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    @Test func averageCellInChinese() {
        let expected = """
                                每天的气温 °C，β = 0.9
          ┌────────────────────────────────────────────────────────────────┐
        40┤                                                                │ ── 实测
          │                                                                │ ── 未修正 v
          │                                                                │ ── 修正后
        30┤                                                                │
          │                                                                │
          │                   ⡀                                            │
          │              ⠐  ⠠⠄⠁⠄⠁                                          │
        20┤                 ⢀ ⣀⠰⡀                                          │
          │       ⡀     ⠌ ⡀⠤ ⣴⠛⠟                                           │
          │ ⢀ ⠈ ⠈    ⡀⢑⠁⢁⣡⣔⣥⠼⠁                                             │
          │⢀⡀⢀⠠⠬⠄⠔ ⢄⢒⢔⣠⣌⠾⠉⡉⡀  ⠐                                            │
        10┤⢠⣧⣦⣴⣴⠾⠶⠿⠾⠜⢉⠍⠢ ⠈⠁                                                │
          │⠪⢈⠜⠋⠃⡠⢀⡘⡂⠂   ⠁                                                  │
          │⢀⠎ ⠈ ⢀                                                          │
          │⡸  ⠁                                                            │
         0┤                                                                │
          │                                                                │
          └┬───────┬────────┬────────┬────────┬───────┬────────┬────────┬──┘
           0       50      100      150      200     250      300      350
                                          天
         1/(1−β) ≈ 10 天 · 滞后 10 天（β/(1−β) = 9）
         每天变化 0.34 °C（数据 4.4 °C） · 前 30 天平均偏差 0.43 °C
        """
        #expect(rendered(.zh) == expected)
    }

    @Test func averageCellInEnglish() {
        let expected = """
                                 °C per day, β = 0.9
          ┌───────────────────────────────────────────────────────────────┐
        40┤                                                               │ ── measured
          │                                                               │ ── plain v
          │                                                               │ ── corrected
        30┤                                                               │
          │                                                               │
          │                  ⢀                                            │
          │              ⠂  ⠠⠄⠁⠌                                          │
        20┤                 ⢀⢀⡀⢔                                          │
          │       ⡀    ⠠⠁⢀ ⠤⠠⡲⠻⠋                                          │
          │ ⢀ ⠈ ⠈    ⡀⢃⠁⢁⣡⣒⡥⠏                                             │
          │⢀⡀⢀⠠⠬⠄⠖ ⢄⢒⠆⣠⣬⠞⢁⢁   ⠂                                           │
        10┤⢠⣧⡦⣴⡴⠾⠶⠷⠷⠕⢩⠘⠤ ⠁⠁                                               │
          │⠪⢈⠜⠋⠃⡠⢀⢘⠒⠂   ⠁                                                 │
          │⢀⠎ ⠈ ⢀                                                         │
          │⡜  ⠁                                                           │
         0┤                                                               │
          │                                                               │
          └┬───────┬────────┬───────┬────────┬────────┬───────┬────────┬──┘
           0       50      100     150      200      250     300      350
                                         day
         1/(1−β) ≈ 10 days · lag 10 days (β/(1−β) = 9)
         change per day 0.34 °C (data 4.4 °C) · first 30 days off by 0.43 °C
        """
        #expect(rendered(.en) == expected)
    }

    @Test func switchingLanguageKeepsTheCellsState() throws {
        let pages = SchedulesLesson().makePages(context: LessonContext())
        let cell = try #require(pages[0].cell)
        cell.setKnob("beta", to: 4)
        cell.step()
        let en = Language.$override.withValue(.en) { (pages[0].title, cell.knobs.map(\.label), cell.status) }
        let zh = Language.$override.withValue(.zh) { (pages[0].title, cell.knobs.map(\.label), cell.status) }
        #expect(en.0 == "Exponentially weighted averages" && zh.0 == "指数加权平均")
        #expect(en.1 == ["β", "bias correction", "noise (°C)"])
        #expect(zh.1 == ["β", "偏差修正", "噪声（°C）"])
        #expect(en.2 == "day 1 / 365" && zh.2 == "第 1 / 365 天")
        #expect(cell.knobs[0].value == 4)
    }
}
