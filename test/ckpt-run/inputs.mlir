// --input validation (count, shape, dtype, malformed files), ranks 0..4,
// f64/i64 round trips, scalar arguments from rank-0 files, and --seed.
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python -c "import numpy as np; d='%t/'; \
// RUN:   np.save(d+'r0.npy', np.array(2.0, np.float32)); \
// RUN:   np.save(d+'r1.npy', np.arange(3, dtype=np.float64)); \
// RUN:   np.save(d+'r2.npy', np.arange(6, dtype=np.int64).reshape(2, 3)); \
// RUN:   np.save(d+'r3.npy', np.ones((2, 1, 3), np.float32)); \
// RUN:   np.save(d+'r4.npy', np.arange(24, dtype=np.float32).reshape(1, 2, 3, 4)); \
// RUN:   np.save(d+'s.npy', np.array(7, np.int64)); \
// RUN:   np.save(d+'wrongshape.npy', np.ones((3, 2), np.int64)); \
// RUN:   np.save(d+'wrongdtype.npy', np.ones((3,), np.float32)); \
// RUN:   np.save(d+'i32.npy', np.ones((3,), np.int32)); \
// RUN:   np.save(d+'big.npy', np.ones((3,), '>f8')); \
// RUN:   np.save(d+'fortran.npy', np.asfortranarray(np.ones((2, 3), np.int64))); \
// RUN:   np.save(d+'rank5.npy', np.ones((1, 1, 1, 1, 1), np.float32)); \
// RUN:   open(d+'trunc.npy', 'wb').write(open(d+'r4.npy', 'rb').read()[:-4])"
// RUN: ckpt-run %s --entry=ranks --input=%t/r0.npy --input=%t/r1.npy --input=%t/r2.npy --input=%t/r3.npy --input=%t/r4.npy --input=%t/s.npy --output-dir=%t/out --json | FileCheck %s --check-prefix=RANKS
// RUN: %python -c "import numpy as np; d='%t/'; \
// RUN:   [print(i, np.array_equal(np.load(d+'out/out%%d.npy' %% i), np.load(d+n)), np.load(d+'out/out%%d.npy' %% i).dtype) \
// RUN:    for i, n in enumerate(['r0.npy', 'r1.npy', 'r2.npy', 'r3.npy', 'r4.npy', 's.npy'])]" | FileCheck %s --check-prefix=SAME
// RUN: not ckpt-run %s --entry=ranks --input=%t/r0.npy 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: not ckpt-run %s --entry=ranks --input=%t/r0.npy --input=%t/r1.npy --input=%t/wrongshape.npy --input=%t/r3.npy --input=%t/r4.npy --input=%t/s.npy 2>&1 | FileCheck %s --check-prefix=SHAPE
// RUN: not ckpt-run %s --entry=ranks --input=%t/r0.npy --input=%t/wrongdtype.npy --input=%t/r2.npy --input=%t/r3.npy --input=%t/r4.npy --input=%t/s.npy 2>&1 | FileCheck %s --check-prefix=DTYPE
// RUN: not ckpt-run %s --entry=ranks --input=%t/r0.npy --input=%t/r1.npy --input=%t/r2.npy --input=%t/r3.npy --input=%t/r4.npy --input=%t/r2.npy 2>&1 | FileCheck %s --check-prefix=SCALAR
// RUN: not ckpt-run %s --entry=ranks --input=%t/i32.npy 2>&1 | FileCheck %s --check-prefix=I32
// RUN: not ckpt-run %s --entry=ranks --input=%t/big.npy 2>&1 | FileCheck %s --check-prefix=BIG
// RUN: not ckpt-run %s --entry=ranks --input=%t/fortran.npy 2>&1 | FileCheck %s --check-prefix=FORTRAN
// RUN: not ckpt-run %s --entry=ranks --input=%t/rank5.npy 2>&1 | FileCheck %s --check-prefix=RANK5
// RUN: not ckpt-run %s --entry=ranks --input=%t/trunc.npy 2>&1 | FileCheck %s --check-prefix=TRUNC
// RUN: ckpt-run %s --entry=seeded --seed=7 --output-dir=%t/s7a
// RUN: ckpt-run %s --entry=seeded --seed=7 --output-dir=%t/s7b
// RUN: ckpt-run %s --entry=seeded --seed=8 --output-dir=%t/s8
// RUN: %python -c "import numpy as np; d='%t/'; a = np.load(d+'s7a/out0.npy'); \
// RUN:   print(np.array_equal(a, np.load(d+'s7b/out0.npy')), np.array_equal(a, np.load(d+'s8/out0.npy')), \
// RUN:         bool(a.min() >= -1 and a.max() < 1), a.std() > 0.3)" | FileCheck %s --check-prefix=SEED

