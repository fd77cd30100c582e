//===- GraphPlan.h - checkpoint regions from the graph solver ---*- C++ -*-===//
//
// ckpt-plan's second planner, for a forward that is not a chain (long skip
// connections, as in a U-Net): the callee's ops and their backward become a
// training graph for the planner library's graph solver (GraphSolver.h);
// the forward values its schedule computes again in the backward become
// the intermediates of ckpt.checkpoint regions. Such a region need not be a
// contiguous stretch of the body: its ops are moved together first (the
// order of the rest is kept), e.g. a region on one skip branch.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_GRAPHPLAN_H
#define CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_GRAPHPLAN_H

#include "Report.h"
#include "StepTime.h"
#include "Wrap.h"

#include "ckpt/Planner/Graph.h"

namespace mlir::ckpt {

/// Regions over the top-level ops of a callee's body, each a list of op
/// positions in the body (terminator excluded), ascending; regions are
/// disjoint and not nested.
struct GraphPlan {
  std::vector<std::vector<unsigned>> regions;
  /// Forward time and flops the regions recompute (their bodies once).
  double seconds = 0;
  int64_t flops = 0;
  /// Each region's share of `flops`.
  std::vector<int64_t> regionFlops;
  /// Whether each region has policy save_dots: the schedule recomputes none
  /// of its contractions, so the region keeps their results and recomputes
  /// only the rest (its seconds and flops count only those).
  std::vector<bool> saveDots;

  /// "graph{3,4,5}{9,10:save_dots}": the op positions of each region, and
  /// its policy when save_dots.
  std::string str() const;
};

/// Whether the forward of `chain` is not a chain: some tensor made in one
/// unit is read two or more units later (a long skip connection), so every
/// cut in between carries it.
bool hasLongSkips(const OpChain &chain);

/// The callee as a training graph and the regions its schedules map to.
class GraphPlanner {
public:
  GraphPlanner(func::FuncOp callee, CostModel &costs,
               const TargetSpec &target);

  const planner::Graph &graph() const { return training; }
  /// The least peak of any schedule, and the peak of keeping everything
  /// (in the graph's model bytes).
  int64_t lowerBound() const;
  int64_t keepAllPeak() const;

  /// The plan of the graph solver's schedule for a peak of `limit` model
  /// bytes, or none when the solver finds no schedule that fits.
  std::optional<GraphPlan> solve(int64_t limit) const;

private:
  GraphPlan toPlan(const planner::Schedule &schedule) const;

  /// Top-level ops of the body (terminator excluded) and, for each, its
  /// forward node in `training` (-1: no node, e.g. a rebuildable op).
  SmallVector<Operation *> ops;
  SmallVector<int> nodeOf;
  /// The op position of each forward node; forward nodes are 0..n-1.
  SmallVector<unsigned> opOf;
  SmallVector<double> seconds;
  SmallVector<int64_t> flops;
  /// The time of each rebuildable op (a fill), which a region rebuilds.
  DenseMap<Operation *, double> rebuildSeconds;
  /// Whether an op may go into a region: only tensors cross its boundary.
  SmallVector<bool> wrappable;
  planner::Graph training;
};

/// Moves each region's ops together and wraps them in a ckpt.checkpoint
/// named auto_<counter>; a region that cannot be wrapped (a non-tensor
/// value would cross) is skipped, changing nothing. `callee`'s body must be
/// the one `plan` was made for (a clone of it will do).
void applyGraphPlan(func::FuncOp callee, const GraphPlan &plan,
                    unsigned &counter, SmallVectorImpl<WrappedRegion> &out);

/// The exact peak_bytes of `caller` with `plan` applied to a clone of
/// `module`'s `callee` (autodiff and bufferization as the lowering runs
/// them) and the step's estimated seconds (StepTime.h), or failure.
FailureOr<StepEstimate> exactGraphStep(ModuleOp module, StringRef callee,
                                       StringRef caller,
                                       const TargetSpec &target,
                                       const GraphPlan &plan);

/// The graph planner's choice for a budget: the plan whose lowered step is
/// estimated fastest among those whose exact peak fits.
struct GraphChoice {
  GraphPlan plan;
  int64_t peak = 0;
  /// The estimated seconds of the step with the plan applied.
  double stepSeconds = 0;
  /// Plans checked exactly.
  unsigned checks = 0;
  double checkSeconds = 0;
};

/// Searches model limits of `planner` for plans whose exact peak fits
/// `budget`, starting from the limit that leaves what the unplanned step's
/// exact peak `baselinePeak` has over the model's keep-all peak. Adds each
/// plan checked to `candidates`. None when no plan checked fits. Plans that
/// recompute both for `maxSeconds` or more and `maxFlops` or more (the chain
/// planner's plan) are taken not to win and are not checked exactly: each
/// check bufferizes a clone of the step.
std::optional<GraphChoice>
chooseGraphPlan(const GraphPlanner &planner, ModuleOp module,
                StringRef callee, StringRef caller, const TargetSpec &target,
                int64_t budget, int64_t baselinePeak,
                SmallVectorImpl<PlanCandidate> &candidates,
                double maxSeconds = std::numeric_limits<double>::infinity(),
                int64_t maxFlops = std::numeric_limits<int64_t>::max());

/// For a ckpt-plan record whose chain planner chose `chainPlan` (null when
/// none fits), whose step with the plan applied is estimated at
/// `chainStepSeconds` (StepTime.h; none when unknown): plans `callee` with
/// the graph solver at the record's budget and, when its plan fits and its
/// step is estimated faster (without an estimate of the chain plan's step:
/// when it recomputes less forward time), applies it, fills the record
/// (solver "graph") and returns it; else adds only its candidates and exact
/// checks to the record.
std::optional<GraphChoice>
planWithGraph(func::FuncOp callee, CostModel &costs, const TargetSpec &target,
              ModuleOp module, PlanRecord &record, const OpChain &chain,
              const Plan *chainPlan, std::optional<double> chainStepSeconds,
              int64_t baselinePeak);

/// Holds back the error diagnostics of `context` while alive (the chain
/// planner's "infeasible" while the graph planner may still fit); they are
/// reported when it dies unless drop() was called.
class HeldErrors {
public:
  explicit HeldErrors(MLIRContext *context);
  ~HeldErrors();
  void drop() { held.clear(); }
  bool empty() const { return held.empty(); }

private:
  MLIRContext *context;
  std::vector<Diagnostic> held;
  std::optional<DiagnosticEngine::HandlerID> id;
};

} // namespace mlir::ckpt

#endif // CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_GRAPHPLAN_H
