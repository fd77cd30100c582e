// A checkpointed training step through autodiff and the GPU pipeline: the
// outlined backward of the checkpoint region (no_inline, private) takes
// device buffers, the dealloc helper stays on the host, the GEMMs of both
// passes go to cuBLAS.
// RUN: ckpt-opt %s --ckpt-autodiff | ckpt-opt --ckpt-lower-to-nvvm="format=isa" | FileCheck %s

// CHECK-LABEL: llvm.func @main(
// CHECK:         llvm.call @mgpuMemcpy
// CHECK:         llvm.call @ckptCublasGemmF32
// CHECK:         llvm.call @__grad_loss_wrt_1_2_bwd_layer1_0(
// CHECK:         llvm.return
// CHECK-LABEL: llvm.func @__grad_loss_wrt_1_2_bwd_layer1_0(
// CHECK-NOT:     llvm.call @mgpuMemcpy
// CHECK:         llvm.call @ckptCublasGemmF32
// CHECK-NOT:     llvm.call @mgpuMemcpy
// CHECK:         llvm.return

func.func @loss(%x: tensor<32x64xf32>, %w1: tensor<64x64xf32>, %w2: tensor<64x16xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %h = ckpt.checkpoint (%x, %w1) {name = "layer1"} : (tensor<32x64xf32>, tensor<64x64xf32>) -> tensor<32x64xf32> {
  ^bb0(%a: tensor<32x64xf32>, %w: tensor<64x64xf32>):
    %z1 = arith.constant 0.0 : f32
    %e1 = tensor.empty() : tensor<32x64xf32>
    %f1 = linalg.fill ins(%z1 : f32) outs(%e1 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %m = linalg.matmul ins(%a, %w : tensor<32x64xf32>, tensor<64x64xf32>) outs(%f1 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %t = math.tanh %m : tensor<32x64xf32>
    ckpt.yield %t : tensor<32x64xf32>
  }
  %e2 = tensor.empty() : tensor<32x16xf32>
  %f2 = linalg.fill ins(%z : f32) outs(%e2 : tensor<32x16xf32>) -> tensor<32x16xf32>
  %o = linalg.matmul ins(%h, %w2 : tensor<32x64xf32>, tensor<64x16xf32>) outs(%f2 : tensor<32x16xf32>) -> tensor<32x16xf32>
  %sq = arith.mulf %o, %o : tensor<32x16xf32>
  %s0 = tensor.empty() : tensor<f32>
  %sf = linalg.fill ins(%z : f32) outs(%s0 : tensor<f32>) -> tensor<f32>
  %l = linalg.reduce ins(%sq : tensor<32x16xf32>) outs(%sf : tensor<f32>) dimensions = [0, 1]
    (%in: f32, %acc: f32) { %r = arith.addf %in, %acc : f32
      linalg.yield %r : f32 }
  return %l : tensor<f32>
}

func.func @main(%x: tensor<32x64xf32>, %w1: tensor<64x64xf32>, %w2: tensor<64x16xf32>)
    -> (tensor<f32>, tensor<64x64xf32>, tensor<64x16xf32>) {
  %l, %g1, %g2 = ckpt.value_and_grad @loss(%x, %w1, %w2) wrt [1, 2]
      : (tensor<32x64xf32>, tensor<64x64xf32>, tensor<64x16xf32>) -> (tensor<f32>, tensor<64x64xf32>, tensor<64x16xf32>)
  return %l, %g1, %g2 : tensor<f32>, tensor<64x64xf32>, tensor<64x16xf32>
}
