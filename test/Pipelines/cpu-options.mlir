// --ckpt-lower-to-cpu's options, each against its default.
// RUN: ckpt-opt %s --ckpt-lower-to-cpu | FileCheck %s --check-prefix=DEFAULT
// RUN: ckpt-opt %s --ckpt-lower-to-cpu="blas=false" | FileCheck %s --check-prefix=NOBLAS
// RUN: ckpt-opt %s --ckpt-lower-to-cpu="approximate-math=false" | FileCheck %s --check-prefix=LIBM
// RUN: ckpt-opt %s --ckpt-lower-to-cpu="chunk-ops=0" | FileCheck %s --check-prefix=NOSPLIT
// RUN: ckpt-opt %s --ckpt-lower-to-cpu="parallel=true parallel-min-iterations=32" | FileCheck %s --check-prefix=PAR
// RUN: ckpt-opt %s --ckpt-lower-to-cpu="parallel=true" | FileCheck %s --check-prefix=PARSMALL
// RUN: not ckpt-opt %s --ckpt-lower-to-cpu="blas=maybe" 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not ckpt-opt %s --ckpt-lower-to-cpu="threads=2" 2>&1 | FileCheck %s --check-prefix=UNKNOWN

// Defaults: the product is a BLAS call, f32 tanh is arithmetic (no libm
// call), and each loop nest is a function of its own.
// DEFAULT-DAG: llvm.func internal @f__loop0(
// DEFAULT-DAG: llvm.call @ckptBlasGemmF32(
// DEFAULT-NOT: tanh
// DEFAULT-NOT: omp.

// With parallel=true, the tanh loop nest (8x4 = 32 iterations) forks an
// OpenMP team when it has at least parallel-min-iterations (default 16384:
// it stays serial).
// PAR: llvm.func internal @f__loop0(
// PAR: omp.parallel {
// PAR: omp.wsloop {
// PAR: omp.loop_nest
// PARSMALL-NOT: omp.

// NOBLAS-NOT: ckptBlasGemm
// NOBLAS: llvm.func @f(

// LIBM: llvm.intr.tanh

// NOSPLIT-NOT: __loop
// NOSPLIT: llvm.func @f(
// NOSPLIT-NOT: __loop

// BAD: 'maybe' is invalid value for boolean argument
// UNKNOWN: no such option threads

func.func @f(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>) -> tensor<8x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8x4xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<8x4xf32>) -> tensor<8x4xf32>
  %p = linalg.matmul ins(%a, %b : tensor<8x16xf32>, tensor<16x4xf32>)
                     outs(%z : tensor<8x4xf32>) -> tensor<8x4xf32>
  %t = math.tanh %p : tensor<8x4xf32>
  return %t : tensor<8x4xf32>
}
