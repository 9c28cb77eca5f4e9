#!/usr/bin/env python3
"""Reference values for Tests/NumericCoreTests/PCAReferenceTests.swift: PCA of two fixed data
matrices with numpy (components = right singular vectors of the centred data, compared up to
sign; explained variance σ²/n and its ratios). The Swift tests compare to 1e-10.
Run: python3 Scripts/reference/pca_reference.py"""
import numpy as np

np.set_printoptions(precision=17)

def data(n, d):
    # The same formula as PCAReferenceTests.data(n:d:).
    # A few smooth patterns of falling strength plus a small saw-tooth: singular values fall off.
    return np.array([[sum(6.0 / 2 ** r * np.sin(0.3 * r * (i + 1) + 0.1 * j) * np.cos(0.17 * r * (j + 1)) for r in range(1, 7))
                      + 0.05 * ((3 * i + 5 * j) % 7) for j in range(d)] for i in range(n)])

for name, n, d, k in [("small", 8, 5, 3), ("block", 90, 70, 3)]:
    x = data(n, d)
    xc = x - x.mean(axis=0)
    u, s, vt = np.linalg.svd(xc, full_matrices=False)
    # One sign per component: its entry of largest magnitude positive (as the Swift PCA does).
    for c in range(k):
        if vt[c][np.argmax(np.abs(vt[c]))] < 0:
            vt[c] = -vt[c]
    var = s ** 2 / n
    print(name, "singular values", repr(s[:k].tolist()))
    print(name, "explained variance ratio", repr((var[:k] / var.sum()).tolist()))
    print(name, "total variance", repr(float((xc ** 2).sum() / n)))
    for c in range(k):
        print(name, f"component {c} first 4", repr(vt[c][:4].tolist()))
    scores = xc @ vt[:2].T
    print(name, "scores of row 0", repr(scores[0].tolist()))
