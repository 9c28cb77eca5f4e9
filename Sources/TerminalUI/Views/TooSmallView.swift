import Charts

/// The screen shown below 80×24: what the size is, what is needed, and that q still quits.
enum TooSmallView {
    static func render(size: ScreenSize, palette: Palette, symbols: Symbols) -> Grid {
        var grid = Grid(width: size.width, height: size.height)
        let x = symbols.times
        let lines = [
            (tr("terminal too small: \(size.width)\(x)\(size.height) (need \(ScreenSize.minimum.width)\(x)\(ScreenSize.minimum.height))",
                "终端太小：\(size.width)\(x)\(size.height)（至少需要 \(ScreenSize.minimum.width)\(x)\(ScreenSize.minimum.height)）"),
             palette.bold),
            (tr("enlarge it, or press q to quit", "请放大终端窗口，或按 q 退出"), palette.dim),
        ]
        let top = Swift.max(0, (size.height - lines.count) / 2)
        for (i, (text, style)) in lines.enumerated() {
            let left = Swift.max(0, (size.width - displayWidth(of: text)) / 2)
            grid.put(text, x: left, y: top + i, style: style)
        }
        return grid
    }
}
