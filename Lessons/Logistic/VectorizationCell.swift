import Charts
import LessonKit
import NumericCore

/// Page 4: one gradient of "is it a 3?" computed with loops over examples and features and
/// with the core's matrix products, both timed live (bars in milliseconds, the speed-up
/// written out), and the largest difference between the two results.
final class VectorizationCell: LiveCell, HeadlessStepping {
    var title: String { tr("loops vs vectorized: the same gradient, timed", "循环与向量化：同一个梯度，计时比较") }
    let race: VectorizationRace

    init(race: VectorizationRace) { self.race = race }

    var knobs: [Knob] {
        [Knob(name: "examples", label: tr("examples m", "样本数 m"), kind: .integer(range: 100...2000, step: 100),
              value: Double(race.examples))]
    }

    func setKnob(_ name: String, to value: Double) {
        guard name == "examples", value.isFinite else { return }
        race.restart(examples: max(100, min(2000, Int(value.rounded()))))
    }

    var isAnimated: Bool { true }
    var isFinished: Bool { race.isFinished }
    /// The vectorized runs plus the loops in slices of 50 examples.
    var defaultRunSteps: Int {
        VectorizationRace.repeats * (1 + (race.examples + VectorizationRace.sliceExamples - 1) / VectorizationRace.sliceExamples)
    }
    func step() { race.step() }
    func advance(budget: Double) -> Bool { race.advance(budget: budget) }
    func reset() { race.restart() }

    var status: String? {
        if race.isFinished { return tr("done: r measures again", "完成：按 r 重新计时") }
        let n = VectorizationRace.repeats
        if race.vectorRuns == 0 {
            return tr("m = \(race.examples) examples × \(race.data.features) features, press space to time \(n) gradients each way",
                      "m = \(race.examples) 个样本 × \(race.data.features) 个特征，按空格键，两种算法各计时 \(n) 次梯度")
        }
        if !race.vectorDone {
            return tr("vectorized: gradient \(race.vectorRuns) of \(n)", "向量化：第 \(race.vectorRuns) / \(n) 次梯度")
        }
        return tr("loops: gradient \(race.loopRuns + 1) of \(n), example \(race.loopExamples) of \(race.examples)",
                  "循环：第 \(race.loopRuns + 1) / \(n) 次梯度，第 \(race.loopExamples) / \(race.examples) 个样本")
    }

    static func milliseconds(_ ms: Double) -> String { NumberText.format(ms, digits: ms < 10 ? 2 : 3) + " ms" }

    /// "one gradient: loops 412 ms, vectorized 3.1 ms: 130× faster" once both are done; the
    /// vectorized mean and the loops' progress before.
    var verdict: String {
        let v = race.vectorMilliseconds.map(Self.milliseconds) ?? "–"
        if let speedup = race.speedup, let loops = race.loopMilliseconds {
            let times = NumberText.format(speedup, digits: speedup < 10 ? 2 : 3), l = Self.milliseconds(loops)
            return tr("one gradient: loops \(l), vectorized \(v): \(times)× faster", "一次梯度：循环 \(l)，向量化 \(v)：快 \(times) 倍")
        }
        let so = Self.milliseconds(race.totalMilliseconds.loops)
        return tr("one gradient vectorized: \(v) · loops so far: \(so)", "向量化一次梯度：\(v) · 循环目前共：\(so)")
    }

    /// The largest difference between the two gradients, once both are done.
    var agreement: String {
        guard let d = race.maxDifference else {
            return tr("the two gradients are compared when the loops finish", "循环跑完后比较两个梯度")
        }
        return tr("largest difference between the two gradients: \(NumberText.format(d, digits: 2))",
                  "两个梯度的最大差：\(NumberText.format(d, digits: 2))")
    }

    /// The two ways, as code.
    var codeLines: [String] {
        [tr("loops: for each example i, for each feature j: z += w[j]·x[i][j] … dw[j] += x[i][j]·dz",
            "循环：对每个样本 i、每个特征 j：z += w[j]·x[i][j] … dw[j] += x[i][j]·dz"),
         tr("vectorized: Z = wᵀX + b, dw = X·dZᵀ/m (two matrix products)", "向量化：Z = wᵀX + b，dw = X·dZᵀ/m（两次矩阵乘法）")]
    }

    /// The total milliseconds as bars (the loops' bar grows as they run).
    var bars: HorizontalBarChart {
        let total = race.totalMilliseconds, n = VectorizationRace.repeats
        var chart = HorizontalBarChart(title: tr("\(n) gradients each way, total milliseconds", "两种算法各 \(n) 次梯度，总毫秒数"),
                                       labels: [tr("loops", "循环"), tr("vectorized", "向量化")],
                                       values: [total.loops, total.vector])
        chart.valueDigits = 3
        return chart
    }

    /// The bars at the top, the verdict, the agreement and (when tall enough) the code under them.
    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        var grid = Grid(width: width, height: height)
        var chart = bars
        chart.title = options.drawable(chart.title)
        chart.labels = chart.labels.map(options.drawable)
        let barRows = min(4, height)
        grid.blit(chart.render(width: width, height: barRows, options: options), x: 0, y: 0)
        var lines = [""] + ReadoutLines.pack([verdict], width: width, options: options)
            + ReadoutLines.pack([agreement], width: width, options: options)
        if height >= 14 { lines += [""] + codeLines.flatMap { ReadoutLines.pack([$0], width: width, options: options) } }
        for (i, line) in lines.enumerated() where barRows + i < height {
            grid.put(line, x: 1, y: barRows + i, style: Style(bold: i == 1), maxWidth: max(0, width - 1))
        }
        return grid
    }

    /// JSON and one table row: the sizes, both timings (machine-dependent), the speed-up and the
    /// largest difference.
    func export() -> CellExport {
        let json: ExportValue = .object([
            ("examples", .integer(race.examples)), ("features", .integer(race.data.features)),
            ("vectorized_runs", .integer(race.vectorRuns)),
            ("vectorized_ms", race.vectorMilliseconds.map(ExportValue.number) ?? .null),
            ("repeats", .integer(VectorizationRace.repeats)), ("loop_runs", .integer(race.loopRuns)),
            ("loops_ms", race.loopMilliseconds.map(ExportValue.number) ?? .null),
            ("speedup", race.speedup.map(ExportValue.number) ?? .null),
            ("max_difference", race.maxDifference.map(ExportValue.number) ?? .null),
        ])
        let row: [ExportValue] = [.integer(race.examples), .integer(race.data.features),
                                  race.vectorMilliseconds.map(ExportValue.number) ?? .null,
                                  race.loopMilliseconds.map(ExportValue.number) ?? .null,
                                  race.speedup.map(ExportValue.number) ?? .null, race.maxDifference.map(ExportValue.number) ?? .null]
        return CellExport(name: "vectorization", json: json, tables: [
            ExportTable(name: "vectorization", columns: ["examples", "features", "vectorized_ms", "loops_ms", "speedup", "max_difference"],
                        rows: [row]),
        ])
    }
}
