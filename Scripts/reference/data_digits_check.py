#!/usr/bin/env python3
"""Checks that nnbook's synthetic digits are a real learning problem.

Reads an MNIST-style IDX directory (raw or .gz) -- e.g. synthetic digits exported with
    NNBOOK_DIGITS_EXPORT=/tmp/digits swift test --filter DataDigitsExport
-- and reports:
  * a nearest-class-mean classifier's test accuracy (a linear baseline);
  * the book's ch. 4 TwoLayerNet (784-50-10, sigmoid, weight std 0.01, SGD lr 0.1,
    batch 100 drawn with replacement) trained in numpy, train/test accuracy per epoch
    (an epoch = train_size / batch_size iterations, as in the book; train accuracy on the
    first 10 000 training images).
Options: --epochs N, --seed S, --show K (print K images per class as ASCII),
--png FILE (write a grid of the first 100 test images as a PNG).
"""
import argparse, gzip, os, struct, sys, zlib
import numpy as np


def read_idx(path):
    for candidate in (path, path + ".gz"):
        if os.path.exists(candidate):
            with open(candidate, "rb") as f:
                data = f.read()
            if candidate.endswith(".gz"):
                data = gzip.decompress(data)
            magic, = struct.unpack(">I", data[:4])
            dims = magic & 0xFF
            shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
            return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)
    sys.exit("missing " + path)


def load(directory):
    sets = []
    for prefix in ("train", "t10k"):
        images = read_idx(os.path.join(directory, prefix + "-images-idx3-ubyte"))
        labels = read_idx(os.path.join(directory, prefix + "-labels-idx1-ubyte"))
        sets.append((images.reshape(len(images), -1).astype(np.float64) / 255.0, labels.astype(np.int64)))
    return sets


def ascii_art(image):
    shades = " .:-=+*#%@"
    return "\n".join("".join(shades[min(9, int(v * 10))] for v in row) for row in image.reshape(28, 28))


def write_png(path, images, columns=10):
    rows = (len(images) + columns - 1) // columns
    tile = 28 + 2
    canvas = np.full((rows * tile, columns * tile), 64, dtype=np.uint8)
    for i, image in enumerate(images):
        r, c = divmod(i, columns)
        canvas[r * tile + 1:r * tile + 29, c * tile + 1:c * tile + 29] = (image.reshape(28, 28) * 255).astype(np.uint8)
    canvas = np.kron(canvas, np.ones((3, 3), dtype=np.uint8))  # 3x zoom
    height, width = canvas.shape
    raw = b"".join(b"\x00" + canvas[y].tobytes() for y in range(height))
    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(x):
    x = x - x.max(axis=1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=1, keepdims=True)


class TwoLayerNet:
    """The book's ch. 4 two_layer_net.py with its analytic `gradient`."""
    def __init__(self, input_size, hidden_size, output_size, rng, weight_init_std=0.01):
        self.params = {
            "W1": weight_init_std * rng.standard_normal((input_size, hidden_size)),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * rng.standard_normal((hidden_size, output_size)),
            "b2": np.zeros(output_size),
        }

    def predict(self, x):
        p = self.params
        return softmax(sigmoid(x @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"])

    def accuracy(self, x, t):
        return float(np.mean(self.predict(x).argmax(axis=1) == t))

    def gradient(self, x, t_onehot):
        p = self.params
        a1 = x @ p["W1"] + p["b1"]
        z1 = sigmoid(a1)
        y = softmax(z1 @ p["W2"] + p["b2"])
        dy = (y - t_onehot) / x.shape[0]
        grads = {"W2": z1.T @ dy, "b2": dy.sum(axis=0)}
        da1 = (dy @ p["W2"].T) * (1 - z1) * z1
        grads["W1"] = x.T @ da1
        grads["b1"] = da1.sum(axis=0)
        return grads


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--png")
    args = parser.parse_args()
    (x_train, t_train), (x_test, t_test) = load(args.directory)
    print(f"train {x_train.shape}, test {x_test.shape}, mean pixel {x_train.mean():.4f}, "
          f"ink pixels (>0.5) {np.mean(x_train > 0.5):.4f}, class counts {np.bincount(t_train).tolist()}")

    if args.show:
        for digit in range(10):
            for image in x_test[t_test == digit][:args.show]:
                print(ascii_art(image), "\n")
    if args.png:
        write_png(args.png, x_test[:100])

    means = np.stack([x_train[t_train == k].mean(axis=0) for k in range(10)])
    distances = ((x_test[:, None, :] - means[None, :, :]) ** 2).sum(axis=2)
    print(f"nearest class mean: test accuracy {np.mean(distances.argmin(axis=1) == t_test):.4f}")

    rng = np.random.default_rng(args.seed)
    net = TwoLayerNet(784, 50, 10, rng)
    t_onehot = np.eye(10)[t_train]
    batch, lr = 100, 0.1
    per_epoch = max(len(x_train) // batch, 1)
    print(f"TwoLayerNet 784-50-10 sigmoid, SGD lr {lr}, batch {batch}, {per_epoch} iterations per epoch")
    for epoch in range(1, args.epochs + 1):
        for _ in range(per_epoch):
            idx = rng.choice(len(x_train), batch)
            grads = net.gradient(x_train[idx], t_onehot[idx])
            for key in net.params:
                net.params[key] -= lr * grads[key]
        print(f"epoch {epoch:3d} (iter {epoch * per_epoch:6d}): "
              f"train acc {net.accuracy(x_train[:10000], t_train[:10000]):.4f}, "
              f"test acc {net.accuracy(x_test, t_test):.4f}")


if __name__ == "__main__":
    main()
