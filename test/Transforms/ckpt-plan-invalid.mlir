// RUN: ckpt-opt %s -split-input-file -verify-diagnostics --ckpt-plan="memory-budget=100"
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=12XB" 2>&1 | FileCheck %s --check-prefix=SUFFIX
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=lots" 2>&1 | FileCheck %s --check-prefix=NUMBER
// RUN: not ckpt-opt %s --ckpt-plan="strategy=revolve memory-budget=1MB" 2>&1 | FileCheck %s --check-prefix=STRATEGY
// RUN: not ckpt-opt %s --ckpt-plan="strategy=uniform" 2>&1 | FileCheck %s --check-prefix=SEGMENTS
// RUN: not ckpt-opt %s --ckpt-plan="activation-budget=1.5" 2>&1 | FileCheck %s --check-prefix=FRACTION
// RUN: not ckpt-opt %s --ckpt-plan="" 2>&1 | FileCheck %s --check-prefix=NOBUDGET
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB activation-budget=0.5" 2>&1 | FileCheck %s --check-prefix=BOTH
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given" 2>&1 | FileCheck %s --check-prefix=NOPLAN
// RUN: not ckpt-opt %s --ckpt-plan="plan=[0,1) memory-budget=1MB" 2>&1 | FileCheck %s --check-prefix=NOTGIVEN
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given plan=[0,1" 2>&1 | FileCheck %s --check-prefix=SYNTAX
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given plan=[0,3)" 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given plan=[1,4)" 2>&1 | FileCheck %s --check-prefix=PAST
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given plan=[1,1)" 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given plan=[0,2)[1,2)" 2>&1 | FileCheck %s --check-prefix=OVERLAP
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given plan=[1,2[0,1))" 2>&1 | FileCheck %s --check-prefix=BEFORE
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given plan=[0,2[0,2))" 2>&1 | FileCheck %s --check-prefix=PARENTEND
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given plan=[0,2[1,3))" 2>&1 | FileCheck %s --check-prefix=PARENTPAST
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given plan=[0,2:save_dots[0,1))" 2>&1 | FileCheck %s --check-prefix=DOTSNEST
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given plan=[0,1) memory-budget=100" 2>&1 | FileCheck %s --check-prefix=OVER
// Options are checked as the pipeline is parsed: one message, no module
// dumped; an option given without a value is an error, not its default.
// RUN: not ckpt-opt %s --ckpt-plan="activation-budget=" 2>&1 | FileCheck %s --check-prefix=NOVALUE
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=1MB report=" 2>&1 | FileCheck %s --check-prefix=NOREPORT
// RUN: not ckpt-opt %s --ckpt-plan="strategy=given" 2>&1 | FileCheck %s --check-prefix=NODUMP
// A value LLVM's option parser rejects is the same one diagnostic, not its
// message on stderr followed by an empty error.
// RUN: not ckpt-opt %s --ckpt-plan="activation-budget=foo" 2>&1 | FileCheck %s --check-prefix=NOTNUMBER
// RUN: not ckpt-opt /dev/null --ckpt-plan="activation-budget=foo" 2>&1 | count 1
// RUN: not ckpt-opt %s --ckpt-plan="strategy=sqrt segments=x" 2>&1 | FileCheck %s --check-prefix=NOTINT
// RUN: not ckpt-opt %s --ckpt-plan="strategy=sqrt target=tpu" 2>&1 | FileCheck %s --check-prefix=TARGET
// RUN: not ckpt-opt /dev/null --ckpt-plan="strategy=sqrt target=tpu" 2>&1 | count 1
// RUN: not ckpt-opt %s --pass-pipeline="builtin.module(ckpt-plan{strategy=sqrt peak-flops=fast})" 2>&1 | FileCheck %s --check-prefix=FLOPS
// The enum options' values are listed by --help.
// RUN: ckpt-opt --help | FileCheck %s --check-prefix=HELP
// NOTNUMBER: error: ckpt-plan: activation-budget must be a number, got 'foo'
// NOTINT: error: ckpt-plan: segments must be a non-negative integer, got 'x'
// TARGET: error: ckpt-plan: unknown target 'tpu': expected cpu or sm_90
// FLOPS: error: ckpt-plan: peak-flops must be a number, got 'fast'
// HELP-LABEL: --ckpt-plan
// HELP: --strategy=<value>
// HELP-NEXT: =optimal
// HELP-NEXT: =sqrt
// HELP-NEXT: =uniform
// HELP-NEXT: =given
// HELP-NEXT: --target=<value>
// HELP-NEXT: =cpu
// HELP-NEXT: =sm_90
// NOVALUE: error: ckpt-plan: option 'activation-budget' needs a value
// NOVALUE-NOT: see current operation
// NOREPORT: error: ckpt-plan: option 'report' needs a value
// NODUMP: error: ckpt-plan: strategy=given needs plan=<regions>
// NODUMP-NOT: see current operation
// NODUMP-NOT: builtin.module

// SUFFIX: memory-budget: unknown size suffix 'XB' in '12XB': expected B, KB, MB, GB, KiB, MiB or GiB
// NUMBER: memory-budget: 'lots' is not a size
// STRATEGY: unknown strategy 'revolve': expected optimal, sqrt, uniform or given
// SEGMENTS: strategy=uniform needs segments=<K> with K >= 1
// FRACTION: activation-budget must lie in [0, 1], got 1.5
// NOBUDGET: strategy=optimal needs memory-budget=<bytes> or activation-budget=<f>
// BOTH: give memory-budget or activation-budget, not both
// NOPLAN: strategy=given needs plan=<regions>, e.g. plan=[0,2)[2,4)
// NOTGIVEN: plan=<regions> goes with strategy=given
// SYNTAX: ckpt-plan-invalid.mlir:[[@LINE+25]]:13: error: ckpt-plan: plan '[0,1' for @net (3 units): expected ')' at offset 4
// RANGE: error: ckpt-plan: plan '[0,3)' for @net (3 units): region [0,3) reaches the end of the chain (unit 2 is its last): the last unit must stay outside, since a region ending there would be recomputed right away at offset 4
// PAST: error: ckpt-plan: plan '[1,4)' for @net (3 units): region [1,4) ends at unit 4 but the chain has units 0..2 at offset 4
// EMPTY: error: ckpt-plan: plan '[1,1)' for @net (3 units): region [1,1) is empty: its end (exclusive) must be greater than its begin at offset 4
// OVERLAP: error: ckpt-plan: plan '[0,2)[1,2)' for @net (3 units): region [1,2) overlaps the region before it, which ends at unit 2 at offset 9
// BEFORE: error: ckpt-plan: plan '[1,2[0,1))' for @net (3 units): region [0,1) begins at unit 0, before its parent region [1,2) (which begins at unit 1) at offset 8
// PARENTEND: error: ckpt-plan: plan '[0,2[0,2))' for @net (3 units): region [0,2) reaches the end of its parent region [0,2) (unit 1 is its last): the last unit must stay outside, since a region ending there would be recomputed right away at offset 8
// PARENTPAST: error: ckpt-plan: plan '[0,2[1,3))' for @net (3 units): region [1,3) ends at unit 3 but its parent region [0,2) ends at unit 2 at offset 8
// DOTSNEST: a save_dots region holds no regions at offset
// OVER: ckpt-plan: the given plan for @net peaks at {{[0-9]+}} bytes, over the budget of 100 bytes

// Two tanh layers: the step cannot get below its unplanned peak.
func.func @net(%x: tensor<16xf32>) -> tensor<f32> {
  %h0 = math.tanh %x : tensor<16xf32>
  %h1 = math.tanh %h0 : tensor<16xf32>
  %z = arith.constant 0.0 : f32
  %s0 = tensor.empty() : tensor<f32>
  %sf = linalg.fill ins(%z : f32) outs(%s0 : tensor<f32>) -> tensor<f32>
  %red = linalg.reduce ins(%h1 : tensor<16xf32>) outs(%sf : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) { %t2 = arith.addf %in, %acc : f32
      linalg.yield %t2 : f32 }
  return %red : tensor<f32>
}
func.func @step(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>) {
  // expected-error-re @below {{ckpt-plan: memory budget of 100 bytes is infeasible for @net: the least peak of the plans weighed is {{[0-9]+}} bytes; the step's results (loss and gradients) alone take 68 bytes}}
  %l, %dx = ckpt.value_and_grad @net(%x) wrt [0] : (tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
  return %l, %dx : tensor<f32>, tensor<16xf32>
}
