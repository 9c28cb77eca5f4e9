"""Reference values for nnbook's scalar computation graph (Tests/NumericCoreTests/GraphTests.swift).

A composite expression using every operation of the graph,

    f(a, b, c, d) = tanh(a*b + c) * log(d) / (a^2 + 1) + relu(b - c) * exp(-d) + sigmoid(a) * (1/d)

and its partial derivatives worked out by hand (no autograd), with
u = a*b + c, T = tanh(u), L = log d, Q = a^2 + 1, R = relu(b - c), E = exp(-d), S = sigmoid(a):

    df/da = (1 - T^2) * b * L / Q - T * L * 2a / Q^2 + S (1 - S) / d
    df/db = (1 - T^2) * a * L / Q + [b > c] * E
    df/dc = (1 - T^2) * L / Q - [b > c] * E
    df/dd = T / (d Q) - R E - S / d^2

Run: python3 Scripts/reference/graph.py
"""
import numpy as np


def reference(a, b, c, d):
    T = np.tanh(a * b + c)
    L = np.log(d)
    Q = a * a + 1
    R = max(b - c, 0.0)
    E = np.exp(-d)
    S = 1 / (1 + np.exp(-a))
    step = 1.0 if b > c else 0.0
    f = T * L / Q + R * E + S / d
    da = (1 - T * T) * b * L / Q - T * L * 2 * a / Q ** 2 + S * (1 - S) / d
    db = (1 - T * T) * a * L / Q + step * E
    dc = (1 - T * T) * L / Q - step * E
    dd = T / (d * Q) - R * E - S / d ** 2
    return [float(v) for v in (f, da, db, dc, dd)]


if __name__ == "__main__":
    for point in [(0.7, 1.9, -0.4, 2.5), (-1.2, 0.3, 0.8, 0.6)]:
        print(f"        // {point}: f, df/da, df/db, df/dc, df/dd")
        print(f"        {point}: {reference(*point)!r}")
