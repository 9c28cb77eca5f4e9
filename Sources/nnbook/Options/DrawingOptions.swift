import ArgumentParser

/// `--ascii`, for the notebook (`nnbook`, `nnbook open`) and for `nnbook render`.
///
/// It is an option group of its own, not a plain `@Flag` of `render`, because the root
/// command takes the notebook's options too and ArgumentParser lets the root parse first:
/// a flag the root knows is consumed there and never reaches the subcommand. A subcommand
/// gets the value only through an option group of the SAME type, which ArgumentParser hands
/// on from the root (as `ContextOptions` hands on `--seed` and `--data`).
struct DrawingOptions: ParsableArguments {
    @Flag(help: "Draw with ASCII only (no braille, blocks, box drawing or Unicode symbols).")
    var ascii = false
}
