#!/usr/bin/env python3
"""Reference values for Tests/NumericCoreTests/LayersOddGeometryTests.swift.

A geometry whose size does not divide: H = 5 with a 2-high window and stride 2, so
(H - FH)/S + 1 = 2.5 and the book's integer division keeps 2 windows (rows 0-1 and 2-3;
row 4 is never covered and gets no gradient). The book's im2col, col2im, Convolution and
Pooling (common/util.py, common/layers.py) re-implemented in numpy, forward and backward,
on exactly representable inputs made by `pattern` (the Swift test builds the same inputs).
Run: python3 Scripts/reference/odd_geometry.py
"""
import numpy as np


from book_util import im2col, pattern


def col2im(col, input_shape, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_shape
    out_h = (H + 2 * pad - filter_h) // stride + 1
    out_w = (W + 2 * pad - filter_w) // stride + 1
    col = col.reshape(N, out_h, out_w, C, filter_h, filter_w).transpose(0, 3, 4, 5, 1, 2)
    img = np.zeros((N, C, H + 2 * pad + stride - 1, W + 2 * pad + stride - 1))
    for y in range(filter_h):
        y_max = y + stride * out_h
        for x in range(filter_w):
            x_max = x + stride * out_w
            img[:, :, y:y_max:stride, x:x_max:stride] += col[:, :, y, x, :, :]
    return img[:, :, pad:H + pad, pad:W + pad]


class Convolution:
    def __init__(self, W, b, stride=1, pad=0):
        self.W, self.b, self.stride, self.pad = W, b, stride, pad

    def forward(self, x):
        FN, C, FH, FW = self.W.shape
        N, C, H, W = x.shape
        out_h = 1 + (H + 2 * self.pad - FH) // self.stride
        out_w = 1 + (W + 2 * self.pad - FW) // self.stride
        self.x = x
        self.col = im2col(x, FH, FW, self.stride, self.pad)
        self.col_W = self.W.reshape(FN, -1).T
        out = np.dot(self.col, self.col_W) + self.b
        return out.reshape(N, out_h, out_w, -1).transpose(0, 3, 1, 2)

    def backward(self, dout):
        FN, C, FH, FW = self.W.shape
        dout = dout.transpose(0, 2, 3, 1).reshape(-1, FN)
        self.db = np.sum(dout, axis=0)
        self.dW = np.dot(self.col.T, dout).transpose(1, 0).reshape(FN, C, FH, FW)
        dcol = np.dot(dout, self.col_W.T)
        return col2im(dcol, self.x.shape, FH, FW, self.stride, self.pad)


class Pooling:
    def __init__(self, pool_h, pool_w, stride=1, pad=0):
        self.pool_h, self.pool_w, self.stride, self.pad = pool_h, pool_w, stride, pad

    def forward(self, x):
        N, C, H, W = x.shape
        out_h = (H + 2 * self.pad - self.pool_h) // self.stride + 1
        out_w = (W + 2 * self.pad - self.pool_w) // self.stride + 1
        col = im2col(x, self.pool_h, self.pool_w, self.stride, self.pad).reshape(-1, self.pool_h * self.pool_w)
        self.x, self.arg_max = x, np.argmax(col, axis=1)
        return np.max(col, axis=1).reshape(N, out_h, out_w, C).transpose(0, 3, 1, 2)

    def backward(self, dout):
        dout = dout.transpose(0, 2, 3, 1)
        pool_size = self.pool_h * self.pool_w
        dmax = np.zeros((dout.size, pool_size))
        dmax[np.arange(self.arg_max.size), self.arg_max.flatten()] = dout.flatten()
        dmax = dmax.reshape(dout.shape + (pool_size,))
        dcol = dmax.reshape(dmax.shape[0] * dmax.shape[1] * dmax.shape[2], -1)
        return col2im(dcol, self.x.shape, self.pool_h, self.pool_w, self.stride, self.pad)


def show(name, arr):
    arr = np.asarray(arr)
    print(f"// {name}: shape {list(arr.shape)}")
    print(repr(arr.ravel().tolist()))


# x (2, 2, 5, 6): 120 distinct values (37 and 127 are coprime), so max pooling has no ties.
x = pattern((2, 2, 5, 6), 37, 5, 127, 63, 16)
# Convolution: W (3, 2, 2, 3), stride 2, pad 0: OH = (5 - 2)//2 + 1 = 2, OW = (6 - 3)//2 + 1 = 2.
W = pattern((3, 2, 2, 3), 5, 1, 9, 4, 8)
b = np.array([0.5, -0.25, 0.125])
conv = Convolution(W, b, stride=2, pad=0)
out = conv.forward(x)
show("conv out", out)
dout = pattern(out.shape, 3, 1, 7, 3, 4)
show("conv dx", conv.backward(dout))
show("conv dW", conv.dW)
show("conv db", conv.db)

# Max pooling 2x2, stride 2: OH = (5 - 2)//2 + 1 = 2, OW = (6 - 2)//2 + 1 = 3.
pool = Pooling(2, 2, stride=2)
pout = pool.forward(x)
show("maxpool out", pout)
show("maxpool dx", pool.backward(pattern(pout.shape, 3, 1, 7, 3, 4)))

# im2col itself: 3x3 window, stride 2, pad 1 on (1, 1, 4, 5): OH = (4 + 2 - 3)//2 + 1 = 2, OW = 3.
xs = pattern((1, 1, 4, 5), 7, 2, 11, 5, 2)
show("im2col 3x3/2 pad 1", im2col(xs, 3, 3, 2, 1))
