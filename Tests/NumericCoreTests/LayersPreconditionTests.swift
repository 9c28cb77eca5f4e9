import Testing
@testable import NumericCore

/// Shapes that do not fit stop with a precondition failure instead of silently flooring
/// the output size as the book's integer division does (exit tests: each runs in a child
/// process that must crash).
@Suite("Layers: preconditions")
struct LayersPreconditionTests {
    @Test func convolutionOutputSizeMustBeWhole() async {
        await #expect(processExitsWith: .failure) {
            _ = convolutionOutputSize(inputSize: 4, windowSize: 3, stride: 2, pad: 1)
        }
    }

    @Test func convolutionRejectsAStrideThatDoesNotFit() async {
        await #expect(processExitsWith: .failure) {
            var rng = Xoshiro256StarStar(seed: 1)
            let conv = Convolution(filters: 1, channels: 1, filterHeight: 3, filterWidth: 3, stride: 2,
                                   init: .std(1), using: &rng)
            _ = conv.forward(Tensor.zeros([1, 1, 6, 6]), training: false)
        }
    }
}
