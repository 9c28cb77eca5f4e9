"""Reference values for the rnn lesson's LSTM (Sources/NumericCore/Recurrent/LSTM.swift).

z_t = Wx x_t + Wh h_{t-1} + b, stacked in gate blocks f, i, g, o (n rows each);
f, i, o = sigmoid(z_f, z_i, z_o), g = tanh(z_g); c_t = f*c_{t-1} + i*g; h_t = o*tanh(c_t);
y_t = Why h_t; h_0 = c_0 = 0.
L = (1/K) sum over the K steps with a target of 0.5 * ||y_t - target_t||^2.
Fixed weights and inputs (no RNG), so the Swift test compares exactly (to 1e-12).
Prints the outputs, the loss, every gradient, ||dL/dh_t|| and ||dL/dc_t|| per step, the gate
pre-activation gradients at step 1, the total norm and the clipped Wh gradient.
Run: python3 Scripts/reference/lstm_reference.py
"""
import numpy as np

np.set_printoptions(precision=17)

n, m, o = 2, 2, 1
# 4n x m and 4n x n, rows f1 f2 i1 i2 g1 g2 o1 o2: fixed small values.
Wx = np.array([[0.3, -0.2], [0.1, 0.4], [-0.5, 0.2], [0.6, -0.1],
               [0.2, 0.7], [-0.3, -0.4], [0.5, 0.1], [-0.2, 0.3]])
Wh = np.array([[0.1, -0.3], [0.2, 0.25], [-0.15, 0.4], [0.35, -0.2],
               [0.45, 0.1], [-0.25, 0.3], [0.05, -0.35], [0.3, 0.2]])
b = np.array([1.0, 1.0, 0.1, -0.1, 0.0, 0.05, -0.2, 0.2])  # forget-gate bias 1
Why = np.array([[0.8, -0.6]])
xs = [np.array([1.0, 0.0]), np.array([0.5, -1.0]), np.array([-0.2, 0.4]), np.array([0.0, 1.0])]
targets = [np.array([0.2]), None, np.array([-0.1]), np.array([0.3])]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


hs, cs, gates, ys = [np.zeros(n)], [np.zeros(n)], [], []
for x in xs:
    z = Wx @ x + Wh @ hs[-1] + b
    f, i, g, og = sigmoid(z[:n]), sigmoid(z[n:2 * n]), np.tanh(z[2 * n:3 * n]), sigmoid(z[3 * n:])
    c = f * cs[-1] + i * g
    h = og * np.tanh(c)
    gates.append((f, i, g, og))
    cs.append(c)
    hs.append(h)
    ys.append(Why @ h)
K = sum(t is not None for t in targets)
loss = sum(0.5 * np.sum((y - t) ** 2) for y, t in zip(ys, targets) if t is not None) / K
dys = [(y - t) / K if t is not None else np.zeros(o) for y, t in zip(ys, targets)]

dWx, dWh, db, dWhy = np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(b), np.zeros_like(Why)
dh_next, dc_next = np.zeros(n), np.zeros(n)
hnorms, cnorms, dzs = [0.0] * len(xs), [0.0] * len(xs), [None] * len(xs)
for t in reversed(range(1, len(xs) + 1)):
    h, prev_h, c, prev_c, x, dy = hs[t], hs[t - 1], cs[t], cs[t - 1], xs[t - 1], dys[t - 1]
    f, i, g, og = gates[t - 1]
    dWhy += np.outer(dy, h)
    dh = Why.T @ dy + dh_next
    tc = np.tanh(c)
    dc = dc_next + dh * og * (1 - tc ** 2)
    hnorms[t - 1], cnorms[t - 1] = np.linalg.norm(dh), np.linalg.norm(dc)
    dz = np.concatenate([dc * prev_c * f * (1 - f), dc * g * i * (1 - i), dc * i * (1 - g ** 2), dh * tc * og * (1 - og)])
    dzs[t - 1] = dz
    db += dz
    dWx += np.outer(dz, x)
    dWh += np.outer(dz, prev_h)
    dh_next = Wh.T @ dz
    dc_next = dc * f

total = np.sqrt(sum(np.sum(gr ** 2) for gr in (dWx, dWh, db, dWhy)))
clip = 0.01
scale = clip / total if total > clip else 1.0

print("y =", [float(y[0]) for y in ys])
print("loss =", float(loss))
print("dWx =", dWx.ravel().tolist())
print("dWh =", dWh.ravel().tolist())
print("db =", db.tolist())
print("dWhy =", dWhy.ravel().tolist())
print("hidden_norms =", [float(v) for v in hnorms])
print("cell_norms =", [float(v) for v in cnorms])
print("dz_1 =", dzs[0].tolist())
print("total_norm =", float(total))
print("clipped dWh (max 0.01) =", (dWh * scale).ravel().tolist())
