import Charts

/// An in-memory screen: keeps the last presented grid and answers `nextEvent` from a
/// scripted queue. Used by tests and by headless renders.
public final class VirtualScreen: Screen {
    /// One scripted input.
    public enum Input: Hashable, Sendable {
        /// A key press.
        case key(Key)
        /// A frame passes with no key (the wait times out).
        case tick
        /// The terminal is resized.
        case resize(ScreenSize)
    }

    /// The size now (changed by scripted `.resize` inputs).
    public private(set) var size: ScreenSize
    /// What the screen draws with (as given).
    public let renderOptions: RenderOptions
    /// What the screen shows now.
    public private(set) var grid: Grid
    /// How many frames were presented.
    public private(set) var presentedFrames = 0
    /// The cells the last `present` had to draw.
    public private(set) var lastChangedCells: [CellPosition] = []
    /// Inputs still to come, first first.
    public var pendingInput: [Input]
    private var previous: Grid?

    /// A `width`×`height` screen that will deliver `input`, then end.
    public init(width: Int, height: Int, options: RenderOptions = .standard, input: [Input] = []) {
        size = ScreenSize(width: width, height: height)
        renderOptions = options
        grid = Grid(width: width, height: height)
        pendingInput = input
    }

    /// Keeps `newGrid` as the screen's content and records which cells changed.
    public func present(_ newGrid: Grid) {
        lastChangedCells = GridDiff.changedCells(from: previous, to: newGrid)
        previous = newGrid
        grid = newGrid
        presentedFrames += 1
    }

    /// The next scripted input (`.tick` is a timeout), `.endOfInput` when none are left.
    public func nextEvent(timeout: Double?) -> InputEvent {
        guard !pendingInput.isEmpty else { return .endOfInput }
        switch pendingInput.removeFirst() {
        case let .key(key): return .key(key)
        case .tick: return .timeout
        case let .resize(newSize):
            size = newSize
            return .resized
        }
    }

    /// Forgets the previous frame, so the next `present` reports every cell.
    public func invalidate() { previous = nil }
}
