// The device and host passes rewrite contractions into calls with the same
// sizes, addresses and row strides. The host's callee also takes each
// matrix's column stride (18 arguments, not 15) and so any strided layout:
// its runtime packs what BLAS cannot read in place. The device pass needs
// contiguous rows.
// RUN: ckpt-opt %s --ckpt-linalg-to-cublas --split-input-file | FileCheck %s --check-prefixes=CHECK,CUBLAS '-D$GEMM=ckptCublasGemm'
// RUN: ckpt-opt %s --ckpt-linalg-to-blas --split-input-file | FileCheck %s --check-prefixes=CHECK,BLAS '-D$GEMM=ckptBlasGemm'

// Row-major C = A B: no transposes, row strides as leading dimensions.
// CHECK-LABEL: func.func @matmul
// CHECK:         %{{.*}}, %{{.*}}, %[[AS:.*]]:2, %[[ASTR:.*]]:2 = memref.extract_strided_metadata %arg0
// CHECK:         %[[AP:.*]] = memref.extract_aligned_pointer_as_index %arg0
// CHECK:         %{{.*}}, %{{.*}}, %[[CS:.*]]:2, %[[CSTR:.*]]:2 = memref.extract_strided_metadata %arg2
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CUBLAS:        call @[[$GEMM]]F32(%[[C0]], %[[C0]], %[[CS]]#0, %[[CS]]#1, %[[AS]]#1, %{{.*}}, %[[ASTR]]#0, %[[C0]], %{{.*}}, %{{.*}}, %[[C0]], %{{.*}}, %[[CSTR]]#0, %[[C0]], %[[C1]])
// BLAS:          call @[[$GEMM]]F32(%[[C0]], %[[C0]], %[[CS]]#0, %[[CS]]#1, %[[AS]]#1, %{{.*}}, %[[ASTR]]#0, %[[ASTR]]#1, %[[C0]], %{{.*}}, %{{.*}}, %{{.*}}, %[[C0]], %{{.*}}, %[[CSTR]]#0, %[[CSTR]]#1, %[[C0]], %[[C1]])
// CHECK-NOT:     linalg.matmul
func.func @matmul(%a: memref<4x8xf32>, %b: memref<8x16xf32>, %c: memref<4x16xf32>) {
  linalg.matmul ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>)
                outs(%c : memref<4x16xf32>)
  return
}
// CUBLAS: func.func private @[[$GEMM]]F32(index, index, index, index, index, index, index, index, index, index, index, index, index, index, index)
// BLAS: func.func private @[[$GEMM]]F32(index, index, index, index, index, index, index, index, index, index, index, index, index, index, index, index, index, index)

// -----

// B stored N x K (as autodiff's A^T-products produce): transB = 1.
// CHECK-LABEL: func.func @matmul_transpose_b
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK:         call @[[$GEMM]]F64(%[[C0]], %[[C1]],
func.func @matmul_transpose_b(%a: memref<4x8xf64>, %b: memref<16x8xf64>, %c: memref<4x16xf64>) {
  linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>,
                                 affine_map<(m, n, k) -> (n, k)>,
                                 affine_map<(m, n, k) -> (m, n)>]
    ins(%a, %b : memref<4x8xf64>, memref<16x8xf64>)
    outs(%c : memref<4x16xf64>)
  return
}

// -----

// A stored K x M, written as a linalg.generic: transA = 1.
// CHECK-LABEL: func.func @generic_transpose_a
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK:         call @[[$GEMM]]F32(%[[C1]], %[[C0]],
// CHECK-NOT:     linalg.generic
func.func @generic_transpose_a(%a: memref<8x4xf32>, %b: memref<8x16xf32>, %c: memref<4x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (k, m)>,
                                   affine_map<(m, n, k) -> (k, n)>,
                                   affine_map<(m, n, k) -> (m, n)>],
                  iterator_types = ["parallel", "parallel", "reduction"]}
    ins(%a, %b : memref<8x4xf32>, memref<8x16xf32>) outs(%c : memref<4x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// Batched: batch count and batch strides from the leading dimension.
// CHECK-LABEL: func.func @batch_matmul
// CHECK:         %{{.*}}, %{{.*}}, %[[AS:.*]]:3, %[[ASTR:.*]]:3 = memref.extract_strided_metadata %arg0
// CHECK:         %{{.*}}, %{{.*}}, %[[CS:.*]]:3, %[[CSTR:.*]]:3 = memref.extract_strided_metadata %arg2
// CUBLAS:        call @[[$GEMM]]F32(%{{.*}}, %{{.*}}, %[[CS]]#1, %[[CS]]#2, %[[AS]]#2, %{{.*}}, %[[ASTR]]#1, %[[ASTR]]#0, {{.*}}, %[[CSTR]]#1, %[[CSTR]]#0, %[[CS]]#0)
// BLAS:          call @[[$GEMM]]F32(%{{.*}}, %{{.*}}, %[[CS]]#1, %[[CS]]#2, %[[AS]]#2, %{{.*}}, %[[ASTR]]#1, %[[ASTR]]#2, %[[ASTR]]#0, {{.*}}, %[[CSTR]]#1, %[[CSTR]]#2, %[[CSTR]]#0, %[[CS]]#0)
func.func @batch_matmul(%a: memref<3x4x8xf32>, %b: memref<3x8x16xf32>, %c: memref<3x4x16xf32>) {
  linalg.batch_matmul ins(%a, %b : memref<3x4x8xf32>, memref<3x8x16xf32>)
                      outs(%c : memref<3x4x16xf32>)
  return
}

// -----

// Integer GEMMs stay linalg; so do non-unit inner strides on the device,
// while the host passes the column stride (2) along.
// CHECK-LABEL: func.func @not_gemm
// CHECK-NOT:     call @ckptCublas
// CHECK:         linalg.matmul
// CUBLAS:        linalg.matmul
// BLAS:          %{{.*}}, %{{.*}}, %{{.*}}:2, %[[SSTR:.*]]:2 = memref.extract_strided_metadata %arg3
// BLAS:          call @ckptBlasGemmF32({{.*}}, %[[SSTR]]#0, %[[SSTR]]#1, {{.*}})
// BLAS-NOT:      linalg.matmul
func.func @not_gemm(%a: memref<4x8xi32>, %b: memref<8x16xi32>, %c: memref<4x16xi32>,
                    %s: memref<4x8xf32, strided<[16, 2]>>, %t: memref<8x16xf32>,
                    %u: memref<4x16xf32>) {
  linalg.matmul ins(%a, %b : memref<4x8xi32>, memref<8x16xi32>)
                outs(%c : memref<4x16xi32>)
  linalg.matmul ins(%s, %t : memref<4x8xf32, strided<[16, 2]>>, memref<8x16xf32>)
                outs(%u : memref<4x16xf32>)
  return
}
