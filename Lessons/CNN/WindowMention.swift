import Charts

/// Without colour the window frame on an image is drawn in reverse video, which on a picture
/// of shade characters reads as part of the picture; the readout then says where to look.
enum WindowMention {
    /// `parts` with "(inverted on the input)" after the "window rows …" part when there is
    /// no colour and the input is a picture (printed values are bracketed instead: `[3]`).
    static func parts(_ parts: [String], options: RenderOptions, input: Heatmap) -> [String] {
        guard !options.color, !input.showValues else { return parts }
        return parts.map { $0.hasPrefix("window rows") ? $0 + " (inverted on the input)" : $0 }
    }
}
