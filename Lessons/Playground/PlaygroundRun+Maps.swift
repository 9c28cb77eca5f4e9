import NumericCore

/// What the playground draws of its net: the decision map, one hidden unit's own output map
/// (a forward pass cut after that unit's layer), and the weights for the network diagram.
extension PlaygroundRun {
    /// The maps' resolution: cell centres evaluated in one batch.
    static let mapColumns = 96
    static let mapRows = 48

    /// The hidden unit numbered `unit` (1-based across layers, layer 1 first) as
    /// (layer 1…hidden, index in layer); nil for 0 (the output) or a number past the last unit.
    func locate(unit: Int) -> (layer: Int, index: Int)? {
        guard unit >= 1, unit <= config.hiddenUnits, config.units > 0 else { return nil }
        return ((unit - 1) / config.units + 1, (unit - 1) % config.units)
    }

    /// The net's output (unit 0) or hidden unit `unit`'s activation on the map grid; remade
    /// only when the net has trained since or another unit is asked for.
    func grid(unit: Int = 0) -> DecisionGrid {
        let key = locate(unit: unit) == nil ? 0 : unit
        if mapIteration != iteration { mapCache = [:]; mapIteration = iteration }
        if let grid = mapCache[key] { return grid }
        let box = config.dataset.box, net = self.net
        let cut = locate(unit: key).map { 2 * $0.layer } ?? net.layers.count
        let grid = DecisionGrid(xRange: box.x, yRange: box.y, columns: Self.mapColumns, rows: Self.mapRows) { points in
            var out = points
            for layer in net.layers.prefix(cut) { out = layer.forward(out, training: false) }
            return out
        }
        mapCache[key] = grid
        return grid
    }

    /// The class at (x, y) for the output map, or for a hidden unit whether its activation is
    /// above the activation's midpoint (tanh 0, sigmoid ½, ReLU 0).
    func mapClass(x: Double, y: Double, unit: Int) -> Int {
        guard let place = locate(unit: unit) else { return grid().classAt(x: x, y: y) }
        return grid(unit: unit).score(x: x, y: y, unit: place.index) > config.activation.midpoint ? 1 : 0
    }

    /// The weight matrices as rows: `weights[l][i][j]` from unit i of layer l to unit j of l + 1.
    var weightRows: [[[Double]]] {
        net.layers.compactMap { $0 as? Affine }.map { affine in
            let w = affine.weight.value, n = affine.inputSize, m = affine.outputSize
            return (0..<n).map { i in Array(w.scalars[(i * m)..<((i + 1) * m)]) }
        }
    }
}
