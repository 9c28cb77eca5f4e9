import Charts
import Testing
@testable import TerminalUI

/// Colour decisions and the 256 → 16 → 8 fallback.
@Suite struct ColorTests {
    @Test func fullPaletteKeepsIndicesAndNilIsTheDefault() {
        #expect(ColorDepth.full256.terminalColor(Color.cube(5, 2, 0)) == 208)
        #expect(ColorDepth.full256.terminalColor(nil) == -1)
    }

    @Test func sixteenColoursTakeTheNearestStandardColour() {
        #expect(ColorDepth.sixteen.terminalColor(.cyan) == 6)
        #expect(ColorDepth.sixteen.terminalColor(.brightRed) == 9)
        #expect(ColorDepth.sixteen.terminalColor(.cube(5, 0, 0)) == 9)      // (255,0,0) bright red
        #expect(ColorDepth.sixteen.terminalColor(.cube(3, 0, 0)) == 1)      // (175,0,0) red
        #expect(ColorDepth.sixteen.terminalColor(.cube(0, 0, 5)) == 4)      // (0,0,255) nearest (0,0,238) blue
        #expect(ColorDepth.sixteen.terminalColor(.gray(12)) == 8)           // (128,128,128) gray
        #expect(ColorDepth.sixteen.terminalColor(.gray(0)) == 0)            // (8,8,8) black
        #expect(ColorDepth.sixteen.terminalColor(.gray(23)) == 7)           // (238,238,238) nearest (229,229,229)
    }

    @Test func eightColoursDropBrightnessButKeepGrayVisible() {
        #expect(ColorDepth.eight.terminalColor(.brightGreen) == 2)
        #expect(ColorDepth.eight.terminalColor(.yellow) == 3)
        #expect(ColorDepth.eight.terminalColor(.brightBlack) == 7)
        #expect(ColorDepth.eight.terminalColor(.cube(5, 0, 0)) == 1)
        #expect(ColorDepth.eight.terminalColor(.gray(12)) == 7)
    }

    @Test func depthFollowsTheColourCount() {
        #expect(ColorDepth(colors: 256) == .full256)
        #expect(ColorDepth(colors: 88) == .sixteen)
        #expect(ColorDepth(colors: 16) == .sixteen)
        #expect(ColorDepth(colors: 8) == .eight)
        #expect(ColorDepth(colors: 2) == nil)
    }

    @Test func noColorDumbTerminalsAndColourlessTerminalsGetNoColour() {
        let xterm = ["TERM": "xterm-256color"]
        #expect(ColorSupport.depth(wanted: true, environment: xterm, hasColors: true, colors: 256) == .full256)
        #expect(ColorSupport.depth(wanted: true, environment: ["TERM": "xterm", "NO_COLOR": ""], hasColors: true,
                                   colors: 256) == nil)
        #expect(ColorSupport.depth(wanted: true, environment: ["TERM": "dumb"], hasColors: true, colors: 8) == nil)
        #expect(ColorSupport.depth(wanted: true, environment: xterm, hasColors: false, colors: 0) == nil)
        #expect(ColorSupport.depth(wanted: false, environment: xterm, hasColors: true, colors: 256) == nil)
    }

    @Test func pairsAreMadeOnDemandCachedAndRunOutToTheDefault() {
        var table = ColorPairTable(colorPairs: 3)                 // pairs 1 and 2 usable
        var made: [[Int16]] = []
        let record = { (n: Int16, fg: Int16, bg: Int16) in made.append([n, fg, bg]) }
        #expect(table.pair(foreground: -1, background: -1, initialize: record) == 0)
        #expect(table.pair(foreground: 6, background: -1, initialize: record) == 1)
        #expect(table.pair(foreground: 3, background: 0, initialize: record) == 2)
        #expect(table.pair(foreground: 6, background: -1, initialize: record) == 1)
        #expect(table.pair(foreground: 1, background: -1, initialize: record) == 0)   // exhausted
        #expect(made == [[1, 6, -1], [2, 3, 0]])
        #expect(table.count == 2)
    }

    @Test func paletteUsesTheAccentOnlyWithColour() {
        #expect(Palette(options: .standard).accent == Style(foreground: .cyan, bold: true))
        #expect(Palette(options: RenderOptions(unicode: true, color: false)).accent == Style(bold: true))
        let app = TestSupport.appOnFakeLesson()
        app.renderOptions = RenderOptions(unicode: true, color: false)
        let grid = ScreenRenderer.render(app)
        #expect(grid.glyphs.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    }
}
