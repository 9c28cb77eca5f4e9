"""Reference values for Tests/NumericCoreTests/FunctionsTests.swift.

Re-implements the book's common/functions.py and common/gradient.py (Saito, Deep Learning
from Scratch) in numpy and prints the values the Swift tests compare against.
Run: python3 Scripts/reference/functions.py
"""
import numpy as np

np.set_printoptions(precision=17, floatmode="unique")


def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


def mean_squared_error(y, t):
    return 0.5 * np.sum((y - t) ** 2)


def cross_entropy_error(y, t):
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
    return grad


def gradient_descent(f, init_x, lr, step_num):
    x = init_x.copy()
    for _ in range(step_num):
        x -= lr * numerical_gradient(f, x)
    return x


def function_1(x):
    return 0.01 * x ** 2 + 0.1 * x


def function_2(x):
    return x[0] ** 2 + x[1] ** 2


print("softmax([1010, 1000, 990]) =", repr(softmax(np.array([1010.0, 1000.0, 990.0])).tolist()))
print("softmax([0.3, 2.9, 4.0]) =", repr(softmax(np.array([0.3, 2.9, 4.0])).tolist()))
print("softmax 2-D rows =", repr(softmax(np.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 5.0]])).tolist()))

t = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0], dtype=float)
y1 = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
y2 = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])
print("MSE y1 =", repr(mean_squared_error(y1, t)), " CE y1 =", repr(cross_entropy_error(y1, t)))
print("MSE y2 =", repr(mean_squared_error(y2, t)), " CE y2 =", repr(cross_entropy_error(y2, t)))
batch = np.stack([y1, y2])
print("CE batch [y1, y2] labels [2, 2] =", repr(cross_entropy_error(batch, np.array([2, 2]))))

a = np.array([0.9, 0.2, 0.6, 0.35])
yb = np.array([1.0, 0.0, 1.0, 0.0])
print("BCE =", repr(-np.mean(yb * np.log(a) + (1 - yb) * np.log(1 - a))))

print("numerical_diff(function_1, 5) =", repr(numerical_diff(function_1, 5.0)))
print("numerical_diff(function_1, 10) =", repr(numerical_diff(function_1, 10.0)))
for p in ([3.0, 4.0], [0.0, 2.0], [3.0, 0.0]):
    print("numerical_gradient(function_2, %s) =" % p, repr(numerical_gradient(function_2, np.array(p)).tolist()))
for lr in (0.1, 10.0, 1e-10):
    x = gradient_descent(function_2, np.array([-3.0, 4.0]), lr, 100)
    print("gradient_descent lr=%g ->" % lr, repr(x.tolist()))
