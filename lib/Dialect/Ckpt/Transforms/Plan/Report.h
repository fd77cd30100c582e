//===- Report.h - the plan report (JSON and summary) ------------*- C++ -*-===//

#ifndef CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_REPORT_H
#define CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_REPORT_H

#include "Wrap.h"

#include "ckpt/Analysis/MemoryModel.h"

namespace mlir::ckpt {

/// A plan ckpt-plan weighed, chosen or not.
struct PlanCandidate {
  unsigned regions = 0, depth = 0;
  int64_t predictedPeakBytes = 0;
  int64_t recomputeFlops = 0;
  bool chosen = false;
  /// printPlan's text.
  std::string plan;
};

/// A count of micro-batches weighed by ckpt-plan's `microbatch=`.
struct MicrobatchTrial {
  int64_t count = 1;
  /// The split step without regions: exact peak and estimated seconds
  /// (StepTime.h); the least time any plan at this count can take.
  int64_t unplannedPeakBytes = 0;
  double unplannedSeconds = 0;
  /// Whether regions were searched at this count, whether a plan fits the
  /// budget, and the fastest that does: its peak and estimated seconds.
  bool searched = false, fits = false, chosen = false;
  int64_t predictedPeakBytes = 0;
  double stepSeconds = 0;
  /// The least peak of the plans weighed at this count.
  int64_t minPeakBytes = 0;
  /// Why the count was not searched or could not be used, if so.
  std::string note;
};

/// What ckpt-plan decided for one ckpt.value_and_grad.
struct PlanRecord {
  std::string callee, caller, strategy;
  /// The planner whose plan was taken: "chain" (regions over the chain's
  /// units) or "graph" (the graph solver's, GraphPlan.h).
  std::string solver = "chain";
  /// Units of the chain the plan's regions are over, and the plan as
  /// printPlan writes it (what strategy=given reads back).
  unsigned numUnits = 0;
  /// Layers found in the callee (OpChain::layerStarts) and ops per layer.
  unsigned numLayers = 0, layerOps = 0;
  std::string plan;
  int64_t budgetBytes = 0;
  int64_t baselinePeakBytes = 0;
  int64_t predictedPeakBytes = 0;
  int64_t floorPeakBytes = 0;
  int64_t recomputeFlops = 0;
  double recomputeSeconds = 0;
  /// The estimated time of the planned step over the unplanned one, minus
  /// one: both steps costed whole (roofline) after autodiff and
  /// bufferization where the exact prediction works; otherwise the chain's
  /// recompute time over 3x its forward.
  double estimatedOverhead = 0;
  /// The roofline time of the unplanned step (0 without exact prediction).
  double stepSeconds = 0;
  /// True when the peaks come from the exact prediction (autodiff and
  /// bufferization of a clone), false when only the model was available.
  bool exact = false;
  /// True when predictedPeakBytes is the exact peak of the plan applied.
  bool predictedExact = false;
  /// Bytes of the value_and_grad's results (loss and gradients): live at
  /// the end of the step whatever the plan, so no peak is below them.
  int64_t resultBytes = 0;
  /// Exact predictions made (distinct plans) and the seconds they took.
  unsigned verifications = 0;
  double exactSeconds = 0;
  SmallVector<WrappedRegion> regions;
  SmallVector<LiveBuffer> liveAtPeak;
  /// The plans weighed (strategy=optimal), in the order considered.
  SmallVector<PlanCandidate> candidates;
  /// Micro-batches the step runs in (1: the batch whole), and with
  /// `microbatch=` the counts weighed.
  int64_t microbatch = 1;
  SmallVector<MicrobatchTrial> microbatchTrials;
};

/// The JSON report (docs/Interface.md, "The plan report"), with a final
/// newline.
void printJsonReport(ArrayRef<PlanRecord> plans, raw_ostream &os);
/// Writes `json` (printJsonReport's text) to `path`.
LogicalResult writeJsonReport(StringRef json, StringRef path,
                              std::string &error);
void printSummary(ArrayRef<PlanRecord> plans, raw_ostream &os);

} // namespace mlir::ckpt

#endif // CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_REPORT_H
