#!/usr/bin/env python3
"""Reference values for Tests/NumericCoreTests/LinearAlgebraReferenceTests.swift (and the linalg
lesson): singular values and eigenvalues of fixed small matrices, computed with numpy (LAPACK).
The Swift tests compare to 1e-10. Run: python3 Scripts/reference/linalg_decompositions.py"""
import numpy as np

np.set_printoptions(precision=17)

general = np.array([[2.0, -1.0, 0.5], [1.0, 3.0, -2.0], [0.0, 1.5, 4.0], [-1.0, 0.25, 1.0]])
# Rank 2: row 3 = row 1 + row 2, row 4 = 2·row 1, row 5 = row 2 − row 1.
r1, r2 = np.array([1.0, 2.0, 3.0, 4.0]), np.array([-2.0, 0.5, 1.0, 0.0])
rank2 = np.array([r1, r2, r1 + r2, 2 * r1, r2 - r1])
# Repeated singular values 3, 3, 1: an orthogonal Q (Householder of (1,1,1,1)) times diag.
h = np.array([1.0, 1.0, 1.0, 1.0]); Q = np.eye(4) - 2 * np.outer(h, h) / h.dot(h)
repeated = Q[:, :3] @ np.diag([3.0, 3.0, 1.0])
wide = np.array([[1.0, 2.0, 0.0, -1.0, 3.0], [0.5, -1.0, 2.0, 1.0, 0.0], [2.0, 0.0, 1.0, 1.0, -2.0]])
sym = np.array([[4.0, 1.0, -2.0, 0.5], [1.0, 3.0, 0.0, 1.0], [-2.0, 0.0, 2.0, -1.0], [0.5, 1.0, -1.0, 1.0]])
symRepeated = Q @ np.diag([2.0, 2.0, -1.0, 5.0]) @ Q.T

for name, a in [("general", general), ("rank2", rank2), ("repeated", repeated), ("wide", wide)]:
    print(name, "singular values", repr(np.linalg.svd(a, compute_uv=False).tolist()))
for name, a in [("sym", sym), ("symRepeated", symRepeated)]:
    print(name, "eigenvalues (largest first)", repr(sorted(np.linalg.eigvalsh(a).tolist(), reverse=True)))
# The 2×2 map on the lesson's first page: [[2, 1], [1, 2]] has eigenvalues 3, 1; [[1, 1], [0, 1]] is a shear.
print("map [[2,1],[1,2]] eig", repr(sorted(np.linalg.eigvals(np.array([[2.0, 1.0], [1.0, 2.0]])).real.tolist(), reverse=True)))
print("map [[1.5,0.5],[0.5,1]] svd", repr(np.linalg.svd(np.array([[1.5, 0.5], [0.5, 1.0]]), compute_uv=False).tolist()))
print("map [[1,1],[0,1]] svd", repr(np.linalg.svd(np.array([[1.0, 1.0], [0.0, 1.0]]), compute_uv=False).tolist()))
# Rank-1 truncation of `general`: Frobenius error ‖A − A_1‖ and kept energy σ₁²/Σσ².
u, s, vt = np.linalg.svd(general, full_matrices=False)
a1 = s[0] * np.outer(u[:, 0], vt[0])
print("general rank-1 error", repr(float(np.linalg.norm(general - a1))), "kept energy", repr(float(s[0] ** 2 / (s ** 2).sum())))
print("general rank-1 A_1[0]", repr(a1[0].tolist()))
