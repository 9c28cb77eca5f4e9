"""Reference values for the detection lesson's pure functions (Tests/LessonsTests/DetectionReferenceTests.swift).

IoU, greedy non-max suppression and YOLO anchor assignment written with numpy on fixed boxes,
including the hand-checked edge cases: touching boxes (IoU 0), tied scores (lower index first),
an IoU exactly at the threshold (kept: suppression needs IoU strictly above it), and a centre on a
grid line (the cell below/right of it). Boxes are (x, y, w, h), y down. Run: python3 detection_boxes.py
"""
import numpy as np


def iou(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    if a[2] <= 0 or a[3] <= 0 or b[2] <= 0 or b[3] <= 0:
        raise ValueError("zero-area box")
    w = max(0.0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = w * h
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter, union, inter / union


def nms(boxes, scores, score_threshold, iou_threshold):
    """Returns (kept indices in order, {suppressed index: (by, iou)}, below-score indices)."""
    scores = np.asarray(scores, float)
    below = [i for i in range(len(scores)) if scores[i] < score_threshold]
    cand = [i for i in range(len(scores)) if scores[i] >= score_threshold]
    order = sorted(cand, key=lambda i: (-scores[i], i))  # ties: lower index first
    kept, suppressed = [], {}
    for i in order:
        for k in kept:
            v = iou(boxes[i], boxes[k])[2]
            if v > iou_threshold:
                suppressed[i] = (k, v)
                break
        else:
            kept.append(i)
    return kept, suppressed, below


def shape_iou(a, b):
    inter = min(a[0], b[0]) * min(a[1], b[1])
    return inter / (a[0] * a[1] + b[0] * b[1] - inter)


def assign(box, canvas, s, anchors):
    cell = canvas / s
    cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2
    col = min(s - 1, int(np.floor(cx / cell)))
    row = min(s - 1, int(np.floor(cy / cell)))
    ious = np.array([shape_iou((box[2], box[3]), a) for a in anchors])
    k = int(np.argmax(ious))  # first maximum: ties go to the lower index
    return row, col, k, ious[k]


if __name__ == "__main__":
    print("IoU cases (intersection, union, iou):")
    for a, b in [((0, 0, 4, 4), (2, 2, 4, 4)),      # 4 / 28
                 ((0, 0, 10, 10), (10, 0, 10, 10)),  # touching: 0
                 ((0, 0, 10, 10), (0, 0, 10, 10)),   # same: 1
                 ((1, 2, 6, 8), (3, 1, 10, 5)),
                 ((0, 0, 10, 10), (2, 2, 4, 4))]:    # inside: 16/100
        print(a, b, iou(a, b))
    boxes = [(0, 0, 10, 10), (1, 0, 10, 10), (20, 20, 10, 10), (0, 1, 10, 10), (21, 20, 10, 10), (40, 40, 5, 5)]
    scores = [0.9, 0.8, 0.8, 0.7, 0.6, 0.2]
    print("NMS 0.3/0.5:", nms(boxes, scores, 0.3, 0.5))
    print("IoU(1,0) =", iou(boxes[1], boxes[0])[2], "IoU(3,0) =", iou(boxes[3], boxes[0])[2])
    # Ties and the threshold exactly: boxes 0 and 1 tie at 0.5, IoU(0, 1) = 50/150 = 1/3.
    tb = [(0, 0, 10, 10), (5, 0, 10, 10)]
    print("tie, threshold 1/3:", nms(tb, [0.5, 0.5], 0.0, iou(tb[0], tb[1])[2]))
    print("tie, threshold 0.3:", nms(tb, [0.5, 0.5], 0.0, 0.3))
    anchors = [(18, 18), (12, 24), (24, 12)]
    for box in [(10, 4, 12, 24), (30, 30, 4, 4), (40, 50, 22, 10), (0, 0, 64, 64), (20, 20, 18, 18)]:
        print("assign", box, "S=4:", assign(box, 64, 4, anchors))
    # A square 12x12 ties between tall and wide? shape IoU with (12,24) and (24,12) are equal: 144/288 each.
    print("square 12 vs tall/wide:", assign((0, 0, 12, 12), 64, 2, [(12, 24), (24, 12)]))
