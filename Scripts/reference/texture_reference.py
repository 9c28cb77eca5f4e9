"""Reference values for the embeddings lesson's texture synthesis page
(Tests/LessonsTests/TextureReferenceTests.swift).

One convolution layer (cross-correlation, pad k//2, stride 1, no bias) and a ReLU give N
feature maps Z -> F = max(Z, 0), flattened to the rows of F (N x M positions). The Gram
matrix G = F F^T, and Gatys et al.'s style loss against a target Gram matrix A:

    E = sum((G - A)^2) / (4 N^2 M^2)

Its gradient by hand: dE/dF = (G - A) F / (N^2 M^2) (G and A are symmetric), through the
ReLU dE/dZ = dE/dF * [Z > 0], through the convolution dE/dX = the transposed
convolution of dE/dZ with the filters. Checked here against central differences.
Run: python3 Scripts/reference/texture_reference.py
"""
import numpy as np

np.set_printoptions(precision=17)


def conv(x, w):
    """Cross-correlation of one H x W image with N k x k filters, pad k//2 (same size)."""
    n, k, _ = w.shape
    p = k // 2
    h, wd = x.shape
    xp = np.pad(x, p)
    out = np.zeros((n, h, wd))
    for f in range(n):
        for dy in range(k):
            for dx in range(k):
                out[f] += w[f, dy, dx] * xp[dy:dy + h, dx:dx + wd]
    return out


def conv_transpose(d, w):
    """The gradient of conv with respect to its input, for upstream gradient d (N x H x W)."""
    n, k, _ = w.shape
    p = k // 2
    _, h, wd = d.shape
    dxp = np.zeros((h + 2 * p, wd + 2 * p))
    for f in range(n):
        for dy in range(k):
            for dx in range(k):
                dxp[dy:dy + h, dx:dx + wd] += w[f, dy, dx] * d[f]
    return dxp[p:p + h, p:p + wd]


def features(x, w):
    z = conv(x, w)
    return z, np.maximum(z, 0).reshape(w.shape[0], -1)


def style_loss_and_grad(x, w, a):
    z, f = features(x, w)
    n, m = f.shape
    g = f @ f.T
    d = g - a
    e = np.sum(d ** 2) / (4 * n * n * m * m)
    df = d @ f / (n * n * m * m)
    dz = df * (z.reshape(n, -1) > 0)
    return e, g, conv_transpose(dz.reshape(z.shape), w)


# Fixed inputs: a 5x5 image X, a 5x5 target T, two 3x3 filters.
X = np.array([[0.1 * ((3 * i + 7 * j) % 11) - 0.3 for j in range(5)] for i in range(5)])
T = np.array([[1.0 if (i // 2) % 2 == 0 else 0.0 for j in range(5)] for i in range(5)])
W = np.array([[[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
              [[0.5, 0, -0.25], [0.25, 1, 0], [-0.5, 0.75, 0.125]]], dtype=float)

_, FT = features(T, W)
A = FT @ FT.T
E, G, dX = style_loss_and_grad(X, W, A)
print("X", X.tolist())
print("T", T.tolist())
print("gram X", G.tolist())
print("gram T", A.tolist())
print("style loss", repr(E))
print("grad", dX.flatten().tolist())

h = 1e-6
num = np.zeros_like(X)
for i in range(5):
    for j in range(5):
        xp = X.copy(); xp[i, j] += h
        xm = X.copy(); xm[i, j] -= h
        num[i, j] = (style_loss_and_grad(xp, W, A)[0] - style_loss_and_grad(xm, W, A)[0]) / (2 * h)
print("numeric grad max diff", float(np.max(np.abs(num - dX))))
