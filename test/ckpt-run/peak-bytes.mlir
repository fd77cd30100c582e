// Exact peak heap bytes of programs whose peak is known by construction.
// Every buffer is a multiple of 64 bytes. Expected peaks, by hand
// (1 MiB = 1048576 bytes = 262144 f32 = 512x512 f32):
//   @single:   exp(a) allocates R (1 MiB, args are read-only); negf reuses R
//              in place; R is returned                           -> 1048576
//   @chain:    t1 = exp(a) [A1 1 MiB]; t2 = transpose(t1) [A2 1 MiB, cannot
//              be in place]; A1 freed after its last use; t3 = row sums of
//              t2 [A3 2048 B]; A2 freed; t3 returned.
//              max(A1 + A2, A2 + A3)                             -> 2097152
//              (3 MiB + 2048 = 2099200 if deallocs stay at block end)
//   @matmul:   fill + matmul into M (256x256 f32 = 262144 B); exp in place;
//              returned                                          -> 262144
//   @two:      t1 = exp(a) and transpose(t1), both returned      -> 2097152
// This relies on the default CPU pipeline (a) keeping arguments read-only,
// (b) freeing each buffer right after its last use (@chain), and (c)
// allocating with finalize-memref-to-llvm{use-aligned-alloc=1}: with plain
// allocs each buffer would also request 64 bytes of alignment padding, which
// the counting allocator would (rightly) count.
// RUN: ckpt-run %s --entry=single --json --repeat=2 2>&1 | FileCheck %s --check-prefix=SINGLE --implicit-check-not=warning
// RUN: ckpt-run %s --entry=chain --json --repeat=2 2>&1 | FileCheck %s --check-prefix=CHAIN --implicit-check-not=warning
// RUN: ckpt-run %s --entry=matmul --json 2>&1 | FileCheck %s --check-prefix=MATMUL
// RUN: ckpt-run %s --entry=two --json 2>&1 | FileCheck %s --check-prefix=TWO

// No "peak bytes differ" warning may precede the JSON.
// SINGLE: {"entry":"single",{{.*}}"peak_bytes":1048576,
// CHAIN: {"entry":"chain",{{.*}}"peak_bytes":2097152,
// MATMUL: "peak_bytes":262144,
// TWO: "peak_bytes":2097152,

func.func @single(%a: tensor<262144xf32>) -> tensor<262144xf32> {
  %t = math.exp %a : tensor<262144xf32>
  %r = arith.negf %t : tensor<262144xf32>
  return %r : tensor<262144xf32>
}

func.func @chain(%a: tensor<512x512xf32>) -> tensor<512xf32> {
  %t1 = math.exp %a : tensor<512x512xf32>
  %e = tensor.empty() : tensor<512x512xf32>
  %t2 = linalg.transpose ins(%t1 : tensor<512x512xf32>) outs(%e : tensor<512x512xf32>)
    permutation = [1, 0]
  %zero = arith.constant 0.0 : f32
  %e3 = tensor.empty() : tensor<512xf32>
  %f3 = linalg.fill ins(%zero : f32) outs(%e3 : tensor<512xf32>) -> tensor<512xf32>
  %t3 = linalg.reduce ins(%t2 : tensor<512x512xf32>) outs(%f3 : tensor<512xf32>) dimensions = [1]
    (%x: f32, %acc: f32) {
      %s = arith.addf %x, %acc : f32
      linalg.yield %s : f32
    }
  return %t3 : tensor<512xf32>
}

func.func @matmul(%a: tensor<256x256xf32>, %b: tensor<256x256xf32>) -> tensor<256x256xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<256x256xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<256x256xf32>) -> tensor<256x256xf32>
  %m = linalg.matmul ins(%a, %b : tensor<256x256xf32>, tensor<256x256xf32>)
                     outs(%f : tensor<256x256xf32>) -> tensor<256x256xf32>
  %r = math.exp %m : tensor<256x256xf32>
  return %r : tensor<256x256xf32>
}

func.func @two(%a: tensor<512x512xf32>) -> (tensor<512x512xf32>, tensor<512x512xf32>) {
  %t1 = math.exp %a : tensor<512x512xf32>
  %e = tensor.empty() : tensor<512x512xf32>
  %t2 = linalg.transpose ins(%t1 : tensor<512x512xf32>) outs(%e : tensor<512x512xf32>)
    permutation = [1, 0]
  return %t1, %t2 : tensor<512x512xf32>, tensor<512x512xf32>
}
