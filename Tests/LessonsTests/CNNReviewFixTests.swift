import Charts
import Foundation
import LessonKit
import Testing
@testable import CNNLesson

/// The cnn lesson after the December 2026 UX review: the invalid-size reason said once in the
/// cell and short in the status, a collapsed ConvNet recognised, filters drawn at a whole
/// scale, pooled maps at the input's scale, colour keys at narrow widths, and the texts.
@Suite("CNN lesson: review fixes")
struct CNNReviewFixTests {
    private func trimmed(_ line: String) -> String { String(line.reversed().drop { $0 == " " }.reversed()) }

    /// Columns the status line has at 80×24 after " ■ stopped  ·  " (15) and the last column.
    static let statusRoom = 64

    @Test func anInvalidStrideIsExplainedOnceAndShortInTheStatus() {
        let cell = ExplorerCell()
        cell.setKnob("pad", to: 1)
        cell.setKnob("stride", to: 2)
        let status = cell.status ?? ""
        #expect(status == "no output: H + 2P − F = 3 is not a multiple of S = 2 — try stride 1")
        #expect(displayWidth(of: status) <= 78)
        let text = cell.render(width: 53, height: 12, options: .standard).text
        // The reason once, in the "no output" panel (wrapped there), not again in the readout.
        #expect(text.components(separatedBy: "a multiple of stride").count == 2, "\n\(text)")
        #expect(text.components(separatedBy: "the last window").count == 2, "\n\(text)")
        #expect(text.contains("OH = OW = (4 + 2·1 − 3)/2 + 1 = 2.5 ✗"))
    }

    /// The losses of `nnbook run cnn --set lr=0.316 --steps 30` (synthetic digits, seed 1):
    /// train accuracy 10 % after epochs 1–3, the loss settled near ln 10.
    static let collapsedLosses = [
        2.302680104160517, 13.700381288314594, 13.067276915672524, 3.804916787999832, 4.766622271748701,
        3.9069097687393035, 3.2813456812781574, 2.7323496341307045, 2.580516581604984, 2.4904849706638457,
        2.4325180002253513, 2.370217415300067, 2.420645027663908, 2.357790351057354, 2.419208601388018,
        2.3644924982334747, 2.448343893299212, 2.341373897174257, 2.411, 2.349, 2.422, 2.397, 2.378, 2.306,
        2.346, 2.379, 2.401, 2.334, 2.311, 2.308,
    ]

    @Test func aCollapseToChanceIsRecognisedAndAHealthyStartIsNot() {
        let losses = Self.collapsedLosses
        // Epoch 2 (iteration 20): the first huge losses are still in the window.
        #expect(!ChanceCollapse.isStuck(losses: Array(losses.prefix(20)), trainAccuracies: [0.1, 0.1]))
        // Epoch 3 (iteration 30): mean of the last 20 losses 2.379, accuracy at chance twice.
        #expect(ChanceCollapse.isStuck(losses: losses, trainAccuracies: [0.1, 0.1, 0.1]))
        // The same losses with a net that learns (lr 0.001: 42 %, 40 %, 67 %) are not a collapse.
        #expect(!ChanceCollapse.isStuck(losses: losses, trainAccuracies: [0.422, 0.4, 0.666]))
        #expect(!ChanceCollapse.isStuck(losses: losses, trainAccuracies: [0.1]))
        // A loss that fell below ln 10 − 0.1 is learning, whatever one accuracy says.
        #expect(!ChanceCollapse.isStuck(losses: [Double](repeating: 2.1, count: 30), trainAccuracies: [0.1, 0.1]))
        #expect(!ChanceCollapse.isStuck(losses: [Double](repeating: .nan, count: 30), trainAccuracies: [0.1, 0.1]))
    }

    @Test func theTextsNameEachIndexOnce() {
        #expect(CNNText.English.channels.contains("out[n, f, i, j] = Σ_c Σ_p Σ_q x[n, c, i+p, j+q] · W[f, c, p, q] + b[f]"))
        #expect(!CNNText.English.channels.contains("W[k, c, k, l]"))
        #expect(CNNText.English.convolution.contains("(a sum of products, or *multiply–accumulate*)"))
        #expect(!CNNText.English.convolution.contains("fused"))
    }

    /// "Raise the learning rate to 0.1": two big steps (H, ×10 each) from the book's 0.001.
    @Test func theLearningRateOfTheTextIsTwoBigStepsAway() throws {
        let cell = TrainingCell(filters: 2, hidden: 4, testSize: 20)
        let knob = try #require(cell.knobs.first { $0.name == "lr" })
        let once = knob.stepped(by: 1, big: true)
        #expect(once == 0.01)
        var next = knob
        next.value = once
        #expect(next.stepped(by: 1, big: true) == 0.1)
        #expect(CNNText.English.training.contains("Raise the learning rate to 0.1 (H twice"))
    }

