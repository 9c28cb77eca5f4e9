import ActivationsLesson
import BackpropLesson
import CNNLesson
import LessonKit
import LossesLesson
import MLPLesson
import OptimizersLesson
import PerceptronLesson

/// The lessons the notebook offers, in syllabus order (see the table in DESIGN.md).
///
/// This is the one place a lesson is registered: import its module above and add an
/// instance below.
let lessonRegistry = LessonRegistry([
    PerceptronLesson(),
    ActivationsLesson(),
    LossesLesson(),
    BackpropLesson(),
    MLPLesson(),
    OptimizersLesson(),
    CNNLesson(),
])

/// The parts of the course, in order, with their lessons' ids: the menu shows each part's
/// name above its lessons. A new lesson goes in one part here (or a new part).
let courseParts: [(name: String, lessons: [String])] = [
    ("Basics", ["perceptron", "activations", "losses", "backprop"]),
    ("Training", ["mlp", "optimizers"]),
    ("Convnets", ["cnn"]),
]

/// Lesson id → part name, from `courseParts`.
let lessonParts: [String: String] = Dictionary(
    courseParts.flatMap { part in part.lessons.map { ($0, part.name) } }, uniquingKeysWith: { first, _ in first })
