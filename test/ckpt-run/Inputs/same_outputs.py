"""Checks that DIR/<run>/out<i>.npy are byte-identical across runs."""
import os
import sys

import numpy as np

base, runs = sys.argv[1], sys.argv[2:]
names = sorted(f for f in os.listdir(os.path.join(base, runs[0]))
               if f.endswith(".npy"))
for name in names:
    first = np.load(os.path.join(base, runs[0], name))
    for run in runs[1:]:
        other = np.load(os.path.join(base, run, name))
        if first.dtype != other.dtype or first.shape != other.shape or \
                first.tobytes() != other.tobytes():
            sys.exit("%s differs between %s and %s" % (name, runs[0], run))
print("%d outputs identical in %s" % (len(names), ", ".join(runs)))
