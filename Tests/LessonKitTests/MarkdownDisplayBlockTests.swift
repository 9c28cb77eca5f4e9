import Testing
import Charts
@testable import LessonKit

/// Review D9: a block of lines indented by four or more spaces is displayed maths: kept line
/// by line (alignment too), indented, never re-flowed into the paragraph around it.
@Suite struct MarkdownDisplayBlockTests {
    static let backprop = """
    # Computation graphs: buying apples

    The book's first example: you buy 2 apples at 100 each and pay 10 % tax.

        apple_price = apple · apple_num        = 100 · 2   = 200
        price       = apple_price · tax        = 200 · 1.1 = 220

    The **forward pass** computes node by node.
    """

    @Test func theBackpropExampleKeepsItsTwoLines() {
        #expect(MarkdownText.layout(Self.backprop, width: 72).lines == [
            "Computation graphs: buying apples                                       ",
            "                                                                        ",
            "The book's first example: you buy 2 apples at 100 each and pay 10 % tax.",
            "                                                                        ",
            "    apple_price = apple · apple_num        = 100 · 2   = 200            ",
            "    price       = apple_price · tax        = 200 · 1.1 = 220            ",
            "                                                                        ",
            "The forward pass computes node by node.                                 ",
        ])
    }

    @Test func inASCIIEveryDotOfAFormulaIsAProduct() {
        #expect(MarkdownText.layout(Self.backprop, width: 72, options: .ascii).lines == [
            "Computation graphs: buying apples                                       ",
            "                                                                        ",
            "The book's first example: you buy 2 apples at 100 each and pay 10 % tax.",
            "                                                                        ",
            "    apple_price = apple * apple_num        = 100 * 2   = 200            ",
            "    price       = apple_price * tax        = 200 * 1.1 = 220            ",
            "                                                                        ",
            "The forward pass computes node by node.                                 ",
        ])
    }

    @Test func aLineTooLongIsWrappedWithAHangingIndent() {
        #expect(MarkdownText.layout("    yₖ = exp(aₖ) / Σᵢ exp(aᵢ) for every class k", width: 24).lines == [
            "    yₖ = exp(aₖ) / Σᵢ   ",
            "      exp(aᵢ) for every ",
            "      class k           ",
        ])
    }

    @Test func whereIndentedLinesAreNotDisplays() {
        // Inside a paragraph an indented line continues it; under a list item it continues the item.
        #expect(MarkdownBlock.parse("text\n    more") == [.paragraph(text: "text more")])
        #expect(MarkdownBlock.parse("- item\n    more") == [.list([MarkdownListItem(marker: "-", level: 0, text: "item more")])])
        #expect(MarkdownBlock.parse("text\n\n      a = 1\n    bb = 2\n\nafter") ==
                [.paragraph(text: "text"), .display(lines: ["  a = 1", "bb = 2"]), .paragraph(text: "after")])
    }
}
