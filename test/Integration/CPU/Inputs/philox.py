"""Reference of ckpt.random_uniform's bit stream (docs/Random.md) in numpy.

Philox-4x32-10 (Salmon et al., SC 2011): element i of the row-major
flattened result is one block with key (lo32(seed), hi32(seed)) and counter
(lo32(offset + i), hi32(offset + i), 0, 0), the sum modulo 2**64; f32 is
(x0 >> 8) * 2**-24, f64 is ((x0 << 32 | x1) >> 11) * 2**-53.
"""

import numpy as np

M0, M1 = 0xD2511F53, 0xCD9E8D57
W0, W1 = 0x9E3779B9, 0xBB67AE85
MASK = np.uint64(0xFFFFFFFF)


def philox4x32_10(counter, key):
    """The four output words of each block; `counter` is four arrays (or
    ints) of 32-bit words, `key` two. Works on uint64 arrays elementwise."""
    c = [np.asarray(w, dtype=np.uint64) & MASK for w in counter]
    k0, k1 = (np.uint64(int(w) & 0xFFFFFFFF) for w in key)
    for r in range(10):
        if r:
            k0 = (k0 + np.uint64(W0)) & MASK
            k1 = (k1 + np.uint64(W1)) & MASK
        p0 = np.uint64(M0) * c[0]
        p1 = np.uint64(M1) * c[2]
        c = [(p1 >> np.uint64(32)) ^ c[1] ^ k0, p1 & MASK,
             (p0 >> np.uint64(32)) ^ c[3] ^ k1, p0 & MASK]
    return c


def random_uniform(seed, offset, shape, dtype):
    """What `ckpt.random_uniform %seed, %offset : tensor<shape x dtype>` is."""
    n = int(np.prod(shape, dtype=np.int64))
    seed &= (1 << 64) - 1
    ctr = (np.uint64(offset & ((1 << 64) - 1)) +
           np.arange(n, dtype=np.uint64))  # wraps modulo 2**64
    x = philox4x32_10([ctr & MASK, ctr >> np.uint64(32), 0, 0],
                      [seed & 0xFFFFFFFF, seed >> 32])
    if np.dtype(dtype) == np.float32:
        v = (x[0] >> np.uint64(8)).astype(np.float32) * np.float32(2.0 ** -24)
    else:
        bits = ((x[0] << np.uint64(32)) | x[1]) >> np.uint64(11)
        v = bits.astype(np.float64) * 2.0 ** -53
    return v.reshape(shape)


# Known answers of Random123's kat_vectors for philox4x32_10.
KNOWN_ANSWERS = [
    ([0, 0, 0, 0], [0, 0], [0x6627E8D5, 0xE169C58D, 0xBC57AC4C, 0x9B00DBD8]),
    ([0xFFFFFFFF] * 4, [0xFFFFFFFF] * 2,
     [0x408F276D, 0x41C83B0E, 0xA20BC7C6, 0x6D5451FD]),
    ([0x243F6A88, 0x85A308D3, 0x13198A2E, 0x03707344],
     [0xA4093822, 0x299F31D0],
     [0xD16CFE09, 0x94FDCCEB, 0x5001E420, 0x24126EA1]),
]


def check_known_answers():
    for counter, key, expected in KNOWN_ANSWERS:
        got = [int(w) for w in philox4x32_10(counter, key)]
        if got != expected:
            raise AssertionError("philox4x32_10(%s, %s) = %s, expected %s" %
                                 ([hex(w) for w in counter],
                                  [hex(w) for w in key],
                                  [hex(w) for w in got],
                                  [hex(w) for w in expected]))
