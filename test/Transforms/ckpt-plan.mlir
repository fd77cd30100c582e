// RUN: ckpt-opt %s --ckpt-plan="strategy=uniform segments=3" | FileCheck %s --check-prefix=UNIFORM
// RUN: ckpt-opt %s --ckpt-plan="strategy=sqrt" | FileCheck %s --check-prefix=SQRT
// RUN: ckpt-opt %s --ckpt-plan="memory-budget=1KiB report=-" -o /dev/null | FileCheck %s --check-prefix=ROOMY
// RUN: ckpt-opt %s --ckpt-plan="memory-budget=1MiB report=%t.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=JSON < %t.json
// RUN: ckpt-opt %s --ckpt-plan="memory-budget=320 report=%t.tight.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=TIGHT < %t.tight.json
// RUN: %python -c "import json; [print(c['predicted_peak_bytes'], c['recompute_flops'], 'fits', c['fits'], 'chosen', c['chosen'], c['plan'] or '(none)') for c in json.load(open('%t.tight.json'))['plans'][0]['candidates']]" | FileCheck %s --check-prefix=CANDIDATES
// RUN: ckpt-opt %s --ckpt-plan="activation-budget=1.0 report=-" -o /dev/null | FileCheck %s --check-prefix=ROOMY
// RUN: ckpt-opt %s --ckpt-plan="strategy=uniform segments=3" --ckpt-inline-checkpoints | FileCheck %s --check-prefix=ROUNDTRIP
// RUN: ckpt-opt %s --ckpt-plan="strategy=given plan=[0,4[0,2))[5,7:save_dots) report=%t.given.json" | FileCheck %s --check-prefix=GIVEN
// RUN: FileCheck %s --check-prefix=GIVENJSON < %t.given.json
// A candidate the optimal search reports, given back, is the same plan at
// the same peak.
// RUN: ckpt-opt %s --ckpt-plan="strategy=given plan=$(%python -c "import json; print([c for c in json.load(open('%t.tight.json'))['plans'][0]['candidates'] if c['plan']][0]['plan'])") report=%t.again.json" -o /dev/null
// RUN: %python -c "import json; a = [c for c in json.load(open('%t.tight.json'))['plans'][0]['candidates'] if c['plan']][0]; b = json.load(open('%t.again.json'))['plans'][0]; print(a['plan'] == b['plan'], a['predicted_peak_bytes'] == b['predicted_peak_bytes'], a['recompute_flops'] == b['recompute_flops'])" | FileCheck %s --check-prefix=AGAIN
// RUN: not ckpt-opt %s --ckpt-plan="memory-budget=100" -o /dev/null 2>&1 | FileCheck %s --check-prefix=BELOW
// BELOW: error: ckpt-plan: memory budget of 100 bytes is infeasible for @net: the least peak of the plans weighed is 128 bytes

// Eight equal tanh layers of 64 B, then a sum: 12 top-level ops.

// uniform segments=3 is PyTorch's checkpoint_sequential over the narrow
// positions (only one tensor crosses): 9 units, the eight layers and the
// reduction with the fill it writes into, 3 units per segment, every
// segment but the last wrapped.
// UNIFORM-LABEL: func.func @net
// UNIFORM:      %[[A:.*]] = ckpt.checkpoint(%arg0) {name = "auto_0"}
// UNIFORM-COUNT-3: math.tanh
// UNIFORM:      ckpt.yield
// UNIFORM:      %[[B:.*]] = ckpt.checkpoint(%[[A]]) {name = "auto_1"}
// UNIFORM-COUNT-3: math.tanh
// UNIFORM:      ckpt.yield
// UNIFORM-NOT:  ckpt.checkpoint
// UNIFORM:      %[[C:.*]] = math.tanh %[[B]]
// UNIFORM:      %[[D:.*]] = math.tanh %[[C]]
// UNIFORM-NOT:  ckpt.checkpoint
// UNIFORM:      linalg.reduce ins(%[[D]]
// UNIFORM-LABEL: func.func @step
// UNIFORM:      ckpt.value_and_grad @net

