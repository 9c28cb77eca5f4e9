/// XOR as two layers of perceptrons (book 2.5.2): s1 = NAND(x1, x2) and s2 = OR(x1, x2) in
/// the first layer, y = AND(s1, s2) in the second, each gate at the book's weights.
enum TwoLayerXOR {
    /// The hidden outputs s1, s2 and the output y for one input.
    static func forward(_ x1: Int, _ x2: Int) -> (s1: Int, s2: Int, y: Int) {
        let s1 = Perceptron.bookNAND.output(Double(x1), Double(x2))
        let s2 = Perceptron.bookOR.output(Double(x1), Double(x2))
        return (s1, s2, Perceptron.bookAND.output(Double(s1), Double(s2)))
    }

    /// The rows (x1, x2, s1, s2, y) for the four inputs in `gateInputs` order.
    static var table: [[Int]] {
        gateInputs.map { input in
            let x1 = Int(input.x1), x2 = Int(input.x2)
            let r = forward(x1, x2)
            return [x1, x2, r.s1, r.s2, r.y]
        }
    }
}
