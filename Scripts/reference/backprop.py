"""Reference values for the backprop lesson (Tests/LessonsTests/BackpropLessonTests.swift).

Every graph is recomputed in numpy float64 with the same operations in the same order as
nnbook's scalar graph, and differentiated by hand with the chain rule (no autograd):
the local derivatives are the core's (multiply: the other input; exp: its output;
divide: 1/b and -a/b^2; reciprocal: -1/x^2; log: 1/x; negate: -1; sigmoid: y(1 - y)).

Run: python3 Scripts/reference/backprop.py
"""
import numpy as np

f = np.float64


def apple(apple=f(100), num=f(2), tax=f(1.1)):
    apple_price = apple * num
    price = apple_price * tax
    d_price = f(1)
    d_apple_price, d_tax = d_price * tax, d_price * apple_price
    d_apple, d_num = d_apple_price * num, d_apple_price * apple
    return dict(apple_price=apple_price, price=price,
                d_apple=d_apple, d_apple_num=d_num, d_tax=d_tax, d_apple_price=d_apple_price)


def apple_orange(apple=f(100), apple_num=f(2), orange=f(150), orange_num=f(3), tax=f(1.1)):
    apple_price = apple * apple_num
    orange_price = orange * orange_num
    all_price = apple_price + orange_price
    price = all_price * tax
    d_all, d_tax = f(1) * tax, f(1) * all_price
    d_ap, d_op = d_all * f(1), d_all * f(1)
    return dict(apple_price=apple_price, orange_price=orange_price, all_price=all_price, price=price,
                d_all_price=d_all, d_tax=d_tax, d_apple_price=d_ap, d_orange_price=d_op,
                d_apple=d_ap * apple_num, d_apple_num=d_ap * apple,
                d_orange=d_op * orange_num, d_orange_num=d_op * orange)


def sigmoid(x):
    x = f(x)
    a = x * f(-1)
    b = np.exp(a)
    c = b + f(1)
    y = f(1) / c
    dy_dc = f(1) * (f(-1) / (c * c))
    dy_db = dy_dc * f(1)
    dy_da = dy_db * b
    dy_dx = dy_da * f(-1)
    s = f(1) / (f(1) + np.exp(-x))
    collapsed = f(1) * (s * (f(1) - s))
    return dict(a=a, b=b, c=c, y=y, d_c=dy_dc, d_b=dy_db, d_a=dy_da, d_x=dy_dx,
                collapsed_y=s, collapsed_d_x=collapsed)


W = np.array([[0.5, -0.3], [0.2, 0.8]])
B = np.array([0.1, -0.2])


def affine_softmax(x1, x2, t):
    x = [f(x1), f(x2)]
    a = [(x[0] * W[0, j] + x[1] * W[1, j]) + B[j] for j in range(2)]
    e = [np.exp(v) for v in a]
    s = e[0] + e[1]
    y = e[t] / s
    u = y + f(1e-7)
    l = np.log(u)
    L = -l
    d_l = f(1) * f(-1)
    d_u = d_l * (f(1) / u)
    d_y = d_u * f(1)
    d_e = [f(0), f(0)]
    d_e[t] += d_y * (f(1) / s)
    d_s = d_y * (-e[t] / (s * s))
    d_e[0] += d_s * f(1)
    d_e[1] += d_s * f(1)
    d_a = [d_e[j] * e[j] for j in range(2)]
    d_w = [[d_a[j] * x[i] for j in range(2)] for i in range(2)]
    d_x = [d_a[0] * W[i, 0] + d_a[1] * W[i, 1] for i in range(2)]
    # The SoftmaxWithLoss layer: softmax with the maximum subtracted, (y - t) / N.
    scores = np.array(a)
    p = np.exp(scores - scores.max())
    p = p / p.sum()
    layer_loss = -np.log(p[t] + 1e-7)
    layer_da = p - np.eye(2)[t]
    return dict(a=a, e=e, s=s, y=y, L=L, d_a=d_a, d_e=d_e, d_s=d_s, d_y=d_y, d_w=d_w, d_b=d_a, d_x=d_x,
                layer_loss=layer_loss, layer_d_a=list(layer_da))


def show(name, values):
    print(f"# {name}")
    for k, v in values.items():
        if isinstance(v, list):
            v = [[float(z) for z in r] if isinstance(r, list) else float(r) for r in v]
        else:
            v = float(v)
        print(f"  {k}: {v!r}")


if __name__ == "__main__":
    show("apple", apple())
    show("apple tax 1.2, apple 150", apple(apple=f(150), tax=f(1.2)))
    show("apple-orange", apple_orange())
    show("sigmoid x = 1", sigmoid(1))
    show("sigmoid x = -2.5", sigmoid(-2.5))
    show("affine-softmax x = (1, 0.5), t = 0", affine_softmax(1, 0.5, 0))
    show("affine-softmax x = (-2, 3), t = 1", affine_softmax(-2, 3, 1))
