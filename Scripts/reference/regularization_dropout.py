"""Reference statistics for the regularization lesson (Tests/LessonsTests/RegularizationLessonTests.swift).

1. Dropout in both forms, written as the book's common/layers.py Dropout (mask = rand > ratio;
   training x*mask, test x*(1 - ratio)) and as Ng's inverted dropout (training
   x*mask/keep_prob, test x). On the lesson's 12 activations, ratio 0.5, 2000 masks, the
   mean training output of each unit is compared with its test output. numpy's generator
   differs from nnbook's, so the Swift test does not compare numbers draw by draw: it checks
   the same statistic, that every unit's mean lies within 4 standard errors of the expected
   value, where the standard error of one unit is x*sqrt(p*(1-p)/n) (book) and
   x*sqrt(p/((1-p)*n)) (inverted). This script prints those standard errors and shows numpy
   passes the same check over 20 seeds.
2. The L2 term of the book's MultiLayerNet: loss += 0.5*lam*sum(W**2), grad W += lam*W,
   checked here against a central-difference gradient of the penalty (h = 1e-4).

Run: python3 Scripts/reference/regularization_dropout.py
"""
import numpy as np

X = np.array([0.28, 0.34, 0.85, 1.16, 0.71, 0.86, 0.29, 0.42, 0.21, 1.49, 1.4, 1.18])
P, N = 0.5, 2000


def book_train(x, ratio, rng):
    mask = rng.random(x.shape) > ratio
    return x * mask


def inverted_train(x, ratio, rng):
    mask = rng.random(x.shape) > ratio
    return x * mask / (1.0 - ratio)


se_book = X * np.sqrt(P * (1 - P) / N)
se_inv = X * np.sqrt(P / ((1 - P) * N))
print("standard error (book):", np.round(se_book, 5).tolist())
print("standard error (inverted):", np.round(se_inv, 5).tolist())

worst = 0.0
for seed in range(20):
    rng = np.random.default_rng(seed)
    book = np.mean([book_train(X, P, rng) for _ in range(N)], axis=0)
    rng = np.random.default_rng(seed)
    inv = np.mean([inverted_train(X, P, rng) for _ in range(N)], axis=0)
    z = max(np.max(np.abs(book - (1 - P) * X) / se_book), np.max(np.abs(inv - X) / se_inv))
    worst = max(worst, z)
print("numpy: worst |mean - expected| over 20 seeds, in standard errors: %.2f (< 4)" % worst)

# L2: the penalty's gradient is lam * W.
rng = np.random.default_rng(0)
W = rng.standard_normal((3, 4))
lam = 0.1
penalty = lambda w: 0.5 * lam * np.sum(w ** 2)
num = np.zeros_like(W)
h = 1e-4
for i in np.ndindex(W.shape):
    old = W[i]
    W[i] = old + h; a = penalty(W)
    W[i] = old - h; b = penalty(W)
    W[i] = old
    num[i] = (a - b) / (2 * h)
print("L2: max |numerical - lam*W| = %.2e" % np.max(np.abs(num - lam * W)))
