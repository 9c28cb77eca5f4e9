/// A rectangle of terminal cells used as a surface of pixels addressed in data coordinates,
/// after UnicodePlots.jl's canvases. Chart kinds draw lines, points and markers on a canvas;
/// `render(into:x:y:options:)` turns it into glyphs.
///
/// Each `Kind` splits a cell into a different number of pixels:
/// - `.braille`: 2×4 dots per cell (U+2800…U+28FF); a cell's colour is the last one drawn into it.
/// - `.block`: 1×2 pixels per cell drawn as `▀`/`▄` with foreground/background colours (images).
/// - `.density`: 1×1 per cell, shaded ` ░▒▓█` by how many times it was hit.
/// - `.ascii`: 3×3 pixels per cell drawn as one readable ASCII character (`. ' - _ | / \ + x #`).
///
/// Data coordinates map linearly onto pixels: `xRange.lowerBound` is the centre of the first
/// pixel column and `xRange.upperBound` of the last (same for y, top row = `yRange.upperBound`).
/// Drawing outside the ranges is clipped; non-finite coordinates are skipped. Storage is flat
/// arrays allocated once per canvas.
public struct Canvas: Sendable {
    /// How cells are divided into pixels (see `Canvas`).
    public enum Kind: Sendable, Hashable {
        case braille, block, density, ascii

        /// Pixels per cell horizontally and vertically.
        public var pixelsPerCell: (x: Int, y: Int) {
            switch self {
            case .braille: return (2, 4)
            case .block: return (1, 2)
            case .density: return (1, 1)
            case .ascii: return (3, 3)
            }
        }

        /// The canvas for line drawings under `options`: braille, or ASCII without Unicode.
        public static func lines(for options: RenderOptions) -> Kind {
            options.unicode ? .braille : .ascii
        }
    }

    /// How the cells are divided into pixels.
    public let kind: Kind
    /// Width in cells.
    public let columns: Int
    /// Height in cells.
    public let rows: Int
    /// Width in pixels (`columns` × pixels per cell).
    public let pixelWidth: Int
    /// Height in pixels (`rows` × pixels per cell).
    public let pixelHeight: Int
    /// Data x at the centre of the first and last pixel column.
    public let xRange: ClosedRange<Double>
    /// Data y at the centre of the bottom and top pixel row.
    public let yRange: ClosedRange<Double>

    let pixelsX: Int
    let pixelsY: Int
    /// Per cell: the set dots (braille: 8 bits, ascii: 9 bits, block: bit 0 top, bit 1 bottom).
    var bits: [UInt16]
    /// Per cell: hit counts (density canvases only).
    var counts: [UInt16]
    /// Per cell: the colour last drawn into it.
    var cellColors: [Color?]
    /// Per pixel: its colour (block canvases only).
    var pixelColors: [Color?]
    /// Per cell: a glyph drawn over the pixels (markers, text); empty until first used.
    var overlay: [Glyph?]
    /// Per cell: a glyph shown only where nothing else is drawn; empty until first used.
    var backdrop: [Glyph?]
    /// Per cell: a background colour; empty until first used.
    var backgrounds: [Color?]

    /// A blank canvas of `columns` × `rows` cells showing `xRange` × `yRange`. Sizes below 1
    /// become 1; an empty range (lower == upper) is widened by 0.5 either side.
    public init(kind: Kind, columns: Int, rows: Int,
                xRange: ClosedRange<Double>, yRange: ClosedRange<Double>) {
        self.kind = kind
        self.columns = Swift.max(1, columns)
        self.rows = Swift.max(1, rows)
        let ppc = kind.pixelsPerCell
        pixelsX = ppc.x
        pixelsY = ppc.y
        pixelWidth = self.columns * ppc.x
        pixelHeight = self.rows * ppc.y
        self.xRange = Canvas.usable(xRange)
        self.yRange = Canvas.usable(yRange)
        let cells = self.columns * self.rows
        bits = [UInt16](repeating: 0, count: cells)
        counts = kind == .density ? [UInt16](repeating: 0, count: cells) : []
        cellColors = [Color?](repeating: nil, count: cells)
        pixelColors = kind == .block ? [Color?](repeating: nil, count: pixelWidth * pixelHeight) : []
        overlay = []
        backdrop = []
        backgrounds = []
    }

