"""Reference values for Tests/NumericCoreTests/NetworkTests.swift.

A 4-5-3 sigmoid network in the style of the book's MultiLayerNet (Affine -> Sigmoid ->
Affine -> SoftmaxWithLoss, L2 weight decay 0.5*lambda*sum(W^2) on the weights), with
exactly representable weights made by `pattern`; prints its loss and backprop gradients.
Run: python3 Scripts/reference/network_reference.py
"""
import numpy as np


def pattern(shape, a, b, m, shift, scale):
    """Element i (row-major) is ((i*a + b) % m - shift) / scale."""
    n = int(np.prod(shape))
    i = np.arange(n)
    return (((i * a + b) % m - shift) / scale).reshape(shape)


def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


W1 = pattern((4, 5), 3, 1, 7, 3, 4)
b1 = pattern((5,), 2, 0, 5, 2, 8)
W2 = pattern((5, 3), 5, 2, 9, 4, 4)
b2 = np.array([0.1, 0.0, -0.1])
x = pattern((2, 4), 7, 1, 10, 5, 5)
t = np.array([2, 0])
lam = 0.1

a1 = x @ W1 + b1
z1 = 1 / (1 + np.exp(-a1))
a2 = z1 @ W2 + b2
y = softmax(a2)
N = x.shape[0]
data_loss = -np.sum(np.log(y[np.arange(N), t] + 1e-7)) / N
decay = 0.5 * lam * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
print("scores =", repr(a2.ravel().tolist()))
print("loss (lambda 0.1) =", repr(data_loss + decay), " data loss =", repr(data_loss))

dy = y.copy()
dy[np.arange(N), t] -= 1
dy /= N
dW2 = z1.T @ dy + lam * W2
db2 = dy.sum(axis=0)
dz1 = dy @ W2.T
da1 = dz1 * (1 - z1) * z1
dW1 = x.T @ da1 + lam * W1
db1 = da1.sum(axis=0)
for name, g in (("dW1", dW1), ("db1", db1), ("dW2", dW2), ("db2", db2)):
    print(name, "=", repr(g.ravel().tolist()))
