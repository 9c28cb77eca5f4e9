import Charts

/// Without colour the window frame on an image is drawn in reverse video, which on a picture
/// of shade characters reads as part of the picture; the readout then says where to look.
enum WindowMention {
    /// How the readout names a window: "window rows 0–2, cols 1–3" ("窗口：行 0–2，列 1–3").
    static func rows(_ top: Int, _ bottom: Int, columns left: Int, _ right: Int) -> String {
        tr("window rows \(top)–\(bottom), cols \(left)–\(right)", "窗口：行 \(top)–\(bottom)，列 \(left)–\(right)")
    }

    /// `parts` with "(inverted on the input)" after the "window rows …" part when there is
    /// no colour and the input is a picture (printed values are bracketed instead: `[3]`).
    static func parts(_ parts: [String], options: RenderOptions, input: Heatmap) -> [String] {
        guard !options.color, !input.showValues else { return parts }
        let lead = tr("window rows", "窗口：")
        return parts.map { $0.hasPrefix(lead) ? $0 + tr(" (inverted on the input)", "（在输入上反色显示）") : $0 }
    }
}
