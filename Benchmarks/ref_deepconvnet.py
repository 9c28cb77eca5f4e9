"""numpy reference for the `deepconvnet_iteration` bench case: one Adam iteration of the
book's DeepConvNet (Saito, ch. 8) with the book's im2col-based layers, in float64.

Input (100, 1, 28, 28) uniform in [0, 1); six 3x3 convolutions (16, 16, 32, 32, 64, 64
filters; pads 1, 1, 1, 2, 1, 1) each followed by ReLU, a 2x2 max pool stride 2 after
every second one (28 -> 14 -> 8 -> 4), Affine 1024 -> 50 -> ReLU -> Dropout 0.5 ->
Affine 50 -> 10 -> Dropout 0.5 -> softmax-with-loss; He init (std sqrt(2 / fan-in)),
biases 0; Adam lr 0.001 in the book's form. Dropout draws its mask in training, as the
book's `Dropout.forward(x, train_flg=True)`. The Swift case is
`BenchmarkCase.deepConvNetIteration` (Sources/Bench/ConvNetBenchmark.swift).
"""
import numpy as np

from ref_convnet import Adam, Affine, Convolution, MaxPooling, Relu, softmax_with_loss


class Dropout:
    """The book's dropout: a 0/1 mask in training (drop with probability `ratio`)."""

    def __init__(self, ratio, rng):
        self.ratio, self.rng = ratio, rng

    def forward(self, x):
        self.mask = self.rng.random(x.shape) > self.ratio
        return x * self.mask

    def backward(self, dout):
        return dout * self.mask


def deepconvnet_iteration_case(batch=100, classes=10):
    """Setup for one timed DeepConvNet iteration (forward with loss, backward, Adam)."""
    def setup():
        rng = np.random.default_rng(0)
        x = rng.random((batch, 1, 28, 28))
        labels = rng.integers(0, classes, batch)
        layers, params = [], []
        channels = 1
        for index, (filters, pad) in enumerate(zip([16, 16, 32, 32, 64, 64], [1, 1, 1, 2, 1, 1])):
            std = np.sqrt(2.0 / (channels * 9))
            conv = Convolution(std * rng.standard_normal((filters, channels, 3, 3)), np.zeros(filters), 1, pad)
            layers += [conv, Relu()]
            params.append(conv)
            if index % 2 == 1:
                layers.append(MaxPooling(2, 2, 2))
            channels = filters
        affine1 = Affine(np.sqrt(2.0 / 1024) * rng.standard_normal((1024, 50)), np.zeros(50))
        affine2 = Affine(np.sqrt(2.0 / 50) * rng.standard_normal((50, classes)), np.zeros(classes))
        layers += [affine1, Relu(), Dropout(0.5, rng), affine2, Dropout(0.5, rng)]
        params += [affine1, affine2]
        adam = Adam(0.001)

        def iteration():
            out = x
            for layer in layers:
                out = layer.forward(out)
            loss, dout = softmax_with_loss(out, labels)
            for layer in reversed(layers[1:]):
                dout = layer.backward(dout)
            layers[0].backward(dout, need_dx=False)  # the first conv's dx is never used
            adam.update([a for p in params for a in (p.W, p.b)], [g for p in params for g in (p.dW, p.db)])
            return loss
        return iteration
    return setup
