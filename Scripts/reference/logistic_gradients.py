"""Reference values for the logistic lesson (Tests/LessonsTests/LogisticReferenceTests.swift).

Logistic regression as Ng's course 1 week 2 writes it (propagate() of the assignment), with
examples as the COLUMNS of X (n x m):

    A = sigmoid(w.T @ X + b)
    cost = -mean(Y*log(A) + (1-Y)*log(1-A))
    dw = X @ (A - Y).T / m,  db = mean(A - Y)

nnbook stores examples as rows ([m, n]) and computes X.T @ dZ: the Swift test passes X.T.
1. The fixed small problem below (3 features, 4 examples): cost, dw, db, printed with 17
   significant digits; the Swift test expects them to 1e-12 from both its vectorized and
   its looped gradient. Also one gradient-descent step with lr = 0.5.
2. The one-example graph of the lesson's page 3 at its default inputs (x = (1, 2),
   w = (0.5, -0.25), b = 0.1, y = 1): z, a, L, da, dz, dw1, dw2, db.

Run: python3 Scripts/reference/logistic_gradients.py
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(w.T @ X + b)
    cost = -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.mean(dZ)
    return cost, dw, db


np.set_printoptions(precision=17)
X = np.array([[1.0, -2.0, 0.5, 3.0],
              [0.25, 1.5, -1.0, 2.0],
              [-0.5, 0.75, 2.5, -1.25]])
Y = np.array([[1.0, 0.0, 1.0, 0.0]])
w = np.array([[0.2], [-0.4], [0.1]])
b = -0.3
cost, dw, db = propagate(w, b, X, Y)
print("1. cost", repr(float(cost)))
print("   dw", [repr(float(v)) for v in dw.ravel()])
print("   db", repr(float(db)))
lr = 0.5
w1, b1 = w - lr * dw, b - lr * db
print("   after one step (lr 0.5): w", [repr(float(v)) for v in w1.ravel()], "b", repr(float(b1)))
print("   cost after the step", repr(float(propagate(w1, b1, X, Y)[0])))

x1, x2, W1, W2, B, y = 1.0, 2.0, 0.5, -0.25, 0.1, 1.0
z = W1 * x1 + W2 * x2 + B
a = sigmoid(z)
L = -(y * np.log(a) + (1 - y) * np.log(1 - a))
da = -y / a + (1 - y) / (1 - a)
dz = a - y
print("2. z", repr(z), "a", repr(float(a)), "L", repr(float(L)))
print("   da", repr(float(da)), "dz", repr(float(dz)), "dw1", repr(float(x1 * dz)), "dw2", repr(float(x2 * dz)), "db", repr(float(dz)))
