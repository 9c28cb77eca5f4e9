"""Reference values for the activations lesson (Tests/LessonsTests/ActivationsLessonTests.swift).

The book's functions (Saito, ch. 3) on the book's grid np.arange(-5.0, 5.0, 0.1), and its
softmax example, in float64. Run: python3 Scripts/reference/activations.py
"""
import numpy as np

def sigmoid(x): return 1 / (1 + np.exp(-x))
def softmax(a):
    c = np.max(a)
    e = np.exp(a - c)
    return e / np.sum(e)

x = np.arange(-5.0, 5.0, 0.1)
print("grid[0], grid[37], grid[99]:", repr(x[0]), repr(x[37]), repr(x[99]))
for i in (0, 37, 50, 63, 99):
    s = sigmoid(x[i])
    print(f"i={i} x={x[i]!r} sigmoid={s!r} dsigmoid={s*(1-s)!r} tanh={np.tanh(x[i])!r} dtanh={1-np.tanh(x[i])**2!r}")
print("sigmoid'(4) =", repr(sigmoid(4.0) * (1 - sigmoid(4.0))), " tanh'(4) =", repr(1 - np.tanh(4.0) ** 2))
print("softmax([0.3, 2.9, 4.0]) =", [repr(v) for v in softmax(np.array([0.3, 2.9, 4.0]))])
print("softmax([0.3, 2.9, 4.0] / 2) =", [repr(v) for v in softmax(np.array([0.3, 2.9, 4.0]) / 2)])
print("softmax([1010, 1000, 990]) =", [repr(v) for v in softmax(np.array([1010.0, 1000.0, 990.0]))])
# Stacked tanh layers, w = 2, depth 3, at x = -1 (grid index 40) and x = 1 (index 60).
for i in (40, 60):
    y = x[i]
    for _ in range(3):
        y = np.tanh(2 * y)
    print(f"tanh depth 3, w 2, at x[{i}]={x[i]!r}: {y!r}")
