// RUN: ckpt-opt %s --ckpt-mixed-precision="dtype=bf16" --ckpt-lower-to-nvvm="chip=sm_90 format=isa" | FileCheck %s

// Mixed precision on the GPU: the bf16 step's matmuls (bf16 x bf16 -> f32,
// forward and backward) go to cuBLAS GemmEx with f32 accumulation on the
// tensor cores; the casts and the rest run in sm_90 kernels that convert
// with cvt.rn.bf16.f32. (Checked by FileCheck only: no GPU on the build
// machines.)

// CHECK-LABEL: llvm.func @mlp(
// CHECK: llvm.call @ckptCublasGemmF32
// CHECK: llvm.return
// CHECK-LABEL: llvm.func @step(
// CHECK-NOT: llvm.call @ckptCublasGemmF32
// CHECK: llvm.call @ckptCublasGemmBF16F32
// CHECK: llvm.call @ckptCublasGemmBF16F32
// CHECK-NOT: llvm.call @ckptCublasGemmF32
// CHECK: llvm.return
// CHECK: cvt.rn.bf16.f32

#id = affine_map<(d0, d1) -> (d0, d1)>
#all = affine_map<(d0, d1) -> ()>
func.func @mlp(%w: tensor<8x8xf32>, %x: tensor<4x8xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %m = linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>
  %t = math.tanh %m : tensor<4x8xf32>
  %sq = arith.mulf %t, %t : tensor<4x8xf32>
  %le = tensor.empty() : tensor<f32>
  %lf = linalg.fill ins(%z : f32) outs(%le : tensor<f32>) -> tensor<f32>
  %l = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]} ins(%sq : tensor<4x8xf32>) outs(%lf : tensor<f32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  } -> tensor<f32>
  return %l : tensor<f32>
}
func.func @step(%w: tensor<8x8xf32>, %x: tensor<4x8xf32>) -> (tensor<f32>, tensor<8x8xf32>) {
  %l, %g = ckpt.value_and_grad @mlp(%w, %x) wrt [0] : (tensor<8x8xf32>, tensor<4x8xf32>) -> (tensor<f32>, tensor<8x8xf32>)
  return %l, %g : tensor<f32>, tensor<8x8xf32>
}

