import Charts

/// How many colours the terminal has, and how an xterm-256 `Color` maps onto them.
enum ColorDepth: Hashable, Sendable {
    case eight, sixteen, full256

    /// The depth for a terminal reporting `colors` colours (COLORS), nil below 8.
    init?(colors: Int) {
        if colors >= 256 { self = .full256 } else if colors >= 16 { self = .sixteen } else if colors >= 8 { self = .eight } else { return nil }
    }

    /// The terminal colour number for `color`; -1 (the terminal's default) for nil.
    /// 256 → 16: the nearest of the 16 standard colours by RGB distance. 16 → 8: bright
    /// colours lose their brightness, except bright black (gray), which becomes white so it
    /// stays visible on a dark background.
    func terminalColor(_ color: Color?) -> Int16 {
        guard let color else { return -1 }
        let index = Int(color.index)
        switch self {
        case .full256:
            return Int16(index)
        case .sixteen:
            return Int16(index < 16 ? index : Self.nearestStandard(to: index))
        case .eight:
            let sixteen = index < 16 ? index : Self.nearestStandard(to: index)
            if sixteen == 8 { return 7 }
            return Int16(sixteen % 8)
        }
    }

    /// The RGB of an xterm-256 index (xterm's default palette).
    static func rgb(of index: Int) -> (r: Int, g: Int, b: Int) {
        switch index {
        case 0..<16: return standardRGB[index]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let i = index - 16
            return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
        default:
            let v = 8 + 10 * (index - 232)
            return (v, v, v)
        }
    }

    private static let standardRGB: [(r: Int, g: Int, b: Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The standard colour (0–15) nearest to xterm-256 `index`.
    static func nearestStandard(to index: Int) -> Int {
        let target = rgb(of: index)
        var best = 0
        var bestDistance = Int.max
        for (i, c) in standardRGB.enumerated() {
            let d = (c.r - target.r) * (c.r - target.r) + (c.g - target.g) * (c.g - target.g) +
                (c.b - target.b) * (c.b - target.b)
            if d < bestDistance {
                bestDistance = d
                best = i
            }
        }
        return best
    }
}
