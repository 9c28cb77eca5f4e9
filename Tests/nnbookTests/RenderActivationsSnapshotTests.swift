import Foundation
import Testing

/// `nnbook render activations` at 80×24 compared with the exact screens a learner sees
/// (trailing spaces trimmed; every line must still be 80 columns wide). If a deliberate
/// change alters them, re-render with `nnbook render activations --page N [--ascii]` and
/// read the new screen before pasting it here.
@Suite("Render snapshots of the activations lesson")
struct RenderActivationsSnapshotTests {
    private func render(_ arguments: [String]) throws -> [String] {
        let result = try NnbookBinary.run(["render", "activations"] + arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let screen = Array(lines.dropLast(lines.last == "" ? 1 : 0))
        #expect(screen.count == 24)
        for line in screen { #expect(line.count == 80, "line is \(line.count) columns: \(line)") }
        return screen.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    @Test func firstPageInUnicode() throws {
        let expected = """
         Activation functions  ·  page 1/4  ·  The switch inside a neuron
         The switch inside every neuron                                                ┃
                                                                                       ┃
         A neuron adds up its weighted inputs, a = w1·x1 + w2·x2 + b, and passes the   │
         sum through an activation function h: y = h(a). The perceptron used the step  │
         function: y = 1 if a > 0, else 0. Neural networks replace it with smooth      │
         functions, because learning needs a slope to follow.                          │
         ↓ more — t to read all                                                        │
        ─ h(x) and h′(x) ─────────────────────────────────────┬ Knobs ──────────────────
                sigmoid  y = 1 / (1 + exp(−x))                │ ▸ function
           ┌───────────────────────────────────────┐          │   ◂ sigmoid ▸
          1┤                   ⠨x      ●⡠⠤⠔⠒⠒●⠒⠉⠉⠉⠁│ ─●─ h(x) │   cursor x
           │                   ⠨   ⣀⠴⠊⠉            │ ─■─ h′(x)│   0         ━━━━━━─────
           │                   ⠨⢀●⠊                │          │   leaky α
        0.5┤                  ⢀⠼⠁                  │          │   0.1       ━━─────────
           │                ⡠⠒⠁⠨                   │          │
           │            ⣀⣠⡶●⠒⠒■⠩⠉⠒⠒⠤■⣀             │          │
          0┤■⣀⣀●⡤⠤■⠤⠴●⠚⠉■      ⠨      ⠉⠉⠒⠒■⠤⠤⠤⢄⣀■⣀⡀│          │
           └────┬──────┬───────┬───────┬──────┬────┘          │
                -4     -2      0       2      4               │
                               x                              │
         x = 0   h(x) = 0.5   h′(x) = 0.25                    │
        
         ↑↓ knob   ←→ change   n/p page   t read   ? help   q quit
        """
        #expect(try render(["--page", "1"]) == expected.components(separatedBy: "\n"))
    }

    @Test func softmaxPageInASCII() throws {
        let expected = """
         Activation functions  |  page 4/4  |  Softmax
         Softmax: scores into probabilities                                            #
                                                                                       #
         The output layer of a classifier turns scores a1 ... a_n into probabilities:  |
                                                                                       |
             y_k = exp(a_k) / sum_i exp(a_i)                                           |
                                                                                       |
         v more - t to read all                                                        |
        - softmax(a / T) ---------- c: 2 challenges (0 done) -+ Knobs ------------------
        probabilities                                         | > score a1
          y1 =                                          0.0182|   0.3       ======-----
          y2 ==============                              0.245|   score a2
        > y3 ##########################################  0.737|   2.9       ======-----
                                                              |   score a3
                 a  a/T - max   exp(*)          y             |   4         ======-----
          ---  ---  ---------  -------  ---------             |   temperature T
          a1   0.3       -3.7  0.02472  0.0182113             |   1         ======-----
          a2   2.9       -1.1   0.3329   0.245192             |
        > a3     4          0        1   0.736597             |
          sum                                   1             |
                                                              |
                                                              |

         Up/Down knob   Left/Right change   n/p page   t read   c goals   ? help
        """
        #expect(try render(["--page", "4", "--ascii"]) == expected.components(separatedBy: "\n"))
    }
}
