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

    @staticmethod
    def imports_ckpt(path):
        try:
            with open(path, errors="replace") as f:
                return re.search(r"^\s*(import ckpt|from ckpt)", f.read(),
                                 re.M) is not None
        except OSError:
            return False

    def needs_package(self, test):
        path = test.getSourcePath()
        with open(path, errors="replace") as f:
            runs = [l for l in f if "RUN:" in l and "%python" in l]
        for line in runs:
            if re.search(r"\bimport ckpt|from ckpt", line):
                return True
            if re.search(r"%s\b", line) and self.imports_ckpt(path):
                return True
            # python -c "sys.path.insert(0, DIR); import M": M may use ckpt.
            for folder in re.findall(r"insert\(0, *'([^']+)'\)", line):
                folder = folder.replace("%ckpt_src", self.src_root)
                for module in re.findall(r"\bimport (\w+)", line):
                    if self.imports_ckpt(os.path.join(folder, module + ".py")):
                        return True
            for root, rest in self.SCRIPT.findall(line):
                base = (os.path.dirname(path) if root == "%S"
                        else self.src_root)
                if self.imports_ckpt(base + rest):
                    return True
        return False

    def execute(self, test, litConfig):
        if self.needs_package(test):
            return lit.Test.Result(
                lit.Test.UNSUPPORTED,
                "uses the ckpt Python package, not built with sanitizers")
        return super().execute(test, litConfig)
