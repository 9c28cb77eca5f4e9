"""Reference values for the embeddings lesson (Tests/LessonsTests/EmbeddingsReferenceTests.swift).

Triplet loss L = max(|a-p|^2 - |a-n|^2 + alpha, 0) and its gradient w.r.t. a, p, n, checked
against central differences; the gradient through e = z/|z|; the Gram matrix G = F F^T of
feature maps F (N filters x M positions) and Gatys' style loss E = sum((G1-G2)^2) / (4 N^2 M^2).
Run: python3 Scripts/reference/embeddings_reference.py
"""
import numpy as np

np.set_printoptions(precision=17)


def triplet(a, p, n, alpha):
    raw = np.sum((a - p) ** 2) - np.sum((a - n) ** 2) + alpha
    if raw <= 0:
        z = np.zeros_like(a)
        return 0.0, z, z, z
    return raw, 2 * (n - p), -2 * (a - p), 2 * (a - n)


def numeric(f, x, h=1e-6):
    g = np.zeros_like(x)
    for i in range(x.size):
        xp = x.copy(); xp[i] += h
        xm = x.copy(); xm[i] -= h
        g[i] = (f(xp) - f(xm)) / (2 * h)
    return g


cases = [
    (np.array([0.3, -0.4]), np.array([0.9, 0.1]), np.array([0.2, -0.1]), 0.2),  # active
    (np.array([1.0, 0.0]), np.array([0.9, 0.1]), np.array([-1.0, 0.0]), 0.2),   # inactive
    (np.array([0.5, 0.5, -1.0]), np.array([0.4, 0.7, -0.8]), np.array([0.6, 0.2, -0.9]), 0.5),
]
for a, p, n, alpha in cases:
    L, da, dp, dn = triplet(a, p, n, alpha)
    print("triplet", a.tolist(), p.tolist(), n.tolist(), alpha)
    print("  loss", repr(L), "dA", da.tolist(), "dP", dp.tolist(), "dN", dn.tolist())
    for name, g, idx in (("dA", da, 0), ("dP", dp, 1), ("dN", dn, 2)):
        def f(x, idx=idx):
            args = [a, p, n]
            args[idx] = x
            return triplet(args[0], args[1], args[2], alpha)[0]
        num = numeric(f, [a, p, n][idx].copy())
        print("  numeric", name, num.tolist(), "max diff", float(np.max(np.abs(num - g))))

# Gradient through the normalization e = z/|z| of the loss L(e) = w.e
z = np.array([0.6, -0.8 * 2])
g = np.array([0.3, 0.7])
norm = np.linalg.norm(z)
e = z / norm
dz = (g - np.dot(g, e) * e) / norm
num = numeric(lambda x: np.dot(g, x / np.linalg.norm(x)), z.copy())
print("normalize", z.tolist(), "grad", g.tolist(), "->", dz.tolist(), "numeric", num.tolist())

# Gram matrices and style loss on fixed 2-filter, 3-position feature maps
F1 = np.array([[1.0, 0.0, 2.0], [0.5, 1.0, 0.0]])
F2 = np.array([[0.0, 1.0, 1.0], [1.0, 1.0, 0.5]])
G1, G2 = F1 @ F1.T, F2 @ F2.T
N, M = F1.shape
E = np.sum((G1 - G2) ** 2) / (4 * N**2 * M**2)
print("gram1", G1.tolist())
print("gram2", G2.tolist())
print("style loss", repr(E))
