"""Reference statistics for Ng's planar "flower" data (Tests/NumericCoreTests/FlowerDatasetTests.swift).

The generator is Ng's load_planar_dataset (Deep Learning Specialization, course 1 week 3,
planar_utils.py), with the noise scale as a parameter (Ng: 0.2). numpy's random numbers
differ from nnbook's Xoshiro256**, so the Swift test compares statistics, not points:
over 200 seeds this script prints, per class, the mean and standard deviation (over seeds)
of the mean radius |r| = sqrt(x^2 + y^2), of the largest radius, and of the fraction of
points in each quadrant (x >= 0, y >= 0 is quadrant 0, then counter-clockwise).

Run: python3 Scripts/reference/playground_flower.py
"""
import numpy as np


def load_planar_dataset(seed, noise=0.2, m=400):
    np.random.seed(seed)
    N = int(m / 2)
    D = 2
    X = np.zeros((m, D))
    Y = np.zeros((m, 1), dtype="uint8")
    a = 4
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * noise
        r = a * np.sin(4 * t) + np.random.randn(N) * noise
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
    return X.T, Y.T


def quadrant(x, y):
    q = np.where(x >= 0, np.where(y >= 0, 0, 3), np.where(y >= 0, 1, 2))
    return q


stats = {c: {"mean_r": [], "max_r": [], "quad": []} for c in range(2)}
for seed in range(200):
    X, Y = load_planar_dataset(seed)
    assert X.shape == (2, 400) and Y.shape == (1, 400)
    assert (Y[0, :200] == 0).all() and (Y[0, 200:] == 1).all()
    for c in range(2):
        x, y = X[0, Y[0] == c], X[1, Y[0] == c]
        r = np.sqrt(x * x + y * y)
        stats[c]["mean_r"].append(r.mean())
        stats[c]["max_r"].append(r.max())
        q = quadrant(x, y)
        stats[c]["quad"].append([np.mean(q == k) for k in range(4)])

for c in range(2):
    mr, xr = np.array(stats[c]["mean_r"]), np.array(stats[c]["max_r"])
    quad = np.array(stats[c]["quad"])
    print(f"class {c}: mean radius {mr.mean():.4f} ± {mr.std():.4f}, max radius {xr.mean():.4f} ± {xr.std():.4f}")
    print(f"class {c}: quadrant fractions {np.round(quad.mean(0), 4).tolist()} ± {np.round(quad.std(0), 4).tolist()}")
