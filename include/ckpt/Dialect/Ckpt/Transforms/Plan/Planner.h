//===- Planner.h - checkpoint planning as a C++ API -------------*- C++ -*-===//
//
// What `--ckpt-plan` does, for a host that embeds ckpt: plan the
// ckpt.value_and_grad ops of a module or of one function under a budget and
// get the report as structs rather than JSON text. The fields are the JSON
// report's keys (docs/Interface.md, "The plan report").
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_PLAN_PLANNER_H
#define CKPT_DIALECT_CKPT_TRANSFORMS_PLAN_PLANNER_H

#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h"

#include <string>
#include <vector>

namespace mlir::ckpt {

/// A checkpoint region the planner created (the report's "regions").
struct PlannedRegion {
  std::string name;
  unsigned numOps = 0;
  /// Nesting depth: 0 for a region directly in the callee's body.
  unsigned depth = 0;
  /// Policy save_dots (else recompute_all).
  bool saveDots = false;
  int64_t inputsBytes = 0;
  int64_t recomputeFlops = 0;
};

/// The plan of one ckpt.value_and_grad (one entry of the report's "plans").
struct PlanSummary {
  std::string callee, caller, strategy;
  /// The plan as text over the chain's units, e.g. "[0,3[0,1))[4,6)": what
  /// strategy=given reads back.
  std::string plan;
  unsigned units = 0;
  int64_t budgetBytes = 0;
  /// peak_bytes of the caller without checkpointing, with this plan, and
  /// the least of the plans weighed.
  int64_t baselinePeakBytes = 0;
  int64_t predictedPeakBytes = 0;
  int64_t minPeakBytes = 0;
  /// Bytes of the value_and_grad's results (loss and gradients).
  int64_t resultBytes = 0;
  /// Whether predictedPeakBytes is the exact peak of the lowered step.
  bool exact = false;
  int64_t recomputeFlops = 0;
  /// The planned step's estimated time over the unplanned one's, minus one
  /// (see docs/Interface.md, "estimated_overhead").
  double estimatedOverhead = 0;
  /// The unplanned step's estimated time in seconds (0 when not exact).
  double stepSeconds = 0;
  /// Micro-batches the step runs in (1: the batch whole; `microbatch=`).
  int64_t microbatch = 1;
  std::vector<PlannedRegion> regions;
};

struct PlanReport {
  std::vector<PlanSummary> plans;
};

/// Runs ckpt-plan with `options` on `module`, in place: every
/// ckpt.value_and_grad's callee gets its regions. On failure (a bad option,
/// an infeasible budget) the diagnostics go to the module's context and
/// the module may be partly planned.
FailureOr<PlanReport> planModule(ModuleOp module,
                                 const CkptPlanOptions &options);

/// As planModule, for the ckpt.value_and_grad ops inside `func` only: the
/// budget bounds `func`'s peak_bytes. `func` must be in a module.
FailureOr<PlanReport> planFunction(func::FuncOp func,
                                   const CkptPlanOptions &options);

} // namespace mlir::ckpt

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_PLAN_PLANNER_H
