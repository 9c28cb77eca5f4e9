import Charts
import LessonKit
import Testing
@testable import CNNLesson

/// The cnn lesson's cells drawn at the notebook's cell size (53×12 at 80×24) and at
/// 120×40 (and the tall 42×36 of the wide layout), in Unicode, ASCII and without colour;
/// and the headless export (`nnbook run cnn`).
@Suite("CNN lesson: render and export")
struct CNNLessonRenderTests {
    /// The cells of the lesson, the training cell with a small net (debug builds are slow).
    /// A rendered line without its trailing blanks.
    private func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    private func cells() -> [LiveCell] {
        let pages = CNNLesson().makePages(context: LessonContext())
        return pages.dropLast().compactMap(\.cell) + [TrainingCell(filters: 4, hidden: 10, testSize: 20)]
    }

    @Test func everyCellRendersExactlyTheSizeAsked() {
        let options = [RenderOptions.standard, .ascii, RenderOptions(unicode: true, color: false)]
        for cell in cells() {
            for (w, h) in [(1, 1), (10, 4), (30, 8), (53, 12), (42, 36), (120, 40)] {
                for option in options {
                    let grid = cell.render(width: w, height: h, options: option)
                    #expect(grid.width == w && grid.height == h, "\(cell.title) at \(w)×\(h)")
                    if !option.unicode {
                        #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(cell.title) ASCII at \(w)×\(h)")
                    }
                }
            }
        }
    }

