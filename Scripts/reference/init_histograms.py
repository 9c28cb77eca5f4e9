#!/usr/bin/env python3
"""Reference for the `init` lesson (book ch. 6.2, weight_init_activation_histogram.py).

1000 x 100 standard-normal inputs through `depth` layers of 100 units, no bias, weights
N(0, sigma^2); per layer the population mean and std of the activations (over all
1000*100 values), the fractions below 0.01 and above 0.99, then the same stack run
backward from a standard-normal upstream gradient: the Frobenius norm of dL/dW per layer.

numpy's RNG is not nnbook's (xoshiro256**), so single numbers differ by sampling noise:
the script prints the mean and spread over 10 seeds, and the Swift tests
(InitReferenceTests) compare nnbook's values against these means with tolerances several
times that spread.

Run: python3 Scripts/reference/init_histograms.py
"""
import numpy as np

def forward_backward(act, sigma, depth=5, seed=0):
    rng = np.random.default_rng(seed)
    f = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh, "relu": lambda z: np.maximum(0, z)}[act]
    x = rng.standard_normal((1000, 100))
    inputs, pre, outs, ws = [], [], [], []
    for _ in range(depth):
        w = rng.standard_normal((100, 100)) * sigma
        inputs.append(x); ws.append(w)
        z = x @ w
        a = f(z)
        pre.append(z); outs.append(a)
        x = a
    g = rng.standard_normal((1000, 100))
    norms = [0.0] * depth
    for l in reversed(range(depth)):
        a, z = outs[l], pre[l]
        d = {"sigmoid": a * (1 - a), "tanh": 1 - a * a, "relu": (z > 0).astype(float)}[act]
        dz = g * d
        norms[l] = np.linalg.norm(inputs[l].T @ dz)
        g = dz @ ws[l].T
    stats = [(a.mean(), a.std(), (a < 0.01).mean(), (a > 0.99).mean()) for a in outs]
    return stats, norms

SIGMAS = {"1": 1.0, "0.01": 0.01, "xavier": np.sqrt(1 / 100), "he": np.sqrt(2 / 100)}

if __name__ == "__main__":
    for act, init in [("sigmoid", "1"), ("sigmoid", "0.01"), ("sigmoid", "xavier"), ("tanh", "xavier"),
                      ("relu", "0.01"), ("relu", "xavier"), ("relu", "he")]:
        runs = [forward_backward(act, SIGMAS[init], seed=s) for s in range(10)]
        st = np.array([r[0] for r in runs])      # seeds x layers x 4
        gn = np.array([r[1] for r in runs])      # seeds x layers
        print(f"{act} sigma={init}")
        for l in range(5):
            m, s = st[:, l, :].mean(0), st[:, l, :].std(0)
            print(f"  layer {l+1}: mean {m[0]:.4f}±{s[0]:.4f} std {m[1]:.4f}±{s[1]:.4f} "
                  f"below {m[2]:.4f}±{s[2]:.4f} above {m[3]:.4f}±{s[3]:.4f} "
                  f"gradnorm {gn[:, l].mean():.4g}±{gn[:, l].std():.2g}")
