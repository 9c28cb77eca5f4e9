"""Reference values for Tests/NumericCoreTests/AugmentationTests.swift.

The bilinear warp of Sources/NumericCore/Data/Augmentation.swift written again in numpy:
output pixel (x, y) (x = column, y = row downwards, centre c = ((W-1)/2, (H-1)/2)) reads
the input at A(p + d(p)), where d is Simard's elastic field alpha * (G_sigma * noise)
(separable Gaussian truncated at ceil(3 sigma), normalised, zero outside) and A undoes the
shift (dx, dy), then the scale s, then the rotation by theta (counterclockwise on screen):
    u = (x - dx - cx) / s,  v = (y - dy - cy) / s
    source = (cx + cos(t) u - sin(t) v,  cy + sin(t) u + cos(t) v)
Bilinear interpolation counts pixels outside the image as 0.
The inputs are exactly representable: image[r, c] = ((3 r + 5 c) mod 7) / 8 on 5x6, noise
sin(1 + k) and cos(2 + k) for k = 0..29 row-major (the Swift test builds the same).
Run: python3 Scripts/reference/augment_reference.py
"""
import math

import numpy as np

H, W = 5, 6


def image():
    r, c = np.mgrid[0:H, 0:W]
    return ((3 * r + 5 * c) % 7) / 8.0


def bilinear(img, x, y):
    h, w = img.shape
    if not (x > -1 and y > -1 and x < w and y < h):
        return 0.0
    x0, y0 = math.floor(x), math.floor(y)
    fx, fy = x - x0, y - y0

    def at(r, c):
        return img[r, c] if 0 <= r < h and 0 <= c < w else 0.0

    top = (1 - fx) * at(y0, x0) + fx * at(y0, x0 + 1)
    bottom = (1 - fx) * at(y0 + 1, x0) + fx * at(y0 + 1, x0 + 1)
    return (1 - fy) * top + fy * bottom


def kernel(sigma):
    radius = math.ceil(3 * sigma)
    k = np.arange(-radius, radius + 1)
    w = np.exp(-(k * k) / (2 * sigma * sigma))
    return w / w.sum()


def smooth(field, sigma):
    k = kernel(sigma)
    r = len(k) // 2
    padded = np.pad(field, ((0, 0), (r, r)))
    rows = np.stack([np.convolve(row, k[::-1], mode="valid") for row in padded])
    padded = np.pad(rows, ((r, r), (0, 0)))
    return np.stack([np.convolve(col, k[::-1], mode="valid") for col in padded.T]).T


def warp(img, dx=0.0, dy=0.0, degrees=0.0, scale=1.0, field=None):
    h, w = img.shape
    cx, cy = (w - 1) / 2, (h - 1) / 2
    t = degrees * math.pi / 180
    out = np.zeros_like(img)
    for r in range(h):
        for c in range(w):
            x, y = float(c), float(r)
            if field is not None:
                x += field[0][r, c]
                y += field[1][r, c]
            u, v = (x - dx - cx) / scale, (y - dy - cy) / scale
            sx = cx + math.cos(t) * u - math.sin(t) * v
            sy = cy + math.sin(t) * u + math.cos(t) * v
            out[r, c] = bilinear(img, sx, sy)
    return out


def show(name, a):
    print(f"{name} = [" + ", ".join(repr(float(v)) for v in np.asarray(a).ravel()) + "]")


if __name__ == "__main__":
    img = image()
    show("image", img)
    show("shift(0.5, -0.25)", warp(img, dx=0.5, dy=-0.25))
    show("rotate(30)", warp(img, degrees=30))
    show("scale(1.3)", warp(img, scale=1.3))
    show("combined(1, 0.5, -20, 0.8)", warp(img, dx=1, dy=0.5, degrees=-20, scale=0.8))
    k = np.arange(H * W)
    nx, ny = np.sin(1 + k).reshape(H, W), np.cos(2 + k).reshape(H, W)
    show("kernel(0.7)", kernel(0.7))
    fx, fy = 2.5 * smooth(nx, 0.7), 2.5 * smooth(ny, 0.7)
    show("field dx (alpha 2.5, sigma 0.7)", fx)
    show("field dy (alpha 2.5, sigma 0.7)", fy)
    show("elastic(alpha 2.5, sigma 0.7)", warp(img, field=(fx, fy)))
    show("elastic + rotate(15)", warp(img, degrees=15, field=(fx, fy)))
