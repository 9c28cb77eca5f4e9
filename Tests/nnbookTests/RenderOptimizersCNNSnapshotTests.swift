import Foundation
import Testing

/// `nnbook render` of the optimizers and cnn lessons at 80×24, compared with the exact
/// screens a learner sees (trailing spaces trimmed; every line must be 80 columns wide).
/// If a deliberate change alters them, re-render with the command in each test and read
/// the new screen before pasting it here.
@Suite("Render snapshots of the optimizers and cnn lessons")
struct RenderOptimizersCNNSnapshotTests {
    private func render(_ arguments: [String]) throws -> [String] {
        let result = try NnbookBinary.run(["render"] + arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let screen = Array(lines.dropLast(lines.last == "" ? 1 : 0))
        #expect(screen.count == 24)
        for line in screen { #expect(line.count == 80, "line is \(line.count) columns: \(line)") }
        return screen.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    /// The bowl race after its 30 steps: trajectories, standings, knobs.
    /// `nnbook render optimizers --page 1 --steps 30`
    @Test func optimizersBowlRaceFinished() throws {
        let expected = """
         Optimizer races  ·  page 1/4  ·  The race on the book's bowl
         Six ways down a hill                                                          ┃
                                                                                       │
         Training moves the parameters W downhill on the loss L. Plain SGD (stochastic │
         gradient descent) steps straight against the gradient:                        │
                                                                                       │
         W ← W − η·∂L/∂W (η is the learning rate, lr)                                  │
         ↓ more — t to read all                                                        │
        ─ the race on x²/20 + y² ─ c: 0/1 challenge, predict ─┬ Knobs ──────────────────
                                      step 30 / 30 · ε 0.5    │ ▸ surface
        y   x²/20 + y² (the book's)      optimizer   dist  hit│   ◂ book ▸
          ┌─────────────────────────┐ ─  ─────────  ─────  ───│   start x
         5┤⠤⠤⠤⠔⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠦⠤⠤⠤│ ◆  AdaGrad     0.12  19 │   -7        ━━─────────
          │    •⣀⣀⠤⠤⠤⠤⠤⠤⠤⠤⠤⠤⢤⣀⣀⣀    │ ✖  Adam       0.346  26 │   start y
          │⢀⠔⠉⠉••••••••✖▲⢤     ⠈⠉⠙⢦ │ ●  SGD        0.361  27 │   2         ━━━━━━━━───
         0┤⠈⠳⠤⢤⣸•••••••◆⠉⠉   ⣀⣀⣀⠤⠤⠊ │ ▲  Nesterov   0.526  22 │   steps
          │     •⠈⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉       │ ✚  RMSprop    0.697  —  │   30        ───────────
        -5┤⠉⠉⠉⠓⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠒⠊⠉⠉⠉│ ■  Momentum   0.901  23 │   ε (standings)
          └┬─────┬─────┬─────┬─────┬┘                         │   0.5       ━━━━━━━━───
          -10    -5    0     5     10                         │   SGD
                       x                                      │   ◂ on ▸
                                                              │   ▼ 16 more
         ■ finished  ·  step 30 / 30
         ↑↓ knob   ←→ change   space play   n/p page   t read   c goals
        """
        #expect(try render(["optimizers", "--page", "1", "--steps", "30"]) == expected.components(separatedBy: "\n"))
    }

    /// The convolution explorer on the book's 4×4 example, in ASCII.
    /// `nnbook render cnn --page 1 --ascii`
    @Test func cnnExplorerInASCII() throws {
        let expected = """
         Convolutional networks | 1/5 | Convolution: a filter sliding over an image
         Convolution: a filter sliding over an image                                   #
                                                                                       |
         An affine layer flattens a 28x28 image into 784 numbers and forgets which     |
         pixels were neighbours. A convolution layer keeps the picture's shape. It     |
         slides a small grid of weights, the filter (or kernel), over the image. At    |
         each position it multiplies the filter by the window of pixels under it,      |
         v more - t to read all                                                        |
        - convolution explorer -- c: 0/2 challenges, predict -+ Knobs ------------------
        input 4x4             filter 3x3 output 2x2           | > image
        [1][2][3] 0            2  0  1   [15] 16              |   < book 4x4 >
        [0][1][2] 3            0 [1] 2     6  15              |   filter preset
        [3][0][1] 2            1  0  2                        |   < book >
         2  3  0  1                                           |   filter size
                                                              |   < 3x3 >
                                                              |   entry f22
                                                              |   5         ======-----
                                                              |   entry value
                                                              |   1         ======-----
         OH = OW = (4 + 2*0 - 3)/1 + 1 = 2                    |   padding P
         out[0,0] = sum window(.)filter = 15                  |   0         -----------
         window rows 0-2, cols 0-2                            |   v 3 more
         cross-correlation (the book's convolution): the filter is not flipped
         Up/Down knob   Left/Right change   n/p page   t read   c goals   ? help
        """
        #expect(try render(["cnn", "--page", "1", "--ascii"]) == expected.components(separatedBy: "\n"))
    }

    /// im2col: the unrolled matrix, col·Wᵀ and the dot product written out.
    /// `nnbook render cnn --page 4`
    @Test func cnnIm2colPage() throws {
        let expected = """
         Convolutional networks · page 4/5 · im2col: convolution as a matrix product
         im2col: convolution as one matrix product                                     ┃
                                                                                       │
         Four nested loops over positions and filter entries would be slow in Python   │
         (and not fast anywhere). The book's trick, im2col ("image to columns"),       │
         copies every window into one row of a matrix:                                 │
                                                                                       │
         ↓ more — t to read all                                                        │
        ─ im2col: convolution as one matrix product ──────────┬ Knobs ──────────────────
        col = im2col(x) 4×9         col·Wᵀ   out 2×2          │ ▸ padding P
        [1][2][3][0][1][2][3][0][1] [15]     [15] 16          │   0         ───────────
         2  3  0  1  2  3  0  1  2   16        6  15          │   stride S
         0  1  2  3  0  1  2  3  0    6                       │   1         ───────────
         1  2  3  0  1  2  3  0  1   15                       │   output position
                                                              │   0         ───────────
                                                              │
                                                              │
        W (filter as a 1×9 row)                               │
         2  0  1  0  1  2  1  0  2                            │
                                                              │
         col (4×9)·Wᵀ (9×1) = (4×1) → reshape to 2×2          │
         row 0·W = 1·2+2·0+3·1+0·0+1·1+2·2+3·1+0·0+1·2 = 15   │
         each window becomes a row: 4 rows × 9 columns, then one matrix product
         ↑↓ knob   ←→ change   n/p page   t read   ? help   q quit
        """
        #expect(try render(["cnn", "--page", "4"]) == expected.components(separatedBy: "\n"))
    }
}
