import ArgumentParser

/// Options of the interactive notebook (`nnbook`, `nnbook open`).
struct NotebookOptions: ParsableArguments {
    @OptionGroup var drawing: DrawingOptions

    /// Whether to draw with ASCII only (`--ascii`).
    var ascii: Bool { drawing.ascii }

    @Flag(help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    @OptionGroup var context: ContextOptions

    @OptionGroup var language: LanguageOptions
}