    static func usable(_ r: ClosedRange<Double>) -> ClosedRange<Double> {
        guard r.lowerBound.isFinite, r.upperBound.isFinite else { return 0...1 }
        if r.upperBound > r.lowerBound { return r }
        return (r.lowerBound - 0.5)...(r.upperBound + 0.5)
    }

    // MARK: Coordinates

    /// The continuous pixel column of data `x` (0 = centre of the first pixel column).
    @inline(__always)
    public func pixelX(_ x: Double) -> Double {
        (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * Double(pixelWidth - 1)
    }

    /// The continuous pixel row of data `y` (0 = centre of the top pixel row).
    @inline(__always)
    public func pixelY(_ y: Double) -> Double {
        (yRange.upperBound - y) / (yRange.upperBound - yRange.lowerBound) * Double(pixelHeight - 1)
    }

    /// The cell column that data `x` falls in (may lie outside 0..<columns).
    public func column(for x: Double) -> Int {
        let p = pixelX(x).rounded()
        guard p.isFinite, abs(p) < 1e9 else { return p > 0 ? columns : -1 }
        return Int(p).floorDivided(by: pixelsX)
    }

    /// The cell row that data `y` falls in (may lie outside 0..<rows).
    public func row(for y: Double) -> Int {
        let p = pixelY(y).rounded()
        guard p.isFinite, abs(p) < 1e9 else { return p > 0 ? rows : -1 }
        return Int(p).floorDivided(by: pixelsY)
    }

    /// The data coordinates at the centre of cell (`column`, `row`).
    public func center(column: Int, row: Int) -> (x: Double, y: Double) {
        let px = Double(column * pixelsX) + Double(pixelsX - 1) / 2
        let py = Double(row * pixelsY) + Double(pixelsY - 1) / 2
        let w = Double(Swift.max(1, pixelWidth - 1)), h = Double(Swift.max(1, pixelHeight - 1))
        return (xRange.lowerBound + px / w * (xRange.upperBound - xRange.lowerBound),
                yRange.upperBound - py / h * (yRange.upperBound - yRange.lowerBound))
    }

    /// Whether the cell holds any pixel.
    public func hasPixels(column: Int, row: Int) -> Bool {
        guard column >= 0, row >= 0, column < columns, row < rows else { return false }
        let cell = row * columns + column
        return kind == .density ? counts[cell] > 0 : bits[cell] != 0
    }

    // MARK: Pixels

    /// Sets pixel (`px`, `py`) (0,0 = top left) to `color`; outside pixels are ignored.
    @inline(__always)
    public mutating func setPixel(_ px: Int, _ py: Int, color: Color?) {
        guard px >= 0, py >= 0, px < pixelWidth, py < pixelHeight else { return }
        let cx = px / pixelsX, cy = py / pixelsY
        let cell = cy &* columns &+ cx
        switch kind {
        case .braille:
            bits[cell] |= Canvas.brailleBit(px &- cx &* 2, py &- cy &* 4)
            cellColors[cell] = color
        case .ascii:
            bits[cell] |= UInt16(1) << UInt16((py &- cy &* 3) &* 3 &+ (px &- cx &* 3))
            cellColors[cell] = color
        case .block:
            bits[cell] |= (py & 1) == 0 ? 1 : 2
            pixelColors[py &* pixelWidth &+ px] = color
        case .density:
            if counts[cell] < UInt16.max { counts[cell] &+= 1 }
            cellColors[cell] = color
        }
        if !overlay.isEmpty, overlay[cell] != nil { overlay[cell] = nil }
    }

    /// Clears every pixel, marker and background.
    public mutating func clear() {
        for i in bits.indices { bits[i] = 0; cellColors[i] = nil }
        for i in counts.indices { counts[i] = 0 }
        for i in pixelColors.indices { pixelColors[i] = nil }
        overlay = []
        backdrop = []
        backgrounds = []
    }
}

extension Int {
    /// Floor division (rounds towards minus infinity).
    @inline(__always)
    func floorDivided(by d: Int) -> Int {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
