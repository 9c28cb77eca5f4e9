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