// RANKS: "outputs":[{"shape":[],"dtype":"f32",{{.*}}},{"shape":[3],"dtype":"f64",{{.*}}},{"shape":[2,3],"dtype":"i64",{{.*}}},{"shape":[2,1,3],"dtype":"f32",{{.*}}},{"shape":[1,2,3,4],"dtype":"f32",{{.*}}},{"shape":[],"dtype":"i64",{{.*}}}]
// SAME: 0 True float32
// SAME: 1 True float64
// SAME: 2 True int64
// SAME: 3 True float32
// SAME: 4 True float32
// SAME: 5 True int64
// COUNT: ckpt-run: error: entry 'ranks' takes 6 argument(s) but 1 --input file(s) were given{{$}}
// SHAPE: ckpt-run: error: '{{.*}}wrongshape.npy' holds i64[3, 2] but argument #2 of 'ranks' expects i64[2, 3]{{$}}
// DTYPE: ckpt-run: error: '{{.*}}wrongdtype.npy' holds f32[3] but argument #1 of 'ranks' expects f64[3]{{$}}
// SCALAR: ckpt-run: error: '{{.*}}r2.npy' holds i64[2, 3] but argument #5 of 'ranks' expects i64[] (a rank-0 array for a scalar){{$}}
// I32: ckpt-run: error: '{{.*}}i32.npy': unsupported dtype '<i4', expected one of '<f4' (f32), '<f8' (f64), '<i8' (i64){{$}}
// BIG: ckpt-run: error: '{{.*}}big.npy': unsupported dtype '>f8'{{.*}}
// FORTRAN: ckpt-run: error: '{{.*}}fortran.npy': Fortran-ordered arrays are not supported, save a C-ordered array{{$}}
// RANK5: ckpt-run: error: '{{.*}}rank5.npy': rank 5 is not supported (at most 4){{$}}
// TRUNC: ckpt-run: error: '{{.*}}trunc.npy': holds 92 data bytes, shape [1, 2, 3, 4] of f32 needs 96{{$}}
// SEED: True False True True

func.func @ranks(%a: tensor<f32>, %b: tensor<3xf64>, %c: tensor<2x3xi64>,
                 %d: memref<2x1x3xf32>, %e: tensor<1x2x3x4xf32>, %s: i64)
    -> (tensor<f32>, tensor<3xf64>, tensor<2x3xi64>, tensor<2x1x3xf32>,
        tensor<1x2x3x4xf32>, i64) {
  %dt = bufferization.to_tensor %d restrict : memref<2x1x3xf32> to tensor<2x1x3xf32>
  // Copies, so that results are fresh buffers and not the arguments.
  %a1 = arith.addf %a, %a : tensor<f32>
  %a2 = arith.subf %a1, %a : tensor<f32>
  %b1 = arith.negf %b : tensor<3xf64>
  %b2 = arith.negf %b1 : tensor<3xf64>
  %c1 = arith.addi %c, %c : tensor<2x3xi64>
  %c2 = arith.subi %c1, %c : tensor<2x3xi64>
  %d1 = arith.negf %dt : tensor<2x1x3xf32>
  %d2 = arith.negf %d1 : tensor<2x1x3xf32>
  %e1 = arith.negf %e : tensor<1x2x3x4xf32>
  %e2 = arith.negf %e1 : tensor<1x2x3x4xf32>
  return %a2, %b2, %c2, %d2, %e2, %s
      : tensor<f32>, tensor<3xf64>, tensor<2x3xi64>, tensor<2x1x3xf32>, tensor<1x2x3x4xf32>, i64
}

func.func @seeded(%a: tensor<64xf32>) -> tensor<64xf32> {
  %n = arith.negf %a : tensor<64xf32>
  %p = arith.negf %n : tensor<64xf32>
  return %p : tensor<64xf32>
}
