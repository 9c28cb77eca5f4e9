"""Reference values for the batchnorm lesson (Tests/LessonsTests/BatchNormReferenceTests.swift).

The book's BatchNormalization layer (Saito, common/layers.py, section 6.3) with nnbook's
eps = 1e-6 (the book writes 10e-7, the same number), in float64, on a fixed 4 x 3 batch:
forward in training mode, backward, the running averages after two training batches
(momentum 0.9, starting at zero as in the book) and the inference output with them.
Inputs are fixed numbers, not random draws, so the Swift test compares to ~1e-12.
Run: python3 Scripts/reference/batchnorm_transform.py
"""
import numpy as np

eps = 1e-6
x = np.array([[1.0, -2.0, 0.5], [3.0, 0.0, 0.25], [-1.0, 4.0, 0.75], [5.0, 2.0, 0.5]])
x2 = x * 2.0 + 1.0
gamma = np.array([1.5, 0.5, 2.0])
beta = np.array([0.1, -0.2, 0.3])
dout = np.array([[0.1, -0.3, 0.2], [0.4, 0.0, -0.1], [-0.2, 0.5, 0.3], [0.0, 0.1, -0.4]])
momentum = 0.9

def forward(x, gamma, beta):
    mu = x.mean(axis=0)
    xc = x - mu
    var = np.mean(xc ** 2, axis=0)
    std = np.sqrt(var + eps)
    xn = xc / std
    return gamma * xn + beta, (xc, xn, std, mu, var)

def backward(dout, cache, gamma):
    xc, xn, std, _, _ = cache
    n = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(xn * dout, axis=0)
    dxn = gamma * dout
    dxc = dxn / std
    dstd = -np.sum((dxn * xc) / (std * std), axis=0)
    dvar = 0.5 * dstd / std
    dxc += (2.0 / n) * xc * dvar
    dmu = np.sum(dxc, axis=0)
    return dxc - dmu / n, dgamma, dbeta

out, cache = forward(x, gamma, beta)
dx, dgamma, dbeta = backward(dout, cache, gamma)
running_mean = np.zeros(3); running_var = np.zeros(3)
for batch in (x, x2):
    _, (_, _, _, mu, var) = forward(batch, gamma, beta)
    running_mean = momentum * running_mean + (1 - momentum) * mu
    running_var = momentum * running_var + (1 - momentum) * var
inference = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta

def show(name, a): print(name, "=", [repr(float(v)) for v in np.ravel(a)])
show("out", out); show("dx", dx); show("dgamma", dgamma); show("dbeta", dbeta)
show("running_mean", running_mean); show("running_var", running_var); show("inference", inference)
# A variance near eps squeezes xn: a column with values +-1e-4 has var 1e-8, std of xn = sqrt(1e-8 / (1e-8 + 1e-6)).
tiny = np.array([[1e-4], [-1e-4], [1e-4], [-1e-4]])
_, (_, xn, _, _, _) = forward(tiny, np.ones(1), np.zeros(1))
print("std of xn for var 1e-8 =", repr(float(xn.std())))
print("logspace(0, -4, 16)[1], [8] =", repr(float(np.logspace(0, -4, 16)[1])), repr(float(np.logspace(0, -4, 16)[8])))
