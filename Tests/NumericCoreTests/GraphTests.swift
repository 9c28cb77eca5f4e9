import Foundation
import Testing
@testable import NumericCore

private func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}

/// The scalar computation graph: the book's ch. 5 examples, every operation's derivative,
/// gradient accumulation.
@Suite("Graph values and backward")
struct GraphTests {
    @Test func applesWithTax() {
        // Book ch. 5: 2 apples at 100, tax 1.1 → 220.
        // d/dapple = apple_num·tax = 2.2; d/dapple_num = apple·tax = 110; d/dtax = 200.
        let apple = Value(100, label: "apple"), appleNum = Value(2, label: "apple_num")
        let tax = Value(1.1, label: "tax")
        let price = apple * appleNum * tax
        price.backward()
        #expect(close(price.value, 220))
        #expect(close(apple.grad, 2.2))
        #expect(close(appleNum.grad, 110))
        #expect(close(tax.grad, 200))
        #expect(price.grad == 1)
    }

    @Test func applesAndOrangesWithTax() {
        // (2·100 + 3·150)·1.1 = 650·1.1 = 715. d/dapple = 2·1.1 = 2.2; d/dapple_num = 100·1.1
        // = 110; d/dorange = 3·1.1 = 3.3; d/dorange_num = 150·1.1 = 165; d/dtax = 650.
        let apple = Value(100, label: "apple"), appleNum = Value(2, label: "apple_num")
        let orange = Value(150, label: "orange"), orangeNum = Value(3, label: "orange_num")
        let tax = Value(1.1, label: "tax")
        let total = (apple * appleNum + orange * orangeNum) * tax
        total.backward()
        #expect(close(total.value, 715))
        #expect(close(apple.grad, 2.2))
        #expect(close(appleNum.grad, 110))
        #expect(close(orange.grad, 3.3))
        #expect(close(orangeNum.grad, 165))
        #expect(close(tax.grad, 650))
    }

    @Test func expandedSigmoidHasDerivativeYTimesOneMinusY() {
        // The book's sigmoid graph: × −1, exp, + 1, 1/x. At x = 0: y = 1/2, y(1 − y) = 1/4.
        for x0 in [-2.0, 0, 0.5, 3] {
            let x = Value(x0, label: "x")
            let y = ((x * -1).exp() + 1).reciprocal()
            y.backward()
            let expected = 1 / (1 + exp(-x0))
            #expect(close(y.value, expected, 1e-15))
            #expect(close(x.grad, y.value * (1 - y.value), 1e-14))
            // The one-node sigmoid agrees.
            let z = Value(x0)
            let s = z.sigmoid()
            s.backward()
            #expect(close(s.value, y.value, 1e-15) && close(z.grad, x.grad, 1e-14))
        }
        let x = Value(0)
        let y = ((x * -1).exp() + 1).reciprocal()
        y.backward()
        #expect(y.value == 0.5 && x.grad == 0.25)
        #expect(y.topologicalOrder().compactMap { $0.operation?.symbol } == ["×", "exp", "+", "1/x"])
    }

