import ArgumentParser

/// Options of the interactive notebook (`nnbook`, `nnbook open`).
struct NotebookOptions: ParsableArguments {
    @Flag(help: "Draw with ASCII only (no braille, blocks, box drawing or Unicode symbols).")
    var ascii = false

    @Flag(help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    @OptionGroup var context: ContextOptions
}
