import Testing
@testable import NumericCore

/// The inspectable graph of the backprop lesson: nodes, edges, step-by-step backward,
/// editing inputs, the gradient-check table.
@Suite("Computation graph structure and replay")
struct GraphReplayTests {
    /// The book's apple graph: ids apple 0, apple_num 1, × 2, tax 3, × 4 (the output).
    private func appleGraph() -> ComputationGraph {
        let apple = Value(100, label: "apple"), appleNum = Value(2, label: "apple_num")
        let tax = Value(1.1, label: "tax")
        return ComputationGraph(output: (apple * appleNum).labeled("apple price") * tax)
    }

    @Test func nodesAreInTopologicalOrder() {
        let graph = appleGraph()
        let nodes = graph.nodes
        #expect(nodes.map(\.title) == ["apple", "apple_num", "apple price", "tax", "×"])
        #expect(nodes.map(\.kind) == [.input, .input, .operation, .input, .operation])
        #expect(nodes.map(\.inputs) == [[], [], [0, 1], [], [2, 3]])
        #expect(nodes[2].value == 200 && nodes[2].operation == .multiply)
        #expect(graph.inputIDs == [0, 1, 3])
        #expect(graph.id(labeled: "tax") == 3 && graph.id(of: graph.output) == 4)
        for node in nodes { #expect(node.inputs.allSatisfy { $0 < node.id }) }
    }

    @Test func edgesCarryLocalDerivatives() {
        // ∂(apple·num)/∂apple = num = 2, ∂/∂num = apple = 100; ∂(price·tax)/∂price = 1.1,
        // ∂/∂tax = 200.
        let edges = appleGraph().edges
        #expect(edges == [
            GraphEdge(from: 0, to: 2, slot: 0, localDerivative: 2),
            GraphEdge(from: 1, to: 2, slot: 1, localDerivative: 100),
            GraphEdge(from: 2, to: 4, slot: 0, localDerivative: 1.1),
            GraphEdge(from: 3, to: 4, slot: 1, localDerivative: 200),
        ])
        // x·x: two edges from x, one per slot, each with derivative x.
        let x = Value(3)
        #expect(ComputationGraph(output: x * x).edges.map(\.slot) == [0, 1])
        #expect(ComputationGraph(output: x * x).edges.map(\.localDerivative) == [3, 3])
        // A constant is its own kind of node, titled by its value.
        let half = ComputationGraph(output: x * -1)
        #expect(half.nodes.map(\.kind) == [.input, .constant, .operation])
        #expect(half.nodes[1].title == "-1")
    }

    @Test func backwardStepsReplayTheAppleGraph() {
        let graph = appleGraph()
        let steps = graph.backwardSteps()
        // Reverse topological order: ×(4), tax(3), apple price(2), apple_num(1), apple(0).
        #expect(steps.map(\.node) == [4, 3, 2, 1, 0])
        #expect(steps.map(\.upstreamGradient).map { ($0 * 1e9).rounded() / 1e9 } == [1, 200, 1.1, 110, 2.2])
        // Step 1: the output passes 1·1.1 to the apple price and 1·200 to the tax.
        #expect(steps[0].contributions == [
            GradientContribution(input: 2, slot: 0, localDerivative: 1.1, amount: 1.1, inputGradient: 1.1),
            GradientContribution(input: 3, slot: 1, localDerivative: 200, amount: 200, inputGradient: 200),
        ])
        #expect(steps[0].gradients == [0, 0, 1.1, 200, 1])
        // Step 3: the apple price passes 1.1·2 = 2.2 to apple and 1.1·100 = 110 to apple_num.
        #expect(steps[2].contributions.map(\.input) == [0, 1])
        #expect(steps[2].contributions.map(\.localDerivative) == [2, 100])
        #expect(abs(steps[2].contributions[0].amount - 2.2) < 1e-12)
        #expect(abs(steps[2].contributions[1].amount - 110) < 1e-12)
        // Leaves pass nothing on.
        #expect(steps[1].contributions.isEmpty && steps[4].contributions.isEmpty)
    }

    @Test func replayEndsWithTheSameGradsAsBackward() {
        let a = Value(0.7), b = Value(-1.3), c = Value(2.1)
        let f = (a * b + c).tanh() * a + (b / c).exp() * a.sigmoid()
        let graph = ComputationGraph(output: f)
        graph.backward()
        let fromBackward = graph.nodes.map(\.grad)
        let steps = graph.backwardSteps()
        #expect(steps.count == graph.values.count)
        #expect(steps.last!.gradients == fromBackward)
        #expect(graph.nodes.map(\.grad) == fromBackward)
        for step in steps {
            for contribution in step.contributions {
                #expect(contribution.amount == step.upstreamGradient * contribution.localDerivative)
            }
        }
        // a feeds three operations: its contributions over the replay add up to its grad.
        let aID = graph.id(of: a)!
        let toA = steps.flatMap(\.contributions).filter { $0.input == aID }
        #expect(toA.count == 3)
        #expect(abs(toA.map(\.amount).reduce(0, +) - a.grad) < 1e-15)
    }

    @Test func editingAnInputRecomputesTheForwardPass() {
        // Apples at 150: apple price 300, total 330; grads are zeroed until backward runs.
        let graph = appleGraph()
        graph.backward()
        #expect(graph.setInput(labeled: "apple", to: 150))
        #expect(graph.nodes[2].value == 300)
        #expect(abs(graph.output.value - 330) < 1e-12)
        #expect(graph.nodes.allSatisfy { $0.grad == 0 })
        graph.backward()
        #expect(abs(graph.nodes[3].grad - 300) < 1e-12)   // d/dtax = apple price
        #expect(abs(graph.edges[3].localDerivative - 300) < 1e-12)
        // Only inputs are editable.
        #expect(!graph.setInput(labeled: "apple price", to: 1))
        #expect(!graph.setInput(labeled: "no such node", to: 1))
        graph.setInput(1, to: 3)   // apple_num
        #expect(abs(graph.output.value - 495) < 1e-9)
    }

    @Test func gradientCheckTableForTheOrangeGraph() {
        let apple = Value(100, label: "apple"), appleNum = Value(2, label: "apple_num")
        let orange = Value(150, label: "orange"), orangeNum = Value(3, label: "orange_num")
        let tax = Value(1.1, label: "tax")
        let graph = ComputationGraph(output: (apple * appleNum + orange * orangeNum) * tax)
        let rows = graph.gradientCheck()
        #expect(rows.map(\.label) == ["apple", "apple_num", "orange", "orange_num", "tax"])
        let expected = [2.2, 110, 3.3, 165, 650]
        for (row, gradient) in zip(rows, expected) {
            #expect(abs(row.backprop - gradient) < 1e-9)
            // The graph is bilinear in each input: central differences are exact up to rounding.
            #expect(abs(row.numerical - gradient) < 1e-6)
        }
        // Values are restored and grads left from backward.
        #expect(abs(graph.output.value - 715) < 1e-9 && apple.value == 100)
        #expect(abs(tax.grad - 650) < 1e-9)
        // A wrong backprop would show: a deliberately wrong row has a large relative error.
        let wrong = GradientCheckRow(node: 0, label: nil, backprop: 2.0, numerical: 2.2)
        #expect(abs(wrong.relativeError - 0.2 / 2.2) < 1e-15)
    }
}
