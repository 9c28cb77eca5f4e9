"""numpy reference of the `optimizer race` benchmark case (Sources/Bench/OptimizerRaceBenchmark.swift).

The book's ch. 6 race on digits, 100 iterations, with the book's layers (common/layers.py:
Affine, Relu, SoftmaxWithLoss) and optimizers (common/optimizer.py: SGD, Momentum, AdaGrad,
Adam), written here from their formulas: SGD lr 0.01, Momentum 0.01 (0.9), AdaGrad 0.01 and
Adam 0.001 each train their own copy of 784 -> 100 x4 (ReLU, He init) -> 10 from the same
initial weights on the same batch of 128 at each iteration. Like the Swift case, the first
Affine layer does not compute the input gradient nobody reads (the book's does), and one
timed run = copy the starting weights, fresh optimizers, 100 x 4 iterations.
"""
import numpy as np

SIZES = [784, 100, 100, 100, 100, 10]


class SGD:
    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for key in params:
            params[key] -= self.lr * grads[key]


class Momentum:
    def __init__(self, lr=0.01, momentum=0.9):
        self.lr, self.momentum, self.v = lr, momentum, None

    def update(self, params, grads):
        if self.v is None:
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]
            params[key] += self.v[key]


class AdaGrad:
    def __init__(self, lr=0.01):
        self.lr, self.h = lr, None

    def update(self, params, grads):
        if self.h is None:
            self.h = {key: np.zeros_like(val) for key, val in params.items()}
        for key in params:
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2 = lr, beta1, beta2
        self.iter, self.m, self.v = 0, None, None

    def update(self, params, grads):
        if self.m is None:
            self.m = {key: np.zeros_like(val) for key, val in params.items()}
            self.v = {key: np.zeros_like(val) for key, val in params.items()}
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2 ** self.iter) / (1.0 - self.beta1 ** self.iter)
        for key in params:
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key] ** 2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


class Net:
    """Affine -> Relu (x4) -> Affine -> SoftmaxWithLoss, the book's layers inline."""

    def __init__(self, params):
        self.params = {key: val.copy() for key, val in params.items()}
        self.layers = len(SIZES) - 1

    def gradient(self, x, t):
        p = self.params
        inputs, masks = [], []
        out = x
        for i in range(1, self.layers + 1):
            inputs.append(out)
            out = np.dot(out, p[f"W{i}"]) + p[f"b{i}"]
            if i < self.layers:
                mask = out <= 0
                out = out.copy()
                out[mask] = 0
                masks.append(mask)
        # SoftmaxWithLoss with label indices
        y = out - out.max(axis=1, keepdims=True)
        y = np.exp(y)
        y /= y.sum(axis=1, keepdims=True)
        batch = t.shape[0]
        loss = -np.sum(np.log(y[np.arange(batch), t] + 1e-7)) / batch
        dout = y.copy()
        dout[np.arange(batch), t] -= 1
        dout /= batch
        grads = {}
        for i in range(self.layers, 0, -1):
            grads[f"W{i}"] = np.dot(inputs[i - 1].T, dout)
            grads[f"b{i}"] = np.sum(dout, axis=0)
            if i > 1:
                dout = np.dot(dout, self.params[f"W{i}"].T)
                dout[masks[i - 2]] = 0
        return loss, grads


def optimizer_race_case(iterations=100, batch=128, samples=1000):
    def setup():
        rng = np.random.default_rng(0)
        images = rng.random((samples, SIZES[0]))
        labels = rng.integers(0, SIZES[-1], samples)
        batches = [rng.choice(samples, batch) for _ in range(iterations)]
        template = {}
        for i in range(1, len(SIZES)):
            template[f"W{i}"] = np.sqrt(2.0 / SIZES[i - 1]) * rng.standard_normal((SIZES[i - 1], SIZES[i]))
            template[f"b{i}"] = np.zeros(SIZES[i])

        def run():
            nets = [Net(template) for _ in range(4)]
            optimizers = [SGD(0.01), Momentum(0.01, 0.9), AdaGrad(0.01), Adam(0.001)]
            for indices in batches:
                x, t = images[indices], labels[indices]
                for net, optimizer in zip(nets, optimizers):
                    _, grads = net.gradient(x, t)
                    optimizer.update(net.params, grads)
        return run
    return setup
