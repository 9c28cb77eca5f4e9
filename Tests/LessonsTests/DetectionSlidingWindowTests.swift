import Charts
import LessonKit
import NumericCore
import Testing
@testable import DetectionLesson

/// The sliding-window page: the window classifier's multiply-adds counted by hand, the slow and
/// convolutional maps equal at the net's stride (and a subsample at twice it), the challenge
/// and prediction solved and failed through the knobs, the headless export, bad input.
/// The classifier trains its default 600 iterations (about 6 s in a debug build).
@Suite(.serialized) struct DetectionSlidingWindowTests: ChallengeTesting {
    let pages = DetectionLesson().makePages(context: LessonContext(seed: 1))

    /// A clock that moves 1 ms each time it is read, so times are the same on every run.
    static func fakeClock() -> () -> Double {
        final class Ticks: @unchecked Sendable { var now = 0.0 }
        let ticks = Ticks()
        return { ticks.now += 0.001; return ticks.now }
    }

    /// The page's cell, trained for its 600 iterations and scanned at `stride`.
    func scanned(stride: Int) throws -> SlidingWindowCell {
        let cell = try #require(pages[1].cell as? SlidingWindowCell)
        cell.setKnob("stride", to: Double(stride))
        run(cell)
        return cell
    }

    @Test func multiplyAddsByHand() throws {
        let cell = try #require(pages[1].cell as? SlidingWindowCell)
        let net = cell.detector.net
        // One window: conv 24·24 positions × 6 filters × 25 = 86 400; Affine 216·32 = 6 912; 32·11 = 352.
        #expect(net.multiplyAdds(input: (1, 28, 28)) == 93_664)
        // The scene: conv 60·60·6·25 = 540 000; 10·10 windows × (6 912 + 352) = 726 400.
        #expect(cell.detector.convolutional().multiplyAdds(input: (1, 64, 64)) == 1_266_400)
        #expect(SlidingWindow.netStride(of: net) == cell.netStride)
        cell.setKnob("stride", to: 4)
        #expect(cell.multiplyAdds.slow == 9_366_400 && cell.multiplyAdds.convolutional == 1_266_400)
        cell.setKnob("stride", to: 2)
        #expect(cell.scan.rows == 19 && cell.multiplyAdds.slow == 361 * 93_664)
    }

    @Test func atTheNetStrideTheMapsAreEqualAndTheChallengePasses() throws {
        let goal = try challenge(1, "same-map")
        let prediction = try #require(pages[1].prediction)
        let cell = try #require(pages[1].cell as? SlidingWindowCell)
        #expect(!goal.evaluate(cell).passed)   // not trained yet
        #expect(prediction.truth(cell) == nil)
        _ = try scanned(stride: 2)
        #expect(cell.isFinished && cell.trainer.iteration == 600)
        #expect(cell.scan.maxDifference == nil)   // 19×19 windows 2 px apart, 10×10 4 px apart
        #expect(!goal.evaluate(cell).passed)
        #expect(goal.evaluate(cell).progress == "maps 19×19 and 10×10")
        #expect(cell.status == "stride 2: not the net's stride 4, so the windows differ — try stride 4")
        try turn(cell, "stride", by: 2)
        #expect(!cell.scan.isFinished)             // a new scan, the same trained net
        #expect(prediction.truth(cell) == nil)
        run(cell)
        #expect(cell.trainer.iteration == 600)
        let d = try #require(cell.scan.maxDifference)
        #expect(d < 1e-12)
        #expect(cell.scan.mapsEqual && goal.evaluate(cell).passed)
        #expect(prediction.truth(cell) == 1)       // 9 366 400 / 1 266 400 ≈ 7.4
        #expect(cell.status == "stride 4 is the net's stride: the two maps are equal")
        // Twice the net's stride: every second convolutional window, equal where they meet, not the same map.
        try turn(cell, "stride", by: 4)
        run(cell)
        #expect(cell.scan.rows == 5 && (cell.scan.maxDifference ?? 1) < 1e-12)
        #expect(!goal.evaluate(cell).passed)
    }

    @Test func exportsTheScanAndItsTimes() throws {
        let output = try DetectionLesson().run(RunRequest(settings: [("stride", "4"), ("iters", "100")], context: LessonContext(seed: 1)))
        let cell = try #require(output.cells.first { $0.name == "sliding_window" })
        guard case .object(let fields) = cell.json else { Issue.record("no json"); return }
        func field(_ name: String) -> ExportValue? { fields.first { $0.0 == name }?.1 }
        #expect(field("stride") == .integer(4) && field("net_stride") == .integer(4))
        #expect(field("windows") == .integer(100) && field("windows_scanned") == .integer(100))
        #expect(field("slow_mult_adds") == .integer(9_366_400) && field("convolutional_mult_adds") == .integer(1_266_400))
        #expect(field("maps_equal") == .bool(true) && field("finished") == .bool(true))
        #expect(field("iterations") == .integer(100))
        if case .number(let s)? = field("slow_seconds") { #expect(s > 0) } else { Issue.record("no time") }
        #expect(cell.tables.map(\.name) == ["window_scores", "window_training"])
        #expect(cell.tables[0].rows.count == 100 && cell.tables[1].rows.count == 100)
    }

    @Test func badStrideIsRefusedClearly() {
        #expect(throws: LessonKitError.self) {
            try DetectionLesson().run(RunRequest(settings: [("stride", "0")], context: LessonContext(seed: 1)))
        }
        do {
            _ = try DetectionLesson().run(RunRequest(settings: [("stride", "0")], context: LessonContext(seed: 1)))
        } catch let e as LessonKitError {
            #expect(e.description == "invalid value '0' for 'stride': expected a whole number from 1 to 16")
        } catch { Issue.record("\(error)") }
    }

    @Test func extremeKnobsAdviseFirst() throws {
        let cell = try #require(pages[1].cell as? SlidingWindowCell)
        cell.setKnob("lr", to: 1)
        run(cell)
        // Adam at lr 1 collapses onto "background", the largest class: 40.2% of the held-out windows.
        #expect(cell.status == "test acc only 40.2%: lr 1 is too high — lower it and press r")
        cell.setKnob("lr", to: 0.005)
        cell.reset()
        cell.setKnob("iters", to: 100)
        run(cell)
        #expect(cell.status == "test acc only 55%: raise iters to train longer")
        cell.setKnob("iters", to: 600)
        #expect(!cell.isTrained && !cell.scan.isFinished)   // training goes on from iteration 100
        #expect(cell.status == "training the window classifier: iteration 100 / 600")
    }

    @Test func aLearningRateChangeMidTrainingIsMarkedOnTheLossCurve() throws {
        let cell = try #require(pages[1].cell as? SlidingWindowCell)
        for _ in 0..<5 { cell.step() }
        cell.setKnob("lr", to: 0.01)
        #expect(cell.trainer.history.events.map(\.label) == ["lr=0.01"])
        #expect(cell.trainer.history.events.first?.iteration == 5)
        #expect(cell.lossPlot.events.map(\.x) == [5])
        cell.reset()   // r: a fresh net, no marks
        #expect(cell.trainer.iteration == 0 && cell.trainer.history.events.isEmpty)
    }
}
