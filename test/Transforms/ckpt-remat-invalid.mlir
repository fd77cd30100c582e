// RUN: ckpt-opt %s -split-input-file -verify-diagnostics --ckpt-remat="memory-budget=150KB"
// RUN: not ckpt-opt %s --ckpt-remat="memory-budget=12XB" 2>&1 | FileCheck %s --check-prefix=SUFFIX
// RUN: not ckpt-opt %s --ckpt-remat="memory-budget=lots" 2>&1 | FileCheck %s --check-prefix=NUMBER
// RUN: not ckpt-opt %s --ckpt-remat="" 2>&1 | FileCheck %s --check-prefix=NOBUDGET
// RUN: not ckpt-opt %s --ckpt-remat="memory-budget=" 2>&1 | FileCheck %s --check-prefix=NOBUDGET
// RUN: not ckpt-opt %s --ckpt-remat="memory-budget=1GB report=/nonexistent/dir/r.json" 2>&1 | FileCheck %s --check-prefix=REPORT

// SUFFIX: error: ckpt-remat: memory-budget: unknown size suffix 'XB' in '12XB': expected B, KB, MB, GB, KiB, MiB or GiB
// NUMBER: error: ckpt-remat: memory-budget: 'lots' is not a size: expected a non-negative number with an optional suffix B, KB, MB, GB, KiB, MiB or GiB
// NOBUDGET: error: ckpt-remat: memory-budget=<bytes> is required
// REPORT: error: ckpt-remat: cannot write the report '/nonexistent/dir/r.json'

// Four layers and their backward: 6 buffers of 64 KiB unplanned. Fewer
// than three (a matmul, its input and the gradient or output kept beside
// them) cannot be; the error gives the least peak that the solver's
// tightest schedules reach.
// expected-error @+1 {{ckpt-remat: @joint cannot fit the budget of 150000 bytes: the least peak reached is 196608 bytes}}
func.func @joint(%x: tensor<128x128xf32>, %w: tensor<128x128xf32>, %g: tensor<128x128xf32>) -> (tensor<128x128xf32>, tensor<128x128xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<128x128xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<128x128xf32>) -> tensor<128x128xf32>
  %m1 = linalg.matmul ins(%x, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %a1 = math.tanh %m1 : tensor<128x128xf32>
  %m2 = linalg.matmul ins(%a1, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %a2 = math.tanh %m2 : tensor<128x128xf32>
  %m3 = linalg.matmul ins(%a2, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %a3 = math.tanh %m3 : tensor<128x128xf32>
  %m4 = linalg.matmul ins(%a3, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %a4 = math.tanh %m4 : tensor<128x128xf32>
  %p4 = arith.mulf %g, %a4 : tensor<128x128xf32>
  %g4 = linalg.matmul ins(%p4, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %p3 = arith.mulf %g4, %a3 : tensor<128x128xf32>
  %g3 = linalg.matmul ins(%p3, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %p2 = arith.mulf %g3, %a2 : tensor<128x128xf32>
  %g2 = linalg.matmul ins(%p2, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  %p1 = arith.mulf %g2, %a1 : tensor<128x128xf32>
  %g1 = linalg.matmul ins(%p1, %w : tensor<128x128xf32>, tensor<128x128xf32>) outs(%z : tensor<128x128xf32>) -> tensor<128x128xf32>
  return %a4, %g1 : tensor<128x128xf32>, tensor<128x128xf32>
}

// -----

// A callee with control flow cannot be inlined into the schedule.
func.func private @branchy(%c: i1, %x: tensor<256x256xf32>) -> tensor<256x256xf32> {
  cf.cond_br %c, ^a, ^b
^a:
  %y = math.tanh %x : tensor<256x256xf32>
  return %y : tensor<256x256xf32>
^b:
  return %x : tensor<256x256xf32>
}
func.func @caller(%c: i1, %x: tensor<256x256xf32>) -> tensor<256x256xf32> {
  %a = math.exp %x : tensor<256x256xf32>
  // expected-error @+1 {{ckpt-remat: callee @branchy has more than one block}}
  %b = func.call @branchy(%c, %a) : (i1, tensor<256x256xf32>) -> tensor<256x256xf32>
  %d = arith.addf %a, %b : tensor<256x256xf32>
  return %d : tensor<256x256xf32>
}

// -----

// Two functions over the budget: one error, for the first; the pass stops
// there.
// expected-error @+1 {{ckpt-remat: @first cannot fit the budget of 150000 bytes: the least peak reached is 262144 bytes}}
func.func @first(%x: tensor<256x256xf32>) -> tensor<256x256xf32> {
  %y = math.tanh %x : tensor<256x256xf32>
  return %y : tensor<256x256xf32>
}
func.func @second(%x: tensor<256x256xf32>) -> tensor<256x256xf32> {
  %y = math.exp %x : tensor<256x256xf32>
  return %y : tensor<256x256xf32>
}
