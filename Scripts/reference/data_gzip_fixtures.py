#!/usr/bin/env python3
"""Prints the gzip fixtures embedded in Tests/NumericCoreTests/DataInflateTests.swift.

Each fixture is made by Python's gzip / zlib modules (mtime 0, so the bytes are stable) and
printed as a Swift array literal, with the block types of its DEFLATE blocks so the tests
cover stored (0), fixed-Huffman (1) and dynamic-Huffman (2) blocks, and every gzip header
flag (FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT), and a two-member file.
"""
import gzip, struct, zlib

TEXT = (b"Deep Learning from Scratch builds a neural network from numpy arrays: "
        b"perceptrons, activation functions, loss functions, numerical gradients, "
        b"backpropagation on computation graphs, optimizers (SGD, Momentum, AdaGrad, Adam), "
        b"weight initialization (Xavier, He), batch normalization, dropout, and convolution "
        b"with im2col. 0123456789 0123456789 the quick brown fox jumps over the lazy dog.\n")


def block_types(raw_deflate):
    """The BTYPE of each DEFLATE block in raw_deflate: stored blocks are walked (they are
    byte-aligned and say their length); the walk stops at the first compressed block, whose
    end would need a full decoder (every fixture here has at most one)."""
    bits = int.from_bytes(raw_deflate, "little")
    types = []
    pos = 0
    while True:
        final = (bits >> pos) & 1
        btype = (bits >> (pos + 1)) & 3
        types.append(btype)
        if btype != 0 or final:
            break
        pos = ((pos + 3 + 7) // 8) * 8
        length = (bits >> pos) & 0xFFFF
        pos += 32 + 8 * length
    return types


def deflate_of_gzip(data):
    flags = data[3]
    pos = 10
    if flags & 4:
        pos += 2 + data[pos] + 256 * data[pos + 1]
    for flag in (8, 16):
        if flags & flag:
            pos = data.index(0, pos) + 1
    if flags & 2:
        pos += 2
    return data[pos:]


def swift_bytes(name, data):
    lines = []
    for i in range(0, len(data), 16):
        lines.append("        " + ", ".join(f"0x{b:02X}" for b in data[i:i + 16]) + ",")
    return f"    static let {name}: [UInt8] = [\n" + "\n".join(lines) + "\n    ]"


def all_flags_gzip(payload):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = compressor.compress(payload) + compressor.flush()
    header = bytes([0x1F, 0x8B, 8, 1 | 2 | 4 | 8 | 16, 0, 0, 0, 0, 2, 3])
    header += struct.pack("<H", 4) + b"XY\x00\x00"          # FEXTRA: one empty subfield "XY"
    header += b"digits.idx\x00" + b"made by data_gzip_fixtures.py\x00"
    header += struct.pack("<H", zlib.crc32(header) & 0xFFFF)  # FHCRC
    return header + raw + struct.pack("<II", zlib.crc32(payload), len(payload) & 0xFFFFFFFF)


def main():
    fixtures = {
        "stored": gzip.compress(TEXT, compresslevel=0, mtime=0),
        "fixed": gzip.compress(b"abracadabra abracadabra abracadabra!", compresslevel=9, mtime=0),
        "dynamic": gzip.compress(TEXT + b"z" * 300 + TEXT, compresslevel=9, mtime=0),
        "allFlags": all_flags_gzip(b"abracadabra abracadabra abracadabra!"),
        "twoMembers": gzip.compress(b"first member, ", mtime=0) + gzip.compress(b"second member", mtime=0),
        "empty": gzip.compress(b"", mtime=0),
    }
    # A tiny IDX images file (2 images of 2 rows x 3 columns) gzipped by Python.
    idx = struct.pack(">IIII", 0x803, 2, 2, 3) + bytes([0, 51, 102, 153, 204, 255, 255, 204, 153, 102, 51, 0])
    fixtures["idxImages"] = gzip.compress(idx, mtime=0)
    for name, data in fixtures.items():
        payload = gzip.decompress(data)
        print(f"    // {name}: {len(data)} bytes -> {len(payload)} bytes, CRC-32 0x{zlib.crc32(payload):08X}, "
              f"block types {block_types(deflate_of_gzip(data))}")
        print(swift_bytes(name, data))


if __name__ == "__main__":
    main()
