"""Reference values for the rnn lesson's character-level language model
(Sources/NumericCore/Recurrent/CharRNN.swift, VanillaRNN+Softmax.swift): min-char-rnn's shape.

V = 4 symbols, 3 hidden units, fixed weights (no RNG), a window of 5 characters
(T = 4 steps), a non-zero starting state h0 (carried over from a previous window):
  h_t = tanh(Wxh x_t + Whh h_{t-1} + b), y_t = Why h_t + by, p_t = softmax(y_t),
  L = (1/T) sum_t -log p_t[target_t]   (mean per character; exp(L) = perplexity).
Then the global gradient norm, one AdaGrad step (h += g^2; w -= lr g / (sqrt(h) + 1e-7),
lr = 0.1, no clipping needed: the norm is below 5) and the softmax at temperature 0.5.
Run: python3 Scripts/reference/char_rnn_reference.py
"""
import numpy as np

np.set_printoptions(precision=17)

V, n = 4, 3
Wxh = np.array([[0.3, -0.2, 0.1, 0.5], [-0.4, 0.2, 0.6, -0.1], [0.2, 0.3, -0.5, 0.4]])
Whh = np.array([[0.4, -0.2, 0.1], [0.3, 0.5, -0.4], [-0.1, 0.2, 0.6]])
b = np.array([0.1, -0.1, 0.05])
Why = np.array([[0.7, -0.5, 0.3], [-0.2, 0.4, 0.1], [0.5, 0.2, -0.6], [-0.3, -0.1, 0.8]])
by = np.array([0.05, -0.02, 0.0, 0.1])
h0 = np.array([0.2, -0.1, 0.3])
text = [0, 2, 1, 3, 2]
inputs, targets = text[:-1], text[1:]
T = len(inputs)

hs, ps, ys = [h0], [], []
loss = 0.0
for x_i, t_i in zip(inputs, targets):
    x = np.zeros(V); x[x_i] = 1
    h = np.tanh(Wxh @ x + Whh @ hs[-1] + b)
    y = Why @ h + by
    p = np.exp(y - y.max()); p /= p.sum()
    hs.append(h); ys.append(y); ps.append(p)
    loss += -np.log(p[t_i]) / T

dWxh, dWhh, db, dWhy, dby = (np.zeros_like(a) for a in (Wxh, Whh, b, Why, by))
dh_next = np.zeros(n)
for t in reversed(range(T)):
    dy = ps[t].copy(); dy[targets[t]] -= 1; dy /= T
    dWhy += np.outer(dy, hs[t + 1]); dby += dy
    dh = Why.T @ dy + dh_next
    da = (1 - hs[t + 1] ** 2) * dh
    db += da
    x = np.zeros(V); x[inputs[t]] = 1
    dWxh += np.outer(da, x)
    dWhh += np.outer(da, hs[t])
    dh_next = Whh.T @ da

norm = np.sqrt(sum(np.sum(g ** 2) for g in (dWxh, dWhh, db, dWhy, dby)))
lr = 0.1
new = {}
for name, w, g in (("Wxh", Wxh, dWxh), ("Whh", Whh, dWhh), ("b", b, db), ("Why", Why, dWhy), ("by", by, dby)):
    mem = g * g
    new[name] = w - lr * g / (np.sqrt(mem) + 1e-7)

y = ys[-1]
e = np.exp((y - y.max()) / 0.5)

print("loss =", float(loss))
print("perplexity =", float(np.exp(loss)))
print("hT =", hs[-1].tolist())
print("p_last =", ps[-1].tolist())
print("dWxh =", dWxh.ravel().tolist())
print("dWhh =", dWhh.ravel().tolist())
print("db =", db.tolist())
print("dWhy =", dWhy.ravel().tolist())
print("dby =", dby.tolist())
print("norm =", float(norm))
print("adagrad Whh =", new["Whh"].ravel().tolist())
print("adagrad by =", new["by"].tolist())
print("softmax(y_last / 0.5) =", (e / e.sum()).tolist())
