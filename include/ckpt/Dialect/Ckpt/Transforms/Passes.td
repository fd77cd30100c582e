//===- Passes.td - ckpt transformation passes --------------*- tablegen -*-===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_PASSES_TD
#define CKPT_DIALECT_CKPT_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def CkptInlineCheckpoints : Pass<"ckpt-inline-checkpoints", "ModuleOp"> {
  let summary = "Replace each ckpt.checkpoint by its body";
  let description = [{
    Outside differentiation a checkpoint region means exactly its body. This
    pass splices every body (innermost first) into the enclosing block,
    binding block arguments to the operands and the results to the yielded
    values. Lowering pipelines run it after `--ckpt-autodiff`.

    ```mlir
    %r = ckpt.checkpoint (%x) : (tensor<4xf32>) -> tensor<4xf32> {
    ^bb0(%a: tensor<4xf32>):
      %n = arith.negf %a : tensor<4xf32>
      ckpt.yield %n : tensor<4xf32>
    }
    // becomes
    %r = arith.negf %x : tensor<4xf32>
    ```
  }];
  let statistics = [
    Statistic<"numInlined", "num-inlined", "Checkpoint regions inlined">
  ];
}

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_PASSES_TD