    /// 30 filters of 5×5 at 80×24 (the cell's filter area is 53×11 under title and readout):
    /// a colour tile is 5 columns × 2½ rows, 9 fit across with 1-column gaps.
    @Test func filtersAreDrawnAtAWholeScaleWithGaps() {
        // 4 rows of tiles need 12 rows: 27 of 30 fit (3 rows of 9).
        let color = FilterGrid.layout(count: 30, side: 5, width: 53, height: 11, options: .standard)
        #expect(color == FilterGrid.Layout(scale: 1, perRow: 9, rows: 3, shown: 27))
        #expect(FilterGrid.layout(count: 30, side: 5, width: 53, height: 12, options: .standard)
                == FilterGrid.Layout(scale: 1, perRow: 9, rows: 4, shown: 30))
        // Room for scale 2 (10 columns × 5 rows a tile, a blank row between): 4 rows of 8.
        #expect(FilterGrid.layout(count: 30, side: 5, width: 90, height: 23, options: .standard)
                == FilterGrid.Layout(scale: 2, perRow: 8, rows: 4, shown: 30))
        // Shades (no colour): 10 columns × 5 rows a tile; only 8 of 30 fit in 53×11.
        let shades = FilterGrid.layout(count: 30, side: 5, width: 53, height: 11, options: .ascii)
        #expect(shades == FilterGrid.Layout(scale: 1, perRow: 4, rows: 2, shown: 8))
        // Two 2×2 tiles (values 0…3 and 3…0) in ASCII: 4 columns each, one blank column between.
        let grid = FilterGrid(title: "w", values: [0, 1, 2, 3, 3, 2, 1, 0], count: 2, side: 2)
        let lines = grid.render(width: 9, height: 3, options: .ascii).lines
        #expect(lines.map(trimmed) == ["w", "  -- @@**", "**@@ --"], "\(lines)")
        let cut = FilterGrid(title: "after 5 it.", values: [Double](repeating: 1, count: 30 * 25), count: 30, side: 5)
        #expect(trimmed(cut.render(width: 53, height: 12, options: .ascii).lines[0]) == "after 5 it. (first 8 of 30)")
    }

    /// Pooling a 28×28 digit at 80×24 (cell 53×12): the 14×14 maps are drawn at the input's
    /// scale, half its width — not stretched to the same size.
    @Test func pooledMapsAreHalfTheInputsSize() {
        #expect(PoolingScale.widths(input: (28, 28), output: (14, 14), width: 53, rows: 8, options: .standard)! == (16, 9))
        #expect(PoolingScale.widths(input: (28, 28), output: (14, 14), width: 53, rows: 8, options: .ascii)! == (16, 8))
        #expect(PoolingScale.widths(input: (28, 28), output: (14, 14), width: 120, rows: 30, options: .standard)! == (58, 30))
        let cell = PoolingCell()
        cell.setKnob("pool_image", to: 1)
        let lines = cell.render(width: 53, height: 12, options: .ascii).lines
        // Input 16 columns × 8 rows (28 elements at 2 columns × 1 row, scaled by 2/7), each
        // pooled map 8 × 4.
        #expect(lines.map(trimmed) == [
            "input 28x28      max ~    average",
            "        .            .",
            "          -:  .     :@@%            ..",
            "       #%%=%#       %@*         .*@@%%#",
            "       *:=%%       %@@          .-++%%.",
            "       @%@.    .                +@%%:",
            "   .:*%%.                     .+@%::",
            "   @%%@%*-   .               +%@@%**",
            "       .    .",
            " OH = OW = (28 + 2*0 - 2)/2 + 1 = 14",
            " window rows 0-1, cols 0-1   max 0.03199",
            " mean 0.007998",
        ], "\n\(lines.joined(separator: "\n"))")
    }

    /// Diverging maps get a text key when they have no colour bar (below 100 columns).
    @Test func divergingMapsHaveAKeyAtNarrowWidths() {
        let cell = ExplorerCell()
        cell.setKnob("image", to: ExplorerImage.digit2.index)
        cell.setKnob("preset", to: FilterPreset.sobelX.index)
        let narrow = cell.render(width: 53, height: 12, options: .standard).lines.map(trimmed)
        #expect(narrow.contains { $0.contains("white 0 · blue − · red +") || $0.contains("0 white −blue +red") }, "\n\(narrow.joined(separator: "\n"))")
        let plain = cell.render(width: 53, height: 12, options: RenderOptions(unicode: true, color: false)).lines
        #expect(!plain.contains { $0.contains("blue") })
        #expect(plain.map(trimmed).contains(" window rows 0–2, cols 0–2 (inverted on the input)"), "\n\(plain.joined(separator: "\n"))")
    }

    /// A collapsed run is stopped, failed, and says what to do in the status line's room.
    @Test func aCollapsedRunStopsAndSaysSo() {
        let cell = TrainingCell(filters: 2, hidden: 4, testSize: 20)
        cell.setKnob("train", to: 0)
        cell.setKnob("lr", to: 1)
        cell.setKnob("epochs", to: 100)
        var steps = 0
        while !cell.isFinished && steps < 60 { cell.step(); steps += 1 }
        let h = cell.training.trainer.history
        #expect(cell.isFinished && cell.hasFailed && cell.isStuckAtChance,
                "\(steps) steps, losses \(h.losses.suffix(5)), accuracy \(h.epochs.map(\.trainAccuracy))")
        let status = cell.status ?? ""
        #expect(status == "stuck at chance (10 %): lr too high — lower it, press r")
        #expect(displayWidth(of: status) <= Self.statusRoom)
        cell.setKnob("lr", to: 0.001)
        cell.reset()
        #expect(!cell.hasFailed && !cell.isFinished)
    }
}
