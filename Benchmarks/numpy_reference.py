#!/usr/bin/env python3
"""numpy reference timings for `nnbook bench`.

Each case runs the SAME algorithm as the Swift case with the same key, in float64, with
numpy's default threading. The Swift benchmark runs this script in the same invocation
and prints both side by side.

Usage: numpy_reference.py [--cases KEY,KEY,...] [--repeats N] [--warmup W] [--min-time S]
Prints one JSON object on stdout:
  {"numpy": "<version>", "results": {KEY: {"best": s, "median": s, "runs": n}, ...},
   "unknown": [KEY, ...]}
or, if numpy cannot be imported, {"error": "..."} (exit status 2).

To add a case: write a function that builds its inputs and returns a zero-argument
callable doing one timed run, and list it in CASES under the key the Swift case uses.
"""
import argparse
import json
import statistics
import sys
import time

try:
    import numpy as np
except ImportError as error:  # reported to the Swift side, which then prints Swift alone
    print(json.dumps({"error": f"numpy is not available: {error}"}))
    sys.exit(2)

from ref_char_rnn import char_rnn_step_case
from ref_convnet import convnet_iteration_case
from ref_deepconvnet import deepconvnet_iteration_case
from ref_optimizer_race import optimizer_race_case
from ref_sliding_window import sliding_window_convolutional_case, sliding_window_slow_case
from ref_training_well import batchnorm_grid_case, regularization_run_case


def svd_case(m, n):
    """The thin SVD (U, s, Vt) of a random normal m×n matrix: LAPACK's gesdd through numpy."""
    def setup():
        rng = np.random.default_rng(0)
        a = rng.standard_normal((m, n))
        return lambda: np.linalg.svd(a, full_matrices=False)
    return setup


def matmul_case(m, k, n):
    """C = A·B for random normal A (m×k) and B (k×n)."""
    def setup():
        rng = np.random.default_rng(0)
        a = rng.standard_normal((m, k), dtype=np.float64)
        b = rng.standard_normal((k, n), dtype=np.float64)
        return lambda: a @ b
    return setup


# --- the book's two-layer net (Saito, ch. 4-5), sigmoid hidden layer -------------------

def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(x):
    """Row-wise softmax, subtracting each row's maximum first (the book's form)."""
    x = x - np.max(x, axis=-1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


def cross_entropy_error(y, t):
    """Mean over the batch of -log(y[t] + 1e-7), t one-hot (the book's form)."""
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


def train_iteration_case(input_size=784, hidden_size=50, output_size=10, batch=100,
                         lr=0.1, weight_std=0.01):
    """One SGD iteration of TwoLayerNet on a fixed mini-batch, as the book's layers do it:
    Affine -> Sigmoid -> Affine -> SoftmaxWithLoss forward (with the loss), backward, and
    params -= lr * grads. Inputs are uniform in [0, 1) like normalized MNIST, labels
    one-hot; drawing the mini-batch is not part of the timed iteration."""
    def setup():
        rng = np.random.default_rng(0)
        x = rng.random((batch, input_size))
        t = np.eye(output_size)[rng.integers(0, output_size, batch)]
        params = {
            "W1": weight_std * rng.standard_normal((input_size, hidden_size)),
            "b1": np.zeros(hidden_size),
            "W2": weight_std * rng.standard_normal((hidden_size, output_size)),
            "b2": np.zeros(output_size),
        }

        def iteration():
            W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
            # forward
            a1 = np.dot(x, W1) + b1
            z1 = sigmoid(a1)
            a2 = np.dot(z1, W2) + b2
            y = softmax(a2)
            loss = cross_entropy_error(y, t)
            # backward: SoftmaxWithLoss, Affine2, Sigmoid, Affine1
            dy = (y - t) / batch
            grads = {"W2": np.dot(z1.T, dy), "b2": np.sum(dy, axis=0)}
            dz1 = np.dot(dy, W2.T)
            da1 = dz1 * (1.0 - z1) * z1
            grads["W1"] = np.dot(x.T, da1)
            grads["b1"] = np.sum(da1, axis=0)
            # SGD update
            for key in params:
                params[key] -= lr * grads[key]
            return loss
        return iteration
    return setup


CASES = {
    "matmul_100x784x50": matmul_case(100, 784, 50),
    "matmul_128x100x100": matmul_case(128, 100, 100),
    "matmul_256": matmul_case(256, 256, 256),
    "matmul_512": matmul_case(512, 512, 512),
    "train_iteration_784_50_10": train_iteration_case(),
    "convnet_iteration": convnet_iteration_case(),
    "deepconvnet_iteration": deepconvnet_iteration_case(),
    "svd_784x1000": svd_case(784, 1000),
    "sliding_window_slow": sliding_window_slow_case(),
    "sliding_window_convolutional": sliding_window_convolutional_case(),
    "char_rnn_step": char_rnn_step_case(),
    "optimizer_race_784_100x4_10": optimizer_race_case(),
    "batchnorm_grid": batchnorm_grid_case(),
    "regularization_run": regularization_run_case(),
}

# Whole experiments that take seconds per run: at most this many timed runs, no warm-up,
# no minimum time (the Swift cases' `maxRepeats`, the same numbers).
MAX_REPEATS = {"batchnorm_grid": 2, "regularization_run": 3, "svd_784x1000": 3}


def measure(run, repeats, warmup, min_time):
    """Warm-up runs, then at least `repeats` timed runs and at least `min_time` seconds."""
    for _ in range(warmup):
        run()
    times = []
    start = time.perf_counter()
    while len(times) < repeats or (time.perf_counter() - start < min_time and len(times) < 10000):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return {"best": min(times), "median": statistics.median(times), "runs": len(times)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case keys")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--min-time", type=float, default=0.25)
    parser.add_argument("--list", action="store_true", help="print the case keys and exit")
    args = parser.parse_args()
    if args.list:
        print("\n".join(CASES))
        return
    keys = [key for key in args.cases.split(",") if key]
    results = {}
    for key in keys:
        if key in CASES:
            if key in MAX_REPEATS:
                results[key] = measure(CASES[key](), min(args.repeats, MAX_REPEATS[key]), 0, 0)
            else:
                results[key] = measure(CASES[key](), args.repeats, args.warmup, args.min_time)
    print(json.dumps({"numpy": np.__version__,
                      "results": results,
                      "unknown": [key for key in keys if key not in CASES]}))


if __name__ == "__main__":
    main()
