"""Reference values for the optimizers lesson (Tests/LessonsTests/OptimizersLesson*Tests.swift).

Reuses the optimizer classes of optimizers.py (independent numpy code of the book's
common/optimizer.py) and races them on the lesson's four surfaces with the lesson's
presets: start, step count and learning rates (momentum 0.9, decay 0.99, beta1 0.9,
beta2 0.999 everywhere). Prints Swift literals: points of each trajectory at a few steps,
the first step within eps = 0.5 of the minimum, one full path from a moved start, and the
step at which SGD with lr 2 leaves the escape box on the bowl (|x| > 1e4 or |y| > 5e3).

Run: python3 Scripts/reference/optimizers_lesson.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from optimizers import SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam  # noqa: E402


def gradient(surface, p):
    x, y = p
    if surface == "book":
        return np.array([x / 10.0, 2.0 * y])
    if surface == "rosenbrock":
        b = y - x * x
        return np.array([-2 * (1 - x) - 400 * x * b, 200 * b])
    if surface == "beale":
        t1, t2, t3 = 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y
        return np.array([2 * t1 * (y - 1) + 2 * t2 * (y * y - 1) + 2 * t3 * (y * y * y - 1),
                         2 * t1 * x + 2 * t2 * (2 * x * y) + 2 * t3 * (3 * x * y * y)])
    return np.array([2 * x, -2 * y])  # saddle


STARTS = {"book": (-7.0, 2.0), "rosenbrock": (-1.2, 1.0), "beale": (1.0, 1.5), "saddle": (-1.5, 0.01)}
STEPS = {"book": 30, "rosenbrock": 300, "beale": 100, "saddle": 30}
MINIMA = {"book": (0.0, 0.0), "rosenbrock": (1.0, 1.0), "beale": (3.0, 0.5), "saddle": None}
RATES = {
    "book": dict(sgd=0.95, momentum=0.1, nesterov=0.1, adagrad=1.5, rmsprop=0.1, adam=0.3),
    "rosenbrock": dict(sgd=0.001, momentum=0.0005, nesterov=0.0005, adagrad=0.5, rmsprop=0.05, adam=0.2),
    "beale": dict(sgd=0.01, momentum=0.005, nesterov=0.005, adagrad=0.5, rmsprop=0.05, adam=0.1),
    "saddle": dict(sgd=0.1, momentum=0.02, nesterov=0.02, adagrad=0.2, rmsprop=0.02, adam=0.05),
}
MAKERS = {"sgd": SGD, "momentum": Momentum, "nesterov": Nesterov, "adagrad": AdaGrad, "rmsprop": RMSprop, "adam": Adam}


def race(surface, kind, lr, start=None, steps=None):
    p = np.array(start or STARTS[surface], dtype=float)
    optimizer = MAKERS[kind](lr)
    path = [p.copy()]
    for _ in range(steps or STEPS[surface]):
        optimizer.update(p, gradient(surface, p))
        path.append(p.copy())
    return np.array(path)


def sample_steps(n):
    return sorted({0, 1, 2, 10, n // 2, n})


if __name__ == "__main__":
    print("    // (surface, optimizer, step, x, y)")
    print("    static let samples: [(String, String, Int, Double, Double)] = [")
    for surface in STARTS:
        for kind, lr in RATES[surface].items():
            path = race(surface, kind, lr)
            for k in sample_steps(STEPS[surface]):
                print(f'        ("{surface}", "{kind}", {k}, {float(path[k][0])!r}, {float(path[k][1])!r}),')
    print("    ]")
    print("    // first step within 0.5 of the minimum (nil: none)")
    print("    static let withinHalf: [String: [String: Int?]] = [")
    for surface, minimum in MINIMA.items():
        if minimum is None:
            continue
        entries = []
        for kind, lr in RATES[surface].items():
            path = race(surface, kind, lr)
            d = np.hypot(path[:, 0] - minimum[0], path[:, 1] - minimum[1])
            hits = np.nonzero(d <= 0.5)[0]
            entries.append(f'"{kind}": {int(hits[0]) if len(hits) else "nil"}')
        print(f'        "{surface}": [{", ".join(entries)}],')
    print("    ]")
    print("    // Adam lr 0.3 on the bowl from (3, -4), 30 steps")
    print("    static let adamFromMovedStart: [[Double]] = [")
    for x, y in race("book", "adam", 0.3, start=(3.0, -4.0)):
        print(f"        [{float(x)!r}, {float(y)!r}],")
    print("    ]")
    path = race("book", "sgd", 2.0)
    escaped = next(k for k, (x, y) in enumerate(path) if abs(x) > 1e4 or abs(y) > 5e3)
    print(f"    // SGD lr 2 on the bowl leaves the escape box at step {escaped}: {path[escaped].tolist()}")