    @Test func invalidSettingsRenderToo() {
        let explorer = ExplorerCell()
        explorer.setKnob("image", to: ExplorerImage.digit2.index)
        explorer.setKnob("stride", to: 2)
        let lines = explorer.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[0].contains("no output"))
        // The formula is the readout; why it fails is said once, in the "no output" panel.
        #expect(trimmed(lines[11]) == " OH = OW = (28 + 2·0 − 3)/2 + 1 = 13.5 ✗")
        #expect(lines[1].hasSuffix("  2  0  1   25 = H + 2P − F is   "), "\(lines[1])")
        let ascii = explorer.render(width: 53, height: 12, options: .ascii).lines
        #expect(trimmed(ascii[11]) == " OH = OW = (28 + 2*0 - 3)/2 + 1 = 13.5 NO")
        let pooling = PoolingCell()
        pooling.setKnob("window", to: 3)
        #expect(pooling.render(width: 53, height: 12, options: .standard).lines[0].contains("no output"))
        let im2col = Im2ColCell()
        im2col.setKnob("col_stride", to: 2)
        #expect(im2col.render(width: 120, height: 40, options: .ascii).lines[0].hasPrefix("no output"))
    }

    @Test func theExplorerShowsTheBooksNumbers() {
        let cell = ExplorerCell()
        let lines = cell.render(width: 53, height: 12, options: .standard).lines
        #expect(lines[0] == "input 4×4            filter 3×3 output 2×2           ")
        #expect(lines[1] == "[1][2][3] 0           2  0  1   [15] 16              ")
        #expect(lines[2] == "[0][1][2] 3           0 [1] 2     6  15              ")
        #expect(lines[9] == " OH = OW = (4 + 2·0 − 3)/1 + 1 = 2                   ")
        #expect(lines[10] == " out[0,0] = Σ window⊙filter = 15                     ")
        let ascii = cell.render(width: 53, height: 12, options: .ascii).lines
        #expect(ascii[9] == " OH = OW = (4 + 2*0 - 3)/1 + 1 = 2                   ")
        let large = cell.render(width: 120, height: 40, options: .standard).lines
        #expect(large.contains { $0.hasPrefix(" OH = OW = (4 + 2·0 − 3)/1 + 1 = 2   out[0,0] = Σ window⊙filter = 15") })
    }

    @Test func channelsPoolingAndIm2colReadouts() {
        let channels = ChannelsCell().render(width: 53, height: 12, options: .standard).lines
        #expect(channels[0] == "x[0,0] R     x[0,1] G     x[0,2] B     out[0,0]      ")
        #expect(channels[11] == " out[0,0,0,0] = R -1 + G 0 + B 0 + b 0 = -1          ")
        let pooling = PoolingCell().render(width: 53, height: 12, options: .standard).lines
        #expect(trimmed(pooling[0]) == "input 4×4         max 2×2           average")
        #expect(trimmed(pooling[1]) == "[1][2] 3  0       [2] 3             [1] 2")
        #expect(trimmed(pooling[11]) == " window rows 0–1, cols 0–1   max 2   mean 1")
        let im2col = Im2ColCell().render(width: 53, height: 12, options: .standard).lines
        #expect(trimmed(im2col[1]) == "[1][2][3][0][1][2][3][0][1] [15]     [15] 16")
        // The dot product term by term, without spaces around "+" to fit the cell.
        #expect(im2col[11] == " row 0·W = 1·2+2·0+3·1+0·0+1·1+2·2+3·1+0·0+1·2 = 15  ")
        let narrow = Im2ColCell().render(width: 45, height: 12, options: .standard).lines
        #expect(narrow[11] == " row 0 (window at 0,0)·W = 15                ")
    }

    @Test func trainingCellViews() {
        let cell = TrainingCell(filters: 4, hidden: 10, testSize: 20)
        cell.setKnob("train", to: 0)
        cell.setKnob("batch", to: 100)
        cell.step()
        let filters = cell.render(width: 53, height: 12, options: .standard).lines
        #expect(filters[0].hasPrefix("after 1 it."))
        cell.setKnob("view", to: 1)
        #expect(cell.render(width: 53, height: 12, options: .standard).lines[0].hasPrefix("4 filters before"))
        #expect(filters[11].hasPrefix(" iteration 1   loss 2.3 "))
        cell.setKnob("view", to: 2)
        #expect(cell.render(width: 53, height: 12, options: .ascii).lines[0].hasPrefix("digit 2"))
        cell.setKnob("view", to: 3)
        #expect(cell.render(width: 53, height: 12, options: .standard).lines[0].contains("loss"))
        // Tall areas show all three.
        let tall = cell.render(width: 42, height: 36, options: .standard).text
        #expect(tall.contains("after 1 it.") && tall.contains("ReLU(conv) map") && tall.contains("accuracy"))
    }

    @Test func headlessExport() throws {
        let output = try CNNLesson().run(RunRequest(settings: [("image", "square 15×15"), ("preset", "Sobel x"), ("stride", "2")],
                                                    steps: 1))
        #expect(output.cells.map(\.name) == ["convolution explorer", "channels", "pooling", "im2col", "SimpleConvNet training"])
        guard case let .object(explorer) = output.cells[0].json else { Issue.record("explorer export"); return }
        let fields = Dictionary(uniqueKeysWithValues: explorer)
        #expect(fields["OH"] == .integer(7) && fields["OW"] == .integer(7))
        #expect(fields["formula"] == .string("OH = (15 + 2·0 − 3)/2 + 1 = 7; OW = (15 + 2·0 − 3)/2 + 1 = 7"))
        #expect(fields["filter"] == .array([.array([.number(1), .number(0), .number(-1)]),
                                            .array([.number(2), .number(0), .number(-2)]),
                                            .array([.number(1), .number(0), .number(-1)])]))
        if case let .array(rows)? = fields["output"] {
            #expect(rows.count == 7 && rows[3] == .array([0, -4, 0, 0, 0, 4, 0].map { ExportValue.number($0) }))
        } else {
            Issue.record("no output rows")
        }
        #expect(output.cells[0].tables[0].rows.count == 49)
        // The training curves: one iteration, its loss near ln 10 (untrained: uniform guesses).
        guard case let .object(training) = output.cells[4].json else { Issue.record("training export"); return }
        let t = Dictionary(uniqueKeysWithValues: training)
        #expect(t["iterations"] == .integer(1) && t["train_size"] == .integer(1000) && t["batch"] == .integer(100))
        if case let .array(losses)? = t["losses"], case let .number(loss)? = losses.first {
            #expect(losses.count == 1 && abs(loss - 2.302585) < 0.01)
        } else {
            Issue.record("no losses")
        }
        #expect(output.cells[4].tables.map(\.columns) == [["iteration", "loss"], ["epoch", "iteration", "train", "test"]])
        // The invalid combination exports its reason instead of numbers.
        let invalid = try CNNLesson().run(RunRequest(settings: [("image", "digit 2"), ("stride", "2"), ("window", "3")], steps: 0))
        guard case let .object(bad) = invalid.cells[0].json else { return }
        let b = Dictionary(uniqueKeysWithValues: bad)
        #expect(b["OH"] == .null && b["problem"] == .string("25 = H + 2P − F is not a multiple of stride 2: the last window would hang over the edge — try stride 1"))
        #expect(invalid.cells[2].tables.isEmpty)
        #expect(throws: LessonKitError.self) { try CNNLesson().run(RunRequest(settings: [("nope", "1")], steps: 0)) }
    }
}
