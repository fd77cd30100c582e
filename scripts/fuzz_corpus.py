#!/usr/bin/env python3
"""Seeds for ckpt-opt-fuzzer (make fuzz-lib): every .mlir file under the
given test directory, split at `// -----` as -split-input-file does, one
seed file per piece, lit's RUN/CHECK comment lines dropped.

  fuzz_corpus.py TEST_DIR OUT_DIR
"""

import hashlib
import os
import re
import sys


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    count = 0
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith(".mlir"):
                continue
            with open(os.path.join(root, name), errors="replace") as f:
                text = f.read()
            for piece in re.split(r"^// -----\s*$", text, flags=re.M):
                piece = "\n".join(l for l in piece.splitlines()
                                  if not re.match(r"\s*//", l)).strip() + "\n"
                if len(piece) < 8 or len(piece) > 8192:
                    continue
                digest = hashlib.sha1(piece.encode()).hexdigest()[:16]
                with open(os.path.join(out, digest + ".mlir"), "w") as f:
                    f.write(piece)
                count += 1
    print("fuzz_corpus: %d seeds in %s" % (count, out))


if __name__ == "__main__":
    main()
