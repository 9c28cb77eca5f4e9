import Foundation
import Testing
@testable import NumericCore

/// Applies `optimizer` to a parameter starting at `start`, once per gradient in
/// `gradients`, and returns the value after each update.
private func values(after gradients: [[Double]], from start: [Double],
                    with optimizer: any Optimizer) -> [[Double]] {
    let parameter = Parameter(name: "w", value: Tensor(start))
    return gradients.map { gradient in
        parameter.grad = Tensor(gradient)
        optimizer.update([parameter])
        return parameter.value.scalars
    }
}

private func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-12,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (a, e) in zip(actual, expected) {
        #expect(abs(a - e) <= tolerance, "\(actual) vs \(expected)", sourceLocation: sourceLocation)
    }
}

/// The first two steps of every optimizer on w = [1, −2], worked by hand from the book's
/// formulas (DESIGN.md "Conventions"). Each expected value is written as the arithmetic
/// of the comment, so ε's effect is exact; the comment gives the rounded numbers.
@Suite("Optimizer updates by hand")
struct OptimizerUpdateTests {
    let start: [Double] = [1, -2]
    let g: [Double] = [0.5, 4]

    @Test func sgd() {
        // p ← p − lr·g, lr 0.1: [1 − 0.05, −2 − 0.4] = [0.95, −2.4], then [0.9, −2.8].
        let steps = values(after: [g, g], from: start, with: SGD(learningRate: 0.1))
        expectClose(steps[0], [0.95, -2.4])
        expectClose(steps[1], [0.9, -2.8])
    }

    @Test func momentum() {
        // lr 0.1, m 0.9. Step 1: v = 0.9·0 − 0.1·[0.5, 4] = [−0.05, −0.4]; p = [0.95, −2.4].
        // Step 2: v = 0.9·[−0.05, −0.4] − [0.05, 0.4] = [−0.095, −0.76]; p = [0.855, −3.16].
        let steps = values(after: [g, g], from: start, with: Momentum(learningRate: 0.1, momentum: 0.9))
        expectClose(steps[0], [0.95, -2.4])
        expectClose(steps[1], [0.855, -3.16])
    }

    @Test func nesterov() {
        // lr 0.1, m 0.9, so m·m = 0.81 and (1 + m)·lr = 0.19.
        // Step 1: v = [−0.05, −0.4]; p += 0.81·v − 0.19·g = [−0.0405 − 0.095, −0.324 − 0.76]
        //         = [−0.1355, −1.084]; p = [0.8645, −3.084].
        // Step 2: v = [−0.095, −0.76]; p += [−0.07695 − 0.095, −0.6156 − 0.76]
        //         = [−0.17195, −1.3756]; p = [0.69255, −4.4596].
        let steps = values(after: [g, g], from: start, with: Nesterov(learningRate: 0.1, momentum: 0.9))
        expectClose(steps[0], [0.8645, -3.084])
        expectClose(steps[1], [0.69255, -4.4596])
    }

    @Test func adaGrad() {
        // lr 0.1. Step 1: h = g² = [0.25, 16], √h = [0.5, 4];
        //   p −= 0.1·[0.5/(0.5 + 1e-7), 4/(4 + 1e-7)] ≈ [0.1, 0.1] → ≈ [0.9, −2.1].
        // Step 2: h = [0.5, 32], √h = [0.70711, 5.65685]; both steps ≈ 0.05/0.70711 = 0.0707107
        //   → ≈ [0.829289, −2.170711].
        let steps = values(after: [g, g], from: start, with: AdaGrad(learningRate: 0.1))
        let x1 = 1 - 0.1 * 0.5 / (0.5 + 1e-7), y1 = -2 - 0.1 * 4 / (4 + 1e-7)
        expectClose(steps[0], [x1, y1])
        expectClose(steps[1], [x1 - 0.1 * 0.5 / (0.5.squareRoot() + 1e-7),
                               y1 - 0.1 * 4 / (32.0.squareRoot() + 1e-7)])
        expectClose(steps[1], [0.829289, -2.170711], tolerance: 1e-6)
    }

    @Test func rmsprop() {
        // lr 0.1, decay 0.99. Step 1: h = 0.01·g² = [0.0025, 0.16], √h = [0.05, 0.4];
        //   p −= 0.1·[0.5/0.05, 4/0.4] = [1, 1] (a step of lr/√(1 − decay) = 1 per axis)
        //   → ≈ [0, −3].
        // Step 2: h = 0.99·h + 0.01·g² = [0.004975, 0.3184]; √h = [0.070534, 0.564269];
        //   p −= 0.1·[0.5/0.070534, 4/0.564269] ≈ [0.70888, 0.70888] → ≈ [−0.70888, −3.70888].
        let steps = values(after: [g, g], from: start, with: RMSprop(learningRate: 0.1, decay: 0.99))
        let x1 = 1 - 0.1 * 0.5 / (0.05 + 1e-7), y1 = -2 - 0.1 * 4 / (0.4 + 1e-7)
        expectClose(steps[0], [x1, y1])
        expectClose(steps[1], [x1 - 0.1 * 0.5 / (0.004975.squareRoot() + 1e-7),
                               y1 - 0.1 * 4 / (0.3184.squareRoot() + 1e-7)])
        expectClose(steps[1], [-0.70888, -3.70888], tolerance: 1e-5)
    }

