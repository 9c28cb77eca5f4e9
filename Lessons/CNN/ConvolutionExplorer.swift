import NumericCore

/// The model of the convolution explorer: one grayscale image, one filter, padding and
/// stride; the feature map is computed by the core's `Convolution` layer (cross-correlation,
/// as in the book: the filter is not flipped), and one output cell is selected to show its
/// receptive field.
struct ConvolutionExplorer: Sendable {
    /// The image being filtered.
    var image: ExplorerImage { didSet { pixels = image.pixels(seed: seed) } }
    /// Seeds the synthetic digits.
    let seed: UInt64
    /// The image's pixels (height, width, row-major values).
    private(set) var pixels: (height: Int, width: Int, values: [Double])
    /// The filter side (3 or 5).
    private(set) var filterSize = 3
    /// The preset the filter started from.
    private(set) var preset: FilterPreset = .book
    /// The filter, row-major, filterSize² values.
    private(set) var filter: [Double] = FilterPreset.book.kernel3
    /// True once an entry was edited by hand.
    private(set) var edited = false
    /// Zero padding P on every side.
    var pad = 0
    /// Stride S.
    var stride = 1
    /// The selected output cell (clamped to the output when read through `selection`).
    var selectedRow = 0, selectedColumn = 0
    /// The filter entry the value knob edits (row-major index).
    var selectedEntry = 4

    /// The book's example with the book's filter, no padding, stride 1.
    init(image: ExplorerImage = .book, seed: UInt64 = 1) {
        self.image = image
        self.seed = seed
        self.pixels = image.pixels(seed: seed)
    }

    /// Loads `preset` at the current size (forgetting hand edits).
    mutating func choose(_ preset: FilterPreset) {
        self.preset = preset
        filter = preset.kernel(size: filterSize)
        edited = false
    }

    /// Switches to a 3×3 or 5×5 filter, reloading the preset.
    mutating func setFilterSize(_ size: Int) {
        filterSize = size == 5 ? 5 : 3
        selectedEntry = Swift.min(selectedEntry, filterSize * filterSize - 1)
        if selectedEntry == 4 || selectedEntry == 12 { selectedEntry = filterSize * filterSize / 2 }
        choose(preset)
    }

    /// Sets one filter entry (row-major index).
    mutating func setEntry(_ index: Int, to value: Double) {
        guard filter.indices.contains(index), value.isFinite else { return }
        filter[index] = value
        edited = true
    }

    /// The formula for the output height.
    var heightFormula: OutputSizeFormula {
        OutputSizeFormula(name: "OH", input: pixels.height, window: filterSize, pad: pad, stride: stride)
    }

    /// The formula for the output width.
    var widthFormula: OutputSizeFormula {
        OutputSizeFormula(name: "OW", input: pixels.width, window: filterSize, pad: pad, stride: stride)
    }

    /// Why there is no output (nil when the combination is valid).
    var problem: String? { heightFormula.problem ?? widthFormula.problem }
    /// The same in a few words, for the status line.
    var shortProblem: String? { heightFormula.shortProblem ?? widthFormula.shortProblem }

    /// The feature map (OH, OW, row-major values), or nil for an invalid combination.
    var output: (height: Int, width: Int, values: [Double])? {
        guard let oh = heightFormula.size, let ow = widthFormula.size else { return nil }
        let layer = Convolution(weight: Tensor(shape: [1, 1, filterSize, filterSize], scalars: filter),
                                bias: .zeros([1]), stride: stride, pad: pad)
        let x = Tensor(shape: [1, 1, pixels.height, pixels.width], scalars: pixels.values)
        return (oh, ow, layer.forward(x, training: false).scalars)
    }

    /// The input with its P rings of zeros, as the window sees it.
    var paddedInput: (height: Int, width: Int, values: [Double]) {
        let h = pixels.height + 2 * pad, w = pixels.width + 2 * pad
        var values = [Double](repeating: 0, count: h * w)
        for r in 0..<pixels.height {
            for c in 0..<pixels.width { values[(r + pad) * w + c + pad] = pixels.values[r * pixels.width + c] }
        }
        return (h, w, values)
    }

    /// The selected output cell, clamped to the output (nil when there is none).
    var selection: (row: Int, column: Int)? {
        guard let oh = heightFormula.size, let ow = widthFormula.size else { return nil }
        return (Swift.min(Swift.max(0, selectedRow), oh - 1), Swift.min(Swift.max(0, selectedColumn), ow - 1))
    }

    /// The window of the selected output cell on the padded input: rows r·S … r·S + F − 1.
    var receptiveField: (row: Int, column: Int, size: Int)? {
        guard let s = selection else { return nil }
        return (s.row * stride, s.column * stride, filterSize)
    }

    /// The selected output value Σ window ⊙ filter.
    var selectedValue: Double? {
        guard let out = output, let s = selection else { return nil }
        return out.values[s.row * out.width + s.column]
    }
}
