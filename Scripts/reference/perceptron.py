"""Reference values for the perceptron lesson (Tests/LessonsTests/PerceptronLesson*Tests.swift).

The book's perceptron (Saito, ch. 2: tmp = np.sum(w*x) + b; y = 0 if tmp <= 0 else 1) at the
book's gate weights, the two-layer XOR, and Rosenblatt's learning rule
(w += eta*(t - y)*x, b += eta*(t - y), inputs in the order (0,0), (1,0), (0,1), (1,1),
converged when an epoch makes no mistake, at most 100 epochs) from nnbook's seeded start:
w1, w2, b = u - 0.5 for three draws u of xoshiro256** (seeded through SplitMix64), written
out here so the start does not come from the Swift side. Run: python3 Scripts/reference/perceptron.py
"""
import numpy as np

M = (1 << 64) - 1
INPUTS = [(0, 0), (1, 0), (0, 1), (1, 1)]

def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return state, z ^ (z >> 31)

class Xoshiro:
    def __init__(self, seed):
        st = seed
        self.s = []
        for _ in range(4):
            st, z = splitmix64(st)
            self.s.append(z)
    def next(self):
        s0, s1, s2, s3 = self.s
        rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & M
        result = (rotl((s1 * 5) & M, 7) * 9) & M
        t = (s1 << 17) & M
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        self.s = [s0, s1, s2, s3]
        return result
    def uniform(self):
        return float(self.next() >> 11) * 2.0 ** -53

def random_start(seed):
    r = Xoshiro(seed)
    return [r.uniform() - 0.5 for _ in range(3)]

def perceptron(x1, x2, w1, w2, b):
    x = np.array([x1, x2], dtype=float)
    w = np.array([w1, w2])
    tmp = np.sum(w * x) + b
    return (0 if tmp <= 0 else 1), tmp

def table(w1, w2, b):
    return [perceptron(x1, x2, w1, w2, b)[0] for x1, x2 in INPUTS]

GATES = {
    "AND": (0.5, 0.5, -0.7), "NAND": (-0.5, -0.5, 0.7), "OR": (0.5, 0.5, -0.2),
    "NOR": (-0.5, -0.5, 0.2), "x1": (0.5, 0, -0.2), "x2": (0, 0.5, -0.2),
    "NOT-x1": (-0.5, 0, 0.2), "NOT-x2": (0, -0.5, 0.2), "x1-AND-NOT-x2": (0.5, -0.5, -0.2),
    "NOT-x1-AND-x2": (-0.5, 0.5, -0.2), "x1-OR-NOT-x2": (0.5, -0.5, 0.2),
    "NOT-x1-OR-x2": (-0.5, 0.5, 0.2), "FALSE": (0, 0, -0.5), "TRUE": (0, 0, 0.5),
}
TARGETS = {
    "AND": [0, 0, 0, 1], "OR": [0, 1, 1, 1], "NAND": [1, 1, 1, 0], "NOR": [1, 0, 0, 0],
    "XOR": [0, 1, 1, 0], "XNOR": [1, 0, 0, 1], "x1": [0, 1, 0, 1], "x2": [0, 0, 1, 1],
    "NOT-x1": [1, 0, 1, 0], "NOT-x2": [1, 1, 0, 0], "x1-AND-NOT-x2": [0, 1, 0, 0],
    "NOT-x1-AND-x2": [0, 0, 1, 0], "x1-OR-NOT-x2": [1, 1, 0, 1], "NOT-x1-OR-x2": [1, 0, 1, 1],
    "FALSE": [0, 0, 0, 0], "TRUE": [1, 1, 1, 1],
}

def train(target, eta, start, max_epochs=100, trace=0):
    w = np.array(start[:2], dtype=float)
    b = start[2]
    t_table = TARGETS[target]
    steps = []
    for epoch in range(1, max_epochs + 1):
        mistakes = 0
        for i, (x1, x2) in enumerate(INPUTS):
            x = np.array([x1, x2], dtype=float)
            y = 0 if np.sum(w * x) + b <= 0 else 1
            t = t_table[i]
            w = w + eta * (t - y) * x
            b = b + eta * (t - y)
            mistakes += t != y
            steps.append((epoch, x1, x2, t, y, w[0], w[1], b))
        if mistakes == 0:
            return w, b, epoch, True, steps
    return w, b, max_epochs, False, steps

print("gate tables at the book's / nnbook's weights (order (0,0),(1,0),(0,1),(1,1)):")
for name, (w1, w2, b) in GATES.items():
    print(f"  {name}: {table(w1, w2, b)}  sums {[float(perceptron(x1, x2, w1, w2, b)[1]) for x1, x2 in INPUTS]}")
print("two-layer XOR (x1, x2, s1, s2, y):")
for x1, x2 in INPUTS:
    s1 = perceptron(x1, x2, *GATES["NAND"])[0]
    s2 = perceptron(x1, x2, *GATES["OR"])[0]
    print("  ", (x1, x2, s1, s2, perceptron(s1, s2, *GATES["AND"])[0]))

print("AND from w = b = 0, eta 0.1, every step (epoch, x1, x2, t, y, w1, w2, b):")
w, b, epochs, conv, steps = train("AND", 0.1, [0.0, 0.0, 0.0])
for s in steps:
    print("  ", s[:5], repr(float(s[5])), repr(float(s[6])), repr(float(s[7])))
print("  ->", repr(float(w[0])), repr(float(w[1])), repr(float(b)), epochs, conv)

for seed in (1, 2):
    print(f"random start seed {seed}:", [repr(v) for v in random_start(seed)])
start = random_start(1)
print("seed 1, eta 0.1, first 8 steps on AND:")
for s in train("AND", 0.1, start)[4][:8]:
    print("  ", s[:5], repr(float(s[5])), repr(float(s[6])), repr(float(s[7])))
print("trained from seed 1, eta 0.1 (gate: w1, w2, b, epochs, converged):")
for name in TARGETS:
    w, b, epochs, conv, _ = train(name, 0.1, start)
    print(f"  {name}: {float(w[0])!r}, {float(w[1])!r}, {float(b)!r}, {epochs}, {conv}")
print("trained from seed 1, eta 0.5, AND and XOR:")
for name in ("AND", "XOR"):
    w, b, epochs, conv, _ = train(name, 0.5, start)
    print(f"  {name}: {float(w[0])!r}, {float(w[1])!r}, {float(b)!r}, {epochs}, {conv}")
