"""Reference values for the deepnets lesson's VGG-style shape table (DeepNetsLessonTests).

VGG-16's first two blocks on a 224x224x3 image (conv3-64 x2, pool, conv3-128 x2, pool):
per layer the output shape, the parameters (FH*FW*C + 1)*FN and the multiply-adds
OH*OW*FN*FH*FW*C, and the totals. Counted with numpy shapes: a convolution's output is the
shape of np.lib.stride_tricks.sliding_window_view over the padded input.
Run: python3 Scripts/reference/deepnets_vgg.py
"""
import numpy as np

layers = [("conv", 64), ("conv", 64), ("pool", 2), ("conv", 128), ("conv", 128), ("pool", 2)]
c, h, w = 3, 224, 224
total_params = total_madds = 0
for kind, n in layers:
    if kind == "conv":
        padded = np.zeros((h + 2, w + 2))
        oh, ow = np.lib.stride_tricks.sliding_window_view(padded, (3, 3)).shape[:2]
        params, madds = (3 * 3 * c + 1) * n, oh * ow * n * 3 * 3 * c
        c, h, w = n, oh, ow
    else:
        h, w, params, madds = h // n, w // n, 0, 0
    total_params += params
    total_madds += madds
    print(f"{kind:4} {c}x{h}x{w}  params {params:,}  mult-adds {madds:,}")
print(f"total params {total_params:,}  mult-adds {total_madds:,}")
