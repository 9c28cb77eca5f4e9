/// Whether the notebook draws in colour, and with how many colours.
enum ColorSupport {
    /// The colour depth to use, or nil for no colour: colour needs the learner to want it,
    /// `NO_COLOR` to be absent (any value, even empty, turns colour off), `TERM` not to be
    /// `dumb`, and the terminal to have colours (`has_colors`, at least 8 of them).
    static func depth(wanted: Bool, environment: [String: String], hasColors: Bool, colors: Int) -> ColorDepth? {
        guard wanted, environment["NO_COLOR"] == nil, environment["TERM"] != "dumb", hasColors else { return nil }
        return ColorDepth(colors: colors)
    }

    /// Whether colour can be started at all, before ncurses reports its colour count.
    static func mayUseColor(wanted: Bool, environment: [String: String]) -> Bool {
        wanted && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
}
