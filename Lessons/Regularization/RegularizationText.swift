import Charts

/// The text of the regularization lesson, one string per page, in nnbook's Markdown subset,
/// in both languages: English below, Chinese in `RegularizationText+zh.swift`. Formulas
/// follow the book (Saito, *Deep Learning from Scratch*, ch. 6.4); Ng's forms are named
/// where they differ.
enum RegularizationText {
    static let overfitting = Localized(en: English.overfitting, zh: Chinese.overfitting)
    static let boundary = Localized(en: English.boundary, zh: Chinese.boundary)
    static let dropout = Localized(en: English.dropout, zh: Chinese.dropout)

    /// The lesson in English.
    enum English {
        static let overfitting = "x"
        static let boundary = "x"
        static let dropout = "x"
    }
}
