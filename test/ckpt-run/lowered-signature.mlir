// --ckpt-lower-to-cpu records each public function's tensor-level signature
// as `ckpt.signature`, which survives to the llvm.func; ckpt-run checks an
// already lowered module's --input arrays against it (issue #13: a (1, 1)
// array given for a 4096x4096 argument was read out of bounds, f64 data for
// an f32 argument gave wrong numbers with exit 0).
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python -c "import numpy as np; d='%t/'; \
// RUN:   np.save(d+'one.npy', np.ones((1, 1), np.float32)); \
// RUN:   np.save(d+'f64.npy', np.ones((2, 3), np.float64)); \
// RUN:   np.save(d+'f32.npy', np.full((2, 3), 2.0, np.float32))"
// RUN: ckpt-opt %s --ckpt-lower-to-cpu -o %t/lowered.mlir
// RUN: FileCheck %s --check-prefix=RECORD --input-file=%t/lowered.mlir
// RUN: not ckpt-run %t/lowered.mlir --entry=big --input=%t/one.npy 2>&1 | FileCheck %s --check-prefix=SHAPE
// RUN: not ckpt-run %t/lowered.mlir --entry=small --input=%t/f64.npy 2>&1 | FileCheck %s --check-prefix=DTYPE
// RUN: not ckpt-run %t/lowered.mlir --entry=small --input=%t/f32.npy --input=%t/f32.npy 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: ckpt-run %t/lowered.mlir --entry=small --input=%t/f32.npy | FileCheck %s --check-prefix=RUNS
// The record also lets seeded inputs be made for a lowered module, the same
// as for the tensor-level one.
// RUN: ckpt-run %t/lowered.mlir --entry=small --seed=5 --output-dir=%t/lo
// RUN: ckpt-run %s --entry=small --seed=5 --output-dir=%t/hi
// RUN: cmp %t/lo/out0.npy %t/hi/out0.npy
// A lowered entry without the record is refused: its inputs cannot be checked.
// RUN: sed 's/ckpt\.signature/other.attr/' %t/lowered.mlir | not ckpt-run - --entry=small --input=%t/f32.npy 2>&1 | FileCheck %s --check-prefix=NORECORD
// RUN: sed 's/ckpt\.signature = [^,}]*/ckpt.signature = i64/' %t/lowered.mlir | not ckpt-run - --entry=small --input=%t/f32.npy 2>&1 | FileCheck %s --check-prefix=MALFORMED

// RECORD-DAG: llvm.func @big({{.*}}ckpt.signature = (tensor<4096x4096xf32>) -> tensor<4096x4096xf32>
// RECORD-DAG: llvm.func @small({{.*}}ckpt.signature = (tensor<2x3xf32>) -> tensor<2x3xf32>
// SHAPE: ckpt-run: error: '{{.*}}one.npy' holds f32[1, 1] but argument #0 of 'big' expects f32[4096, 4096]{{$}}
// SHAPE-NOT: {{.}}
// DTYPE: ckpt-run: error: '{{.*}}f64.npy' holds f64[2, 3] but argument #0 of 'small' expects f32[2, 3]{{$}}
// DTYPE-NOT: {{.}}
// COUNT: ckpt-run: error: entry 'small' takes 1 argument(s) but 2 --input file(s) were given{{$}}
// RUNS: out0: f32[2, 3] = [-2, -2, -2, -2, -2, -2]
// NORECORD: ckpt-run: error: entry 'small' is already lowered to the LLVM dialect and carries no 'ckpt.signature' record of its tensor-level signature, so its inputs cannot be checked; lower it with ckpt-opt --ckpt-lower-to-cpu (which records it) or run the tensor-level module{{$}}
// NORECORD-NOT: {{.}}
// MALFORMED: ckpt-run: error: entry 'small' has a malformed 'ckpt.signature' attribute: expected a function type{{$}}

func.func @big(%a: tensor<4096x4096xf32>) -> tensor<4096x4096xf32> {
  %n = arith.negf %a : tensor<4096x4096xf32>
  return %n : tensor<4096x4096xf32>
}

func.func @small(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %n = arith.negf %a : tensor<2x3xf32>
  return %n : tensor<2x3xf32>
}
