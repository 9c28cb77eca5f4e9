import Charts
import LessonKit
import NumericCore

/// Where a lesson's scenes come from: the digits to paste (synthetic, or MNIST with `--data`)
/// and the lesson's seed; scene number k and an object count give one scene, the same every
/// time. Also the `scene` and `objects` knobs every cell of the lesson shares.
final class SceneSource: @unchecked Sendable {
    let digits: Dataset
    let seed: UInt64
    /// Why MNIST was not used although a directory was given (words it in the language shown).
    let problem: String?

    static let sceneRange = 1...20
    static let objectRange = 1...6

    init(digits: Dataset, seed: UInt64, problem: String? = nil) {
        self.digits = digits
        self.seed = seed
        self.problem = problem
    }

    /// Synthetic digits (or MNIST from `directory`), seeded by `seed`.
    convenience init(directory: String?, seed: UInt64) {
        let data = DigitsSource.load(mnistDirectory: directory, synthetic: (train: 200, test: 1), seed: seed,
                                     mnistLimit: (train: 2000, test: 1))
        self.init(digits: data.split.train, seed: seed, problem: data.problem)
    }

    /// Scene `number` with `objects` digits.
    func scene(_ number: Int, objects: Int) -> Scene {
        Scene(digits: digits, count: objects, seed: seed &* 7919 &+ UInt64(max(0, number)))
    }

    static func sceneKnob(_ value: Int) -> Knob {
        Knob(name: "scene", label: tr("scene", "场景"),
             kind: .integer(range: sceneRange, step: 1), value: Double(value))
    }

    static func objectsKnob(_ value: Int) -> Knob {
        Knob(name: "objects", label: tr("objects", "物体数"),
             kind: .integer(range: objectRange, step: 1), value: Double(value))
    }

    /// `value` as a whole number in `range` (nil for a non-finite value).
    static func whole(_ value: Double, in range: ClosedRange<Int>) -> Int? {
        guard value.isFinite else { return nil }
        return min(range.upperBound, max(range.lowerBound, Int(value.rounded())))
    }

    /// The colour of object k's boxes (cycled).
    static func color(_ k: Int) -> Color { [Color.green, .cyan, .magenta, .yellow, .blue, .red][k % 6] }

    /// A box as an export object.
    static func export(_ box: Box) -> ExportValue {
        .object([("x", .number(box.x)), ("y", .number(box.y)), ("w", .number(box.w)), ("h", .number(box.h))])
    }
}
