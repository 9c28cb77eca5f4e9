import Charts
import LessonKit
import NumericCore
import Testing
@testable import BackpropLesson

/// The backprop lesson's graphs against the book's numbers and the float64 values printed by
/// `Scripts/reference/backprop.py` (numpy, chain rule by hand), the step order of the
/// animation, the gradient check and the headless export.
@Suite("Backprop lesson")
struct BackpropLessonTests {
    /// Node `name`'s value and gradient after the full backward pass.
    private func node(_ walk: GraphWalk, _ name: String) -> (value: Double, grad: Double) {
        let value = walk.graph.values[walk.graph.id(labeled: name)!]
        return (value.value, value.grad)
    }

    /// |a − b| ≤ 1e-15·|b| (transcendental results: glibc and numpy may differ in the last bit).
    private func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-15) -> Bool {
        abs(a - b) <= tolerance * abs(b)
    }

    @Test func appleGraphIsTheBooks() {
        let cell = AppleGraphCell()
        let w = cell.walk
        #expect(node(w, "apple_price") == (200, 1.1))
        #expect(node(w, "price") == (220.00000000000003, 1))
        #expect(node(w, "apple") == (100, 2.2))
        #expect(node(w, "apple_num") == (2, 110.00000000000001))
        #expect(node(w, "tax") == (1.1, 200))
        // Knobs go through the core's setInput: forward and gradients follow.
        cell.setKnob("apple", to: 150)
        cell.setKnob("tax", to: 1.2)
        #expect(node(cell.walk, "price") == (360, 1))
        #expect(node(cell.walk, "apple").grad == 2.4)
        #expect(node(cell.walk, "apple_num").grad == 180)
        #expect(node(cell.walk, "tax").grad == 300)
    }

    @Test func appleOrangeEveryNodeValueAndGradient() {
        let cell = AppleGraphCell()
        cell.setKnob("example", to: 1)
        let w = cell.walk
        #expect(w.graph.values.count == 9)
        #expect(node(w, "apple") == (100, 2.2))
        #expect(node(w, "apple_num") == (2, 110.00000000000001))
        #expect(node(w, "orange") == (150, 3.3000000000000003))
        #expect(node(w, "orange_num") == (3, 165))
        #expect(node(w, "tax") == (1.1, 650))
        #expect(node(w, "apple_price") == (200, 1.1))
        #expect(node(w, "orange_price") == (450, 1.1))
        #expect(node(w, "all_price") == (650, 1.1))
        #expect(node(w, "price") == (715.0000000000001, 1))
    }

    @Test func animationGoesForwardLeftToRightThenBackwardRightToLeft() {
        let cell = AppleGraphCell()
        cell.setKnob("example", to: 1)
        let w = cell.walk
        let r = GraphReadout(walk: w)
        #expect(w.forwardOrder.map(r.name) == ["apple_price", "orange_price", "all_price", "price"])
        #expect(w.backwardSteps.map { r.name($0.node) } == ["price", "all_price", "orange_price", "apple_price"])
        // Forward: every node after its inputs; backward: every node before its inputs.
        for (k, id) in w.forwardOrder.enumerated() {
            for input in w.graph.node(id).inputs { #expect(!w.forwardOrder[k...].contains(input)) }
        }
        let backward = w.backwardSteps.map(\.node)
        for (k, id) in backward.enumerated() {
            for input in w.graph.node(id).inputs { #expect(!backward[..<k].contains(input)) }
        }

        #expect(cell.status == "ready · 4 forward then 4 backward steps · press s or space")
        cell.step()
        #expect(cell.walk.phase == .forward(1))
        #expect(cell.status == "forward 1/4 · apple_price = 200")
        #expect(cell.readout == ["apple_price = apple·apple_num = 100·2 = 200"])
        #expect(!cell.walk.showsValue(w.graph.id(labeled: "all_price")!))
        #expect(cell.walk.shownGrad(w.graph.id(labeled: "price")!) == nil)
        for _ in 0..<4 { cell.step() }
        #expect(cell.walk.phase == .backward(1))
        #expect(cell.readout == ["∂price/∂price = 1 (the output seeds the backward pass)",
                                 "∂price/∂all_price = tax = 1.1 → grad 1.1 = 1·1.1",
                                 "∂price/∂tax = all_price = 650 → grad 650 = 1·650"])
        #expect(cell.walk.shownGrad(w.graph.id(labeled: "apple")!) == nil)
        for _ in 0..<3 { cell.step() }
        #expect(cell.isFinished)
        #expect(cell.readout == ["∂apple_price/∂apple = apple_num = 2 → grad 2.2 = 1.1·2",
                                 "∂apple_price/∂apple_num = apple = 100 → grad 110 = 1.1·100"])
        #expect(cell.status == "backward 4/4 · done · r replays")
        cell.step()
        #expect(cell.walk.stage == 8)
        cell.reset()
        #expect(cell.walk.phase == .ready)
    }

    @Test func sigmoidExpandedAndCollapsedAgree() {
        let cell = SigmoidCell()
        let w = cell.walk
        #expect(w.forwardOrder.map(GraphReadout(walk: w).name) == ["a", "b", "c", "y"])
        #expect(node(w, "a") == (-1, -0.19661193324148188))
        #expect(close(node(w, "b").value, 0.36787944117144233))
        #expect(close(node(w, "c").grad, -0.534446645388523))
        #expect(close(node(w, "y").value, 0.7310585786300049))
        #expect(close(cell.expandedGradient, 0.19661193324148188))
        #expect(close(cell.collapsedGradient, 0.19661193324148185))
        #expect(close(cell.expandedGradient, cell.collapsedGradient, 1e-15))
        cell.setKnob("x", to: -2.5)
        #expect(close(cell.expandedGradient, 0.07010371654510816))
        #expect(close(cell.collapsedGradient, 0.07010371654510815))
        #expect(cell.comparison == "σ node: y(1 − y) = 0.0701037 · pieces: 0.0701037")
    }

    @Test func affineSoftmaxGraphMatchesNumpyAndTheCoreLayers() {
        let cell = AffineSoftmaxCell()
        let w = cell.walk
        #expect(w.graph.values.count == 24)
        #expect(close(w.graph.output.value, 0.37110052101489194))
        let expected: [(String, Double)] = [
            ("a1", -0.31002547393949764), ("a2", 0.3100254739394977), ("e1", -0.15395409415932115),
            ("e2", 0.3426311376605524), ("Σe", 0.3426311376605524), ("y1", -1.4493287540618076),
            ("w11", -0.31002547393949764), ("w12", 0.3100254739394977), ("w21", -0.15501273696974882),
            ("w22", 0.15501273696974885), ("b1", -0.31002547393949764), ("b2", 0.3100254739394977),
            ("x1", -0.24802037915159814), ("x2", 0.18601528436369863),
        ]
        for (name, grad) in expected { #expect(close(node(w, name).grad, grad, 4e-15), "\(name)") }
        // The core's Affine + SoftmaxWithLoss: y − t leaves out the 1e-7 inside the log.
        let layers = cell.layers
        #expect(close(layers.loss, 0.3711005210148918))
        #expect(close(layers.dScores[0], -0.3100255188723875))
        #expect(cell.largestDifference < 1e-6 && cell.largestDifference > 1e-8)
        cell.setKnob("x1", to: -2)
        cell.setKnob("x2", to: 3)
        cell.setKnob("label", to: 1)
        #expect(close(cell.walk.graph.output.value, 0.044063863433659034, 1e-14))
        #expect(close(node(cell.walk, "w21").grad, 0.12932175130849904, 4e-15))
        #expect(close(node(cell.walk, "x1").grad, 0.034485800348933095, 4e-15))
        #expect(close(cell.layers.dScores[1], -0.04310725494108614))
    }

    @Test func gradientCheckAgreesBelow1e7WithoutTheBooksDelta() {
        for (index, _) in GradientCheck.activations.enumerated() {
            let cell = GradientCheckCell()
            cell.setKnob("activation", to: Double(index))
            cell.setKnob("delta", to: 1)
            #expect(cell.check.worstRelative < 1e-7, "\(GradientCheck.activations[index].name)")
            #expect(cell.check.worstNormRelative < 1e-8)
            #expect(cell.verdict.count == 1 && cell.verdict[0].hasSuffix("< 1e-7: backprop is right"))
        }
        // With the book's 1e-7 in the log, the difference is about 1e-7/y, no more.
        let book = GradientCheck(activation: .sigmoid, seed: 1)
        let bound = book.probabilityOfLabel.map { 1e-7 / $0 }.max()!
        #expect(book.worstNormRelative > 0.1 * bound && book.worstNormRelative < bound)
        #expect(book.rows.map(\.name) == ["W1", "b1", "W2", "b2"])
        #expect(book.rows.map(\.shape) == [[4, 5], [5], [5, 3], [3]])
    }

    @Test func headlessExportOfTheAppleOrangeGraph() throws {
        let output = try BackpropLesson().run(RunRequest(settings: [("example", "apple-orange")]))
        #expect(output.cells.map(\.name) == ["apple-graph", "sigmoid", "affine-softmax", "gradient-check"])
        guard case let .object(fields) = output.cells[0].json,
              case let .array(nodes)? = fields.first(where: { $0.0 == "nodes" })?.1
        else { Issue.record("unexpected export shape"); return }
        #expect(fields.map(\.0) == ["example", "output", "phase", "step", "steps", "nodes", "forward_order", "backward"])
        #expect(fields[0].1 == .string("apple-orange"))
        #expect(fields[2].1 == .string("done"))
        #expect(nodes.count == 9)
        let tax = nodes.first { if case let .object(f) = $0 { return f[1].1 == .string("tax") } else { return false } }
        #expect(tax == .object([("id", .integer(7)), ("name", .string("tax")), ("kind", .string("input")),
                                ("op", .string("input")), ("symbol", .string("")), ("inputs", .array([])),
                                ("value", .number(1.1)), ("grad", .number(650))]))
        guard case let .object(price) = nodes[8] else { Issue.record("no price node"); return }
        #expect(price[3].1 == .string("multiply") && price[6].1 == .number(715.0000000000001))
        let table = try #require(output.cells[0].tables.first)
        #expect(table.columns == ["id", "name", "kind", "op", "value", "grad"])
        #expect(table.rows[4] == [.integer(4), .string("orange_num"), .string("input"), .string("input"),
                                  .number(3), .number(165)])
        #expect(throws: LessonKitError.self) {
            try BackpropLesson().run(RunRequest(settings: [("example", "banana")]))
        }
    }
}
