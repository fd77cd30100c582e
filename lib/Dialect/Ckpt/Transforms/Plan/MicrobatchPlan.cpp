//===- MicrobatchPlan.cpp - ckpt-plan's microbatch= -----------------------===//
//
// Micro-batches trade time for memory differently from regions: a split
// into K keeps the activations of one micro-batch at a time (plus one set
// of gradient accumulators), and pays with K runs of every kernel on
// smaller operands (weights read K times, contractions further from their
// peak, a fixed cost per kernel run), where regions pay with recomputation.
// Both are priced by the same step-time estimate (StepTime.h) on the
// bufferized step, and every peak is the exact one of the lowered step.
//
// The search over counts is pruned by a bound: regions only add work, so
// the split step without regions is the fastest any plan at that count
// can be; a count whose bound is no faster than the best plan found is not
// searched.
//
//===----------------------------------------------------------------------===//

#include "MicrobatchPlan.h"
#include "StepTime.h"

#include "ckpt/Dialect/Ckpt/Transforms/Microbatch.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "ckpt-plan"

using namespace mlir;
using namespace mlir::ckpt;

static const MicrobatchSpelling kSpelling{"ckpt-plan", "microbatch"};

/// The divisors of `n` > 0, ascending.
static SmallVector<int64_t> divisorsOf(int64_t n) {
  SmallVector<int64_t> low, high;
  for (int64_t d = 1; d * d <= n; ++d)
    if (n % d == 0) {
      low.push_back(d);
      if (d != n / d)
        high.push_back(n / d);
    }
  low.append(high.rbegin(), high.rend());
  return low;
}

namespace {
/// Keeps the diagnostics raised while it lives from the user, remembering
/// the first error's text: what a count that cannot be used is noted with.
class FirstError {
public:
  explicit FirstError(MLIRContext *context)
      : handler(context, [this](Diagnostic &diag) {
          if (diag.getSeverity() == DiagnosticSeverity::Error &&
              message.empty())
            message = diag.str();
          return success();
        }) {}
  std::string message;

private:
  ScopedDiagnosticHandler handler;
};
} // namespace

/// The position of `op` among its module's value_and_grad ops, in walk
/// order: how a clone's copy of it is found.
static unsigned indexOf(ModuleOp module, ValueAndGradOp op) {
  unsigned index = 0, found = 0;
  module.walk([&](ValueAndGradOp other) {
    if (other == op) {
      found = index;
      return WalkResult::interrupt();
    }
    ++index;
    return WalkResult::advance();
  });
  return found;
}

