import Charts

/// The logistic lesson's page texts in both languages (English here, Chinese in
/// `LogisticText+zh.swift`).
enum LogisticText {
    static let neuron = Localized(en: English.neuron, zh: Chinese.neuron)
    static let digits = Localized(en: English.digits, zh: Chinese.digits)
    static let graph = Localized(en: English.graph, zh: Chinese.graph)
    static let vectorization = Localized(en: English.vectorization, zh: Chinese.vectorization)

    enum English {
        static let neuron = "x"
        static let digits = "x"
        static let graph = "x"
        static let vectorization = "x"
    }
}
