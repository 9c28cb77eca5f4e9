import Charts

extension RegularizationText {
    /// The regularization lesson in Simplified Chinese (terms: GLOSSARY.md).
    enum Chinese {
        static let overfitting = "x"
        static let boundary = "x"
        static let dropout = "x"
    }
}
