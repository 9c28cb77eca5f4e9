/// Correcting a data view box for the shape of terminal cells, which are about twice as tall
/// as wide: with `equalAspect`, one data unit spans the same physical length on both axes.
public enum ViewBox {
    /// `x` × `y` widened (never shrunk) around their centres so that, drawn on `columns` ×
    /// `rows` cells of aspect 1:2 (width:height), x and y units have equal length on screen.
    public static func equalAspect(x: ClosedRange<Double>, y: ClosedRange<Double>,
                                   columns: Int, rows: Int) -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let w = Double(Swift.max(1, columns)), h = Double(Swift.max(1, rows)) * 2
        let xs = x.upperBound - x.lowerBound, ys = y.upperBound - y.lowerBound
        guard xs > 0, ys > 0, xs.isFinite, ys.isFinite else { return (x, y) }
        let perX = xs / w, perY = ys / h
        if perX > perY {
            let half = perX * h / 2, c = (y.lowerBound + y.upperBound) / 2
            return (x, (c - half)...(c + half))
        } else {
            let half = perY * w / 2, c = (x.lowerBound + x.upperBound) / 2
            return ((c - half)...(c + half), y)
        }
    }
}