static ValueAndGradOp nthValueAndGrad(ModuleOp module, unsigned n) {
  ValueAndGradOp found;
  unsigned index = 0;
  module.walk([&](ValueAndGradOp op) {
    if (index++ == n) {
      found = op;
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return found;
}

/// Weighs `count` micro-batches on a clone of `module`: splits the clone's
/// copy of the `index`-th value_and_grad, bounds the time by the split step
/// without regions, and searches regions unless the bound cannot beat
/// `bestSeconds` or the split step fits without any.
static MicrobatchTrial weighCount(ModuleOp module, unsigned index,
                                  StringRef caller, int64_t count,
                                  const MicrobatchPlanOptions &options,
                                  std::optional<int64_t> &budget,
                                  double bestSeconds, PlanOneFn planOne) {
  MicrobatchTrial trial;
  trial.count = count;
  OwningOpRef<ModuleOp> clone = module.clone();
  ValueAndGradOp op = nthValueAndGrad(*clone, index);
  FirstError quiet(module.getContext());
  if (count > 1) {
    SymbolTable symbols(*clone);
    DenseMap<func::FuncOp, func::FuncOp> splitOf;
    FailureOr<ValueAndGradOp> inner =
        splitIntoMicrobatches(op, count, options.batchArgs, options.reduction,
                              symbols, splitOf, kSpelling);
    if (failed(inner)) {
      trial.note = quiet.message.empty() ? "the split failed" : quiet.message;
      return trial;
    }
    op = *inner;
  }
  FailureOr<StepEstimate> unplanned =
      estimateStep(*clone, caller, options.target);
  if (failed(unplanned)) {
    trial.note = "the split step could not be bufferized";
    return trial;
  }
  trial.unplannedPeakBytes = unplanned->peakBytes;
  trial.unplannedSeconds = unplanned->seconds;
  if (unplanned->seconds >= bestSeconds) {
    trial.note = "not searched: slower without regions than the best plan";
    return trial;
  }
  if (budget && unplanned->peakBytes <= *budget) {
    // Regions would only add recomputation.
    trial.fits = true;
    trial.predictedPeakBytes = unplanned->peakBytes;
    trial.stepSeconds = unplanned->seconds;
    return trial;
  }
  PlanRecord record;
  trial.searched = true;
  LogicalResult planned = planOne(*clone, op, budget, record);
  // strategy=sqrt|uniform|given weigh one plan: its peak is the least.
  trial.minPeakBytes = record.floorPeakBytes ? record.floorPeakBytes
                                             : record.predictedPeakBytes;
  // activation-budget: the bytes the first count searched (the batch
  // whole, with auto) makes of it hold for every count.
  if (!budget)
    budget = record.budgetBytes;
  if (failed(planned)) {
    trial.note = quiet.message;
    return trial;
  }
  trial.fits = true;
  trial.predictedPeakBytes = record.predictedPeakBytes;
  double base = record.stepSeconds > 0 ? record.stepSeconds
                                       : unplanned->seconds;
  trial.stepSeconds = base * (1 + record.estimatedOverhead);
  return trial;
}

/// The error for a budget no count reaches.
static LogicalResult infeasible(ValueAndGradOp op,
                                const MicrobatchPlanOptions &options,
                                int64_t budget,
                                ArrayRef<MicrobatchTrial> trials) {
  auto callee = op.getCallee();
  const MicrobatchTrial *least = nullptr, *whole = nullptr;
  std::string splitFailure;
  for (const MicrobatchTrial &trial : trials) {
    if (trial.count == 1 && trial.searched)
      whole = &trial;
    if (trial.count > 1 && trial.searched &&
        (!least || trial.minPeakBytes < least->minPeakBytes))
      least = &trial;
    if (trial.count > 1 && !trial.searched && splitFailure.empty())
      splitFailure = trial.note;
  }
  int64_t resultBytes = 0;
  for (Value result : op->getResults())
    if (auto type = dyn_cast<ShapedType>(result.getType());
        type && !result.use_empty())
      resultBytes += shapedBytes(type);
  InFlightDiagnostic diag = op.emitError("ckpt-plan: memory budget of ")
                            << budget << " bytes is infeasible for @"
                            << callee;
  if (options.count)
    diag << " with " << *options.count << " micro-batches";
  else
    diag << " even with micro-batches";
  if (least) {
    diag << ": the least peak of the plans weighed is " << least->minPeakBytes
         << " bytes";
    if (!options.count)
      diag << ", with " << least->count << " micro-batches";
  }
  if (whole)
    diag << (least ? " (" : ": ") << "regions alone: " << whole->minPeakBytes
         << " bytes" << (least ? ")" : "");
  if (!least && !splitFailure.empty())
    diag << "; no split into micro-batches was possible: " << splitFailure;
  diag << "; the step's results (loss and gradients) alone take "
       << resultBytes << " bytes";
  return diag;
}

LogicalResult mlir::ckpt::planWithMicrobatches(
    ValueAndGradOp op, const MicrobatchPlanOptions &options,
    PlanOneFn planOne, PlanRecord &record) {
  FailureOr<int64_t> batch =
      checkMicrobatchOperands(op, options.count, options.batchArgs, kSpelling);
  if (failed(batch))
    return failure();
  auto module = op->getParentOfType<ModuleOp>();
  auto caller = op->getParentOfType<func::FuncOp>();
  if (!module || !caller)
    return op.emitError("ckpt-plan: the callee must be a func.func with a "
                        "body, called from a func.func");
  std::string callerName = caller.getSymName().str();
  // The step as given: what estimated_overhead is measured against.
  FailureOr<StepEstimate> full;
  {
    FirstError quiet(module.getContext());
    full = estimateStep(module, callerName, options.target);
    if (failed(full))
      return op.emitError("ckpt-plan: microbatch= weighs the exact peak of "
                          "the step, but it could not be differentiated and "
                          "bufferized")
             << (quiet.message.empty() ? "" : ": ") << quiet.message;
  }

  unsigned index = indexOf(module, op);
  SmallVector<int64_t> counts =
      options.count ? SmallVector<int64_t>{*options.count}
                    : divisorsOf(*batch);
  std::optional<int64_t> budget = options.budgetBytes;
  SmallVector<MicrobatchTrial> trials;
  std::optional<size_t> best;
  for (int64_t count : counts) {
    double bestSeconds = best ? trials[*best].stepSeconds
                              : std::numeric_limits<double>::infinity();
    trials.push_back(weighCount(module, index, callerName, count, options,
                                budget, bestSeconds, planOne));
    const MicrobatchTrial &trial = trials.back();
    LLVM_DEBUG(llvm::dbgs()
               << "microbatch " << count << ": unplanned "
               << trial.unplannedPeakBytes << " B " << trial.unplannedSeconds
               << " s, fits " << trial.fits << " at "
               << trial.predictedPeakBytes << " B " << trial.stepSeconds
               << " s " << trial.note << "\n");
    // Ties go to fewer micro-batches.
    if (trial.fits && trial.stepSeconds < bestSeconds)
      best = trials.size() - 1;
  }
  if (!best)
    return infeasible(op, options, budget.value_or(0), trials);

  MicrobatchTrial &chosen = trials[*best];
  chosen.chosen = true;
  ValueAndGradOp planned = op;
  if (chosen.count > 1) {
    SymbolTable symbols(module);
    DenseMap<func::FuncOp, func::FuncOp> splitOf;
    FailureOr<ValueAndGradOp> inner =
        splitIntoMicrobatches(op, chosen.count, options.batchArgs,
                              options.reduction, symbols, splitOf, kSpelling);
    if (failed(inner))
      return failure();
    planned = *inner;
  }
  if (failed(planOne(module, planned, budget, record)))
    return failure();
  double seconds = record.stepSeconds > 0
                       ? record.stepSeconds * (1 + record.estimatedOverhead)
                       : chosen.stepSeconds;
  record.microbatch = chosen.count;
  record.microbatchTrials = std::move(trials);
  // Against the step as given, not the split one: the overhead includes
  // what the micro-batches cost.
  record.baselinePeakBytes = full->peakBytes;
  record.stepSeconds = full->seconds;
  record.estimatedOverhead =
      full->seconds > 0 ? seconds / full->seconds - 1 : 0;
  return success();
}
