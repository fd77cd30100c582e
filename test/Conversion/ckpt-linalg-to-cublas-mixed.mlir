// RUN: ckpt-opt %s --ckpt-linalg-to-cublas | FileCheck %s
// RUN: ckpt-opt %s --ckpt-linalg-to-blas | FileCheck %s --check-prefix=HOST

// --ckpt-mixed-precision's contractions: 16-bit factors, an f32
// accumulator. cuBLAS takes them (GemmEx on the tensor cores, f32 compute);
// the byte offsets use each operand's own element size. Host BLAS has no
// such GEMM: the ops stay for the loop lowering.
// CHECK-LABEL: func.func @mixed
// CHECK:         %[[C2:.*]] = arith.constant 2 : index
// CHECK:         arith.muli %{{.*}}, %[[C2]] : index
// CHECK:         call @ckptCublasGemmBF16F32(
// CHECK:         call @ckptCublasGemmF16F32(
// CHECK-NOT:     call @ckptCublas
// CHECK:         linalg.matmul ins(%{{.*}}, %{{.*}} : memref<4x8xbf16>, memref<8x16xf16>)
// CHECK:         linalg.matmul ins(%{{.*}}, %{{.*}} : memref<4x8xbf16>, memref<8x16xbf16>) outs(%{{.*}} : memref<4x16xbf16>)
// CHECK:         linalg.matmul ins(%{{.*}}, %{{.*}} : memref<4x8xf16>, memref<8x16xf16>) outs(%{{.*}} : memref<4x16xf64>)
// HOST-LABEL: func.func @mixed
// HOST-NOT:   call @ckptBlas
func.func @mixed(%a: memref<4x8xbf16>, %b: memref<8x16xbf16>, %c: memref<4x16xf32>,
                 %h: memref<4x8xf16>, %k: memref<8x16xf16>, %cb: memref<4x16xbf16>,
                 %cd: memref<4x16xf64>) {
  linalg.matmul ins(%a, %b : memref<4x8xbf16>, memref<8x16xbf16>) outs(%c : memref<4x16xf32>)
  linalg.matmul ins(%h, %k : memref<4x8xf16>, memref<8x16xf16>) outs(%c : memref<4x16xf32>)
  // Factors of two types, a 16-bit accumulator, an f64 one: not GemmEx's.
  linalg.matmul ins(%a, %k : memref<4x8xbf16>, memref<8x16xf16>) outs(%c : memref<4x16xf32>)
  linalg.matmul ins(%a, %b : memref<4x8xbf16>, memref<8x16xbf16>) outs(%cb : memref<4x16xbf16>)
  linalg.matmul ins(%h, %k : memref<4x8xf16>, memref<8x16xf16>) outs(%cd : memref<4x16xf64>)
  return
}
