"""Reference values for the rnn lesson's vanilla RNN (Sources/NumericCore/Recurrent/VanillaRNN.swift).

h_t = tanh(W_hh h_{t-1} + W_xh x_t + b), y_t = W_hy h_t, h_0 = 0;
L = (1/K) sum over the K steps with a target of 0.5 * ||y_t - target_t||^2.
Fixed weights and inputs (no RNG), so the Swift test compares exactly (to 1e-12).
Prints the outputs, the loss, every gradient, ||dL/dh_t|| per step and the clipped W_hh gradient.
Run: python3 Scripts/reference/rnn_bptt.py
"""
import numpy as np

np.set_printoptions(precision=17)

n, m, o = 3, 2, 1
Wxh = np.array([[0.5, -0.3], [0.2, 0.8], [-0.6, 0.1]])
Whh = np.array([[0.4, -0.2, 0.1], [0.3, 0.5, -0.4], [-0.1, 0.2, 0.6]])
b = np.array([0.1, -0.1, 0.05])
Why = np.array([[0.7, -0.5, 0.3]])
xs = [np.array([1.0, 0.0]), np.array([0.5, -1.0]), np.array([-0.2, 0.4]), np.array([0.0, 1.0])]
targets = [np.array([0.2]), None, np.array([-0.1]), np.array([0.3])]

hs = [np.zeros(n)]
ys = []
for x in xs:
    hs.append(np.tanh(Whh @ hs[-1] + Wxh @ x + b))
    ys.append(Why @ hs[-1])
K = sum(t is not None for t in targets)
loss = sum(0.5 * np.sum((y - t) ** 2) for y, t in zip(ys, targets) if t is not None) / K
dys = [(y - t) / K if t is not None else np.zeros(o) for y, t in zip(ys, targets)]

dWxh, dWhh, db, dWhy = np.zeros_like(Wxh), np.zeros_like(Whh), np.zeros_like(b), np.zeros_like(Why)
dh_next = np.zeros(n)
norms = [0.0] * len(xs)
for t in reversed(range(1, len(xs) + 1)):
    h, prev, x, dy = hs[t], hs[t - 1], xs[t - 1], dys[t - 1]
    dWhy += np.outer(dy, h)
    dh = Why.T @ dy + dh_next
    norms[t - 1] = np.linalg.norm(dh)
    da = dh * (1 - h * h)
    db += da
    dWxh += np.outer(da, x)
    dWhh += np.outer(da, prev)
    dh_next = Whh.T @ da

total = np.sqrt(sum(np.sum(g ** 2) for g in (dWxh, dWhh, db, dWhy)))
clip = 0.05
scale = clip / total if total > clip else 1.0

print("y =", [float(y[0]) for y in ys])
print("loss =", float(loss))
print("dWxh =", dWxh.ravel().tolist())
print("dWhh =", dWhh.ravel().tolist())
print("db =", db.tolist())
print("dWhy =", dWhy.ravel().tolist())
print("norms =", [float(v) for v in norms])
print("total_norm =", float(total))
print("clipped dWhh (max 0.05) =", (dWhh * scale).ravel().tolist())
