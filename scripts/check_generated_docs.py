#!/usr/bin/env python3
"""Checks that docs/generated/ is what `make docs` would write.

    check_generated_docs.py BUILD_DIR SOURCE_DIR

BUILD_DIR/docs/*/*.md are the mlir-doc target's outputs (TableGen'd op,
dialect and pass references); SOURCE_DIR/docs/generated holds the
committed copies. Prints one line per difference and exits 1 if any:
a stale, missing or extra page. Run `make docs` to refresh them.
"""

import filecmp
import pathlib
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    built = {p.name: p for p in pathlib.Path(sys.argv[1], "docs").glob("*/*.md")}
    committed = {p.name: p
                 for p in pathlib.Path(sys.argv[2], "docs", "generated").glob("*.md")}
    if not built:
        sys.exit(f"no generated docs under {sys.argv[1]}/docs: build mlir-doc")
    problems = []
    for name in sorted(built.keys() - committed.keys()):
        problems.append(f"docs/generated/{name}: missing")
    for name in sorted(committed.keys() - built.keys()):
        problems.append(f"docs/generated/{name}: no TableGen source makes it")
    for name in sorted(built.keys() & committed.keys()):
        if not filecmp.cmp(built[name], committed[name], shallow=False):
            problems.append(f"docs/generated/{name}: stale")
    for line in problems:
        print(line)
    if problems:
        print("run `make docs` and commit docs/generated")
        return 1
    print(f"docs/generated: {len(built)} pages up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
