import Charts

/// Panel widths that draw an image and its two pooled maps side by side at one scale, so a
/// 14×14 output looks half the size of its 28×28 input. Mirrors how `Heatmap` sizes an image:
/// a half-block pixel is 1 column × ½ row and a framed image has a one-pixel margin; shade
/// characters are 2 columns × 1 row; a factor of 1 or more is rounded down to a whole one.
enum PoolingScale {
    /// The input's and each output's width for a row of `width` columns whose images have
    /// `rows` rows (below their titles); nil when no scale fits.
    static func widths(input: (rows: Int, columns: Int), output: (rows: Int, columns: Int),
                       width: Int, rows: Int, options: RenderOptions) -> (input: Int, output: Int)? {
        let image = options.unicode && options.color
        let perElement = image ? 1.0 : 2.0, margin = image ? 2 : 0
        let pixelRows = image ? 2 * rows - margin : rows
        guard pixelRows > 0, input.rows > 0, input.columns > 0 else { return nil }
        func sizes(_ f: Double) -> (input: Int, output: Int) {
            (Int(Double(input.columns) * perElement * f) + margin,
             Int((Double(output.columns) * perElement * f).rounded(.up)) + margin)
        }
        func whole(_ f: Double) -> Double { f >= 1 ? f.rounded(.down) : f }
        var f = whole(Double(pixelRows) / Double(input.rows))
        var w = sizes(f)
        if w.input + 2 * w.output + 2 > width {
            let across = Double(input.columns + 2 * output.columns) * perElement
            f = whole(Double(width - 2 - 3 * margin) / across)
            w = sizes(f)
        }
        return f > 0 && w.input + 2 * w.output + 2 <= width ? w : nil
    }
}
