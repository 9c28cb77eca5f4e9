import Charts

/// Draws the whole screen for the app's state: the too-small notice, or the menu or the
/// lesson page, then the help overlay and the hints row — in the notebook's language.
enum ScreenRenderer {
    static func render(_ app: NotebookApp) -> Grid {
        app.inLanguage { draw(app) }
    }

    private static func draw(_ app: NotebookApp) -> Grid {
        let palette = Palette(options: app.renderOptions)
        let symbols = Symbols(unicode: app.renderOptions.unicode)
        if app.size.isTooSmall { return TooSmallView.render(size: app.size, palette: palette, symbols: symbols) }
        var grid: Grid
        switch app.mode {
        case .menu: grid = MenuView.render(app, palette: palette, symbols: symbols)
        case .lesson: grid = LessonPageView.render(app, palette: palette, symbols: symbols)
        }
        if let scroll = app.helpScroll { HelpOverlayView.draw(scroll: scroll, into: &grid, palette: palette, symbols: symbols) }
        HintsBar.draw(app, notice: app.notice, y: app.size.height - 1, into: &grid,
                      palette: palette, symbols: symbols)
        return grid
    }
}
