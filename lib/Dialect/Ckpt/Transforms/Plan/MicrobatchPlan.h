//===- MicrobatchPlan.h - ckpt-plan's microbatch= -------------*- C++ -*-===//
//
// Choosing the number of micro-batches together with the checkpoint
// regions: each count is tried on a clone of the module, split as
// --ckpt-microbatch splits it and planned by ckpt-plan's own search; the
// fastest step that fits the budget is applied.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_MICROBATCHPLAN_H
#define CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_MICROBATCHPLAN_H

#include "Report.h"

#include "ckpt/Analysis/CostModel.h"
#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include <optional>

namespace mlir::ckpt {

/// ckpt-plan's search for one value_and_grad `op` of `module` (the pass's
/// module or a clone of it), with the budget `budget` in bytes instead of
/// the options' when given. Fills `record`; emits one error on failure.
using PlanOneFn =
    function_ref<LogicalResult(ModuleOp module, ValueAndGradOp op,
                               std::optional<int64_t> budget,
                               PlanRecord &record)>;

struct MicrobatchPlanOptions {
  /// `microbatch=<K>`, or none for `microbatch=auto`.
  std::optional<int64_t> count;
  ArrayRef<int64_t> batchArgs;
  MicrobatchReduction reduction = MicrobatchReduction::Mean;
  /// `memory-budget=`; none with `activation-budget=`, which then sets the
  /// budget in bytes from the step with the batch whole.
  std::optional<int64_t> budgetBytes;
  TargetSpec target;
};

/// Plans `op` with micro-batches: with `microbatch=auto` every divisor K of
/// the batch is weighed (the split step's regions found by `planOne` on a
/// clone), and the K whose planned step has the least estimated time and
/// fits the budget is applied to `op`'s module: `op` is split as
/// --ckpt-microbatch splits it and the value_and_grad inside the loop gets
/// the regions. A budget that no count reaches is one error at `op` naming
/// the least peak with micro-batches and with regions alone.
LogicalResult planWithMicrobatches(ValueAndGradOp op,
                                   const MicrobatchPlanOptions &options,
                                   PlanOneFn planOne, PlanRecord &record);

} // namespace mlir::ckpt

#endif // CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_MICROBATCHPLAN_H
