import Testing
@testable import Charts

/// Computation-graph diagrams: layout by depth, routed arrows, labels, fitting, states.
@Suite struct GraphDiagramTests {
    typealias N = GraphDiagram.Node
    typealias E = GraphDiagram.Edge

    let product = GraphDiagram(
        nodes: [N(id: "x", value: "2", grad: "3"), N(id: "y", value: "3", grad: "2"), N(id: "m", op: "×", value: "6", grad: "1")],
        edges: [E(from: "x", to: "m"), E(from: "y", to: "m")])

    /// The book's figure 5-17: buying 2 apples and 3 oranges with 10% tax.
    let apples = GraphDiagram(title: "buying apples and oranges", nodes: [
        N(id: "apple", label: "apple", value: "100", grad: "2.2"),
        N(id: "an", label: "count", value: "2", grad: "110"),
        N(id: "orange", label: "orange", value: "150", grad: "3.3"),
        N(id: "on", label: "count", value: "3", grad: "165"),
        N(id: "tax", label: "tax", value: "1.1", grad: "650"),
        N(id: "m1", op: "×", value: "200", grad: "1.1"),
        N(id: "m2", op: "×", value: "450", grad: "1.1"),
        N(id: "add", op: "+", value: "650", grad: "1.1", state: .active),
        N(id: "m3", op: "×", value: "715", grad: "1", state: .done),
    ], edges: [E(from: "apple", to: "m1"), E(from: "an", to: "m1"), E(from: "orange", to: "m2"), E(from: "on", to: "m2"),
               E(from: "m1", to: "add"), E(from: "m2", to: "add"), E(from: "add", to: "m3"), E(from: "tax", to: "m3")])

