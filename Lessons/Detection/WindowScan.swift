import Dispatch
import NumericCore

/// One scan of a scene by the window classifier, both ways: the slow way a row of windows per
/// step (every 28×28 window at `stride`, one forward pass each), then the convolutional way in
/// one step (one forward pass of the convolutional net over the whole scene, windows `netStride`
/// apart). Each way's compute time is added up by `clock` (seconds; tests give a fake one).
final class WindowScan {
    let image: Tensor
    let stride: Int
    let netStride: Int
    /// Windows down and across at `stride` (the slow way).
    let rows: Int, columns: Int
    /// The slow way's scores so far, K per window, row by row.
    private(set) var slow: [Double] = []
    private(set) var rowsDone = 0
    private(set) var slowSeconds = 0.0
    /// The convolutional way's scores (K, R, C), once computed.
    private(set) var convolutional: Tensor?
    private(set) var convolutionalSeconds = 0.0
    private let clock: () -> Double

    /// A scan of `pixels` (a scene) at `stride` ≥ 1 for a net of stride `netStride`.
    init(pixels: [Double], stride: Int, netStride: Int, clock: @escaping () -> Double = WindowScan.uptime) {
        image = Tensor(shape: [Scene.side, Scene.side], scalars: pixels)
        self.stride = stride
        self.netStride = netStride
        self.clock = clock
        rows = SlidingWindow.windowCount(size: Scene.side, window: WindowDetector.window, stride: stride)
        columns = rows
    }

    /// Seconds since boot, from the monotonic clock.
    static func uptime() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    var isFinished: Bool { rowsDone >= rows && convolutional != nil }
    var slowDone: Bool { rowsDone >= rows }

    /// The next row of the slow way, or (after the last row) the convolutional pass.
    func step(classifier: Sequential, convolutionalNet: Sequential) {
        if rowsDone < rows {
            let start = clock()
            slow += SlidingWindow.slowRow(classifier: classifier, image: image, window: WindowDetector.window,
                                          stride: stride, row: rowsDone)
            slowSeconds += clock() - start
            rowsDone += 1
        } else if convolutional == nil {
            let start = clock()
            // Cannot throw: the scene (64×64) is larger than a window.
            convolutional = try? SlidingWindow.convolutional(convolutionalNet, image: image, window: WindowDetector.window)
            convolutionalSeconds = clock() - start
        }
    }

    /// Rows and columns of the convolutional map: windows `netStride` apart.
    var netRows: Int { SlidingWindow.windowCount(size: Scene.side, window: WindowDetector.window, stride: netStride) }

    /// Window (i, j) of the slow way as (digit score, best digit): 1 − P(background) and the
    /// likeliest digit; nil while not scanned.
    func slowWindow(_ i: Int, _ j: Int) -> (score: Double, digit: Int)? {
        let k = WindowDetector.classes, at = (i * columns + j) * k
        guard at + k <= slow.count else { return nil }
        return WindowScan.digitScore(Array(slow[at..<(at + k)]))
    }

    /// Window (i, j) of the convolutional map (corner (j·netStride, i·netStride)).
    func convolutionalWindow(_ i: Int, _ j: Int) -> (score: Double, digit: Int)? {
        guard let map = convolutional else { return nil }
        let n = netRows, k = WindowDetector.classes
        return WindowScan.digitScore((0..<k).map { map.scalars[$0 * n * n + i * n + j] })
    }

    /// 1 − softmax(scores)[background] and the argmax over the ten digits.
    static func digitScore(_ scores: [Double]) -> (score: Double, digit: Int) {
        let p = softmax(scores)
        var best = 0
        for d in 1..<WindowDetector.background where p[d] > p[best] { best = d }
        return (1 - p[WindowDetector.background], best)
    }

    /// The slow map's digit scores (NaN where not scanned yet), rows × columns.
    var slowMap: [Double] {
        (0..<rows).flatMap { i in (0..<columns).map { j in slowWindow(i, j)?.score ?? .nan } }
    }

    /// The convolutional map's digit scores (netRows²), or NaN before the pass.
    var convolutionalMap: [Double] {
        let n = netRows
        return (0..<n).flatMap { i in (0..<n).map { j in convolutionalWindow(i, j)?.score ?? .nan } }
    }

    /// When `stride` is a multiple k·netStride, the largest |slow − convolutional| over every
    /// class score of the windows both computed (every k-th convolutional window); nil when the
    /// stride is not a multiple (their windows mostly differ) or the scan is not finished.
    var maxDifference: Double? {
        guard isFinished, stride % netStride == 0, let map = convolutional else { return nil }
        let k = WindowDetector.classes, n = netRows, step = stride / netStride
        var worst = 0.0
        for i in 0..<rows {
            for j in 0..<columns {
                for c in 0..<k {
                    let a = slow[(i * columns + j) * k + c], b = map.scalars[c * n * n + i * step * n + j * step]
                    worst = max(worst, abs(a - b))
                }
            }
        }
        return worst
    }

    /// The same map: stride equal to the net's, scan finished, every score within 1e-12.
    var mapsEqual: Bool { stride == netStride && (maxDifference ?? 1) < 1e-12 }

    /// The convolutional map's windows that survive non-max suppression (digit score ≥ 0.5,
    /// IoU threshold 0.3): (box, score, digit), best first.
    var detections: [(box: Box, score: Double, digit: Int)] {
        guard convolutional != nil else { return [] }
        let n = netRows, side = Double(WindowDetector.window)
        var boxes: [Box] = [], found: [(score: Double, digit: Int)] = []
        for i in 0..<n {
            for j in 0..<n {
                guard let w = convolutionalWindow(i, j) else { continue }
                boxes.append(Box(x: Double(j * netStride), y: Double(i * netStride), w: side, h: side))
                found.append(w)
            }
        }
        let decisions = (try? nonMaxSuppression(boxes: boxes, scores: found.map(\.score), scoreThreshold: 0.5, iouThreshold: 0.3)) ?? []
        return decisions.filter { $0.verdict == .kept }.map { (boxes[$0.index], found[$0.index].score, found[$0.index].digit) }
    }
}
