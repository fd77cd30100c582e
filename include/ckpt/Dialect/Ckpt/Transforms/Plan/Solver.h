//===- Solver.h - choosing checkpoint segments ------------------*- C++ -*-===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_PLAN_SOLVER_H
#define CKPT_DIALECT_CKPT_TRANSFORMS_PLAN_SOLVER_H

#include "ckpt/Dialect/Ckpt/Transforms/Plan/Chain.h"

#include <limits>
#include <vector>

namespace mlir::ckpt {

/// A checkpoint region over units [begin, end) of a chain, with the regions
/// nested in it. A save_dots region keeps its contractions' results and
/// recomputes only the rest; it has no children.
struct PlanRegion {
  unsigned begin = 0, end = 0;
  std::vector<PlanRegion> children;
  bool saveDots = false;
};
using Plan = std::vector<PlanRegion>;

/// The activation model the solver optimizes. Reversing a sequence keeps,
/// for each item before the one being reversed, either everything a plain
/// unit makes or only the output of a region (and, for a save_dots region,
/// its contractions' results); reversing a region re-runs its body (but a
/// save_dots region's contractions) and reverses that recursively.
/// modelNeed() is the memory this takes; each op runs once more per region
/// around it.
int64_t modelNeed(const OpChain &chain, ArrayRef<PlanRegion> plan,
                  unsigned begin, unsigned end);
struct RecomputeCost {
  double seconds = 0;
  int64_t flops = 0;
  /// Unit executions added by the plan.
  int64_t units = 0;
};
RecomputeCost recomputeCost(const OpChain &chain, ArrayRef<PlanRegion> plan);
unsigned countRegions(ArrayRef<PlanRegion> plan);

/// The time-optimal plan under a memory limit, by dynamic programming over
/// (first unit, end unit, memory left): exact for the model whenever the
/// sizes, in units of their greatest common divisor, fit in the table's
/// memory levels (else sizes are rounded up, which keeps plans feasible).
/// On a chain of equal units making A bytes each and passing C bytes from
/// one to the next, memory A + s*C with A > s*C gives Griewank's binomial
/// (Revolve) schedule for s snapshots: the recurrences coincide, a region's
/// kept output being a snapshot and the unit reversed last its tape.
class OptimalSolver {
public:
  /// Plans for memory limits up to `maxBytes` (default: the chain's whole
  /// activation footprint, beyond which nothing changes). Among plans of
  /// equal cost the first found is kept, or with `preferLate` the last:
  /// regions ending later, rather than keeping units plain. Co-optimal for
  /// the model, such plans can differ in what the lowering keeps.
  explicit OptimalSolver(const OpChain &chain,
                         int64_t maxBytes = std::numeric_limits<int64_t>::max(),
                         bool preferLate = false);
  /// The cheapest plan whose modelNeed is at most `bytes`, or failure.
  FailureOr<Plan> solve(int64_t bytes) const;
  /// The least memory any plan needs (exactly when isExact(), else the
  /// least multiple of resolution() at which the rounded-up sizes fit).
  int64_t minimalNeed() const;
  /// Bytes per memory level of the table: sizes are rounded up to
  /// multiples of it. At most max(total / 512, total * (n + 1)^2 / 2^22)
  /// for a chain of n units keeping `total` bytes in all, whatever the
  /// magnitude of the sizes, so the table's size and the solver's time
  /// depend on n only.
  int64_t resolution() const { return unit; }
  /// Whether every size is a multiple of resolution(): then the table is
  /// exact for the model.
  bool isExact() const { return exact; }

private:
  double &cost(unsigned i, unsigned j, unsigned m) const;
  int64_t toUnits(int64_t bytes) const { return (bytes + unit - 1) / unit; }
  int32_t &choice(unsigned i, unsigned j, unsigned m) const;
  void reconstruct(unsigned i, unsigned j, unsigned m, Plan &out) const;

  unsigned n, levels;
  int64_t unit;
  bool exact = true;
  SmallVector<int64_t> actUnits, cutUnits;
  SmallVector<double> prefixSeconds, prefixDotSeconds;
  SmallVector<int64_t> prefixAct, prefixDots;
  mutable std::vector<double> costs;
  mutable std::vector<int32_t> choices;
};

/// Every plan the model allows over the chain (regions never reaching the
/// end of what holds them; save_dots regions, without children, where
/// they hold a contraction), or nothing when there are more than `limit`.
std::vector<Plan> enumeratePlans(const OpChain &chain, size_t limit);

/// A plan as text: each region "[begin,end" then its children, then ")",
/// with ":save_dots" after `end` for that policy, e.g. "[0,3[0,1))[4,6)".
std::string printPlan(ArrayRef<PlanRegion> plan);
/// Reads printPlan's text for a chain of `numUnits` units: regions in
/// order, inside their parent, never ending where the parent (or the
/// chain) ends, save_dots ones without children. Failure sets `error`.
FailureOr<Plan> parsePlan(StringRef text, unsigned numUnits,
                          std::string &error);

/// `segments` segments of equally many layers where the chain has them
/// (OpChain::layerStarts), else of equally many chain units (which
/// end at narrow positions), all but the last wrapped (PyTorch's
/// checkpoint_sequential); sqrt uses round(sqrt(N)) segments for N layers
/// (units).
Plan uniformPlan(const OpChain &chain, unsigned segments);
Plan sqrtPlan(const OpChain &chain);

} // namespace mlir::ckpt

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_PLAN_SOLVER_H
