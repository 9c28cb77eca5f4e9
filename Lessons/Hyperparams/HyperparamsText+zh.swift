extension HyperparamsText {
    /// The hyperparams lesson in Simplified Chinese (terms: GLOSSARY.md).
    enum Chinese {
        static let search = """
        # 随机搜索
        """
    }
}
