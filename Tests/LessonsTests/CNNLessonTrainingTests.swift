import LessonKit
import Testing
@testable import CNNLesson

/// The live ConvNet: a short deterministic run on synthetic digits learns well above
/// chance (10 %). A SimpleConvNet of 6 filters and 20 hidden units instead of the book's
/// 30 and 100 keeps it to seconds in a debug build; the lesson itself uses the book's.
@Suite("CNN lesson: training")
struct CNNLessonTrainingTests {
    @Test func aShortRunLearnsTheDigits() {
        let cell = TrainingCell(filters: 6, hidden: 20, testSize: 100)
        cell.setKnob("train", to: 0)      // 300 images
        cell.setKnob("batch", to: 20)     // 15 iterations per epoch
        cell.setKnob("lr", to: 0.01)
        #expect(cell.training.filters == cell.training.initialFilters)
        for _ in 0..<60 { cell.step() }
        let epochs = cell.training.trainer.history.epochs
        #expect(epochs.count == 4)
        #expect(epochs.last!.testAccuracy >= 0.5, "test accuracy \(epochs.last!.testAccuracy)")
        #expect(cell.training.filters != cell.training.initialFilters)
        #expect(cell.status == "iteration 60, epoch 4/10")
        // The feature maps of a test digit: (1, 6, 24, 24) after ReLU, so none negative.
        let maps = cell.training.featureMaps(ofTestImage: cell.training.testIndex(of: 2))
        #expect(maps.shape == [1, 6, 24, 24] && maps.scalars.allSatisfy { $0 >= 0 })
        // A learning-rate change is marked on the loss curve; reset starts over.
        cell.setKnob("lr", to: 0.1)
        #expect(cell.training.trainer.history.events.last?.label == "lr=0.1")
        cell.reset()
        #expect(cell.training.trainer.iteration == 0)
    }

    @Test func finishesAfterItsEpochs() {
        let cell = TrainingCell(filters: 2, hidden: 5, testSize: 10)
        cell.setKnob("train", to: 0)
        cell.setKnob("batch", to: 150)    // 2 iterations per epoch
        cell.setKnob("epochs", to: 1)
        #expect(!cell.isFinished && cell.isAnimated)
        cell.step()
        cell.step()
        #expect(cell.isFinished)
        #expect(cell.status == "iteration 2, epoch 1/1 — done; r restarts, raise epochs to go on")
        cell.step()
        #expect(cell.training.trainer.iteration == 2)
        #expect(cell.defaultRunSteps == 5)
    }
}
