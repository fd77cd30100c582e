// Every contraction layout that ckpt-linalg-to-blas sends to OpenBLAS,
// against numpy: plain, A or B stored transposed, both, a batched product,
// a batched generic with B transposed, a product accumulating into a
// non-zero C, a strided (every other row) view of A, a view repeating one
// row of A (row stride 0) and a view of every other column of A (column
// stride 2). BLAS reads neither of the last two in place: the runtime packs
// them into contiguous scratch first. f64, so numpy's products must agree
// to 1e-12.
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_inputs.py %t 6x5:f64 5x7:f64 5x6:f64 7x5:f64 3x6x5:f64 3x5x7:f64 3x7x5:f64 6x7:f64 12x5:f64 6x10:f64
// RUN: ckpt-opt %s --ckpt-lower-to-cpu | FileCheck %s --check-prefix=CALLS
// RUN: ckpt-run %s --entry=main --input=%t/a0.npy --input=%t/a1.npy --input=%t/a2.npy --input=%t/a3.npy --input=%t/a4.npy --input=%t/a5.npy --input=%t/a6.npy --input=%t/a7.npy --input=%t/a8.npy --input=%t/a9.npy --output-dir=%t
// RUN: %python %S/Inputs/check_outputs.py %t "a0 @ a1" "a2.T @ a1" "a0 @ a3.T" "a2.T @ a3.T" "a4 @ a5" "a4 @ a6.transpose(0, 2, 1)" "a7 + a0 @ a1" "a8[::2] @ a1" "np.tile(a8[3], (6, 1)) @ a1" "a9[:, ::2] @ a1" | FileCheck %s
// CHECK: ok 10 outputs
// All ten contractions become calls.
// CALLS-COUNT-10: llvm.call @ckptBlasGemmF64(
// CALLS-NOT: llvm.call @ckptBlasGemmF64(

#mk = affine_map<(m, n, k) -> (m, k)>
#km = affine_map<(m, n, k) -> (k, m)>
#kn = affine_map<(m, n, k) -> (k, n)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
#bmk = affine_map<(b, m, n, k) -> (b, m, k)>
#bnk = affine_map<(b, m, n, k) -> (b, n, k)>
#bmn = affine_map<(b, m, n, k) -> (b, m, n)>

func.func @main(%a: tensor<6x5xf64>, %b: tensor<5x7xf64>, %at: tensor<5x6xf64>,
                %bt: tensor<7x5xf64>, %ba: tensor<3x6x5xf64>,
                %bb: tensor<3x5x7xf64>, %bbt: tensor<3x7x5xf64>,
                %c: tensor<6x7xf64>, %tall: tensor<12x5xf64>,
                %wide: tensor<6x10xf64>)
    -> (tensor<6x7xf64>, tensor<6x7xf64>, tensor<6x7xf64>, tensor<6x7xf64>,
        tensor<3x6x7xf64>, tensor<3x6x7xf64>, tensor<6x7xf64>,
        tensor<6x7xf64>, tensor<6x7xf64>, tensor<6x7xf64>) {
  %zero = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<6x7xf64>
  %z = linalg.fill ins(%zero : f64) outs(%e : tensor<6x7xf64>) -> tensor<6x7xf64>
  %eb = tensor.empty() : tensor<3x6x7xf64>
  %zb = linalg.fill ins(%zero : f64) outs(%eb : tensor<3x6x7xf64>) -> tensor<3x6x7xf64>
  %p0 = linalg.matmul ins(%a, %b : tensor<6x5xf64>, tensor<5x7xf64>)
                      outs(%z : tensor<6x7xf64>) -> tensor<6x7xf64>
  %p1 = linalg.matmul indexing_maps = [#km, #kn, #mn]
                      ins(%at, %b : tensor<5x6xf64>, tensor<5x7xf64>)
                      outs(%z : tensor<6x7xf64>) -> tensor<6x7xf64>
  %p2 = linalg.matmul indexing_maps = [#mk, #nk, #mn]
                      ins(%a, %bt : tensor<6x5xf64>, tensor<7x5xf64>)
                      outs(%z : tensor<6x7xf64>) -> tensor<6x7xf64>
  %p3 = linalg.generic {indexing_maps = [#km, #nk, #mn],
                        iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%at, %bt : tensor<5x6xf64>, tensor<7x5xf64>) outs(%z : tensor<6x7xf64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %m = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %m : f64
    linalg.yield %s : f64
  } -> tensor<6x7xf64>
  %p4 = linalg.batch_matmul ins(%ba, %bb : tensor<3x6x5xf64>, tensor<3x5x7xf64>)
                            outs(%zb : tensor<3x6x7xf64>) -> tensor<3x6x7xf64>
  %p5 = linalg.generic {indexing_maps = [#bmk, #bnk, #bmn],
                        iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%ba, %bbt : tensor<3x6x5xf64>, tensor<3x7x5xf64>) outs(%zb : tensor<3x6x7xf64>) {
  ^bb0(%x: f64, %y: f64, %acc: f64):
    %m = arith.mulf %x, %y : f64
    %s = arith.addf %acc, %m : f64
    linalg.yield %s : f64
  } -> tensor<3x6x7xf64>
  %p6 = linalg.matmul ins(%a, %b : tensor<6x5xf64>, tensor<5x7xf64>)
                      outs(%c : tensor<6x7xf64>) -> tensor<6x7xf64>
  %rows = tensor.extract_slice %tall[0, 0] [6, 5] [2, 1]
      : tensor<12x5xf64> to tensor<6x5xf64>
  %p7 = linalg.matmul ins(%rows, %b : tensor<6x5xf64>, tensor<5x7xf64>)
                      outs(%z : tensor<6x7xf64>) -> tensor<6x7xf64>
  %same = tensor.extract_slice %tall[3, 0] [6, 5] [0, 1]
      : tensor<12x5xf64> to tensor<6x5xf64>
  %p8 = linalg.matmul ins(%same, %b : tensor<6x5xf64>, tensor<5x7xf64>)
                      outs(%z : tensor<6x7xf64>) -> tensor<6x7xf64>
  %cols = tensor.extract_slice %wide[0, 0] [6, 5] [1, 2]
      : tensor<6x10xf64> to tensor<6x5xf64>
  %p9 = linalg.matmul ins(%cols, %b : tensor<6x5xf64>, tensor<5x7xf64>)
                      outs(%z : tensor<6x7xf64>) -> tensor<6x7xf64>
  return %p0, %p1, %p2, %p3, %p4, %p5, %p6, %p7, %p8, %p9
      : tensor<6x7xf64>, tensor<6x7xf64>, tensor<6x7xf64>, tensor<6x7xf64>,
        tensor<3x6x7xf64>, tensor<3x6x7xf64>, tensor<6x7xf64>, tensor<6x7xf64>,
        tensor<6x7xf64>, tensor<6x7xf64>
}
