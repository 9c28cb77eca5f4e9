"""Reference trajectories for nnbook's optimizers (Tests/NumericCoreTests/OptimizerRaceTests.swift).

Independent numpy code following the formulas of the book's common/optimizer.py (and
DESIGN.md "Conventions"): the ch. 6 race on f(x, y) = x^2/20 + y^2 from (-7, 2), 30 steps.
Each optimizer keeps one state array per parameter; the point is one parameter [x, y].

Settings: SGD lr 0.95; Momentum lr 0.1, momentum 0.9; AdaGrad lr 1.5; Adam lr 0.3,
beta1 0.9, beta2 0.999 (the book's); Nesterov lr 0.1, momentum 0.9; RMSprop lr 0.1,
decay 0.99 (nnbook's choices); textbook Adam (eps 1e-8 after bias correction) lr 0.3.

Run: python3 Scripts/reference/optimizers.py   (prints Swift array literals)
"""
import numpy as np


class SGD:
    def __init__(self, lr):
        self.lr = lr

    def update(self, p, g):
        p -= self.lr * g


class Momentum:
    def __init__(self, lr, momentum=0.9):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, p, g):
        if self.v is None:
            self.v = np.zeros_like(p)
        self.v = self.momentum * self.v - self.lr * g
        p += self.v


class Nesterov:
    def __init__(self, lr, momentum=0.9):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, p, g):
        if self.v is None:
            self.v = np.zeros_like(p)
        self.v *= self.momentum
        self.v -= self.lr * g
        p += self.momentum * self.momentum * self.v
        p -= (1 + self.momentum) * self.lr * g


class AdaGrad:
    def __init__(self, lr):
        self.lr, self.h = lr, None

    def update(self, p, g):
        if self.h is None:
            self.h = np.zeros_like(p)
        self.h += g * g
        p -= self.lr * g / (np.sqrt(self.h) + 1e-7)


class RMSprop:
    def __init__(self, lr, decay=0.99):
        self.lr, self.decay, self.h = lr, decay, None

    def update(self, p, g):
        if self.h is None:
            self.h = np.zeros_like(p)
        self.h *= self.decay
        self.h += (1 - self.decay) * g * g
        p -= self.lr * g / (np.sqrt(self.h) + 1e-7)


class Adam:
    def __init__(self, lr, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.t, self.m, self.v = 0, None, None

    def update(self, p, g):
        if self.m is None:
            self.m, self.v = np.zeros_like(p), np.zeros_like(p)
        self.t += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2 ** self.t) / (1.0 - self.beta1 ** self.t)
        self.m += (1 - self.beta1) * (g - self.m)
        self.v += (1 - self.beta2) * (g ** 2 - self.v)
        p -= lr_t * self.m / (np.sqrt(self.v) + 1e-7)


class TextbookAdam:
    def __init__(self, lr, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.t, self.m, self.v = 0, None, None

    def update(self, p, g):
        if self.m is None:
            self.m, self.v = np.zeros_like(p), np.zeros_like(p)
        self.t += 1
        self.m = self.beta1 * self.m + (1 - self.beta1) * g
        self.v = self.beta2 * self.v + (1 - self.beta2) * g * g
        m_hat = self.m / (1 - self.beta1 ** self.t)
        v_hat = self.v / (1 - self.beta2 ** self.t)
        p -= self.lr * m_hat / (np.sqrt(v_hat) + 1e-8)


def gradient(p):
    return np.array([p[0] / 10.0, 2.0 * p[1]])


def race(optimizer, steps=30):
    p = np.array([-7.0, 2.0])
    path = [p.copy()]
    for _ in range(steps):
        optimizer.update(p, gradient(p))
        path.append(p.copy())
    return np.array(path)


racers = [
    ("sgd", SGD(0.95)),
    ("momentum", Momentum(0.1)),
    ("nesterov", Nesterov(0.1)),
    ("adagrad", AdaGrad(1.5)),
    ("rmsprop", RMSprop(0.1)),
    ("adam", Adam(0.3)),
    ("textbookAdam", TextbookAdam(0.3)),
]

if __name__ == "__main__":
    for name, optimizer in racers:
        path = race(optimizer)
        print(f"    static let {name}: [[Double]] = [")
        for x, y in path:
            print(f"        [{float(x)!r}, {float(y)!r}],")
        print("    ]")
        final = path[-1]
        print(f"    // {name}: final distance to origin {float(np.hypot(*final))!r}")
