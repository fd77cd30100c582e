// A report that cannot be written is one error at the step planned, with a
// non-zero exit: not a fatal error from the stream on close (/dev/full opens
// fine and fails on write), and not the module dumped.
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MiB report=/dev/full" -o /dev/null 2>&1 | FileCheck %s --check-prefix=FULL
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MiB report=%t.missing/dir/plan.json" -o /dev/null 2>&1 | FileCheck %s --check-prefix=MISSING
// FULL: ckpt-plan-report-io.mlir:[[@LINE+16]]:13: error: ckpt-plan: cannot write the report '/dev/full': No space left on device
// FULL-NOT: LLVM ERROR
// FULL-NOT: builtin.module
// MISSING: ckpt-plan-report-io.mlir:[[@LINE+13]]:13: error: ckpt-plan: cannot write the report '{{.*}}plan.json': No such file or directory

func.func @net(%x: tensor<16xf32>) -> tensor<f32> {
  %h = math.tanh %x : tensor<16xf32>
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<f32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%h : tensor<16xf32>) outs(%f : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) { %t = arith.addf %in, %acc : f32
      linalg.yield %t : f32 }
  return %r : tensor<f32>
}
func.func @step(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>) {
  %l, %dx = ckpt.value_and_grad @net(%x) wrt [0] : (tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
  return %l, %dx : tensor<f32>, tensor<16xf32>
}
