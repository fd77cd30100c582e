# -*- Python -*-
# ckpt's GoogleTest unit tests (unittests/), a suite of its own inside
# check-ckpt, as upstream MLIR's test/Unit: every executable named *Tests
# under build/unittests is one source of tests.

import os

import lit.formats

config.name = "CKPT-Unit"
config.suffixes = []
config.test_exec_root = os.path.join(config.ckpt_obj_root, "unittests")
config.test_source_root = config.test_exec_root
config.test_format = lit.formats.GoogleTest(".", "Tests")
