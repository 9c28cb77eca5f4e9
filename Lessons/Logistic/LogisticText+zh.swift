extension LogisticText {
    /// The logistic lesson in Simplified Chinese (terms: GLOSSARY.md).
    enum Chinese {
        static let neuron = "x"
        static let digits = "x"
        static let graph = "x"
        static let vectorization = "x"
    }
}
