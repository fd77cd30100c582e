"""The lit test format of sanitizer builds (make check-sanitize)."""

import os
import re

import lit.formats
import lit.Test


class SanitizedShTest(lit.formats.ShTest):
    """In a sanitizer build (make check-sanitize) the Python package is not
    built (its extension would need the sanitizer runtime preloaded into
    python): a test whose RUN lines reach it, through %python running a
    script that imports ckpt or `-c "import ckpt..."`, is UNSUPPORTED."""

    def __init__(self, src_root, execute_external):
        super().__init__(execute_external)
        self.src_root = src_root

    SCRIPT = re.compile(r"(%S|%ckpt_src)(/[\w./-]+\.py)")

    def needs_package(self, test):
        path = test.getSourcePath()
        with open(path, errors="replace") as f:
            runs = [l for l in f if "RUN:" in l and "%python" in l]
        for line in runs:
            if re.search(r"\bimport ckpt|from ckpt", line):
                return True
            for root, rest in self.SCRIPT.findall(line):
                base = (os.path.dirname(path) if root == "%S"
                        else self.src_root)
                try:
                    with open(base + rest, errors="replace") as f:
                        if re.search(r"^\s*(import ckpt|from ckpt)", f.read(),
                                     re.M):
                            return True
                except OSError:
                    pass
        return False

    def execute(self, test, litConfig):
        if self.needs_package(test):
            return lit.Test.Result(
                lit.Test.UNSUPPORTED,
                "uses the ckpt Python package, not built with sanitizers")
        return super().execute(test, litConfig)
