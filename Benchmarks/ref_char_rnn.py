"""numpy reference for the `char_rnn_step` bench case: one training step of a character-level
vanilla RNN language model in the shape of Karpathy's min-char-rnn, written here in float64.

Vocabulary V = 59 (the rnn lesson's corpus), hidden 64, windows of T = 25 characters of a
fixed random text; h_t = tanh(Wxh x_t + Whh h_{t-1} + b) from the state the previous window
left, y_t = Why h_t + by, softmax cross-entropy per character (mean over the window),
backpropagation through time over the window, the gradient's global norm clipped at 5, AdaGrad
(m += g^2, p -= lr g / (sqrt(m) + 1e-7)) with lr 0.1. Weights N(0, 0.01^2), biases 0. The
Swift case is `BenchmarkCase.charRNNStep` (Sources/Bench/RecurrentBenchmark.swift).
"""
import numpy as np


def char_rnn_step_case(vocabulary=59, hidden=64, length=25, lr=0.1, clip=5.0):
    def setup():
        rng = np.random.default_rng(0)
        text = rng.integers(0, vocabulary, 10_000)
        params = [0.01 * rng.standard_normal((hidden, vocabulary)), 0.01 * rng.standard_normal((hidden, hidden)),
                  np.zeros(hidden), 0.01 * rng.standard_normal((vocabulary, hidden)), np.zeros(vocabulary)]
        memory = [np.zeros_like(p) for p in params]
        carried = {"h": np.zeros(hidden), "position": 0}

        def step():
            wxh, whh, b, why, by = params
            if carried["position"] + length + 1 > len(text):
                carried["position"], carried["h"] = 0, np.zeros(hidden)
            start = carried["position"]
            inputs, targets = text[start:start + length], text[start + 1:start + length + 1]
            xs, hs, ps = {}, {-1: carried["h"]}, {}
            loss = 0.0
            for t in range(length):
                xs[t] = np.zeros(vocabulary)
                xs[t][inputs[t]] = 1
                hs[t] = np.tanh(wxh @ xs[t] + whh @ hs[t - 1] + b)
                y = why @ hs[t] + by
                y = y - y.max()
                ps[t] = np.exp(y) / np.sum(np.exp(y))
                loss -= np.log(ps[t][targets[t]])
            grads = [np.zeros_like(p) for p in params]
            dwxh, dwhh, db, dwhy, dby = grads
            dh_next = np.zeros(hidden)
            for t in reversed(range(length)):
                dy = ps[t].copy()
                dy[targets[t]] -= 1
                dy /= length
                dwhy += np.outer(dy, hs[t])
                dby += dy
                dh = why.T @ dy + dh_next
                draw = (1 - hs[t] * hs[t]) * dh
                db += draw
                dwxh += np.outer(draw, xs[t])
                dwhh += np.outer(draw, hs[t - 1])
                dh_next = whh.T @ draw
            norm = np.sqrt(sum(np.sum(g * g) for g in grads))
            if norm > clip:
                for g in grads:
                    g *= clip / norm
            for p, g, m in zip(params, grads, memory):
                m += g * g
                p -= lr * g / (np.sqrt(m) + 1e-7)
            carried["h"], carried["position"] = hs[length - 1], start + length
            return loss / length
        return step
    return setup
