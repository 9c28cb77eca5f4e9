import Foundation
import Testing
@testable import NumericCore

/// Activation, softmax, loss and numerical-differentiation functions (the book's
/// common/functions.py and common/gradient.py). numpy values come from
/// Scripts/reference/functions.py.
@Suite("Functions")
struct FunctionsTests {
    @Test func activationValuesAreTheHandDerivedOnes() {
        // σ(ln 3) = 1/(1 + 1/3) = 3/4, σ′ = (1 − 3/4)·3/4 = 3/16.
        #expect(abs(Activation.sigmoid.value(Double.log(3)) - 0.75) < 1e-15)
        #expect(abs(Activation.sigmoid.derivative(Double.log(3)) - 0.1875) < 1e-15)
        #expect(Activation.sigmoid(0) == 0.5)
        #expect(Activation.sigmoid.derivative(0) == 0.25)
        // tanh(ln 2) = (2 − 1/2)/(2 + 1/2) = 0.6, tanh′ = 1 − 0.36 = 0.64.
        #expect(abs(Activation.tanh.value(Double.log(2)) - 0.6) < 1e-15)
        #expect(abs(Activation.tanh.derivative(Double.log(2)) - 0.64) < 1e-15)
        #expect(Activation.relu(-1) == 0 && Activation.relu(2) == 2)
        #expect(Activation.relu.derivative(0) == 0, "the book's ReLU layer blocks the gradient at 0")
        #expect(Activation.relu.derivative(1e-9) == 1 && Activation.relu.derivative(-3) == 0)
        let leaky = Activation.leakyReLU(alpha: 0.1)
        #expect(leaky(-2) == -0.2 && leaky(3) == 3)
        #expect(leaky.derivative(-2) == 0.1 && leaky.derivative(3) == 1)
        #expect(Activation.step(0) == 0 && Activation.step(0.1) == 1 && Activation.step(-4) == 0)
        #expect(Activation.step.derivative(0.5) == 0 && Activation.step.derivative(-0.5) == 0)
        #expect(Activation.identity(-7.5) == -7.5 && Activation.identity.derivative(3) == 1)
    }

    @Test func tensorFormsMatchTheScalarForms() {
        let x = Tensor(shape: [2, 3], scalars: [-2, -0.5, 0, 0.5, 1, 3])
        for activation in Activation.allCases {
            let y = activation.apply(x), dy = activation.derivative(x)
            #expect(y.shape == [2, 3] && dy.shape == [2, 3])
            for i in 0..<x.count {
                #expect(y.scalars[i] == activation.value(x.scalars[i]), "\(activation.name) at \(x.scalars[i])")
                #expect(dy.scalars[i] == activation.derivative(x.scalars[i]), "\(activation.name)′ at \(x.scalars[i])")
            }
        }
        #expect(Activation.allCases.map(\.name) == ["step", "sigmoid", "tanh", "ReLU", "leaky ReLU (α = 0.01)", "identity"])
    }

