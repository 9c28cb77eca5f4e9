"""Reference values for Tests/NumericCoreTests/ResidualTests.swift and the deepnets lesson.

A residual block out = relu(affine2(relu(affine1(x))) + x) with its backward pass, and a
1x1 convolution (channels mixed per pixel), in numpy on the exactly representable inputs
of `pattern` (the Swift tests build the same inputs).
Run: python3 Scripts/reference/deepnets_residual.py
"""
import numpy as np

from book_util import pattern


def residual(x, W1, b1, W2, b2, dout):
    z1 = x @ W1 + b1
    a1 = np.maximum(z1, 0)
    z2 = a1 @ W2 + b2
    s = z2 + x
    out = np.maximum(s, 0)
    d = dout * (s > 0)
    dW2 = a1.T @ d
    db2 = d.sum(axis=0)
    da1 = d @ W2.T
    dz1 = da1 * (z1 > 0)
    dW1 = x.T @ dz1
    db1 = dz1.sum(axis=0)
    dx = dz1 @ W1.T + d
    return out, dx, dW1, db1, dW2, db2


def conv1x1(x, W, b):
    # W (FN, C, 1, 1): out[n, f, i, j] = sum_c W[f, c] x[n, c, i, j] + b[f]
    return np.einsum("fc,ncij->nfij", W[:, :, 0, 0], x) + b[None, :, None, None]


def show(name, a):
    print(name, np.array2string(np.asarray(a).ravel(), separator=", ", precision=17, max_line_width=10**6))


if __name__ == "__main__":
    x = pattern((3, 4), 7, 3, 11, 5, 4.0)
    W1 = pattern((4, 4), 5, 1, 9, 4, 8.0)
    b1 = pattern((4,), 3, 2, 5, 2, 10.0)
    W2 = pattern((4, 4), 3, 4, 7, 3, 8.0)
    b2 = pattern((4,), 2, 1, 5, 2, 10.0)
    dout = pattern((3, 4), 5, 2, 7, 3, 2.0)
    for name, v in zip(["out", "dx", "dW1", "db1", "dW2", "db2"], residual(x, W1, b1, W2, b2, dout)):
        show(name, v)
    xc = pattern((1, 3, 2, 2), 5, 1, 7, 3, 2.0)
    Wc = pattern((2, 3, 1, 1), 3, 1, 5, 2, 4.0)
    bc = np.array([0.5, -0.25])
    show("conv1x1", conv1x1(xc, Wc, bc))