    @Test func everyOperationMatchesCentralDifferences() {
        // One graph per operation, each input checked at points away from kinks and poles.
        let cases: [(String, [Double], ([Value]) -> Value)] = [
            ("add", [1.5, -2.25], { $0[0] + $0[1] }),
            ("sub", [1.5, -2.25], { $0[0] - $0[1] }),
            ("mul", [1.5, -2.25], { $0[0] * $0[1] }),
            ("div", [1.5, -2.25], { $0[0] / $0[1] }),
            ("pow 3", [-1.3], { $0[0].pow(3) }),
            ("pow 0.5", [2.7], { $0[0].pow(0.5) }),
            ("pow −2", [-0.8], { $0[0].pow(-2) }),
            ("exp", [0.9], { $0[0].exp() }),
            ("log", [0.35], { $0[0].log() }),
            ("neg", [0.9], { -$0[0] }),
            ("reciprocal", [-1.7], { $0[0].reciprocal() }),
            ("sigmoid", [0.6], { $0[0].sigmoid() }),
            ("tanh", [-0.45], { $0[0].tanh() }),
            ("relu +", [0.8], { $0[0].relu() }),
            ("relu −", [-0.8], { $0[0].relu() }),
            ("double on the left", [1.2], { 3 - $0[0] + 2 / $0[0] + 4 * $0[0] + (1 + $0[0]) }),
            ("double on the right", [1.2], { ($0[0] - 3) * ($0[0] / 2) * ($0[0] + 1) * ($0[0] * 5) }),
        ]
        for (name, point, build) in cases {
            let inputs = point.map { Value($0) }
            let graph = ComputationGraph(output: build(inputs))
            let rows = graph.gradientCheck()
            #expect(rows.count == point.count, "\(name)")
            for row in rows {
                #expect(row.relativeError < 1e-7 || row.absoluteError < 1e-10,
                        "\(name): backprop \(row.backprop), numerical \(row.numerical)")
            }
        }
    }

    @Test func localDerivativesByHand() {
        // d(x^3)/dx at −2 = 3·4 = 12; d(a/b)/db at (3, 2) = −3/4; log′(4) = 1/4; (1/x)′ at 2 = −1/4.
        #expect(GraphOperation.power(3).localDerivatives(inputs: [-2], output: -8) == [12])
        #expect(GraphOperation.divide.localDerivatives(inputs: [3, 2], output: 1.5) == [0.5, -0.75])
        #expect(GraphOperation.log.localDerivatives(inputs: [4], output: log(4)) == [0.25])
        #expect(GraphOperation.reciprocal.localDerivatives(inputs: [2], output: 0.5) == [-0.25])
        #expect(GraphOperation.tanh.localDerivatives(inputs: [0], output: 0) == [1])
        // ReLU′(0) = 0, as in the book's layer (mask x <= 0).
        #expect(GraphOperation.relu.localDerivatives(inputs: [0], output: 0) == [0])
        #expect(GraphOperation.power(2).symbol == "^2" && GraphOperation.power(0.5).symbol == "^0.5")
    }

    @Test func aValueUsedTwiceAccumulates() {
        // f = x·x + x at x = 3: f = 12, f′ = 2x + 1 = 7 (three edges from x).
        let x = Value(3, label: "x")
        let f = x * x + x
        f.backward()
        #expect(f.value == 12 && x.grad == 7)
        // Reuse across levels: g = (a·b)·a + b at a = 2, b = 5: ∂g/∂a = 2ab = 20, ∂g/∂b = a² + 1 = 5.
        let a = Value(2), b = Value(5)
        let g = a * b * a + b
        g.backward()
        #expect(g.value == 25 && a.grad == 20 && b.grad == 5)
        // Backward twice gives the same grads (they are zeroed first, not summed across calls).
        g.backward()
        #expect(a.grad == 20 && b.grad == 5)
    }

    @Test func compositeExpressionMatchesNumpy() {
        // f = tanh(a·b + c)·log(d)/(a² + 1) + relu(b − c)·exp(−d) + sigmoid(a)·(1/d), every
        // operation once; values and hand-derived partials from `python3 Scripts/reference/graph.py`.
        let reference: [([Double], [Double])] = [
            ([0.7, 1.9, -0.4, 2.5],
             [0.9053567907737388, 0.21129456477109734, 0.2827851334484994, 0.20462947969695933,
              -0.09957295082591575]),
            ([-1.2, 0.3, 0.8, 0.6],
             [0.299193592994433, 0.15925180556071702, 0.2082405632430109, -0.1735338027025091,
              -0.36044269461534145]),
        ]
        for (point, expected) in reference {
            let a = Value(point[0]), b = Value(point[1]), c = Value(point[2]), d = Value(point[3])
            let f = (a * b + c).tanh() * d.log() / (a.pow(2) + 1) + (b - c).relu() * (-d).exp()
                + a.sigmoid() * d.reciprocal()
            f.backward()
            #expect(close(f.value, expected[0], 1e-12))
            for (input, gradient) in zip([a, b, c, d], expected.dropFirst()) {
                #expect(close(input.grad, gradient, 1e-12), "\(input.grad) vs \(gradient)")
            }
        }
    }
}
