import Foundation
import Testing

/// `nnbook render` at 80×24: the status row of the perceptron, losses and backprop pages
/// carries its whole text, advice included (review D3), in Unicode and in ASCII.
@Suite("Render: whole status lines at 80×24 (perceptron, losses, backprop)")
struct RenderLessonsAStatusTests {
    /// The screen's lines with trailing spaces trimmed.
    private func screen(_ arguments: [String]) throws -> [String] {
        let result = try NnbookBinary.run(["render"] + arguments + ["--size", "80x24"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return result.stdout.split(separator: "\n").map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    @Test(arguments: [
        (["perceptron", "--page", "2"], "3 of 4 right: XOR is not linearly separable, no line gets all 4"),
        (["perceptron", "--page", "2", "--ascii"], "3 of 4 right: XOR is not linearly separable, no line gets all 4"),
        (["backprop", "--page", "4"], "ready · 15 forward then 15 backward steps · press s or space"),
        (["backprop", "--page", "4", "--ascii"], "ready | 15 forward then 15 backward steps | press s or space"),
        (["backprop", "--page", "5", "--ascii"], "sigmoid | loss 1.14487 | delta 1e-7 | worst rel. error 2.1e-07"),
        (["losses", "--page", "3", "--steps", "100"], "step 100 / 100   converging: f = 1.04e-18"),
    ])
    func theWholeStatusIsOnScreen(arguments: [String], status: String) throws {
        let lines = try screen(arguments)
        #expect(lines.count == 24)
        #expect(lines.contains { $0.hasSuffix(status) }, "\(lines.suffix(3))")
    }
}
