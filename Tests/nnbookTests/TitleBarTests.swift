import Foundation
import Testing

/// The title row at 80 columns: lesson, page and page title, squeezed rather than cut when
/// they do not fit with the roomy separators.
@Suite("Title bar")
struct TitleBarTests {
    private func titleRow(_ lesson: String, page: Int, ascii: Bool = false) throws -> String {
        let result = try NnbookBinary.run(["render", lesson, "--page", "\(page)"] + (ascii ? ["--ascii"] : []))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let first = String(result.stdout.split(separator: "\n", omittingEmptySubsequences: false)[0])
        return String(first.reversed().drop(while: { $0 == " " }).reversed())
    }

    @Test func fitsWithRoomySeparators() throws {
        #expect(try titleRow("cnn", page: 3) == " Convolutional networks  ·  page 3/5  ·  Pooling")
    }

    @Test func tighterSeparatorsThenNoPageWordInsteadOfAnEllipsis() throws {
        #expect(try titleRow("backprop", page: 3)
                == " Backprop on a computation graph · page 3/5 · Sigmoid: four pieces or one node")
        #expect(try titleRow("cnn", page: 1)
                == " Convolutional networks · 1/5 · Convolution: a filter sliding over an image")
        #expect(try titleRow("cnn", page: 1, ascii: true)
                == " Convolutional networks | 1/5 | Convolution: a filter sliding over an image")
    }
}
