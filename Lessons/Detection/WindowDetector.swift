import NumericCore

/// The sliding-window page's classifier and its training: a small net for 28×28 windows with
/// 11 classes (the digits 0–9 and 10 = background), built from layers that can be rewritten as
/// convolutions — conv 6×5×5 → ReLU → 4×4 max pool stride 4 → affine 216→32 → ReLU → affine
/// 32→11 — trained with Adam (the book's form) on windows cut from generated scenes: windows
/// centred on a digit (±2 pixels) labelled with it, and windows at least 8 pixels off every
/// digit's centre labelled background. The net's stride is 1 × 4 = 4.
final class WindowDetector {
    /// The window side in pixels (the classifier's input).
    static let window = 28
    /// The background class.
    static let background = 10
    static let classes = 11
    /// Scenes the training windows come from (numbers far from the 1…20 the learner sees),
    /// and the held-out scenes the test accuracy is measured on.
    static let trainScenes = 1001...1150
    static let testScenes = 2001...2040

    let net: Sequential
    let trainer: Trainer

    /// A fresh net (weights drawn from `seed`) and its trainer on windows of `source`'s scenes.
    init(source: SceneSource, learningRate: Double, seed: UInt64) {
        var rng = Xoshiro256StarStar(seed: seed &+ 17)
        net = Sequential(layers: [
            Convolution(filters: 6, channels: 1, filterHeight: 5, filterWidth: 5, init: .he, using: &rng, weightName: "W1", biasName: "b1"),
            ReLU(),
            MaxPooling(poolHeight: 4, poolWidth: 4, stride: 4),
            Affine(inputSize: 6 * 6 * 6, outputSize: 32, init: .he, using: &rng, weightName: "W2", biasName: "b2"),
            ReLU(),
            Affine(inputSize: 32, outputSize: WindowDetector.classes, init: .he, using: &rng, weightName: "W3", biasName: "b3"),
        ])
        let train = WindowDetector.windows(source: source, scenes: WindowDetector.trainScenes, seed: seed)
        let test = WindowDetector.windows(source: source, scenes: WindowDetector.testScenes, seed: seed &+ 1)
        let side = WindowDetector.window
        // Cannot throw: both sets hold windows from every scene, and the batch is 32.
        trainer = try! Trainer(model: net, optimizer: Adam(learningRate: learningRate),
                               trainImages: Tensor(shape: [train.labels.count, 1, side, side], scalars: train.images),
                               trainLabels: train.labels,
                               testImages: Tensor(shape: [test.labels.count, 1, side, side], scalars: test.images),
                               testLabels: test.labels, batchSize: 32, sampling: .withReplacement,
                               evaluationLimit: 400, seed: seed)
    }

    /// The same weights as one convolutional net over a whole scene.
    func convolutional() -> Sequential {
        net.convolutionalized(input: (1, WindowDetector.window, WindowDetector.window))
    }

    /// Training windows from scenes `scenes` (2–4 digits each): two per digit, centred on its
    /// box's centre give or take 2 pixels, labelled with the digit; four background windows
    /// per scene whose centre is at least 8 pixels (in x or y) from every digit's centre.
    static func windows(source: SceneSource, scenes: ClosedRange<Int>, seed: UInt64) -> (images: [Double], labels: [Int]) {
        var rng = Xoshiro256StarStar(seed: seed &* 31 &+ 5)
        var images: [Double] = [], labels: [Int] = []
        let side = window, last = Scene.side - window
        func cut(_ scene: Scene, x: Int, y: Int) {
            for r in 0..<side { images += scene.pixels[((y + r) * Scene.side + x)..<((y + r) * Scene.side + x + side)] }
        }
        for number in scenes {
            let scene = source.scene(number, objects: 2 + number % 3)
            for object in scene.objects {
                for _ in 0..<2 {
                    let x = Int((object.box.centerX - Double(side) / 2).rounded()) + rng.nextInt(below: 5) - 2
                    let y = Int((object.box.centerY - Double(side) / 2).rounded()) + rng.nextInt(below: 5) - 2
                    cut(scene, x: min(last, max(0, x)), y: min(last, max(0, y)))
                    labels.append(object.label)
                }
            }
            var added = 0
            for _ in 0..<40 where added < 4 {
                let x = rng.nextInt(below: last + 1), y = rng.nextInt(below: last + 1)
                let cx = Double(x) + Double(side) / 2, cy = Double(y) + Double(side) / 2
                let far = scene.objects.allSatisfy { max(abs($0.box.centerX - cx), abs($0.box.centerY - cy)) >= 8 }
                guard far else { continue }
                cut(scene, x: x, y: y)
                labels.append(background)
                added += 1
            }
        }
        return (images, labels)
    }
}
