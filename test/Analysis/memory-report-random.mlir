// RUN: ckpt-opt %s --ckpt-memory-report -o /dev/null | FileCheck %s
// RUN: ckpt-run %s --entry=draw --json | FileCheck %s --check-prefix=MEASURED

// The memory model predicts through ckpt's bufferization pipeline, which
// expands ckpt.random_uniform first: each draw is one buffer its generic
// writes. The 4x8xf32 draw (128 B, line 15), the 8x8xf64 one (512 B,
// line 16) and its f32 copy (256 B, line 20) are live together: peak
// 896 B, as ckpt-run measures it.
// CHECK-LABEL: ckpt-memory-report: @draw peak_bytes = 896 (exact)
// CHECK-NEXT:   512 B  linalg.generic  {{.*}}memory-report-random.mlir:16:8
// CHECK-NEXT:   256 B  linalg.generic  {{.*}}memory-report-random.mlir:20:9
// CHECK-NEXT:   128 B  linalg.generic  {{.*}}memory-report-random.mlir:15:8
// MEASURED: "peak_bytes":896
func.func @draw(%seed: i64, %offset: i64) -> tensor<4x8xf32> {
  %u = ckpt.random_uniform %seed, %offset : tensor<4x8xf32>
  %v = ckpt.random_uniform %seed, %offset : tensor<8x8xf64>
  %e = tensor.empty() : tensor<4x8xf32>
  %z = arith.constant 0.0 : f32
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  %vt = arith.truncf %v : tensor<8x8xf64> to tensor<8x8xf32>
  %m = linalg.matmul ins(%u, %vt : tensor<4x8xf32>, tensor<8x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %m : tensor<4x8xf32>
}
