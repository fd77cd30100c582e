// A .npy header is read and checked before any data, and only the bytes it
// announces are read: an endless or non-.npy file fails fast, a short or long
// one is refused (issue #13: --input=/dev/zero never returned). `timeout`
// turns a regression into a failure instead of a hang.
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python -c "import numpy as np; d='%t/'; \
// RUN:   np.save(d+'a.npy', np.arange(6, dtype=np.float32).reshape(2, 3)); \
// RUN:   raw = open(d+'a.npy', 'rb').read(); \
// RUN:   open(d+'head.npy', 'wb').write(raw[:-24]); \
// RUN:   open(d+'cuthead.npy', 'wb').write(raw[:30]); \
// RUN:   open(d+'short.npy', 'wb').write(raw[:-1]); \
// RUN:   open(d+'long.npy', 'wb').write(raw + b'x'); \
// RUN:   f = open(d+'overflow.npy', 'wb'); \
// RUN:   np.lib.format.write_array_header_1_0(f, {'descr': '<f4', 'fortran_order': False, 'shape': (999999999999999, 999999999999999)}); \
// RUN:   f.close(); \
// RUN:   f = open(d+'bighdr.npy', 'wb'); f.write(b'\x93NUMPY\x02\x00' + (1 << 30).to_bytes(4, 'little')); f.close()"
// RUN: ckpt-run %s --entry=main --input=%t/a.npy | FileCheck %s --check-prefix=OK
// RUN: not timeout 20 ckpt-run %s --entry=main --input=/dev/zero 2>&1 | FileCheck %s --check-prefix=ZERO
// RUN: not timeout 20 sh -c "cat %t/head.npy /dev/zero | ckpt-run %s --entry=main --input=/dev/stdin" 2>&1 | FileCheck %s --check-prefix=ENDLESS
// RUN: not ckpt-run %s --entry=main --input=%t/cuthead.npy 2>&1 | FileCheck %s --check-prefix=CUTHEAD
// RUN: not ckpt-run %s --entry=main --input=%t/short.npy 2>&1 | FileCheck %s --check-prefix=SHORT
// RUN: not timeout 20 sh -c "cat %t/short.npy | ckpt-run %s --entry=main --input=/dev/stdin" 2>&1 | FileCheck %s --check-prefix=SHORT
// RUN: not ckpt-run %s --entry=main --input=%t/long.npy 2>&1 | FileCheck %s --check-prefix=LONG
// RUN: not ckpt-run %s --entry=main --input=%t/overflow.npy 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: not ckpt-run %s --entry=main --input=%t/bighdr.npy 2>&1 | FileCheck %s --check-prefix=BIGHDR

// OK: out0: f32[2, 3] = [-0, -1, -2, -3, -4, -5]
// ZERO: ckpt-run: error: '/dev/zero': not a .npy file (bad magic){{$}}
// ZERO-NOT: {{.}}
// ENDLESS: ckpt-run: error: '/dev/stdin': holds more than 24 data bytes, shape [2, 3] of f32 needs 24{{$}}
// ENDLESS-NOT: {{.}}
// CUTHEAD: ckpt-run: error: '{{.*}}cuthead.npy': truncated .npy header{{$}}
// CUTHEAD-NOT: {{.}}
// SHORT: ckpt-run: error: '{{.*}}': holds 23 data bytes, shape [2, 3] of f32 needs 24{{$}}
// SHORT-NOT: {{.}}
// LONG: ckpt-run: error: '{{.*}}long.npy': holds 25 data bytes, shape [2, 3] of f32 needs 24{{$}}
// LONG-NOT: {{.}}
// OVERFLOW: ckpt-run: error: '{{.*}}overflow.npy': shape [999999999999999, 999999999999999] of f32 is too large (its size in bytes overflows or exceeds 1099511627776){{$}}
// OVERFLOW-NOT: {{.}}
// BIGHDR: ckpt-run: error: '{{.*}}bighdr.npy': header of 1073741824 bytes is too long (at most 65536){{$}}
// BIGHDR-NOT: {{.}}

func.func @main(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %n = arith.negf %a : tensor<2x3xf32>
  return %n : tensor<2x3xf32>
}
