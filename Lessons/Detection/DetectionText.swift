import Charts

/// The detection lesson's page texts (English here, Chinese in `DetectionText+zh.swift`).
enum DetectionText {
    static let iou = Localized(en: English.iou, zh: Chinese.iou)
    static let nms = Localized(en: English.nms, zh: Chinese.nms)
    static let yolo = Localized(en: English.yolo, zh: Chinese.yolo)
    static let sliding = Localized(en: English.sliding, zh: Chinese.sliding)

    /// The lesson in English.
    enum English {
        static let iou = """
        A classifier says *what* is in an image; a **detector** also says *where*, with a
        **bounding box** per object. The scene here is a 64×64 canvas with a few digits pasted at
        random places and sizes; each green box is the ground truth, tight around the digit's ink.

        How good is a predicted box B against the true box A? The **intersection over union**:

        `IoU = |A ∩ B| / |A ∪ B|`, with `|A ∪ B| = |A| + |B| − |A ∩ B|`, where `|X|` is the area of X.

        IoU is 1 when the boxes coincide and 0 when they do not overlap — boxes that only touch
        share an edge but no area, so their IoU is 0 too. A detection usually counts as correct
        when IoU ≥ 0.5. A box of zero width or height has no IoU: the union could be 0.

        Move and resize B with the knobs and read the arithmetic; press space to slide B across A
        and watch the IoU rise and fall.
        """

        static let nms = """
        A detector looks everywhere, so one object usually gets several boxes, each with a score
        (the probability that an object is there). **Non-max suppression** (NMS) keeps one box
        per object:

        1. Drop every box whose score is below the **score threshold**.
        2. Take the highest-scoring box left and **keep** it.
        3. **Suppress** every remaining box whose IoU with a kept box is above the **IoU threshold**.
        4. Repeat from 2 until no box is left.

        The boxes here come from a simulated detector: a few around each digit and some low-scored
        false alarms. Press space to take one decision at a time: `+` kept, `x` suppressed,
        `-` below the score, `?` not decided yet. A high IoU threshold keeps duplicates; a low one
        can suppress a neighbouring object's box. Run NMS once per class when there are several.
        """

        static let yolo = """
        **YOLO** ("you only look once") runs one convolutional net over the whole image and cuts it
        into an S×S grid. Each object belongs to the **grid cell** that holds its centre (the dots).

        A cell can predict B boxes, one per **anchor box**: a preset shape (here square, tall and
        wide). An object goes to the anchor whose shape has the highest IoU with its box, so a tall
        digit and a wide one in the same cell do not compete.

        Each anchor slot outputs 5 + C numbers: pc (is there an object), bx, by, bh, bw (the box)
        and C class probabilities — here C = 10 digits. The whole output is a tensor of shape
        **S×S×B×(5+C)**; with S = 19 and B = 5 that is 19×19×5×15 numbers for one image.

        Two objects with the same cell and the same anchor **collide**: only one can be reported.
        Raise S or B until none collide, and watch the output grow.
        """

        static let sliding = """
        A classifier that answers "is there a digit in this 28×28 window, and which?" becomes a
        detector when you **slide** it over the scene: cut a window at every position, `stride`
        pixels apart, and classify each one. Each window's score, 1 − P(background), makes a
        **heat map**; the best windows left after non-max suppression are the detections.

        The classifier trains first, live, on windows cut from other scenes: conv 6×5×5 → ReLU →
        4×4 max pool → Affine 216→32 → ReLU → Affine 32→11 (ten digits and background).

        The **slow way** runs the whole net once per window, although neighbouring windows overlap
        and share most of their convolution. The **convolutional way** runs the same weights once over
        the whole 64×64 scene: the Affine layers become convolutions — 216→32 is 32 filters of
        6×6×6 over the pooled map, 32→11 is 11 filters of 1×1 — and each output position is one window.

        Those windows are 4 pixels apart: the net's stride is the product of its layers' strides
        (1 × 4). At stride 4 the two maps are equal; at 8 the slow map is every second window of the
        other; at any other stride the slow way looks at windows the convolutional net never computes.
        """
    }
}
