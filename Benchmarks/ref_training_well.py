"""numpy references of the `training well` benchmark cases (Sources/Bench/TrainingWellBenchmark.swift).

`batchnorm_grid`: the book's ch. 6 batch-norm experiment whole -- 16 init scales sigma on
logspace(0, -4, 16), for each two nets 784 -> 100 x5 -> 10 (ReLU, weights N(0, sigma^2)),
with batch norm after every hidden Affine and without, SGD lr 0.01, 20 epochs of 1000
images in batches of 100 drawn with replacement (the same for both nets), train accuracy
on all 1000 images before training and after every epoch.

`regularization_run`: the book's overfitting run with weight decay (figure 6-21) -- 300
images, 784 -> 100 x6 -> 10 (ReLU, He init), SGD lr 0.01, batches of 100 with replacement,
lambda = 0.1, 201 epochs (603 iterations), accuracy on the 300 training and 1000 test
images after every epoch.

The layers are the book's (common/layers.py: Affine, BatchNormalization with eps 1e-6 and
momentum 0.9, Relu, SoftmaxWithLoss; MultiLayerNetExtend's weight decay), written here
from their formulas. Inputs are uniform "images" with random labels, as in the Swift cases.
"""
import numpy as np

EPS = 1e-6  # the book's 10e-7


class Net:
    """Affine -> [BatchNorm] -> Relu per hidden layer, then Affine -> SoftmaxWithLoss."""

    def __init__(self, sizes, std, batch_norm, weight_decay, rng):
        self.layers = len(sizes) - 1
        self.batch_norm, self.weight_decay = batch_norm, weight_decay
        self.p = {}
        for i in range(1, self.layers + 1):
            scale = std if std is not None else np.sqrt(2.0 / sizes[i - 1])
            self.p[f"W{i}"] = scale * rng.standard_normal((sizes[i - 1], sizes[i]))
            self.p[f"b{i}"] = np.zeros(sizes[i])
            if batch_norm and i < self.layers:
                self.p[f"gamma{i}"] = np.ones(sizes[i])
                self.p[f"beta{i}"] = np.zeros(sizes[i])
        self.running = {i: (np.zeros(sizes[i]), np.zeros(sizes[i])) for i in range(1, self.layers)}

    def forward(self, x, train):
        p, cache, out = self.p, [], x
        for i in range(1, self.layers + 1):
            inp = out
            out = inp @ p[f"W{i}"] + p[f"b{i}"]
            if i == self.layers:
                cache.append((inp, None, None))
                break
            bn = None
            if self.batch_norm:
                if train:
                    mu = out.mean(axis=0)
                    xc = out - mu
                    var = np.mean(xc ** 2, axis=0)
                    std = np.sqrt(var + EPS)
                    xn = xc / std
                    rm, rv = self.running[i]
                    self.running[i] = (0.9 * rm + 0.1 * mu, 0.9 * rv + 0.1 * var)
                    bn = (xc, std, xn)
                else:
                    rm, rv = self.running[i]
                    xn = (out - rm) / np.sqrt(rv + EPS)
                out = p[f"gamma{i}"] * xn + p[f"beta{i}"]
            mask = out <= 0
            out = out.copy()
            out[mask] = 0
            cache.append((inp, bn, mask))
        return out, cache

    def accuracy(self, x, t):
        y, _ = self.forward(x, train=False)
        return np.mean(np.argmax(y, axis=1) == t)

    def step(self, x, t, lr):
        """One SGD iteration: loss (with the weight-decay term), backward, update."""
        p = self.p
        out, cache = self.forward(x, train=True)
        y = np.exp(out - out.max(axis=1, keepdims=True))
        y /= y.sum(axis=1, keepdims=True)
        n = t.shape[0]
        loss = -np.sum(np.log(y[np.arange(n), t] + 1e-7)) / n
        if self.weight_decay:
            loss += 0.5 * self.weight_decay * sum(np.sum(p[f"W{i}"] ** 2) for i in range(1, self.layers + 1))
        dout = y
        dout[np.arange(n), t] -= 1
        dout /= n
        grads = {}
        for i in range(self.layers, 0, -1):
            inp, bn, mask = cache[i - 1]
            if i < self.layers:
                dout[mask] = 0
                if self.batch_norm:
                    xc, std, xn = bn
                    grads[f"beta{i}"] = dout.sum(axis=0)
                    grads[f"gamma{i}"] = np.sum(xn * dout, axis=0)
                    dxn = p[f"gamma{i}"] * dout
                    dxc = dxn / std
                    dstd = -np.sum(dxn * xc / (std * std), axis=0)
                    dvar = 0.5 * dstd / std
                    dxc += (2.0 / n) * xc * dvar
                    dout = dxc - np.sum(dxc, axis=0) / n
            grads[f"W{i}"] = inp.T @ dout + self.weight_decay * p[f"W{i}"]
            grads[f"b{i}"] = dout.sum(axis=0)
            if i > 1:
                dout = dout @ p[f"W{i}"].T
        for key in grads:
            p[key] -= lr * grads[key]
        return loss


def batchnorm_grid_case(samples=1000, batch=100, epochs=20):
    def setup():
        rng = np.random.default_rng(0)
        images = rng.random((samples, 784))
        labels = rng.integers(0, 10, samples)
        per_epoch = samples // batch
        batches = [rng.choice(samples, batch) for _ in range(epochs * per_epoch)]
        sigmas = np.logspace(0, -4, 16)
        sizes = [784] + [100] * 5 + [10]

        def run():
            for sigma in sigmas:
                for batch_norm in (True, False):
                    net = Net(sizes, sigma, batch_norm, 0.0, np.random.default_rng(0))
                    accuracies = [net.accuracy(images, labels)]
                    for k, indices in enumerate(batches):
                        net.step(images[indices], labels[indices], 0.01)
                        if (k + 1) % per_epoch == 0:
                            accuracies.append(net.accuracy(images, labels))
        return run
    return setup


def regularization_run_case(train_size=300, batch=100, epochs=201, test_size=1000):
    def setup():
        rng = np.random.default_rng(0)
        train = rng.random((train_size, 784))
        train_labels = rng.integers(0, 10, train_size)
        test = rng.random((test_size, 784))
        test_labels = rng.integers(0, 10, test_size)
        per_epoch = train_size // batch
        batches = [rng.choice(train_size, batch) for _ in range(epochs * per_epoch)]
        sizes = [784] + [100] * 6 + [10]

        def run():
            net = Net(sizes, None, False, 0.1, np.random.default_rng(0))
            accuracies = []
            for k, indices in enumerate(batches):
                net.step(train[indices], train_labels[indices], 0.01)
                if (k + 1) % per_epoch == 0:
                    accuracies.append((net.accuracy(train, train_labels), net.accuracy(test, test_labels)))
        return run
    return setup
