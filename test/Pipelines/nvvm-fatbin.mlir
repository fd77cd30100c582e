// REQUIRES: cuda-toolkit
// RUN: ckpt-opt %s --ckpt-lower-to-nvvm | FileCheck %s
// RUN: ckpt-opt %s --ckpt-lower-to-nvvm="chip=sm_80 format=bin" | FileCheck %s --check-prefix=BIN

// The default format embeds a fatbin (ptxas and fatbinary from the CUDA
// toolkit): SASS for the chip plus PTX; it starts with the fatbin magic
// 0xBA55ED50. format=bin embeds a cubin, an ELF file.
// CHECK-LABEL: llvm.func @softmax_rows(
// CHECK:         gpu.launch_func
// CHECK:       gpu.binary @softmax_rows_kernel {{ *}}[#gpu.object<#nvvm.target<O = 3, chip = "sm_90">, properties = {{.*}}, "P\EDU\BA
// BIN:         gpu.binary @softmax_rows_kernel {{ *}}[#gpu.object<#nvvm.target<O = 3, chip = "sm_80">, properties = {{.*}}, bin = "\7FELF

func.func @softmax_rows(%x: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %e1 = tensor.empty() : tensor<4xf32>
  %m0 = linalg.fill ins(%ninf : f32) outs(%e1 : tensor<4xf32>) -> tensor<4xf32>
  %m = linalg.reduce ins(%x : tensor<4x64xf32>) outs(%m0 : tensor<4xf32>) dimensions = [1]
    (%in: f32, %acc: f32) { %r = arith.maximumf %in, %acc : f32
      linalg.yield %r : f32 }
  %e2 = tensor.empty() : tensor<4x64xf32>
  %mb = linalg.broadcast ins(%m : tensor<4xf32>) outs(%e2 : tensor<4x64xf32>) dimensions = [1]
  %d = arith.subf %x, %mb : tensor<4x64xf32>
  %ex = math.exp %d : tensor<4x64xf32>
  %s0 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<4xf32>) -> tensor<4xf32>
  %s = linalg.reduce ins(%ex : tensor<4x64xf32>) outs(%s0 : tensor<4xf32>) dimensions = [1]
    (%in: f32, %acc: f32) { %r = arith.addf %in, %acc : f32
      linalg.yield %r : f32 }
  %sb = linalg.broadcast ins(%s : tensor<4xf32>) outs(%e2 : tensor<4x64xf32>) dimensions = [1]
  %y = arith.divf %ex, %sb : tensor<4x64xf32>
  return %y : tensor<4x64xf32>
}
