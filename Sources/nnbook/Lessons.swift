import ActivationsLesson
import BackpropLesson
import BatchNormLesson
import BiasVarianceLesson
import CNNLesson
import DeepNetsLesson
import Charts
import DetectionLesson
import EmbeddingsLesson
import HyperparamsLesson
import InitLesson
import LessonKit
import LinAlgLesson
import LogisticLesson
import LossesLesson
import MLPLesson
import OptimizersLesson
import PerceptronLesson
import PlaygroundLesson
import RegularizationLesson
import RNNLesson
import SchedulesLesson

/// The lessons the notebook offers, in syllabus order (see the table in DESIGN.md).
///
/// This is the one place a lesson is registered: import its module above and add an
/// instance below.
let lessonRegistry = LessonRegistry([
    LinAlgLesson(),
    PerceptronLesson(),
    ActivationsLesson(),
    LossesLesson(),
    BackpropLesson(),
    LogisticLesson(),
    MLPLesson(),
    PlaygroundLesson(),
    OptimizersLesson(),
    SchedulesLesson(),
    InitLesson(),
    BatchNormLesson(),
    BiasVarianceLesson(),
    RegularizationLesson(),
    HyperparamsLesson(),
    CNNLesson(),
    DeepNetsLesson(),
    DetectionLesson(),
    EmbeddingsLesson(),
    RNNLesson(),
])

/// The parts of the course, in order, with their lessons' ids: the menu shows each part's
/// name above its lessons, in the language shown. A new lesson goes in one part here (or a
/// new part).
let courseParts: [(name: Localized, lessons: [String])] = [
    (Localized(en: "Foundations", zh: "数学基础"), ["linalg"]),
    (Localized(en: "Basics", zh: "基础"), ["perceptron", "activations", "losses", "backprop", "logistic"]),
    (Localized(en: "Training", zh: "训练"), ["mlp", "playground", "optimizers", "schedules"]),
    (Localized(en: "Training well", zh: "训练技巧"), ["init", "batchnorm", "biasvariance", "regularization", "hyperparams"]),
    (Localized(en: "Convnets", zh: "卷积网络"), ["cnn", "deepnets", "detection", "embeddings"]),
    (Localized(en: "Sequences", zh: "序列模型"), ["rnn"]),
]

/// Lesson id → part name, from `courseParts`.
let lessonParts: [String: Localized] = Dictionary(
    courseParts.flatMap { part in part.lessons.map { ($0, part.name) } }, uniquingKeysWith: { first, _ in first })

/// The part names for `Notebook.Options(parts:)`, which takes them in both languages (so the
/// menu follows a live switch).
func notebookParts() -> [String: Localized] { lessonParts }
