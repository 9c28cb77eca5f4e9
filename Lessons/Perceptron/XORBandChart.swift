import Charts

/// Page 3's picture: the two-layer network on top and, when the cell is tall enough, the
/// unit square under it with both hidden units' lines (NAND and OR) and the band between
/// them shaded — where the network outputs 1 — the input on the toggles highlighted.
struct XORBandChart: Chart {
    var diagram: XORNetworkDiagram

    /// Rows the square needs to be worth drawing (title, borders, axis and 7 data rows).
    static let minimumSquareRows = 12

    /// The square with the two lines and the band.
    var square: UnitSquarePlot {
        let corners = gateInputs.map { input in
            UnitSquarePlot.Corner(x1: input.x1, x2: input.x2, value: TwoLayerXOR.forward(Int(input.x1), Int(input.x2)).y,
                                  highlighted: Int(input.x1) == diagram.x1 && Int(input.x2) == diagram.x2)
        }
        var plot = UnitSquarePlot(title: tr("y = 1: the band", "y = 1：两线之间的带"), showKey: false, perceptron: .bookNAND, corners: corners)
        plot.extraLines = [.bookOR]
        plot.region = { x1, x2 in
            let s1 = Perceptron.bookNAND.output(x1, x2), s2 = Perceptron.bookOR.output(x1, x2)
            return Perceptron.bookAND.output(Double(s1), Double(s2)) == 1
        }
        return plot
    }

    func render(width: Int, height: Int, options: RenderOptions) -> Grid {
        let diagramRows = XORNetworkDiagram.template.count + 1
        guard height - diagramRows >= Self.minimumSquareRows else {
            return diagram.render(width: width, height: height, options: options)
        }
        var grid = Grid(width: width, height: height)
        grid.blit(diagram.render(width: width, height: diagramRows - 1, options: options), x: 0, y: 0)
        grid.blit(square.render(width: width, height: height - diagramRows, options: options), x: 0, y: diagramRows)
        return grid
    }
}
