#!/usr/bin/env python3
"""Measures rendered screens in terminal columns, independently of nnbook's width table.

Usage: python3 Scripts/check_widths.py FILE COLS

FILE holds rendered screens as UTF-8 text, one screen line per line. A line that starts
with the character U+001D (group separator) is not a screen line but names the screens
that follow it ("perceptron zh page 3 80x24"), for the messages.

Each character is measured with Python's unicodedata, as a terminal would draw it:
East Asian Wide (W) and Fullwidth (F) take 2 columns; combining marks, other
non-spacing and enclosing marks (Mn, Me), format characters (Cf) and control characters
take 0; everything else takes 1 (East Asian Ambiguous counts as 1, as in a terminal set
up for a Western or UTF-8 locale).

Prints the width of every screen line, one number a line, in order. Exits 1 when a line
is wider than COLS (each one named on stderr), 2 on bad usage, else 0.
"""
import sys
import unicodedata

LABEL = "\x1d"


def char_width(ch):
    code = ord(ch)
    if code < 0x20 or 0x7F <= code < 0xA0:
        return 0
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def line_width(line):
    return sum(char_width(ch) for ch in line)


def main(argv):
    if len(argv) != 3 or not argv[2].isdigit():
        print("usage: check_widths.py FILE COLS", file=sys.stderr)
        return 2
    path, columns = argv[1], int(argv[2])
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    label, number, too_wide, widths = "(unlabelled)", 0, 0, []
    for line in text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"):
        if line.startswith(LABEL):
            label, number = line[1:], 0
            continue
        number += 1
        width = line_width(line)
        widths.append(str(width))
        if width > columns:
            too_wide += 1
            print(f"{label}, line {number}: {width} columns > {columns}: {line}", file=sys.stderr)
    sys.stdout.write("".join(w + "\n" for w in widths))
    return 1 if too_wide else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
