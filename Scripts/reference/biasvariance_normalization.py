#!/usr/bin/env python3
"""Reference values for the biasvariance lesson's input-normalization page.

The fixed data set (m = 40, no randomness):
    x1_i = ((17 i) mod 40) / 39            in 0 … 1
    x2_i = 10 · ((23 i + 7) mod 40) / 39   in 0 … 10
    y_i  = 2 x1_i + 0.5 x2_i + 0.1 sin(i)
Unnormalized model: y ≈ w1 x1 + w2 x2 (no bias), loss L(w) = 1/(2m) Σ (Xw − y)².
Normalized: z = (x − μ)/σ (σ: population std, ddof 0), targets centred ỹ = y − ȳ (so no bias
is needed), loss L(v) = 1/(2m) Σ (Zv − ỹ)².
Both are quadratics ½ wᵀHw − cᵀw + k with H = XᵀX/m, c = Xᵀy/m, k = ½ mean(y²).
Gradient descent from (0, 0): steps until (L − L*) ≤ 1e-4 · (L(0) − L*); None when it diverges
(L − L* > 1e12 · (L(0) − L*)) or takes more than 100 000 steps.
Run: python3 Scripts/reference/biasvariance_normalization.py  (values are asserted in
Tests/LessonsTests/BiasVarianceNormalizationTests.swift).
"""
import numpy as np

m = 40
i = np.arange(m)
x1 = ((17 * i) % 40) / 39
x2 = 10 * ((23 * i + 7) % 40) / 39
y = 2 * x1 + 0.5 * x2 + 0.1 * np.sin(i)
X = np.stack([x1, x2], axis=1)

mu = X.mean(axis=0)
sigma = X.std(axis=0)
Z = (X - mu) / sigma
yc = y - y.mean()


def quadratic(A, t):
    H = A.T @ A / m
    c = A.T @ t / m
    k = 0.5 * np.mean(t * t)
    return H, c, k


def loss(H, c, k, w):
    return 0.5 * w @ H @ w - c @ w + k


def steps(H, c, k, lr, tol=1e-4, cap=100_000):
    w = np.zeros(2)
    wstar = np.linalg.solve(H, c)
    lstar = loss(H, c, k, wstar)
    gap0 = loss(H, c, k, w) - lstar
    for n in range(cap + 1):
        gap = loss(H, c, k, w) - lstar
        if not np.isfinite(gap) or gap > 1e12 * gap0:
            return None
        if gap <= tol * gap0:
            return n
        w = w - lr * (H @ w - c)
    return None


np.set_printoptions(precision=17)
for name, (A, t) in {"raw": (X, y), "normalized": (Z, yc)}.items():
    H, c, k = quadratic(A, t)
    eig = np.linalg.eigvalsh(H)
    wstar = np.linalg.solve(H, c)
    print(f"== {name}")
    print("H =", repr(H.ravel()))
    print("c =", repr(c), " k =", repr(k))
    print("eigenvalues =", repr(eig), " condition =", repr(eig[1] / eig[0]), " largest stable lr 2/λmax =", repr(2 / eig[1]))
    print("w* =", repr(wstar), " L* =", repr(loss(H, c, k, wstar)), " L(0) =", repr(k))
    for lr in [0.001, 0.01, 0.05, 0.058, 0.06, 0.1, 0.5, 1.0, 1.9, 1.95]:
        print(f"  lr {lr}: steps {steps(H, c, k, lr)}")
print("mu =", repr(mu), " sigma =", repr(sigma), " mean y =", repr(y.mean()))


def diverged_at(H, c, k, lr):
    """The step at which the gap first exceeds 1e12 · (L(0) − L*)."""
    w = np.zeros(2)
    lstar = loss(H, c, k, np.linalg.solve(H, c))
    for n in range(10_000):
        if loss(H, c, k, w) - lstar > 1e12 * (k - lstar):
            return n
        w = w - lr * (H @ w - c)


H, c, k = quadratic(X, y)
print("raw diverges at lr 0.1 at step", diverged_at(H, c, k, 0.1), "; at lr 3 at step", diverged_at(H, c, k, 3.0))
