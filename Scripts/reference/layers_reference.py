"""Reference values for Tests/NumericCoreTests/LayersReferenceTests.swift.

The book's common/layers.py and common/util.py (im2col) re-implemented in numpy, run on
exactly representable inputs made by `pattern` (the Swift tests build the same inputs).
Run: python3 Scripts/reference/layers_reference.py
"""
import numpy as np


from book_util import im2col, pattern


def conv_forward(x, W, b, stride, pad):
    FN, C, FH, FW = W.shape
    N, C, H, Wd = x.shape
    out_h = 1 + (H + 2 * pad - FH) // stride
    out_w = 1 + (Wd + 2 * pad - FW) // stride
    col = im2col(x, FH, FW, stride, pad)
    col_W = W.reshape(FN, -1).T
    out = np.dot(col, col_W) + b
    return out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2)


def pool_forward(x, pool_h, pool_w, stride, pad):
    N, C, H, W = x.shape
    out_h = (H + 2 * pad - pool_h) // stride + 1
    out_w = (W + 2 * pad - pool_w) // stride + 1
    col = im2col(x, pool_h, pool_w, stride, pad).reshape(-1, pool_h * pool_w)
    mx = np.max(col, axis=1).reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)
    avg = np.mean(col, axis=1).reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)
    return mx, avg


class BatchNormalization:
    """The book's layer with eps 1e-6 (the book writes 10e-7)."""

    def __init__(self, gamma, beta, momentum=0.9):
        self.gamma, self.beta, self.momentum = gamma, beta, momentum
        self.running_mean = None
        self.running_var = None

    def forward(self, x, train_flg=True):
        self.input_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        if self.running_mean is None:
            self.running_mean = np.zeros(x.shape[1])
            self.running_var = np.zeros(x.shape[1])
        if train_flg:
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc ** 2, axis=0)
            std = np.sqrt(var + 1e-6)
            xn = xc / std
            self.batch_size, self.xc, self.xn, self.std = x.shape[0], xc, xn, std
            self.running_mean = self.momentum * self.running_mean + (1 - self.momentum) * mu
            self.running_var = self.momentum * self.running_var + (1 - self.momentum) * var
        else:
            xc = x - self.running_mean
            xn = xc / np.sqrt(self.running_var + 1e-6)
        return (self.gamma * xn + self.beta).reshape(*self.input_shape)

    def backward(self, dout):
        dout = dout.reshape(dout.shape[0], -1)
        dbeta = dout.sum(axis=0)
        dgamma = np.sum(self.xn * dout, axis=0)
        dxn = self.gamma * dout
        dxc = dxn / self.std
        dstd = -np.sum((dxn * self.xc) / (self.std * self.std), axis=0)
        dvar = 0.5 * dstd / self.std
        dxc += (2.0 / self.batch_size) * self.xc * dvar
        dmu = np.sum(dxc, axis=0)
        dx = dxc - dmu / self.batch_size
        return dx.reshape(*self.input_shape), dgamma, dbeta


def show(name, arr):
    print(name, "=", repr(np.asarray(arr).ravel().tolist()))


# Convolution: x (2, 2, 5, 5), W (3, 2, 3, 3), b (3), stride 2, pad 1 -> (2, 3, 3, 3)
x = pattern((2, 2, 5, 5), 7, 3, 11, 5, 4)
W = pattern((3, 2, 3, 3), 5, 1, 9, 4, 8)
b = np.array([0.5, -0.25, 0.125])
show("conv stride 2 pad 1", conv_forward(x, W, b, 2, 1))
show("conv stride 1 pad 0", conv_forward(x, W, b, 1, 0))

# Pooling: x (1, 2, 4, 4) pattern, 2x2 stride 2; and 2x2 stride 2 pad 1 (zeros in padding)
xp = pattern((1, 2, 4, 4), 5, 2, 13, 6, 2)
mx, avg = pool_forward(xp, 2, 2, 2, 0)
show("maxpool 2x2/2", mx)
show("avgpool 2x2/2", avg)
mx, avg = pool_forward(xp, 2, 2, 2, 1)
show("maxpool 2x2/2 pad 1", mx)
show("avgpool 2x2/2 pad 1", avg)

# Batch norm on (4, 3): training step, then inference, then backward of a training pass
xb = pattern((4, 3), 7, 2, 10, 4, 2)
gamma = np.array([1.5, 0.5, -1.0])
beta = np.array([0.1, -0.2, 0.3])
dout = pattern((4, 3), 3, 1, 7, 3, 4)
bn = BatchNormalization(gamma, beta)
show("bn train out", bn.forward(xb, True))
dx, dgamma, dbeta = bn.backward(dout)
show("bn dx", dx)
show("bn dgamma", dgamma)
show("bn dbeta", dbeta)
show("bn running mean", bn.running_mean)
show("bn running var", bn.running_var)
show("bn eval out", bn.forward(xb, False))

# Batch norm on a 4-D input (3, 2, 1, 2): flattened to (3, 4) like the book
x4 = pattern((3, 2, 1, 2), 5, 1, 7, 3, 3)
bn4 = BatchNormalization(np.ones(4), np.zeros(4))
show("bn4 train out", bn4.forward(x4, True))
