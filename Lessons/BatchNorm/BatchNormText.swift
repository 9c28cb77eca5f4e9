import Charts

enum BatchNormText {
    static let transform = Localized(en: English.transform, zh: Chinese.transform)
    static let inference = Localized(en: English.inference, zh: Chinese.inference)
    static let grid = Localized(en: English.grid, zh: Chinese.grid)
    static let pair = Localized(en: English.pair, zh: Chinese.pair)
    enum English {
        static let transform = "x"
        static let inference = "x"
        static let grid = "x"
        static let pair = "x"
    }
}
extension BatchNormText {
    enum Chinese {
        static let transform = "x"
        static let inference = "x"
        static let grid = "x"
        static let pair = "x"
    }
}
