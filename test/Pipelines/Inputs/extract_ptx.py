#!/usr/bin/env python3
"""Writes the PTX that `--ckpt-lower-to-nvvm="format=isa"` embeds in each
gpu.binary (read from stdin) to PREFIX.0, PREFIX.1, ..., for ptxas.

usage: ckpt-opt ... format=isa | extract_ptx.py PREFIX
"""

import re
import sys


def unescape(text):
    # MLIR prints non-printable bytes of string attributes as \XX.
    return re.sub(r"\\([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)),
                  text).replace("\\\\", "\\")


def main():
    assemblies = re.findall(r'assembly = "(.*?)"', sys.stdin.read(), re.S)
    if not assemblies:
        sys.exit("extract_ptx: no gpu.binary with PTX in the input")
    for i, text in enumerate(assemblies):
        with open("%s.%d" % (sys.argv[1], i), "w") as f:
            f.write(unescape(text))
    print("%d kernels" % len(assemblies))


if __name__ == "__main__":
    main()