// sqrt: round(sqrt(9)) = 3 segments, the same plan.
// SQRT-LABEL: func.func @net
// SQRT-COUNT-2: ckpt.checkpoint
// SQRT-NOT:   ckpt.checkpoint
// SQRT-LABEL: func.func @step

// The unplanned step's peak (exact: autodiff + bufferization of a clone) is
// under 1 KiB; a budget above it needs no region.
// ROOMY: ckpt-plan: @net (in @step) strategy=optimal
// ROOMY: baseline peak [[B:[0-9]+]] B, predicted peak [[B]] B (exact)
// ROOMY: 0 regions, recompute 0 FLOPs

// JSON: "plans": [
// JSON: "callee": "net"
// JSON: "budget_bytes": 1048576
// JSON: "baseline_peak_bytes": [[P:[0-9]+]]
// JSON: "predicted_peak_bytes": [[P]]
// JSON: "recompute_flops": 0
// JSON: "regions": []
// JSON: "live_at_peak": [

// 320 B: the unplanned step now peaks at 128 B (its forward, regenerated in
// the backward from the input, fuses with the adjoints into loops over one
// 64 B buffer), so no region is needed; every candidate weighed is listed
// with its exact peak, nested ones included. Below 128 B no plan fits.
// Plans nested at tight budgets on chains that do not fuse away are
// checked in test/Integration/CPU/plan-revolve.test and plan-exhaustive.test.
// TIGHT: "predicted_peak_bytes": 128
// TIGHT: "plan": ""
// TIGHT: "recompute_flops": 0
// TIGHT: "candidates": [
// CANDIDATES: 128 0 fits True chosen True (none)
// CANDIDATES: 192 432 fits True chosen False [0,7[0,6[0,5[0,4[0,3[0,2))))))
// CANDIDATES: 640 128 fits False chosen False [0,1)[1,2)[2,3)[3,4)[4,5)[5,6)[6,7)[7,8)
// TIGHT: "live_at_peak": [

// strategy=given wraps the regions it is told, over the units the report
// counts (9 here), nested and with policies as written.
// GIVEN-LABEL: func.func @net
// GIVEN:       ckpt.checkpoint(%arg0) {name = "auto_0"}
// GIVEN:         ckpt.checkpoint(%{{.*}}) {name = "auto_1"}
// GIVEN:       ckpt.checkpoint(%{{.*}}) {name = "auto_2", policy = #ckpt.policy<save_dots>}
// GIVEN-NOT:   ckpt.checkpoint
// GIVEN-LABEL: func.func @step
// GIVENJSON: "strategy": "given"
// GIVENJSON: "units": 9,
// GIVENJSON-NEXT: "plan": "[0,4[0,2))[5,7:save_dots)",
// AGAIN: True True True

// Inlining the plan's regions gives back the original function.
// ROUNDTRIP-LABEL: func.func @net
// ROUNDTRIP-NOT: ckpt.checkpoint
// ROUNDTRIP-COUNT-8: math.tanh

func.func @net(%x: tensor<16xf32>) -> tensor<f32> {
  %h0 = math.tanh %x : tensor<16xf32>
  %h1 = math.tanh %h0 : tensor<16xf32>
  %h2 = math.tanh %h1 : tensor<16xf32>
  %h3 = math.tanh %h2 : tensor<16xf32>
  %h4 = math.tanh %h3 : tensor<16xf32>
  %h5 = math.tanh %h4 : tensor<16xf32>
  %h6 = math.tanh %h5 : tensor<16xf32>
  %h7 = math.tanh %h6 : tensor<16xf32>
  %z = arith.constant 0.0 : f32
  %s0 = tensor.empty() : tensor<f32>
  %sf = linalg.fill ins(%z : f32) outs(%s0 : tensor<f32>) -> tensor<f32>
  %red = linalg.reduce ins(%h7 : tensor<16xf32>) outs(%sf : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) { %t2 = arith.addf %in, %acc : f32
      linalg.yield %t2 : f32 }
  return %red : tensor<f32>
}
func.func @step(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>) {
  %l, %dx = ckpt.value_and_grad @net(%x) wrt [0] : (tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
  return %l, %dx : tensor<f32>, tensor<16xf32>
}
