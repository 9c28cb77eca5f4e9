import Charts

/// The size of a screen in columns and rows.
public struct ScreenSize: Hashable, Sendable {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int
    /// A `width`×`height` size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
    /// The smallest terminal the notebook lays itself out for.
    public static let minimum = ScreenSize(width: 80, height: 24)
    /// Whether this is smaller than `minimum` in either direction.
    public var isTooSmall: Bool { width < Self.minimum.width || height < Self.minimum.height }
}

/// What waiting for input produced.
public enum InputEvent: Hashable, Sendable {
    /// A key.
    case key(Key)
    /// The timeout passed with no key.
    case timeout
    /// The screen changed size (or came back from Ctrl-Z): lay out and draw again.
    case resized
    /// SIGINT, SIGTERM or SIGHUP arrived: shut down cleanly and exit with 128 + signal.
    case terminated(signal: Int32)
    /// No more input will come (a scripted screen ran out of events).
    case endOfInput
}

/// Where the notebook draws and reads keys: the real terminal (`CursesScreen`) or an
/// in-memory one for tests and headless renders (`VirtualScreen`).
public protocol Screen: AnyObject {
    /// The size now (asked every frame; never cached across frames).
    var size: ScreenSize { get }
    /// What the screen can draw: Unicode or ASCII, colour or not.
    var renderOptions: RenderOptions { get }
    /// Shows `grid` (drawn at the top-left, as large as the screen).
    func present(_ grid: Grid)
    /// Waits for the next input: at most `timeout` seconds, or until one comes when nil.
    func nextEvent(timeout: Double?) -> InputEvent
    /// Forgets what is on the screen so the next `present` draws everything (Ctrl-L).
    func invalidate()
}
