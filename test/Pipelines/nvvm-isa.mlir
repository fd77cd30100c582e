// RUN: ckpt-opt %s --ckpt-lower-to-nvvm="chip=sm_90 format=isa" | FileCheck %s
// RUN: ckpt-opt %s --ckpt-lower-to-nvvm="chip=sm_90 format=isa" | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=LLVM

// A dense layer with bias, ReLU, exp, row sums and a total: the matmul goes to
// cuBLAS, everything else to sm_90 kernels embedded as PTX; buffers live
// on the device and only the results come back.

// Host code: arguments copied to the device, the GEMM through cuBLAS,
// kernels launched, results copied to host buffers, device buffers freed.
// CHECK-LABEL: llvm.func @mlp(
// CHECK:         llvm.call @mgpuMemAlloc
// CHECK:         llvm.call @mgpuMemcpy
// CHECK:         llvm.call @ckptCublasGemmF32
// CHECK:         gpu.launch_func @mlp_kernel{{.*}}::@mlp_kernel blocks in
// CHECK:         llvm.call @_mlir_memref_to_llvm_alloc
// CHECK:         llvm.call @mgpuMemcpy
// CHECK:         llvm.call @mgpuMemFree
// CHECK:         llvm.return

// The kernels: PTX for sm_90, one entry per fused loop nest, reductions
// spread over threads with atomic adds.
// CHECK:       gpu.binary @mlp_kernel {{.*}}#nvvm.target<O = 3, chip = "sm_90">
// CHECK-SAME:    assembly = "
// CHECK-SAME:    .target sm_90
// CHECK-SAME:    .visible .entry mlp_kernel(
// CHECK-SAME:    .param .u64 mlp_kernel_param_0
// CHECK:       atom.global.add.f32

// libdevice is linked in: no unresolved math externs in the PTX.
// CHECK-NOT:   __nv_

// No host copy of an intermediate: the only host allocations are the three
// results (two tensors and the scalar's staging buffer).
// LLVM-LABEL: define { {{.*}} } @mlp(
// LLVM-COUNT-3: call ptr @_mlir_memref_to_llvm_alloc
// LLVM-NOT:     call ptr @_mlir_memref_to_llvm_alloc
// LLVM:         ret
// LLVM-DAG:   declare void @ckptCublasGemmF32(i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64)
// LLVM-DAG:   declare ptr @mgpuModuleLoadJIT(ptr, i32)
// LLVM-DAG:   declare void @mgpuLaunchKernel(ptr, i64, i64, i64, i64, i64, i64, i32, ptr, ptr, ptr, i64)

func.func @mlp(%x: tensor<8x16xf32>, %w: tensor<16x32xf32>, %b: tensor<32xf32>) -> (tensor<8x32xf32>, tensor<8xf32>, f32) {
  %c0 = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8x32xf32>
  %z = linalg.fill ins(%c0 : f32) outs(%e : tensor<8x32xf32>) -> tensor<8x32xf32>
  %mm = linalg.matmul ins(%x, %w : tensor<8x16xf32>, tensor<16x32xf32>) outs(%z : tensor<8x32xf32>) -> tensor<8x32xf32>
  %bb = linalg.broadcast ins(%b : tensor<32xf32>) outs(%e : tensor<8x32xf32>) dimensions = [0]
  %s = arith.addf %mm, %bb : tensor<8x32xf32>
  %r0 = arith.maximumf %s, %z : tensor<8x32xf32>
  %r = math.exp %r0 : tensor<8x32xf32>
  %e1 = tensor.empty() : tensor<8xf32>
  %z1 = linalg.fill ins(%c0 : f32) outs(%e1 : tensor<8xf32>) -> tensor<8xf32>
  %rs = linalg.reduce ins(%r : tensor<8x32xf32>) outs(%z1 : tensor<8xf32>) dimensions = [1]
    (%in: f32, %acc: f32) { %a = arith.addf %in, %acc : f32
      linalg.yield %a : f32 }
  %e0 = tensor.empty() : tensor<f32>
  %z0 = linalg.fill ins(%c0 : f32) outs(%e0 : tensor<f32>) -> tensor<f32>
  %tot = linalg.reduce ins(%rs : tensor<8xf32>) outs(%z0 : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) { %a = arith.addf %in, %acc : f32
      linalg.yield %a : f32 }
  %v = tensor.extract %tot[] : tensor<f32>
  return %r, %rs, %v : tensor<8x32xf32>, tensor<8xf32>, f32
}
