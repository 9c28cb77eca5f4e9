import ArgumentParser

/// Subcommands beyond the notebook's own, listed after them in `nnbook --help`.
///
/// Hook for `nnbook bench` (benchmarks of the numeric core against a numpy reference, in the
/// `Bench` module): write `BenchCommand` in its own file in this folder, calling `Bench`,
/// and add `BenchCommand.self` here.
let extraSubcommands: [any ParsableCommand.Type] = [BenchCommand.self]
