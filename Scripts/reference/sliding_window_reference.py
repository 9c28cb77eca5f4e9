"""Reference values for the sliding window, slow and convolutional (Tests/NumericCoreTests/SlidingWindowTests.swift).

A tiny window classifier with fixed weights — conv 2 filters 3x3 (stride 1, no padding) -> ReLU ->
2x2 max pool stride 2 -> affine 8->3 -> ReLU -> affine 3->2 — for 6x6 windows, run over an 11x10 image:

* the slow way: crop every 6x6 window at stride 2 and run the classifier on each crop;
* the convolutional way: one pass over the whole image with the affine layers rewritten as
  convolutions (the first as 3 filters of 2x2x2 over the pooled map, the second as 1x1 filters).

Both give a (2, 3, 3) map (rows: floor((11-6)/2)+1 = 3, columns floor((10-6)/2)+1 = 3), equal to
rounding. Written with plain numpy loops, not with the Swift code's layout. Run: python3 sliding_window_reference.py
"""
import numpy as np

W1 = np.array([[[[0.5 * np.sin(1 + f * 9 + y * 3 + x) for x in range(3)] for y in range(3)]] for f in range(2)])
b1 = np.array([0.1, -0.05])
W2 = np.array([[0.4 * np.cos(i * 3 + j) for j in range(3)] for i in range(8)])
b2 = np.array([0.3, 0.1, 0.2])
W3 = np.array([[np.sin(i * 2 + j + 0.5) for j in range(2)] for i in range(3)])
b3 = np.array([0.01, -0.02])
IMAGE = np.array([[(np.sin(0.7 * y) * np.cos(0.3 * x + 0.1 * y) + 1) / 2 for x in range(10)] for y in range(11)])


def conv(x, w, b, stride=1):
    """x (C, H, W), w (F, C, kh, kw): cross-correlation, no padding."""
    f, c, kh, kw = w.shape
    oh, ow = (x.shape[1] - kh) // stride + 1, (x.shape[2] - kw) // stride + 1
    out = np.zeros((f, oh, ow))
    for k in range(f):
        for i in range(oh):
            for j in range(ow):
                out[k, i, j] = np.sum(x[:, i * stride:i * stride + kh, j * stride:j * stride + kw] * w[k]) + b[k]
    return out


def maxpool(x, size=2, stride=2):
    c, h, w = x.shape
    oh, ow = (h - size) // stride + 1, (w - size) // stride + 1
    out = np.zeros((c, oh, ow))
    for k in range(c):
        for i in range(oh):
            for j in range(ow):
                out[k, i, j] = x[k, i * stride:i * stride + size, j * stride:j * stride + size].max()
    return out


def classify(window):
    """The classifier on one 6x6 window: scores (2,)."""
    a = maxpool(np.maximum(conv(window[None], W1, b1), 0))
    h = np.maximum(a.reshape(-1) @ W2 + b2, 0)  # flattened in (c, y, x) order
    return h @ W3 + b3


def slow(image, window=6, stride=2):
    rows, cols = (image.shape[0] - window) // stride + 1, (image.shape[1] - window) // stride + 1
    out = np.zeros((2, rows, cols))
    for i in range(rows):
        for j in range(cols):
            out[:, i, j] = classify(image[i * stride:i * stride + window, j * stride:j * stride + window])
    return out


def convolutional(image):
    a = maxpool(np.maximum(conv(image[None], W1, b1), 0))
    fc1 = W2.T.reshape(3, 2, 2, 2)  # filter j = column j of W2 in (c, y, x) order
    h = np.maximum(conv(a, fc1, b2), 0)
    fc2 = W3.T.reshape(2, 3, 1, 1)
    return conv(h, fc2, b3)


if __name__ == "__main__":
    s, c = slow(IMAGE), convolutional(IMAGE)
    print("slow shape", s.shape, "convolutional shape", c.shape)
    print("max |slow - convolutional|", np.abs(s - c).max())
    for k in range(2):
        print(f"class {k}:")
        for i in range(s.shape[1]):
            print("  [" + ", ".join(repr(float(v)) for v in s[k, i]) + "],")
    # Stride 4 (a multiple of the net's stride 2): every other entry of the convolutional map.
    s4 = slow(IMAGE, stride=4)
    print("stride 4 shape", s4.shape, "equals convolutional[:, ::2, ::2]:", np.abs(s4 - c[:, ::2, ::2]).max())
    # Multiply-adds: one window = conv 4*4*2*9 + 8*3 + 3*2; the image = conv 9*8*2*9 + 3*3*3*8 + 3*3*2*3.
    print("mult-adds per window", 4 * 4 * 2 * 9 + 8 * 3 + 3 * 2, "whole image", 9 * 8 * 2 * 9 + 3 * 3 * 3 * 8 + 3 * 3 * 2 * 3)
