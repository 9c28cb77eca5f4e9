import Charts
import LessonKit

/// An axis-aligned box on a scene's canvas, in pixels: top-left corner (`x`, `y`), width `w`
/// and height `h` (y grows downward, as in an image). Right and bottom edges are `x + w` and
/// `y + h`, so two boxes that share an edge touch without overlapping.
struct Box: Sendable, Equatable {
    var x: Double
    var y: Double
    var w: Double
    var h: Double

    var right: Double { x + w }
    var bottom: Double { y + h }
    var area: Double { w * h }
    var centerX: Double { x + w / 2 }
    var centerY: Double { y + h / 2 }

    /// Whether the box has a positive, finite area (IoU needs one).
    var isValid: Bool { [x, y, w, h].allSatisfy(\.isFinite) && w > 0 && h > 0 }

    /// "(x, y, w, h)" with each number in its shortest form.
    var text: String {
        "(" + [x, y, w, h].map { NumberText.format($0, digits: 4) }.joined(separator: ", ") + ")"
    }
}

/// Why a detection computation refused its input: a box without area, or a threshold outside
/// [0, 1]. `message` says it in the current language.
enum DetectionError: Error, Equatable {
    /// The box named (e.g. "B") has zero (or negative, or non-finite) width or height.
    case zeroArea(box: String)
    /// The threshold named ("score", "iou") is outside [0, 1].
    case thresholdOutOfRange(name: String, value: Double)

    var message: String {
        switch self {
        case let .zeroArea(box):
            return tr("box \(box) has zero area: give it a width and a height above 0",
                      "框 \(box) 的面积为 0：请让它的宽和高都大于 0")
        case let .thresholdOutOfRange(name, value):
            let v = NumberText.format(value, digits: 4)
            return tr("\(name) threshold \(v) is outside [0, 1]: a threshold compares with a score or an IoU, both between 0 and 1",
                      "\(name) 阈值 \(v) 不在 [0, 1] 内：阈值要和分数或 IoU 比较，它们都在 0 和 1 之间")
        }
    }
}

/// The parts of an intersection over union: the overlap box (nil when the boxes do not
/// overlap, including when they only touch), its area, the union's area and their ratio.
struct IoUParts: Sendable, Equatable {
    var overlap: Box?
    var intersection: Double
    var union: Double
    var iou: Double
}

/// Intersection over union of two boxes: intersection = overlap width × overlap height
/// (each clipped at 0), union = area(a) + area(b) − intersection, IoU = intersection / union.
/// Throws `DetectionError.zeroArea` for a box without area (the union could be 0).
func intersectionOverUnion(_ a: Box, _ b: Box, names: (String, String) = ("A", "B")) throws -> IoUParts {
    guard a.isValid else { throw DetectionError.zeroArea(box: names.0) }
    guard b.isValid else { throw DetectionError.zeroArea(box: names.1) }
    let left = max(a.x, b.x), top = max(a.y, b.y)
    let w = max(0, min(a.right, b.right) - left), h = max(0, min(a.bottom, b.bottom) - top)
    let intersection = w * h
    let union = a.area + b.area - intersection
    return IoUParts(overlap: intersection > 0 ? Box(x: left, y: top, w: w, h: h) : nil,
                    intersection: intersection, union: union, iou: intersection / union)
}

/// Checks a threshold is in [0, 1] (and finite); throws `DetectionError.thresholdOutOfRange`.
func checkThreshold(_ value: Double, name: String) throws {
    guard value.isFinite, value >= 0, value <= 1 else { throw DetectionError.thresholdOutOfRange(name: name, value: value) }
}
