"""numpy references for the sliding-window bench cases (the detection lesson's classifier).

The classifier: conv 6 filters 5x5 -> ReLU -> 4x4 max pool stride 4 -> Affine 216 -> 32 ->
ReLU -> Affine 32 -> 11, He-initialised, on 28x28 windows of one 64x64 scene (uniform [0, 1)).
- `sliding_window_slow`: crop each of the 10x10 windows at stride 4 and run the classifier
  on it (one forward pass per window), as `SlidingWindow.slow`.
- `sliding_window_convolutional`: the affine layers rewritten as convolutions (216 -> 32 as
  32 filters 6x6x6, 32 -> 11 as 11 filters 1x1x32) and one forward pass over the scene, as
  `SlidingWindow.convolutional`; it gives the same 11x10x10 scores.
The Swift cases are in Sources/Bench/SlidingWindowBenchmark.swift.
"""
import numpy as np

from ref_convnet import Convolution, MaxPooling


def _relu(x):
    return np.maximum(x, 0)


def _weights():
    rng = np.random.default_rng(0)
    w1 = np.sqrt(2 / 25) * rng.standard_normal((6, 1, 5, 5))
    w2 = np.sqrt(2 / 216) * rng.standard_normal((216, 32))
    w3 = np.sqrt(2 / 32) * rng.standard_normal((32, 11))
    scene = rng.random((64, 64))
    return w1, w2, w3, scene


def sliding_window_slow_case(window=28, stride=4):
    def setup():
        w1, w2, w3, scene = _weights()
        conv, pool = Convolution(w1, np.zeros(6)), MaxPooling(4, 4, 4)
        count = (64 - window) // stride + 1

        def run():
            scores = np.empty((count, count, 11))
            for i in range(count):
                for j in range(count):
                    crop = scene[i * stride:i * stride + window, j * stride:j * stride + window]
                    hidden = pool.forward(_relu(conv.forward(crop.reshape(1, 1, window, window))))
                    scores[i, j] = _relu(hidden.reshape(1, -1) @ w2) @ w3
            return scores.transpose(2, 0, 1)
        return run
    return setup


def sliding_window_convolutional_case():
    def setup():
        w1, w2, w3, scene = _weights()
        conv1, pool = Convolution(w1, np.zeros(6)), MaxPooling(4, 4, 4)
        conv2 = Convolution(w2.T.reshape(32, 6, 6, 6), np.zeros(32))
        conv3 = Convolution(w3.T.reshape(11, 32, 1, 1), np.zeros(11))
        image = scene.reshape(1, 1, 64, 64)

        def run():
            hidden = pool.forward(_relu(conv1.forward(image)))
            return conv3.forward(_relu(conv2.forward(hidden)))[0]
        return run
    return setup
