"""numpy reference for the `convnet_iteration` bench case: one Adam iteration of the book's
SimpleConvNet (Saito, ch. 7) written with the book's im2col-based layers, in float64.

Input (100, 1, 28, 28) uniform in [0, 1); conv 30 filters 5x5, pad 0, stride 1 -> ReLU ->
2x2 max pool stride 2 -> Affine 4320 -> 100 -> ReLU -> Affine 100 -> 10 ->
softmax-with-loss; weights std 0.01, biases 0; Adam lr 0.001 (the book's form:
lr_t = lr*sqrt(1 - b2^t)/(1 - b1^t), m += (1-b1)(g-m), v += (1-b2)(g^2-v),
p -= lr_t*m/(sqrt(v) + 1e-7)). Drawing the mini-batch is not timed. The Swift case is
`BenchmarkCase.convNetIteration` (Sources/Bench/ConvNetBenchmark.swift).
"""
import numpy as np


def im2col(x, fh, fw, stride=1, pad=0):
    """Rows = output positions of each image, columns = (channel, ky, kx), as the book."""
    n, c, h, w = x.shape
    oh = (h + 2 * pad - fh) // stride + 1
    ow = (w + 2 * pad - fw) // stride + 1
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)], "constant")
    col = np.zeros((n, c, fh, fw, oh, ow))
    for y in range(fh):
        y_max = y + stride * oh
        for xx in range(fw):
            x_max = xx + stride * ow
            col[:, :, y, xx, :, :] = img[:, :, y:y_max:stride, xx:x_max:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(n * oh * ow, -1)


def col2im(col, shape, fh, fw, stride=1, pad=0):
    """The adjoint of im2col: overlapping windows add up, padding is dropped."""
    n, c, h, w = shape
    oh = (h + 2 * pad - fh) // stride + 1
    ow = (w + 2 * pad - fw) // stride + 1
    col = col.reshape(n, oh, ow, c, fh, fw).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((n, c, h + 2 * pad + stride - 1, w + 2 * pad + stride - 1))
    for y in range(fh):
        y_max = y + stride * oh
        for xx in range(fw):
            x_max = xx + stride * ow
            img[:, :, y:y_max:stride, xx:x_max:stride] += col[:, :, y, xx, :, :]
    return img[:, :, pad:h + pad, pad:w + pad]


class Convolution:
    def __init__(self, W, b, stride=1, pad=0):
        self.W, self.b, self.stride, self.pad = W, b, stride, pad

    def forward(self, x):
        fn, c, fh, fw = self.W.shape
        n, c, h, w = x.shape
        oh = (h + 2 * self.pad - fh) // self.stride + 1
        ow = (w + 2 * self.pad - fw) // self.stride + 1
        self.x_shape = x.shape
        self.col = im2col(x, fh, fw, self.stride, self.pad)
        self.col_W = self.W.reshape(fn, -1).T
        out = self.col @ self.col_W + self.b
        return out.reshape(n, oh, ow, -1).transpose(0, 3, 1, 2)

    def backward(self, dout, need_dx=True):
        fn, c, fh, fw = self.W.shape
        dout = dout.transpose(0, 2, 3, 1).reshape(-1, fn)
        self.db = np.sum(dout, axis=0)
        self.dW = (self.col.T @ dout).transpose(1, 0).reshape(fn, c, fh, fw)
        if not need_dx:  # the first layer's dx is never used (the Swift net skips it too)
            return None
        return col2im(dout @ self.col_W.T, self.x_shape, fh, fw, self.stride, self.pad)


class MaxPooling:
    def __init__(self, ph, pw, stride):
        self.ph, self.pw, self.stride = ph, pw, stride

    def forward(self, x):
        n, c, h, w = x.shape
        oh = (h - self.ph) // self.stride + 1
        ow = (w - self.pw) // self.stride + 1
        col = im2col(x, self.ph, self.pw, self.stride).reshape(-1, self.ph * self.pw)
        self.x_shape, self.arg_max = x.shape, np.argmax(col, axis=1)
        return np.max(col, axis=1).reshape(n, oh, ow, c).transpose(0, 3, 1, 2)

    def backward(self, dout):
        dout = dout.transpose(0, 2, 3, 1)
        size = self.ph * self.pw
        dmax = np.zeros((dout.size, size))
        dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = dout.flatten()
        dcol = dmax.reshape(dout.shape + (size,)).reshape(dout.shape[0] * dout.shape[1] * dout.shape[2], -1)
        return col2im(dcol, self.x_shape, self.ph, self.pw, self.stride)


class Relu:
    def forward(self, x):
        self.mask = x <= 0
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dout = dout.copy()
        dout[self.mask] = 0
        return dout


class Affine:
    def __init__(self, W, b):
        self.W, self.b = W, b

    def forward(self, x):
        self.original_shape = x.shape
        self.x = x.reshape(x.shape[0], -1)
        return self.x @ self.W + self.b

    def backward(self, dout):
        self.dW = self.x.T @ dout
        self.db = np.sum(dout, axis=0)
        return (dout @ self.W.T).reshape(self.original_shape)


def softmax_with_loss(a, labels):
    """Loss and dL/da: softmax (row max subtracted), mean cross-entropy with 1e-7."""
    a = a - np.max(a, axis=1, keepdims=True)
    y = np.exp(a)
    y /= np.sum(y, axis=1, keepdims=True)
    n = a.shape[0]
    loss = -np.sum(np.log(y[np.arange(n), labels] + 1e-7)) / n
    dy = y.copy()
    dy[np.arange(n), labels] -= 1
    return loss, dy / n


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr, self.beta1, self.beta2, self.iter, self.m, self.v = lr, beta1, beta2, 0, None, None

    def update(self, params, grads):
        if self.m is None:
            self.m = [np.zeros_like(p) for p in params]
            self.v = [np.zeros_like(p) for p in params]
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2 ** self.iter) / (1.0 - self.beta1 ** self.iter)
        for p, g, m, v in zip(params, grads, self.m, self.v):
            m += (1 - self.beta1) * (g - m)
            v += (1 - self.beta2) * (g ** 2 - v)
            p -= lr_t * m / (np.sqrt(v) + 1e-7)


def convnet_iteration_case(batch=100, filters=30, size=5, hidden=100, classes=10, std=0.01):
    """Setup for one timed SimpleConvNet iteration (forward with loss, backward, Adam)."""
    def setup():
        rng = np.random.default_rng(0)
        x = rng.random((batch, 1, 28, 28))
        labels = rng.integers(0, classes, batch)
        pooled = filters * 12 * 12
        conv = Convolution(std * rng.standard_normal((filters, 1, size, size)), np.zeros(filters))
        relu1, pool, relu2 = Relu(), MaxPooling(2, 2, 2), Relu()
        affine1 = Affine(std * rng.standard_normal((pooled, hidden)), np.zeros(hidden))
        affine2 = Affine(std * rng.standard_normal((hidden, classes)), np.zeros(classes))
        adam = Adam(0.001)

        def iteration():
            out = pool.forward(relu1.forward(conv.forward(x)))
            out = affine2.forward(relu2.forward(affine1.forward(out)))
            loss, dout = softmax_with_loss(out, labels)
            dout = affine2.backward(dout)
            dout = affine1.backward(relu2.backward(dout))
            dout = relu1.backward(pool.backward(dout))
            conv.backward(dout, need_dx=False)
            adam.update([conv.W, conv.b, affine1.W, affine1.b, affine2.W, affine2.b],
                        [conv.dW, conv.db, affine1.dW, affine1.db, affine2.dW, affine2.db])
            return loss
        return iteration
    return setup
