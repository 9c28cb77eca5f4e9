import Charts

/// The text of the hyperparams lesson, one string per page, in nnbook's Markdown subset, in
/// both languages: English below, Chinese in `HyperparamsText+zh.swift`. The experiment is
/// the book's (Saito, ch. 6.5); coarse to fine and log-scale sampling are Ng's (course 2).
enum HyperparamsText {
    static let search = Localized(en: English.search, zh: Chinese.search)

    enum English {
        static let search = """
        # Random search
        placeholder
        """
    }
}
