"""Reference values for the mlp lesson (Tests/LessonsTests/MLPLessonTests.swift).

The book's two-layer net forward pass (Saito ch. 4, TwoLayerNet.predict / loss) on a tiny
net 4-3-2 with fixed weights and one 2x2 "image", in float64; the initial loss ln 10; and
the area-averaging the digit panel uses to shrink images.
Run: python3 Scripts/reference/mlp.py
"""
import numpy as np

def sigmoid(x): return 1 / (1 + np.exp(-x))
def relu(x): return np.maximum(0, x)
def softmax(a):
    a = a - np.max(a)
    return np.exp(a) / np.sum(np.exp(a))

W1 = np.array([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6], [-0.7, 0.8, 0.9], [1.0, -1.1, 1.2]])
b1 = np.array([0.01, -0.02, 0.03])
W2 = np.array([[0.5, -0.5], [-1.5, 1.0], [2.0, 0.25]])
b2 = np.array([0.1, -0.1])
x = np.array([0.0, 0.5, 1.0, 0.25])
t = 1
for name, h in (("sigmoid", sigmoid), ("relu", relu)):
    a1 = x @ W1 + b1
    z1 = h(a1)
    a2 = z1 @ W2 + b2
    y = softmax(a2)
    loss = -np.log(y[t] + 1e-7)
    print(name, "z1 =", [repr(v) for v in z1])
    print(name, "a2 =", [repr(v) for v in a2])
    print(name, "y  =", [repr(v) for v in y])
    print(name, "loss =", repr(loss))

print("ln 10 =", repr(np.log(10.0)), " 2 ln 10 =", repr(2 * np.log(10.0)))
print("-ln(1e-7) =", repr(-np.log(1e-7)))

def downsample(img, n):
    side = img.shape[0]
    out = np.zeros((n, n)); cnt = np.zeros((n, n))
    for r in range(side):
        for c in range(side):
            out[r * n // side, c * n // side] += img[r, c]
            cnt[r * n // side, c * n // side] += 1
    return out / cnt
print("downsample(arange(16) 4x4 -> 2) =", downsample(np.arange(16.0).reshape(4, 4), 2).ravel().tolist())
print("downsample(arange(25) 5x5 -> 2) =", downsample(np.arange(25.0).reshape(5, 5), 2).ravel().tolist())