    @Test func adamBookForm() {
        // lr 0.1, β1 0.9, β2 0.999; gradient [0.5, 4] then [1, 0].
        // Step 1 (t = 1): lr_t = 0.1·√(1 − 0.999)/(1 − 0.9) = √0.001 = 0.0316228;
        //   m = 0.1·g = [0.05, 0.4]; v = 0.001·g² = [0.00025, 0.016]; √v = [0.0158114, 0.126491];
        //   m/√v = √10 on both axes, so the step is lr = 0.1 (ε aside) → ≈ [0.9, −2.1].
        // Step 2 (t = 2): lr_t = 0.1·√(1 − 0.999²)/(1 − 0.9²) = 0.1·√0.001999/0.19 = 0.0235317;
        //   x: m = 0.05 + 0.1·(1 − 0.05) = 0.145; v = 0.00025 + 0.001·(1 − 0.00025) = 0.00124975;
        //      step = 0.0235317·0.145/0.0353518 = 0.0965179 → x ≈ 0.803483.
        //   y: m = 0.4 + 0.1·(0 − 0.4) = 0.36; v = 0.016 + 0.001·(0 − 0.016) = 0.015984;
        //      step = 0.0235317·0.36/0.126428 = 0.0670058 → y ≈ −2.167006.
        let steps = values(after: [g, [1, 0]], from: start, with: Adam(learningRate: 0.1))
        let lr1 = 0.001.squareRoot()
        let x1 = 1 - lr1 * 0.05 / (0.00025.squareRoot() + 1e-7)
        let y1 = -2 - lr1 * 0.4 / (0.016.squareRoot() + 1e-7)
        expectClose(steps[0], [x1, y1])
        let lr2 = 0.1 * 0.001999.squareRoot() / 0.19
        expectClose(steps[1], [x1 - lr2 * 0.145 / (0.00124975.squareRoot() + 1e-7),
                               y1 - lr2 * 0.36 / (0.015984.squareRoot() + 1e-7)])
        expectClose(steps[1], [0.803483, -2.167006], tolerance: 1e-6)
    }

    @Test func adamTextbookFormPutsEpsilonAfterBiasCorrection() {
        // Step 1: m̂ = g, v̂ = g², so p −= 0.1·g/(|g| + 1e-8): [1 − 0.05/(0.5 + 1e-8), ...].
        // The book's form moves x to 1 − 0.1/(1 + 1e-7/0.0158114) = 0.90000063 instead:
        // its ε acts before bias correction, 1/√(1 − β2) ≈ 31.6 times larger.
        let textbook = values(after: [g], from: start,
                              with: Adam(learningRate: 0.1, variant: .textbook))
        expectClose(textbook[0], [1 - 0.1 * 0.5 / (0.5 + 1e-8), -2 - 0.1 * 4 / (4 + 1e-8)])
        let book = values(after: [g], from: start, with: Adam(learningRate: 0.1))
        #expect(abs(book[0][0] - 0.90000063245) < 1e-10)
        #expect(abs(book[0][0] - textbook[0][0]) > 6e-7)
    }

    @Test func stateIsKeptPerParameter() {
        // One Momentum driving two parameters equals two Momentums driving one each.
        let shared = Momentum(learningRate: 0.1)
        let a = Parameter(name: "a", value: Tensor([1, 2])), b = Parameter(name: "b", value: Tensor([3]))
        for gradient in [[0.5, -1.0, 2.0], [1.0, 0.25, -3.0], [0.0, 2.0, 1.0]] {
            a.grad = Tensor(Array(gradient[0..<2]))
            b.grad = Tensor([gradient[2]])
            shared.update([a, b])
        }
        let aAlone = values(after: [[0.5, -1], [1, 0.25], [0, 2]], from: [1, 2], with: Momentum(learningRate: 0.1))
        let bAlone = values(after: [[2], [-3], [1]], from: [3], with: Momentum(learningRate: 0.1))
        #expect(a.value.scalars == aAlone[2])
        #expect(b.value.scalars == bAlone[2])
    }

    @Test func updatesMatrixParametersElementwise() {
        // A 2×2 weight: SGD, lr 0.5, moves every element by −0.5·g.
        let w = Parameter(name: "W", value: Tensor(rows: [[1, 2], [3, 4]]), decays: true)
        w.grad = Tensor(rows: [[2, 0], [-2, 4]])
        SGD(learningRate: 0.5).update([w])
        #expect(w.value.scalars == [0, 2, 4, 2])
        #expect(w.value.shape == [2, 2])
    }
}
