import Charts
import NumericCore
import TerminalUI

extension BenchmarkCase {
    /// Building and drawing one full 200×60 frame with four live charts — a loss curve with
    /// two 2000-point series and an event marker, a Rosenbrock contour with an optimizer path
    /// and gradient arrows, a 28×28 digit heatmap, a 40-bin histogram — then diffing it
    /// against the previous frame as the screen does. No numpy counterpart (nil key).
    /// Target (issue 3): under 2 ms per frame in release builds.
    public static var frame200x60: BenchmarkCase {
        BenchmarkCase(name: "frame 200×60, four charts", numpyKey: nil) {
            var rng = Xoshiro256StarStar(seed: 0)
            var loss = Series(name: "train", color: .cyan), test = Series(name: "test", color: .yellow)
            var value = 2.3
            for i in 0..<2000 {
                value = value * 0.999 + 0.01 * rng.nextNormal()
                loss.append(x: Double(i), y: value)
                test.append(x: Double(i), y: value + 0.1 + 0.02 * rng.nextNormal())
            }
            var path = Series(name: "Adam", color: .magenta)
            var point = SIMD2<Double>(-1.2, 1)
            for _ in 0..<30 {
                path.append(x: point.x, y: point.y)
                point -= 0.001 * Surface.rosenbrock.gradient(at: point)
            }
            let digit = SyntheticDigits.generate(count: 1, seed: 1).images.scalars
            let samples = (0..<5000).map { _ in rng.nextNormal() }
            var previous: Grid?
            return {
                var frame = Grid(width: 200, height: 60)
                var line = LinePlot(title: "loss", series: [loss, test], xLabel: "iteration")
                line.events = [EventMarker(x: 1000, label: "lr=0.5")]
                var contour = ContourPlot(title: "Rosenbrock", x: -2...2, y: -1...3) { x, y in
                    Surface.rosenbrock.value(x, y)
                }
                contour.levels = .logSpaced(8)
                contour.paths = [path]
                contour.arrows = true
                let heatmap = Heatmap(title: "digit", rows: 28, columns: 28, values: digit)
                let histogram = Histogram(title: "activations", values: samples, bins: 40)
                frame.blit(line.render(width: 100, height: 30, options: .standard), x: 0, y: 0)
                frame.blit(contour.render(width: 100, height: 30, options: .standard), x: 100, y: 0)
                frame.blit(heatmap.render(width: 100, height: 30, options: .standard), x: 0, y: 30)
                frame.blit(histogram.render(width: 100, height: 30, options: .standard), x: 100, y: 30)
                Benchmark.blackHole(GridDiff.changedCells(from: previous, to: frame))
                previous = frame
            }
        }
    }
}