    @Test func softmaxOfLargeScoresIsFiniteAndMatchesNumpy() {
        // Scripts/reference/functions.py: softmax([1010, 1000, 990])
        let expected = [0.999954600070331, 4.539786860886666e-05, 2.061060046209062e-09]
        let y = softmax([1010, 1000, 990])
        for (a, b) in zip(y, expected) { #expect(abs(a - b) <= 1e-14 * b) }
        let small = softmax([0.3, 2.9, 4.0])
        for (a, b) in zip(small, [0.01821127329554753, 0.24519181293507392, 0.7365969137693786]) {
            #expect(abs(a - b) <= 1e-15)
        }
    }

    @Test func softmaxWorksRowByRowOnABatch() {
        // Scripts/reference/functions.py: softmax 2-D rows
        let y = softmax(Tensor(rows: [[1, 2, 3], [-1, 0, 5]]))
        let expected = [0.09003057317038046, 0.24472847105479764, 0.6652409557748218,
                        0.0024561149044509535, 0.006676412513376451, 0.9908674725821726]
        #expect(y.shape == [2, 3])
        for (a, b) in zip(y.scalars, expected) { #expect(abs(a - b) <= 1e-15) }
        #expect(abs(y.sum(axis: 1).scalars[0] - 1) < 1e-15 && abs(y.sum(axis: 1).scalars[1] - 1) < 1e-15)
    }

    @Test func bookLossExamples() {
        // REFERENCE.md ch. 2–5; exact values from Scripts/reference/functions.py.
        var t = [Double](repeating: 0, count: 10); t[2] = 1
        let y1: [Double] = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]
        let y2: [Double] = [0.1, 0.05, 0.1, 0, 0.05, 0.1, 0, 0.6, 0, 0]
        #expect(abs(Loss.meanSquaredError(y1, t) - 0.09750000000000003) < 1e-16)
        #expect(abs(Loss.meanSquaredError(y2, t) - 0.5975) < 1e-15)
        #expect(abs(Loss.crossEntropy(y1, label: 2) - 0.510825457099338) < 1e-15)
        #expect(abs(Loss.crossEntropy(y2, label: 2) - 2.302584092994546) < 1e-15)
        #expect(abs(Loss.crossEntropy(Tensor(y1), oneHot: Tensor(t)) - 0.510825457099338) < 1e-15)
        let batch = Tensor(shape: [2, 10], scalars: y1 + y2)
        #expect(abs(Loss.crossEntropy(batch, labels: [2, 2]) - 1.406704775046942) < 1e-15)
        #expect(abs(Loss.crossEntropy(batch, oneHot: Tensor(shape: [2, 10], scalars: t + t)) - 1.406704775046942) < 1e-15)
        #expect(abs(Loss.meanSquaredError(Tensor(y1), Tensor(t)) - 0.0975) < 1e-15)
    }

    @Test func crossEntropyOfAZeroProbabilityIsFinite() {
        // −log(0 + 1e-7) = 7·ln 10
        #expect(abs(Loss.crossEntropy([1, 0], label: 1) - 7 * Double.log(10)) < 1e-12)
    }

    @Test func binaryCrossEntropyMatchesNumpy() {
        // Scripts/reference/functions.py: BCE
        let a = Tensor([0.9, 0.2, 0.6, 0.35]), y = Tensor([1, 0, 1, 0])
        #expect(abs(Loss.binaryCrossEntropy(a, y) - 0.3175281517076203) < 1e-15)
        #expect(Loss.binaryCrossEntropy(Tensor([0, 1]), Tensor([0, 1])) == 0, "saturated but correct predictions cost 0, not NaN")
    }

    @Test func numericalDerivativeOfTheBookFunction() {
        // f(x) = 0.01x² + 0.1x: slope 0.2 at 5 and 0.3 at 10 (REFERENCE.md); numpy's exact
        // central differences from Scripts/reference/functions.py.
        let f = { (x: Double) in 0.01 * (x * x) + 0.1 * x }   // numpy: 0.01*x**2 + 0.1*x
        #expect(numericalDerivative(f, at: 5) == 0.1999999999990898)
        #expect(numericalDerivative(f, at: 10) == 0.2999999999986347)
        #expect(abs(numericalDerivative({ Double.sin($0) }, at: 1) - Double.cos(1)) < 1e-8)
    }

    @Test func numericalGradientOfSumOfSquares() {
        // Scripts/reference/functions.py: numerical_gradient(function_2, ...)
        let f = { (x: Tensor) in x.scalars[0] * x.scalars[0] + x.scalars[1] * x.scalars[1] }
        #expect(numericalGradient(f, at: Tensor([3, 4])).scalars == [6.00000000000378, 7.999999999999119])
        #expect(numericalGradient(f, at: Tensor([0, 2])).scalars == [0, 4.000000000004])
        #expect(numericalGradient(f, at: Tensor([3, 0])).scalars == [6.000000000012662, 0])
    }

    @Test func gradientDescentWithNumericalGradientsReproducesTheBook() {
        // REFERENCE.md: from (−3, 4), 100 steps; exact numpy results in
        // Scripts/reference/functions.py (lr 10 "explodes" and freezes, lr 1e-10 barely moves).
        let f = { (x: Tensor) in x.scalars[0] * x.scalars[0] + x.scalars[1] * x.scalars[1] }
        func descend(_ lr: Double) -> [Double] {
            var x = Tensor([-3, 4])
            for _ in 0..<100 { x.addScaled(numericalGradient(f, at: x), -lr) }
            return x.scalars
        }
        let cases: [(Double, [Double])] = [
            (0.1, [-6.111107928998789e-10, 8.148143905314271e-10]),
            (10, [-25898374737328.363, -1295248616896.5398]),
            (1e-10, [-2.999999939999995, 3.9999999199999934]),
        ]
        for (lr, expected) in cases {
            let got = descend(lr)
            for (a, b) in zip(got, expected) { #expect(abs(a - b) <= 1e-9 * abs(b), "lr \(lr): \(got) vs \(expected)") }
        }
    }

    @Test func numericalGradientOfAParameterRestoresItsValue() {
        let p = Parameter(name: "w", value: Tensor([1, -2, 0.5]))
        let g = numericalGradient(of: p) { p.value.scalars.reduce(0) { $0 + $1 * $1 * $1 } }
        for (a, x) in zip(g.scalars, [1.0, -2, 0.5]) { #expect(abs(a - 3 * x * x) < 1e-7) }
        #expect(p.value.scalars == [1, -2, 0.5])
    }
}