    @Test func threeNodeGraph() {
        #expect(product.render(width: 30, height: 8, options: .standard).lines == [
            "┌───┐ 2                       ",
            "│ x ├────────┐                ",
            "└───┘ 3      │  ┌───┐ 6       ",
            "             └─▶│ × ├────────▶",
            "┌───┐ 3      ┌─▶│   │ 1       ",
            "│ y ├────────┘  └───┘         ",
            "└───┘ 2                       ",
            "                              ",
        ])
        #expect(product.render(width: 30, height: 8, options: .ascii).lines == [
            "+---+ 2                       ",
            "| x +--------+                ",
            "+---+ 3      |  +---+ 6       ",
            "             +->| * +-------->",
            "+---+ 3      +->|   | 1       ",
            "| y +--------+  +---+         ",
            "+---+ 2                       ",
            "                              ",
        ])
    }

    @Test func gradientsAreRedAndTheActiveNodeIsEmphasised() {
        let g = product.render(width: 30, height: 8, options: .standard)
        #expect(g[6, 2] == Glyph("3", .color(Palette.gradient)))
        #expect(g[6, 0] == Glyph("2"))
        var active = product
        active.nodes[2].state = .active
        let a = active.render(width: 30, height: 8, options: .standard)
        #expect(a[16, 2] == Glyph("╔", Style(foreground: Palette.accent, bold: true)))
        #expect(a[18, 3] == Glyph("×", Style(bold: true)))
    }

    @Test func applesAndOrangesFitTheBackpropLessonRegion() {
        #expect(apples.minimumSize().width <= 78 && apples.minimumSize().height <= 14)
        #expect(apples.render(width: 78, height: 14, options: .standard).lines == [
            "buying apples and oranges                                                     ",
            "┌───────┐ 100                                                                 ",
            "│ apple ├───────────┐  ┌───┐ 200                                              ",
            "└───────┘ 2.2       └─▶│ × ├──────────┐                                       ",
            "┌───────┐ 2         ┌─▶│   │ 1.1      │                                       ",
            "│ count ├───────────┘  └───┘          │  ╔═══╗ 650                            ",
            "└───────┘ 110                         └─▶║ + ╟────────────┐                   ",
            "┌────────┐ 150                        ┌─▶║   ║ 1.1        │  ┌───┐ 715        ",
            "│ orange ├──────────┐  ┌───┐ 450      │  ╚═══╝            └─▶│ × ├──────────▶ ",
            "└────────┘ 3.3      └─▶│ × ├──────────┘  ┌─────┐ 1.1      ┌─▶│   │ 1          ",
            "┌───────┐ 3         ┌─▶│   │ 1.1         │ tax ├──────────┘  └───┘            ",
            "│ count ├───────────┘  └───┘             └─────┘ 650                          ",
            "└───────┘ 165                                                                 ",
            "                                                                              ",
        ])
    }

    @Test func edgesSkippingColumnsPassThroughReservedRows() {
        let g = GraphDiagram(nodes: [N(id: "x", value: "2"), N(id: "a", op: "exp", value: "7.4"),
                                     N(id: "b", op: "+1", value: "8.4"), N(id: "c", op: "/", value: "0.27")],
                             edges: [E(from: "x", to: "a"), E(from: "a", to: "b"), E(from: "b", to: "c"), E(from: "x", to: "c")])
        #expect(g.render(width: 60, height: 7, options: .standard).lines == [
            "              ┌─────┐ 7.4     ┌────┐ 8.4                    ",
            "           ┌─▶│ exp ├────────▶│ +1 ├───────┐  ┌───┐ 0.27    ",
            "┌───┐ 2    │  └─────┘         └────┘       └─▶│ / ├────────▶",
            "│ x ├─────┬┘                               ┌─▶│   │         ",
            "└───┘     │                                │  └───┘         ",
            "          └────────────────────────────────┘                ",
            "                                                            ",
        ])
    }

    @Test func tooSmallSaysHowMuchRoomItNeeds() {
        #expect(product.minimumSize().width == 20 && product.minimumSize().height == 6)
        #expect(product.render(width: 19, height: 8, options: .standard).lines[4] == " graph needs 20×6  ")
        #expect(product.render(width: 19, height: 8, options: .ascii).lines[4] == " graph needs 20x6  ")
        #expect(product.render(width: 20, height: 6, options: .standard).lines == [
            "┌───┐ 2             ",
            "│ x ├───┐  ┌───┐ 6  ",
            "└───┘ 3 └─▶│ × ├───▶",
            "┌───┐ 3 ┌─▶│   │ 1  ",
            "│ y ├───┘  └───┘    ",
            "└───┘ 2             ",
        ])
    }

    @Test func layersFollowLongestPathsAndLateInputs() {
        let layout = GraphLayout(graph: apples, verticalGap: 0)
        // apple, count, orange, count | ×, × | +, tax | ×
        #expect(layout.layers.map { $0.compactMap { layout.boxes[$0].node } } == [[0, 1, 2, 3], [5, 6], [7, 4], [8]])
        // Every box stays clear of every other.
        for a in layout.boxes.indices {
            for b in layout.boxes.indices where a < b && layout.boxes[a].layer == layout.boxes[b].layer {
                let (p, q) = (layout.boxes[a], layout.boxes[b])
                #expect(p.top + p.height <= q.top || q.top + q.height <= p.top)
            }
        }
    }

    @Test func cyclesAndUnknownNodesAreIgnored() {
        let g = GraphDiagram(nodes: [N(id: "a"), N(id: "b")],
                             edges: [E(from: "a", to: "b"), E(from: "b", to: "a"), E(from: "a", to: "a"), E(from: "a", to: "zz")])
        #expect(g.render(width: 20, height: 4, options: .standard).lines == [
            "┌───┐          ┌───┐",
            "│ a ├─────────▶│ b │",
            "└───┘          └───┘",
            "                    ",
        ])
    }

    @Test func stackingIsLeastSquaresWithoutOverlap() {
        #expect(GraphLayout.stack(heights: [3, 3], desired: [0, 0], gap: 0) == [-2, 1])
        #expect(GraphLayout.stack(heights: [3, 3], desired: [0, 10], gap: 1) == [0, 10])
        // Both want to sit higher than room allows: they share the shift (3−5 and 8−6).
        #expect(GraphLayout.stack(heights: [4, 3], desired: [5, 6], gap: 1) == [3, 8])
    }
}
