"""Reference values for the losses lesson (Tests/LessonsTests/LossesLesson*Tests.swift).

The book's functions (Saito, ch. 4, common/functions.py and ch04/gradient_*.py) in float64.
Run: python3 Scripts/reference/losses.py
"""
import numpy as np

def mean_squared_error(y, t): return 0.5 * np.sum((y - t) ** 2)
def cross_entropy_error(y, t): return -np.sum(t * np.log(y + 1e-7))
# nnbook's core sums left to right; np.sum sums 10 values in 8 interleaved partial sums,
# which can differ in the last bit. These mirror the core's order exactly.
def mse_in_order(y, t):
    total = 0.0
    for a, b in zip(y, t): total += (a - b) * (a - b)
    return 0.5 * total
def rescaled(y, k, v, t=2):
    """y with y[k] = v; the entries other than k and t scaled (in proportion) to share
    1 - v (k = t) or 1 - y[t] - v (k != t, y[t] kept)."""
    y = y.copy()
    fixed = 0.0 if k == t else y[t]
    rest = 0.0
    for j in range(len(y)):
        if j != k and j != t: rest += y[j]
    scale = (1 - fixed - v) / rest
    for j in range(len(y)):
        if j != k and j != t: y[j] *= scale
    y[k] = v
    return y

# --- losses: the book's two examples (t = class 2) ---
t = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0], dtype=float)
right = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
wrong = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])
for name, y in (("right", right), ("wrong", wrong)):
    print(f"{name}: mse={mean_squared_error(y, t)!r} (in order {mse_in_order(y, t)!r}) ce={cross_entropy_error(y, t)!r}")

# Editing entry 2 of the book's right example to 0.8: the other nine keep their proportions,
# scaled to share 1 - 0.8.
y = rescaled(right, 2, 0.8)
print("edited y[2]=0.8:", [float(v) for v in y], "mse", repr(mse_in_order(y, t)), "ce", repr(cross_entropy_error(y, t)))

# Moving wrong mass: the book's wrong example with y[7] lowered to 0.1; y[2] stays 0.1.
y = rescaled(wrong, 7, 0.1)
print("wrong, y[7]=0.1:", [float(v) for v in y], "mse", repr(mse_in_order(y, t)), "ce", repr(cross_entropy_error(y, t)))

# The sweep: y_t = p for p = i/100, the others of the right example scaled to share 1 - p.
for i in (0, 1, 30, 60, 100):
    p = i / 100
    y = rescaled(right, 2, p)
    print(f"sweep p={p!r}: mse={mse_in_order(y, t)!r} ce={cross_entropy_error(y, t)!r}")

# --- numerical derivative ---
def numerical_diff(f, x, h=1e-4): return (f(x + h) - f(x - h)) / (2 * h)
def forward_diff(f, x, h): return (f(x + h) - f(x)) / h
def function_1(x): return 0.01 * x ** 2 + 0.1 * x
print("numerical_diff(f, 5) =", repr(numerical_diff(function_1, 5.0)), " analytic", repr(0.02 * 5.0 + 0.1))
print("numerical_diff(f, 10) =", repr(numerical_diff(function_1, 10.0)), " analytic", repr(0.02 * 10.0 + 0.1))
for e in (-15, -12, -8, -4, 0):
    h = 10.0 ** e
    c = numerical_diff(function_1, 5.0, h)
    fw = forward_diff(function_1, 5.0, h)
    print(f"x=5 h=1e{e}: central={c!r} err={abs(c - 0.2)!r} forward={fw!r} err={abs(fw - 0.2)!r}")

# --- gradient descent on function_2 with the book's numerical_gradient ---
def function_2(x): return x[0] ** 2 + x[1] ** 2
def numerical_gradient(f, x, h=1e-4):
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp = x[idx]
        x[idx] = float(tmp) + h
        fxh1 = f(x)
        x[idx] = tmp - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp
    return grad

def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x.copy()
    path = [x.copy()]
    for _ in range(step_num):
        x -= lr * numerical_gradient(f, x)
        path.append(x.copy())
    return np.array(path)

path = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=0.1, step_num=100)
for k in (0, 1, 2, 3, 10, 50, 99, 100):
    print(f"lr=0.1 step {k}: ({path[k][0]!r}, {path[k][1]!r})")
print("lr=0.1 sum of path x0:", repr(np.sum(path[:, 0])), " x1:", repr(np.sum(path[:, 1])))
for lr in (10.0, 1e-10):
    p = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=lr, step_num=100)
    print(f"lr={lr}: step 1 ({p[1][0]!r}, {p[1][1]!r}) step 100 ({p[100][0]!r}, {p[100][1]!r})",
          "ratio last", repr(np.linalg.norm(p[100]) / np.linalg.norm(p[99])),
          "moved", repr(np.linalg.norm(p[100] - p[0])))

# The whole lr = 0.1 path as a Swift literal (pasted into LossesLessonDescentTests.swift).
print("let numpyPath: [(Double, Double)] = [")
for p in path:
    print(f"    ({float(p[0])!r}, {float(p[1])!r}),")
print("]")
# Analytic gradient with lr = 10 overflows: the first non-finite step.
x = np.array([-3.0, 4.0])
with np.errstate(all="ignore"):
    for k in range(1, 400):
        x = x - 10.0 * (2 * x)
        if not np.all(np.isfinite(x)):
            print("analytic lr=10: first non-finite at step", k, x)
            break

# --- where the forward difference's error turns (losses page 2 text: "near h = 1e-7") ---
# Truncation 0.01·h meets round-off ~1e-16·|f(5)|/h at h = sqrt(1e-16·0.75/0.01) ≈ 8.7e-8.
for e4 in range(-36, -19):
    h = 10.0 ** (e4 / 4)
    fw = forward_diff(function_1, 5.0, h)
    print(f"x=5 h=10^{e4 / 4}: forward err={abs(fw - 0.2):.2e}")
print("balance of 0.01h and 1e-16*f(5)/h at h =", (1e-16 * function_1(5.0) / 0.01) ** 0.5)
