// RUN: ckpt-opt %s -split-input-file -verify-diagnostics --ckpt-plan="memory-budget=100 microbatch=auto batch-args=1"
// The operand checks are --ckpt-microbatch's, with ckpt-plan's names.
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch=0 batch-args=1" -split-input-file 2>&1 | FileCheck %s --check-prefix=ZERO
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch=3 batch-args=1" -split-input-file 2>&1 | FileCheck %s --check-prefix=DIVIDE
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch=auto batch-args=7" -split-input-file 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch=auto batch-args=0" -split-input-file 2>&1 | FileCheck %s --check-prefix=RANK0
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch=auto batch-args=1,2" -split-input-file 2>&1 | FileCheck %s --check-prefix=DIFFER
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch=auto batch-args=1,1" -split-input-file 2>&1 | FileCheck %s --check-prefix=TWICE
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch=auto" -split-input-file 2>&1 | FileCheck %s --check-prefix=NONE
// A fixed count that does not reach the budget, with any strategy.
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=100 microbatch=2 batch-args=1" -split-input-file 2>&1 | FileCheck %s --check-prefix=FIXED
// RUN: not ckpt-opt %s --ckpt-plan="strategy=sqrt memory-budget=100 microbatch=4 batch-args=1" -split-input-file 2>&1 | FileCheck %s --check-prefix=FIXEDSQRT
// Options are checked as the pipeline is parsed: one line each.
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch=some batch-args=1" -split-input-file 2>&1 | FileCheck %s --check-prefix=NOTCOUNT
// RUN: not ckpt-opt %s --ckpt-plan="strategy=sqrt microbatch=auto batch-args=1" -split-input-file 2>&1 | FileCheck %s --check-prefix=STRATEGY
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB batch-args=1" -split-input-file 2>&1 | FileCheck %s --check-prefix=NOSPLIT
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch=auto batch-args=1 reduction=max" -split-input-file 2>&1 | FileCheck %s --check-prefix=REDUCTION
// RUN: not ckpt-opt /dev/null --ckpt-plan="memory-budget=1MB microbatch=auto batch-args=1 reduction=max" 2>&1 | count 1
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch=auto batch-args=x" -split-input-file 2>&1 | FileCheck %s --check-prefix=INDEX
// RUN: not ckpt-opt /dev/null --ckpt-plan="memory-budget=1MB microbatch=auto batch-args=x" 2>&1 | count 1
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB microbatch= batch-args=1" -split-input-file 2>&1 | FileCheck %s --check-prefix=NOVALUE

// FIXED: error: ckpt-plan: memory budget of 100 bytes is infeasible for @loss with 2 micro-batches: the least peak of the plans weighed is {{[0-9]+}} bytes; the step's results (loss and gradients) alone take 1028 bytes
// FIXEDSQRT: error: ckpt-plan: memory budget of 100 bytes is infeasible for @loss with 4 micro-batches: the least peak of the plans weighed is {{[0-9]+}} bytes; the step's
// ZERO: error: 'ckpt.value_and_grad' op ckpt-plan: microbatch must be at least 1, got 0
// DIVIDE: error: 'ckpt.value_and_grad' op ckpt-plan: microbatch 3 does not divide the batch size 32
// RANGE: error: 'ckpt.value_and_grad' op ckpt-plan: batch argument index 7 is out of range (the callee has 3 arguments)
// RANK0: error: 'ckpt.value_and_grad' op ckpt-plan: batch argument #0 has type 'f32'; it needs a dimension 0 to split
// DIFFER: error: 'ckpt.value_and_grad' op ckpt-plan: batch arguments #1 and #2 differ in dimension 0 (32 vs 16)
// TWICE: error: 'ckpt.value_and_grad' op ckpt-plan: batch argument index 1 is given twice
// NONE: error: 'ckpt.value_and_grad' op ckpt-plan: batch-args must name at least one argument
// NOTCOUNT: error: ckpt-plan: microbatch must be 'auto' or a number of micro-batches, got 'some'
// STRATEGY: error: ckpt-plan: microbatch=auto goes with strategy=optimal (microbatch=<K> goes with any)
// NOSPLIT: error: ckpt-plan: batch-args goes with microbatch=auto|<K>
// REDUCTION: error: ckpt-plan: unknown reduction 'max': expected mean or sum
// INDEX: error: ckpt-plan: batch-args must be callee argument indices, got 'x'
// NOVALUE: error: ckpt-plan: option 'microbatch' needs a value

// A budget below what every count reaches names the least peak with
// micro-batches and with regions alone.
func.func private @loss(%s: f32, %x: tensor<32x16xf32>, %w: tensor<16x16xf32>) -> tensor<f32> {
  %z = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<32x16xf32>
  %f0 = linalg.fill ins(%z : f32) outs(%e0 : tensor<32x16xf32>) -> tensor<32x16xf32>
  %m0 = linalg.matmul ins(%x, %w : tensor<32x16xf32>, tensor<16x16xf32>) outs(%f0 : tensor<32x16xf32>) -> tensor<32x16xf32>
  %h0 = math.tanh %m0 : tensor<32x16xf32>
  %h1 = math.tanh %h0 : tensor<32x16xf32>
  %le = tensor.empty() : tensor<f32>
  %lf = linalg.fill ins(%z : f32) outs(%le : tensor<f32>) -> tensor<f32>
  %l = linalg.reduce ins(%h1 : tensor<32x16xf32>) outs(%lf : tensor<f32>) dimensions = [0, 1]
    (%a: f32, %b: f32) {
      %t = arith.addf %a, %b : f32
      linalg.yield %t : f32
    }
  return %l : tensor<f32>
}
func.func @step(%s: f32, %x: tensor<32x16xf32>, %w: tensor<16x16xf32>) -> (tensor<f32>, tensor<16x16xf32>) {
  // expected-error-re @below {{ckpt-plan: memory budget of 100 bytes is infeasible for @loss even with micro-batches: the least peak of the plans weighed is {{[0-9]+}} bytes, with 32 micro-batches (regions alone: {{[0-9]+}} bytes); the step's results (loss and gradients) alone take 1028 bytes}}
  %l, %g = ckpt.value_and_grad @loss(%s, %x, %w) wrt [2] : (f32, tensor<32x16xf32>, tensor<16x16xf32>) -> (tensor<f32>, tensor<16x16xf32>)
  return %l, %g : tensor<f32>, tensor<16x16xf32>
}

// -----

// No count but 1 can split this callee (it reads a fixed row): the error
// says why.
func.func private @first(%s: f32, %x: tensor<32x16xf32>) -> tensor<f32> {
  %c = arith.constant 0 : index
  %v = tensor.extract %x[%c, %c] : tensor<32x16xf32>
  %r = arith.mulf %v, %s : f32
  %t = tensor.from_elements %r : tensor<f32>
  return %t : tensor<f32>
}
func.func @step(%s: f32, %x: tensor<32x16xf32>) -> (tensor<f32>, tensor<32x16xf32>) {
  // expected-error-re @below {{ckpt-plan: memory budget of 100 bytes is infeasible for @first even with micro-batches: regions alone: {{[0-9]+}} bytes; no split into micro-batches was possible: 'tensor.extract' op cannot be split into micro-batches: ckpt-microbatch does not know how its operands or results follow the batch dimension; the step's results (loss and gradients) alone take 2052 bytes}}
  %l, %g = ckpt.value_and_grad @first(%s, %x) wrt [1] : (f32, tensor<32x16xf32>) -> (tensor<f32>, tensor<32x16xf32>)
  return %l, %g : tensor<f32>, tensor<32x16xf32>
}

