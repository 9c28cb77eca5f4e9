#!/usr/bin/env python3
"""numpy reference for the cnn lesson's tests (Tests/LessonsTests/CNNLesson*Tests.swift).

Cross-correlation as the book (Saito, ch. 7): out[i, j] = sum_k sum_l x[i*S+k, j*S+l] w[k, l]
on the zero-padded input; im2col rows = output positions, columns = (channel, ky, kx).
Prints the values the tests paste.
"""
import numpy as np

np.set_printoptions(precision=17, linewidth=150)


def conv2d(x, w, pad=0, stride=1):
    """Plain loops over one channel: the definition, not im2col."""
    x = np.pad(x, pad)
    fh, fw = w.shape
    oh = (x.shape[0] - fh) // stride + 1
    ow = (x.shape[1] - fw) // stride + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(x[i * stride:i * stride + fh, j * stride:j * stride + fw] * w)
    return out


def im2col(x, fh, fw, stride=1, pad=0):
    """The book's im2col for an (N, C, H, W) batch."""
    n, c, h, w = x.shape
    oh = (h + 2 * pad - fh) // stride + 1
    ow = (w + 2 * pad - fw) // stride + 1
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)])
    col = np.zeros((n, c, fh, fw, oh, ow))
    for y in range(fh):
        for xx in range(fw):
            col[:, :, y, xx, :, :] = img[:, :, y:y + stride * oh:stride, xx:xx + stride * ow:stride]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(n * oh * ow, -1)


def pool(x, size, stride, op):
    oh = (x.shape[0] - size) // stride + 1
    ow = (x.shape[1] - size) // stride + 1
    return np.array([[op(x[i * stride:i * stride + size, j * stride:j * stride + size]) for j in range(ow)]
                     for i in range(oh)])


book_x = np.array([[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]], dtype=float)
book_w = np.array([[2, 0, 1], [0, 1, 2], [1, 0, 2]], dtype=float)
print("book conv:", conv2d(book_x, book_w).tolist())
print("book conv pad 1:", conv2d(book_x, book_w, pad=1).tolist())
print("book conv pad 1 stride 3:", conv2d(book_x, book_w, pad=1, stride=3).tolist())

square = np.zeros((15, 15))
square[4:11, 4:11] = 1
sobel_x = np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]], dtype=float)
out = conv2d(square, sobel_x, stride=2)
print("square * Sobel x, stride 2:", out.shape, "row 3:", out[3].tolist())
blur = np.full((3, 3), 1 / 9)
out = conv2d(square, blur)
print("square * box blur, row 3:", out[3].tolist())
blur5 = np.full((5, 5), 1 / 25)
out = conv2d(square, blur5, pad=2)
print("square * box blur 5x5 pad 2:", out.shape, "row 4:", out[4].tolist())

# Channels: N = 2 (image 1 = image 0 mirrored), C = 3, 4x4; W (2, 3, 3, 3); b = [0, 1].
image0 = np.array([
    [1, 2, 0, 1, 0, 1, 3, 1, 2, 0, 1, 0, 1, 1, 0, 2],
    [0, 1, 1, 0, 2, 0, 1, 1, 1, 3, 0, 1, 0, 1, 2, 0],
    [3, 0, 1, 2, 1, 1, 0, 0, 0, 2, 1, 1, 2, 0, 1, 3]], dtype=float).reshape(3, 4, 4)
x = np.stack([image0, image0[:, :, ::-1]])
W = np.array([
    [1, 0, -1, 1, 0, -1, 1, 0, -1], [0, 0, 0, 0, 1, 0, 0, 0, 0], [0] * 9,
    [0] * 9, [1, 1, 1, 0, 0, 0, -1, -1, -1], [0, 1, 0, 1, 1, 1, 0, 1, 0]], dtype=float).reshape(2, 3, 3, 3)
b = np.array([0, 1], dtype=float)
col = im2col(x, 3, 3)
out = (col @ W.reshape(2, -1).T + b).reshape(2, 2, 2, 2).transpose(0, 3, 1, 2)
print("channels out (N, FN, OH, OW) flat:", out.flatten().tolist())
loops = np.array([[[[sum(np.sum(x[n, c, i:i + 3, j:j + 3] * W[k, c]) for c in range(3)) + b[k]
                     for j in range(2)] for i in range(2)] for k in range(2)] for n in range(2)])
print("channels by loops equal:", np.array_equal(out, loops))
print("out[1,1,0,1] channel terms:", [np.sum(x[1, c, 0:3, 1:4] * W[1, c]) for c in range(3)], "+ b 1 =", out[1, 1, 0, 1])

print("pool max 2/2:", pool(book_x, 2, 2, np.max).tolist(), "avg:", pool(book_x, 2, 2, np.mean).tolist())
print("pool max 3/1:", pool(book_x, 3, 1, np.max).tolist(), "avg:", pool(book_x, 3, 1, np.mean).tolist())

col = im2col(book_x.reshape(1, 1, 4, 4), 3, 3, pad=1)
print("im2col pad 1:", col.shape, "row 0:", col[0].tolist(), "row 5:", col[5].tolist())
print("col . W^T pad 1:", (col @ book_w.reshape(1, 9).T).flatten().tolist())
