import DetectionLesson
import Testing

/// The detection lesson exists whole in both languages (see `TranslationCheck`, issue #11).
@Suite struct DetectionTranslationTests {
    @Test func everyTextInBothLanguages() {
        // NMS and YOLO are names (the algorithm and the detector), kept in Latin like SGD or Adam.
        TranslationCheck(lesson: DetectionLesson(), allowed: ["nms", "yolo"]).run()
    }
}
