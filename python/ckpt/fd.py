"""Central finite differences, to check gradients ckpt computes.

    grads = ckpt.fd.gradient(lambda x, w: float(np.sum(np.tanh(x @ w))), [x, w])
    assert ckpt.fd.rel_error(grads[1], ckpt_grad_w) < 1e-3
"""

import numpy as np


def gradient(f, args, wrt=None, eps=1e-3):
    """Gradients of the scalar function `f(*args)` by central differences.

    `args` are numpy arrays (or Python scalars); `wrt` lists the indices to
    differentiate (all by default). Each element is perturbed by +-eps in
    float64, and the result has the argument's shape in float64. Integer
    arguments cannot be differentiated.
    """
    base = [np.array(a, dtype=np.float64) for a in args]
    dtypes = [np.asarray(a).dtype for a in args]
    indices = range(len(args)) if wrt is None else wrt
    grads = []
    for k in indices:
        if not np.issubdtype(dtypes[k], np.floating):
            raise TypeError("argument %d has dtype %s; only floating "
                            "arguments can be differentiated" % (k, dtypes[k]))
        grad = np.zeros_like(base[k])
        flat, gflat = base[k].reshape(-1), grad.reshape(-1)
        for i in range(flat.size):
            saved = flat[i]
            flat[i] = saved + eps
            plus = float(f(*_cast(base, dtypes)))
            flat[i] = saved - eps
            minus = float(f(*_cast(base, dtypes)))
            flat[i] = saved
            gflat[i] = (plus - minus) / (2.0 * eps)
        grads.append(grad)
    return grads


def _cast(arrays, dtypes):
    return [a.astype(d) if a.ndim else d.type(a) for a, d in zip(arrays, dtypes)]


def rel_error(actual, expected, floor=1e-8):
    """max |actual - expected| / max(max |expected|, floor), in float64."""
    actual = np.asarray(actual, dtype=np.float64)
    expected = np.asarray(expected, dtype=np.float64)
    if actual.shape != expected.shape:
        raise ValueError("shapes differ: %s vs %s" %
                         (actual.shape, expected.shape))
    scale = max(float(np.max(np.abs(expected), initial=0.0)), floor)
    return float(np.max(np.abs(actual - expected), initial=0.0)) / scale
