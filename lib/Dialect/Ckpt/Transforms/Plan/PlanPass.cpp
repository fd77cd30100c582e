//===- PlanPass.cpp - --ckpt-plan -----------------------------------------===//

#include "Budget.h"
#include "GraphPlan.h"
#include "MicrobatchPlan.h"
#include "Report.h"
#include "StepTime.h"

#include "ckpt/Analysis/CostInterfaces.h"
#include "ckpt/Dialect/Ckpt/Transforms/Plan/Planner.h"
#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/Debug.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cmath>
#include <chrono>
#include <functional>
#include <limits>

#define DEBUG_TYPE "ckpt-plan"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTPLAN
#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h.inc"
} // namespace mlir::ckpt

using namespace mlir;
using namespace mlir::ckpt;

/// The optimal solver's chain is coarsened to this many units: the dynamic
/// program is cubic in it.
static constexpr unsigned kOptimalUnits = 64;
/// Largest callee (top-level ops) whose candidate plans are all checked
/// exactly; beyond it bufferizing a plan takes seconds, and a search with
/// log-many exact checks decides (chooseLargePlan).
static constexpr size_t kMaxExactOps = 256;
/// Exact checks the search on a large callee spends after the baseline and
/// the floor: each narrows the model limits still open by at least a
/// quarter.
static constexpr unsigned kLargeAttempts = 10;
/// Memory limits at which the model's optimal plan is checked exactly.
static constexpr unsigned kCandidateSteps = 16;
/// Model limits tried, by bisection, for the plan that fits the budget.
static constexpr unsigned kBudgetAttempts = 12;
/// Chains with at most this many plans (5 units, save_dots variants of
/// their contractions included) are searched exhaustively.
static constexpr size_t kExhaustivePlans = 400;
/// Exact evaluations spent shrinking the best plan.
static constexpr unsigned kPruneEvaluations = 32;
/// Binomial (Revolve) schedules tried, by number of snapshots.
static constexpr unsigned kRevolveSnapshots = 8;
/// Model limits tried above the largest that fit, a smallest cut apart.
static constexpr unsigned kScanSteps = 8;
static constexpr double kInfinity = std::numeric_limits<double>::infinity();


static unsigned planDepth(ArrayRef<PlanRegion> plan) {
  unsigned depth = 0;
  for (const PlanRegion &region : plan)
    depth = std::max(depth, 1 + planDepth(region.children));
  return depth;
}

/// The report's entry for a plan weighed with exact peak `peak`.
static PlanCandidate describeCandidate(const OpChain &chain, const Plan &plan,
                                       int64_t peak, bool chosen) {
  PlanCandidate entry;
  entry.regions = countRegions(plan);
  entry.depth = planDepth(plan);
  entry.predictedPeakBytes = peak;
  entry.recomputeFlops = recomputeCost(chain, plan).flops;
  entry.chosen = chosen;
  entry.plan = printPlan(plan);
  return entry;
}

/// `plan` with its `index`-th region (in preorder) replaced by what
/// `replace` makes of it (regions at the same level); the rest is copied.
static Plan rewriteRegion(
    ArrayRef<PlanRegion> plan, unsigned index,
    function_ref<void(const PlanRegion &, Plan &)> replace) {
  unsigned seen = 0;
  std::function<void(ArrayRef<PlanRegion>, Plan &)> copy =
      [&](ArrayRef<PlanRegion> regions, Plan &into) {
        for (const PlanRegion &region : regions) {
          if (seen++ == index) {
            replace(region, into);
            continue;
          }
          PlanRegion kept{region.begin, region.end, {}, region.saveDots};
          copy(region.children, kept.children);
          into.push_back(std::move(kept));
        }
      };
  Plan out;
  copy(plan, out);
  return out;
}

/// `plan` without its `index`-th region: the region's children take its
/// place, and with `flatten` so do regions over the stretches of it its
/// children do not cover (one level less of nesting, the same units
/// recomputed once fewer).
static Plan withoutRegion(ArrayRef<PlanRegion> plan, unsigned index,
                          bool flatten) {
  return rewriteRegion(plan, index, [&](const PlanRegion &region,
                                        Plan &into) {
    unsigned next = region.begin;
    for (const PlanRegion &child : region.children) {
      if (flatten && next < child.begin)
        into.push_back({next, child.begin, {}});
      into.push_back(child);
      next = child.end;
    }
    if (flatten && next < region.end && !region.children.empty())
      into.push_back({next, region.end, {}});
  });
}

/// `plan` with its `index`-th region one unit shorter, at its start or
/// (`fromEnd`) its end; children no longer inside it are dropped. None when
/// the region has a single unit or would be illegal.
static std::optional<Plan> shrinkRegion(const OpChain &chain,
                                        ArrayRef<PlanRegion> plan,
                                        unsigned index, bool fromEnd) {
  bool ok = true;
  Plan out = rewriteRegion(plan, index, [&](const PlanRegion &region,
                                            Plan &into) {
    PlanRegion kept{region.begin, region.end, {}, region.saveDots};
    (fromEnd ? kept.end : kept.begin) += fromEnd ? -1 : 1;
    ok = kept.begin < kept.end && chain.isLegalRegion(kept.begin, kept.end);
    for (const PlanRegion &child : region.children)
      if (child.begin >= kept.begin && child.end < kept.end)
        kept.children.push_back(child);
    into.push_back(std::move(kept));
  });
  if (!ok)
    return std::nullopt;
  return out;
}

static bool samePlan(ArrayRef<PlanRegion> a, ArrayRef<PlanRegion> b) {
  if (a.size() != b.size())
    return false;
  for (auto [x, y] : llvm::zip(a, b))
    if (x.begin != y.begin || x.end != y.end || x.saveDots != y.saveDots ||
        !samePlan(x.children, y.children))
      return false;
  return true;
}

namespace {
/// Exact peaks of the function holding a value_and_grad, for candidate
/// plans applied to a clone of the module. Each plan is evaluated once.
class ExactPredictor {
public:
  ExactPredictor(ModuleOp module, StringRef callee, StringRef caller,
                 const TargetSpec &target, unsigned units)
      : module(module), callee(callee), caller(caller), target(target),
        units(units) {}

  /// The peak with `plan` applied, or failure when the clone cannot be
  /// differentiated and bufferized (e.g. no --ckpt-autodiff yet).
  FailureOr<int64_t> peak(ArrayRef<PlanRegion> plan,
                          SmallVectorImpl<LiveBuffer> *live = nullptr) {
    std::string key = printPlan(plan);
    auto it = done.find(key);
    if (it == done.end())
      it = done.try_emplace(key, evaluate(plan)).first;
    if (!it->second.peak)
      return failure();
    if (live)
      *live = it->second.live;
    return *it->second.peak;
  }

  /// The estimated time of the step with `plan` applied (see Result), or
  /// failure as for peak().
  FailureOr<double> stepSeconds(ArrayRef<PlanRegion> plan) {
    if (failed(peak(plan)))
      return failure();
    return done.find(printPlan(plan))->second.stepSeconds;
  }

  /// Plans evaluated, and the seconds they took.
  unsigned calls = 0;
  double seconds = 0;

private:
  struct Result {
    std::optional<int64_t> peak;
    SmallVector<LiveBuffer> live;
    /// The estimated time of the whole step (the caller and everything it
    /// calls, forward, recomputation and backward), once bufferized
    /// (StepTime.h).
    double stepSeconds = 0;
  };

  Result evaluate(ArrayRef<PlanRegion> plan) {
    ++calls;
    auto start = std::chrono::steady_clock::now();
    Result result = evaluateUntimed(plan);
    double taken = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
    seconds += taken;
    LLVM_DEBUG(llvm::dbgs() << "exact " << printPlan(plan) << ": "
                            << (result.peak ? *result.peak : -1) << " B in "
                            << taken << " s\n");
    return result;
  }

  Result evaluateUntimed(ArrayRef<PlanRegion> plan) {
    OwningOpRef<ModuleOp> clone = module.clone();
    auto func = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
        *clone, StringAttr::get(module.getContext(), callee));
    if (!func)
      return {};
    CostModel cloneCosts(func);
    OpChain chain = buildOpChain(func, cloneCosts, target, units);
    unsigned counter = 0;
    SmallVector<WrappedRegion> wrapped;
    // Failures here are the planner's business, not the user's input's.
    ScopedDiagnosticHandler quiet(module.getContext(),
                                  [](Diagnostic &) { return success(); });
    if (failed(applyPlan(chain, plan, counter, wrapped)))
      return {};
    // The clone is ours: bufferize it where it is.
    FailureOr<StepEstimate> step = estimateStepInPlace(*clone, caller, target);
    if (failed(step))
      return {};
    return {step->peakBytes, std::move(step->liveAtPeak), step->seconds};
  }

  ModuleOp module;
  std::string callee, caller;
  const TargetSpec &target;
  unsigned units;
  llvm::StringMap<Result> done;
};

struct PlanPass : public ckpt::impl::CkptPlanBase<PlanPass> {
  using CkptPlanBase::CkptPlanBase;

  void getDependentDialects(DialectRegistry &registry) const override {
    CkptPlanBase::getDependentDialects(registry);
    registerCostInterfaceExternalModels(registry);
  }

  void runOnOperation() override;

private:
  LogicalResult planOne(ModuleOp module, ValueAndGradOp op,
                        PlanRecord &record);
  /// planOne with `microbatch=` (MicrobatchPlan.h).
  LogicalResult planMicrobatched(ValueAndGradOp op, PlanRecord &record);
  LogicalResult checkOptions(std::string &error);
  LogicalResult checkOptionValues(StringRef options, std::string &error);
  /// Options are checked as they are parsed, so that a bad one is one
  /// message about the pipeline, not an error at the module.
  LogicalResult initializeOptions(
      StringRef options,
      function_ref<LogicalResult(const Twine &)> errorHandler) override;
  FailureOr<Plan> choosePlan(ValueAndGradOp op, const OpChain &chain,
                             ExactPredictor &exact, bool haveExact,
                             int64_t overhead, PlanRecord &record);
  FailureOr<Plan> chooseLargePlan(ValueAndGradOp op, const OpChain &chain,
                                  ExactPredictor &exact, PlanRecord &record);
  int64_t budgetFor(const PlanRecord &record) const;
  InFlightDiagnostic infeasible(ValueAndGradOp op, int64_t budget,
                                const PlanRecord &record);

  TargetSpec spec;
  std::optional<int64_t> budgetBytes;

public:
  /// The JSON report of the last run, whatever `report` says, and what it
  /// was printed from.
  std::string lastReport;
  std::vector<PlanRecord> lastRecords;
  /// Set by planFunction: the function whose value_and_grad ops are
  /// planned (all when null).
  func::FuncOp only;
};
} // namespace

LogicalResult PlanPass::checkOptions(std::string &error) {
  llvm::raw_string_ostream os(error);
  auto fail = [&]() -> llvm::raw_string_ostream & {
    os << "ckpt-plan: ";
    return os;
  };
  FailureOr<TargetSpec> found = TargetSpec::get(stringifyPlanTarget(target));
  if (failed(found))
    return fail() << "no roofline for target '"
                  << stringifyPlanTarget(target) << "'",
           failure();
  spec = *found;
  if (peakFlops > 0)
    spec.peakFlops = peakFlops;
  if (bandwidth > 0)
    spec.bandwidth = bandwidth;
  if (strategy == PlanStrategy::Given && plan.empty())
    return fail() << "strategy=given needs plan=<regions>, e.g. "
                     "plan=[0,2)[2,4)",
           failure();
  if (strategy != PlanStrategy::Given && !plan.empty())
    return fail() << "plan=<regions> goes with strategy=given", failure();
  if (strategy == PlanStrategy::Uniform && segments == 0)
    return fail() << "strategy=uniform needs segments=<K> with K >= 1",
           failure();
  if (!memoryBudget.empty() && activationBudget >= 0)
    return fail() << "give memory-budget or activation-budget, not both",
           failure();
  if (!memoryBudget.empty()) {
    std::string message;
    FailureOr<int64_t> bytes = parseByteSize(memoryBudget, message);
    if (failed(bytes))
      return fail() << "memory-budget: " << message, failure();
    budgetBytes = *bytes;
  } else if (activationBudget != -1.0 &&
             (activationBudget < 0 || activationBudget > 1)) {
    return fail() << "activation-budget must lie in [0, 1], got "
                  << activationBudget,
           failure();
  }
  if (solver == PlanSolver::Graph && strategy != PlanStrategy::Optimal)
    return fail() << "solver=graph goes with strategy=optimal", failure();
  if (solver == PlanSolver::Graph && memoryBudget.empty())
    return fail() << "solver=graph needs memory-budget=<bytes>", failure();
  if (!microbatch.empty()) {
    int64_t count;
    if (microbatch != "auto" && StringRef(microbatch).getAsInteger(10, count))
      return fail() << "microbatch must be 'auto' or a number of "
                       "micro-batches, got '"
                    << microbatch << "'",
             failure();
    if (microbatch == "auto" && strategy != PlanStrategy::Optimal)
      return fail() << "microbatch=auto goes with strategy=optimal "
                       "(microbatch=<K> goes with any)",
             failure();
  } else if (!batchArgs.empty()) {
    return fail() << "batch-args goes with microbatch=auto|<K>", failure();
  }
  if (strategy == PlanStrategy::Optimal && memoryBudget.empty() && activationBudget < 0)
    return fail() << "strategy=optimal needs memory-budget=<bytes> or "
                     "activation-budget=<f>",
           failure();
  return success();
}

/// The `key=value` pairs of a pass option string, split at spaces outside
/// braces and quotes as MLIR's option parser does.
static SmallVector<std::pair<StringRef, StringRef>>
splitOptions(StringRef options) {
  SmallVector<std::pair<StringRef, StringRef>> pairs;
  size_t begin = 0, depth = 0;
  char quote = 0;
  auto flush = [&](size_t end) {
    StringRef item = options.slice(begin, end).trim();
    if (!item.empty()) {
      auto [key, value] = item.split('=');
      pairs.push_back({key.trim(), value.trim()});
    }
    begin = end + 1;
  };
  for (size_t i = 0, e = options.size(); i < e; ++i) {
    char c = options[i];
    if (quote) {
      quote = c == quote ? 0 : quote;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}' && depth) {
      --depth;
    } else if (c == ' ' && !depth) {
      flush(i);
    }
  }
  flush(options.size());
  return pairs;
}

/// For an enum option: "unknown <name> '<value>': expected a, b or c" when
/// `value` is none of the spellings its cl::values list, else nothing.
template <typename OptionT>
static std::optional<std::string> unknownEnumValue(OptionT &option,
                                                   StringRef value) {
  auto &parser = option.getParser();
  unsigned count = parser.getNumOptions();
  if (parser.findOption(value) != count)
    return std::nullopt;
  std::string message;
  llvm::raw_string_ostream os(message);
  os << "unknown " << option.ArgStr << " '" << value << "': expected ";
  for (unsigned i = 0; i < count; ++i)
    os << (i == 0 ? "" : i + 1 == count ? " or " : ", ")
       << parser.getOption(i);
  return message;
}

/// Checks what LLVM's option parsers would reject with a message of their
/// own on stderr (and an empty diagnostic after it), so that a bad value
/// is one diagnostic instead; and an option given with no value, which they
/// would take as its default.
LogicalResult PlanPass::checkOptionValues(StringRef options,
                                          std::string &error) {
  llvm::raw_string_ostream os(error);
  for (auto [key, value] : splitOptions(options)) {
    bool known = llvm::is_contained(
        {"memory-budget", "activation-budget", "strategy", "segments", "plan",
         "report", "save-dots", "target", "peak-flops", "bandwidth",
         "solver", "microbatch", "batch-args", "reduction"},
        key);
    if (!known)
      continue; // The generic parser says "no such option".
    if (value.empty() && key != "save-dots")
      return os << "ckpt-plan: option '" << key << "' needs a value", failure();
    double number;
    unsigned count;
    if ((key == "activation-budget" || key == "peak-flops" ||
         key == "bandwidth") &&
        value.getAsDouble(number))
      return os << "ckpt-plan: " << key << " must be a number, got '" << value
                << "'",
             failure();
    if (key == "segments" && value.getAsInteger(10, count))
      return os << "ckpt-plan: segments must be a non-negative integer, got '"
                << value << "'",
             failure();
    if (key == "batch-args")
      for (StringRef item : llvm::split(value, ','))
        if (int64_t index; item.trim().getAsInteger(10, index))
          return os << "ckpt-plan: batch-args must be callee argument "
                       "indices, got '"
                    << value << "'",
                 failure();
    std::optional<std::string> unknown =
        key == "strategy"    ? unknownEnumValue(strategy, value)
        : key == "target"    ? unknownEnumValue(target, value)
        : key == "solver"    ? unknownEnumValue(solver, value)
        : key == "reduction" ? unknownEnumValue(reduction, value)
                             : std::nullopt;
    if (unknown)
      return os << "ckpt-plan: " << *unknown, failure();
  }
  return success();
}

LogicalResult PlanPass::initializeOptions(
    StringRef options, function_ref<LogicalResult(const Twine &)> errorHandler) {
  std::string error;
  if (failed(checkOptionValues(options, error)))
    return errorHandler(error);
  if (failed(CkptPlanBase::initializeOptions(options, errorHandler)))
    return failure();
  if (failed(checkOptions(error)))
    return errorHandler(error);
  return success();
}

FailureOr<Plan> PlanPass::choosePlan(ValueAndGradOp op, const OpChain &chain,
                                     ExactPredictor &exact, bool haveExact,
                                     int64_t overhead, PlanRecord &record) {
  auto predict = [&](ArrayRef<PlanRegion> plan) -> int64_t {
    if (haveExact) {
      FailureOr<int64_t> peak = exact.peak(plan);
      if (succeeded(peak))
        return *peak;
    }
    return overhead + modelNeed(chain, plan, 0, chain.size());
  };

  if (strategy != PlanStrategy::Optimal) {
    Plan plan;
    if (strategy == PlanStrategy::Given) {
      std::string error;
      FailureOr<Plan> given = parsePlan(this->plan, chain.size(), error);
      if (failed(given))
        return op.emitError("ckpt-plan: plan '")
               << this->plan << "' for @" << record.callee << " ("
               << chain.size() << " units): " << error;
      std::function<const PlanRegion *(ArrayRef<PlanRegion>)> illegal =
          [&](ArrayRef<PlanRegion> regions) -> const PlanRegion * {
        for (const PlanRegion &region : regions) {
          if (!chain.isLegalRegion(region.begin, region.end))
            return &region;
          if (const PlanRegion *inner = illegal(region.children))
            return inner;
        }
        return nullptr;
      };
      if (const PlanRegion *bad = illegal(*given))
        return op.emitError("ckpt-plan: plan region [")
               << bad->begin << "," << bad->end << ") of @" << record.callee
               << " would pass a non-tensor value across its boundary";
      plan = std::move(*given);
    } else {
      plan = strategy == PlanStrategy::Sqrt ? sqrtPlan(chain)
                                : uniformPlan(chain, segments);
    }
    record.predictedPeakBytes = predict(plan);
    if (budgetBytes && record.predictedPeakBytes > *budgetBytes)
      return op.emitError("ckpt-plan: the ")
             << stringifyPlanStrategy(strategy) << " plan for @" << record.callee << " peaks at "
             << record.predictedPeakBytes << " bytes, over the budget of "
             << *budgetBytes << " bytes";
    record.budgetBytes = budgetBytes.value_or(record.predictedPeakBytes);
    // No search for the least peak here: the least of the peaks seen.
    record.floorPeakBytes =
        std::min(record.baselinePeakBytes, record.predictedPeakBytes);
    return plan;
  }

  // The model ranks plans; the exact prediction decides. Candidates are the
  // model's optimal plans for memory limits from the whole activation
  // footprint down to the least the model can do, and for the budget itself.
  OptimalSolver solver(chain);
  int64_t low = solver.minimalNeed(), high = chain.totalAct();
  std::vector<std::pair<Plan, int64_t>> candidates;
  auto consider = [&](Plan plan) -> int64_t {
    for (auto &seen : candidates)
      if (samePlan(seen.first, plan))
        return seen.second;
    int64_t peak = predict(plan);
    LLVM_DEBUG(llvm::dbgs() << "candidate " << printPlan(plan) << " model "
                            << modelNeed(chain, plan, 0, chain.size())
                            << " exact " << peak << "\n");
    candidates.push_back({std::move(plan), peak});
    return peak;
  };
  consider(Plan());
  for (unsigned step = 0; step <= kCandidateSteps; ++step) {
    int64_t limit = high - (high - low) * step / kCandidateSteps;
    if (FailureOr<Plan> plan = solver.solve(limit); succeeded(plan))
      consider(std::move(*plan));
  }
  // The model misses what bufferization shares or frees early, so the
  // plans a user would write by hand, K equal segments of chain units
  // (layers), are candidates too.
  for (unsigned segments = 2;
       segments <= std::min<unsigned>(chain.size(), kCandidateSteps);
       ++segments)
    consider(uniformPlan(chain, segments));
  record.floorPeakBytes = candidates.front().second;
  for (auto &candidate : candidates)
    record.floorPeakBytes = std::min(record.floorPeakBytes, candidate.second);
  // What the step returns is live at its end whatever the plan.
  record.floorPeakBytes = std::max(record.floorPeakBytes, record.resultBytes);
  int64_t budget = budgetFor(record);
  record.budgetBytes = budget;
  // The cheapest candidate that fits so far, and its recompute time.
  auto cheapestIndex = [&]() -> std::optional<size_t> {
    std::optional<size_t> index;
    double bestSeconds = 0;
    for (auto [i, candidate] : llvm::enumerate(candidates)) {
      if (candidate.second > budget)
        continue;
      double seconds = recomputeCost(chain, candidate.first).seconds;
      if (!index || seconds < bestSeconds) {
        index = i;
        bestSeconds = seconds;
      }
    }
    return index;
  };
  auto cheapestFitting = [&] {
    std::optional<size_t> index = cheapestIndex();
    return index ? recomputeCost(chain, candidates[*index].first).seconds
                 : kInfinity;
  };
  // Considers `plan` only if it would beat `cheapest` (sparing an exact
  // prediction otherwise); lowers `cheapest` when it does and fits.
  auto considerIfCheaper = [&](Plan plan, double &cheapest) {
    double seconds = recomputeCost(chain, plan).seconds;
    if (seconds < cheapest && consider(std::move(plan)) <= budget)
      cheapest = seconds;
  };
  bool roomy = candidates.front().second <= budget;
  if (!haveExact && !roomy && low < high) {
    // The model is the judge: its optimum at the budget is the answer.
    int64_t limit = std::clamp(budget - overhead, low, high - 1);
    if (FailureOr<Plan> plan = OptimalSolver(chain, limit).solve(limit);
        succeeded(plan))
      consider(std::move(*plan));
  }
  // The model's optimum for the memory the budget leaves, solved with a
  // table no coarser than that memory needs. The model misses what
  // bufferization shares or frees early, so its memory is not the exact
  // peak minus a constant: bisect over the model's limit for the largest
  // whose plan's exact peak fits, starting from the constant-offset guess.
  // The exact peak is not monotone in that limit either (co-optimal plans
  // differ in what bufferization keeps): above the largest limit that fit,
  // try a few more, a smallest cut apart, with either tie-break.
  auto searchNearBudget = [&](const OpChain &model) {
    int64_t lo = low, hi = high - 1, fitting = -1;
    for (unsigned attempt = 0; attempt < kBudgetAttempts && lo <= hi;
         ++attempt) {
      int64_t limit = attempt == 0 ? std::clamp(budget - overhead, lo, hi)
                                   : lo + (hi - lo) / 2;
      FailureOr<Plan> plan = OptimalSolver(model, limit).solve(limit);
      int64_t peak = succeeded(plan) ? consider(std::move(*plan)) : budget + 1;
      if (peak <= budget) {
        lo = limit + 1;
        fitting = std::max(fitting, limit);
      } else {
        hi = limit - 1;
      }
    }
    int64_t step = 0;
    for (int64_t bytes : model.cutBytes)
      if (bytes > 0 && (step == 0 || bytes < step))
        step = bytes;
    double cheapest = cheapestFitting();
    for (unsigned k = 1; fitting >= 0 && step > 0 && k <= kScanSteps; ++k) {
      int64_t limit = fitting + k * step;
      if (limit >= high)
        break;
      for (bool preferLate : {false, true})
        if (FailureOr<Plan> plan =
                OptimalSolver(model, limit, preferLate).solve(limit);
            succeeded(plan))
          considerIfCheaper(std::move(*plan), cheapest);
    }
  };
  if (haveExact && !roomy) {
    searchNearBudget(chain);
    // save_dots regions keep more than the model's plans around them make
    // up for in some places: search the plans without them as well.
    if (llvm::any_of(chain.dotBytes, [](int64_t bytes) { return bytes; })) {
      OpChain withoutDots = chain;
      withoutDots.dotBytes.assign(chain.size(), 0);
      searchNearBudget(withoutDots);
    }
    // Griewank's binomial schedules with 1..kRevolveSnapshots snapshots,
    // which minimize the number of units run again whatever the sizes: the
    // model's optimum on the same units made equal (each keeping more than
    // all snapshots together). Where the lowering's memory differs from the
    // model's, one of these can fit a budget that the model's own plans
    // around it miss.
    OpChain equal = chain;
    unsigned n = chain.size();
    equal.actBytes.assign(n, n + 1);
    equal.cutBytes.assign(n + 1, 1);
    equal.cutBytes[0] = 0;
    equal.seconds.assign(n, 1.0);
    equal.dotBytes.assign(n, 0);
    double cheapest = cheapestFitting();
    for (unsigned snapshots = 1;
         snapshots <= kRevolveSnapshots && snapshots < n; ++snapshots) {
      int64_t limit = n + 1 + snapshots;
      if (FailureOr<Plan> plan = OptimalSolver(equal, limit).solve(limit);
          succeeded(plan))
        considerIfCheaper(std::move(*plan), cheapest);
    }
    // Small chains are searched exhaustively: every plan, exactly.
    for (Plan &plan : enumeratePlans(chain, kExhaustivePlans))
      consider(std::move(plan));
  }
  // Where the model over-nests or over-extends (it misses what the
  // lowering frees early), dropping a region from the best plan, one level
  // of nesting, or one unit at either end of a region can still fit and
  // recompute less: try each, keep the first cheaper plan that fits,
  // repeat.
  if (haveExact) {
    unsigned evaluations = 0;
    for (bool improved = true; improved && evaluations < kPruneEvaluations;) {
      improved = false;
      std::optional<size_t> index = cheapestIndex();
      if (!index)
        break;
      Plan current = candidates[*index].first;
      double seconds = recomputeCost(chain, current).seconds;
      for (unsigned r = 0, e = countRegions(current);
           !improved && r < e && evaluations < kPruneEvaluations; ++r) {
        SmallVector<Plan, 4> moves{withoutRegion(current, r, false),
                                   withoutRegion(current, r, true)};
        for (bool fromEnd : {false, true})
          if (std::optional<Plan> shrunk =
                  shrinkRegion(chain, current, r, fromEnd))
            moves.push_back(std::move(*shrunk));
        for (Plan &move : moves) {
          if (evaluations >= kPruneEvaluations ||
              recomputeCost(chain, move).seconds >= seconds ||
              samePlan(move, current))
            continue;
          ++evaluations;
          if (consider(std::move(move)) <= budget) {
            improved = true;
            break;
          }
        }
      }
    }
  }
  // Take the cheapest candidate that fits.
  std::optional<size_t> bestIndex = cheapestIndex();
  const std::pair<Plan, int64_t> *best =
      bestIndex ? &candidates[*bestIndex] : nullptr;
  for (auto &candidate : candidates)
    record.candidates.push_back(describeCandidate(
        chain, candidate.first, candidate.second, &candidate == best));
  if (best) {
    record.predictedPeakBytes = best->second;
    return best->first;
  }
  return infeasible(op, budget, record);
}

int64_t PlanPass::budgetFor(const PlanRecord &record) const {
  if (budgetBytes)
    return *budgetBytes;
  return record.floorPeakBytes +
         static_cast<int64_t>(activationBudget *
                              double(record.baselinePeakBytes -
                                     record.floorPeakBytes));
}

InFlightDiagnostic PlanPass::infeasible(ValueAndGradOp op, int64_t budget,
                                        const PlanRecord &record) {
  InFlightDiagnostic diag = op.emitError("ckpt-plan: memory budget of ")
                            << budget << " bytes is infeasible for @"
                            << record.callee
                            << ": the least peak of the plans weighed is "
                            << record.floorPeakBytes << " bytes";
  if (!record.exact)
    diag << " (estimated by the model: the exact prediction failed)";
  diag << "; the step's results (loss and gradients) alone take "
       << record.resultBytes << " bytes";
  return diag;
}

/// A large callee: the exact prediction takes seconds, so the search spends
/// a few of them. The model's optimum at limit m is a plan; the exact peak
/// of those plans rises with m roughly like the model's need plus what
/// bufferization adds. The floor (m = the least the model can do) and the
/// baseline (no plan) are checked first; then the largest m whose plan
/// fits is bracketed by interpolating the exact peaks measured at the ends
/// of the bracket, each step kept inside the bracket's middle half so that
/// it shrinks geometrically. Every plan chosen has been checked exactly.
FailureOr<Plan> PlanPass::chooseLargePlan(ValueAndGradOp op,
                                          const OpChain &chain,
                                          ExactPredictor &exact,
                                          PlanRecord &record) {
  struct Candidate {
    Plan plan;
    int64_t peak;
  };
  std::vector<Candidate> candidates;
  auto check = [&](Plan plan) -> int64_t {
    FailureOr<int64_t> peak = exact.peak(plan);
    int64_t bytes = succeeded(peak) ? *peak
                                    : std::numeric_limits<int64_t>::max();
    if (succeeded(peak) && llvm::none_of(candidates, [&](const Candidate &c) {
          return samePlan(c.plan, plan);
        }))
      candidates.push_back({std::move(plan), bytes});
    return bytes;
  };
  OptimalSolver solver(chain);
  int64_t low = solver.minimalNeed(), high = chain.totalAct();
  int64_t baseline = check(Plan());
  int64_t floor = baseline;
  int64_t lowPeak = baseline;
  if (FailureOr<Plan> least = OptimalSolver(chain, low).solve(low);
      succeeded(least)) {
    lowPeak = check(std::move(*least));
    floor = std::min(floor, lowPeak);
  }
  // On a stack of layers, checkpointing every layer (PyTorch's habit) and
  // coarser layer-aligned segments are checked too: the model's least-need
  // plan cuts where the model, not the bufferized step, needs least, and on
  // transformers its exact peak can be far above theirs.
  if (unsigned layers = chain.numLayers(); layers >= 2) {
    SmallVector<unsigned> counts = {
        layers, (layers + 1) / 2,
        static_cast<unsigned>(std::lround(std::sqrt(double(layers))))};
    llvm::sort(counts);
    counts.erase(std::unique(counts.begin(), counts.end()), counts.end());
    for (unsigned segments : counts) {
      if (segments < 2)
        continue;
      int64_t peak = check(uniformPlan(chain, segments));
      floor = std::min(floor, peak);
      if (peak < lowPeak)
        lowPeak = peak;
    }
  }
  record.floorPeakBytes = floor;
  int64_t budget = budgetFor(record);
  record.budgetBytes = budget;
  if (baseline > budget && lowPeak <= budget) {
    int64_t step = 0;
    for (int64_t bytes : chain.cutBytes)
      if (bytes > 0 && (step == 0 || bytes < step))
        step = bytes;
    step = std::max<int64_t>(step, 1);
    // [lo, hi]: lo's plan fits, hi's does not.
    int64_t lo = low, hi = high, loPeak = lowPeak, hiPeak = baseline;
    for (unsigned attempt = 0; attempt < kLargeAttempts && hi - lo > step;
         ++attempt) {
      double t = double(budget - loPeak) / double(hiPeak - loPeak);
      int64_t quarter = (hi - lo) / 4;
      int64_t limit = std::clamp<int64_t>(
          lo + static_cast<int64_t>(t * double(hi - lo)), lo + quarter,
          hi - quarter);
      FailureOr<Plan> plan = OptimalSolver(chain, limit).solve(limit);
      int64_t peak = succeeded(plan) ? check(std::move(*plan))
                                     : std::numeric_limits<int64_t>::max();
      LLVM_DEBUG(llvm::dbgs() << "large: limit " << limit << " in [" << lo
                              << ", " << hi << "] exact " << peak << "\n");
      if (peak <= budget) {
        lo = limit;
        loPeak = peak;
      } else {
        hi = limit;
        hiPeak = std::max(peak, budget + 1);
      }
    }
  }
  // The cheapest plan checked that fits.
  const Candidate *best = nullptr;
  double bestSeconds = 0;
  for (const Candidate &candidate : candidates) {
    if (candidate.peak > budget)
      continue;
    double seconds = recomputeCost(chain, candidate.plan).seconds;
    if (!best || seconds < bestSeconds) {
      best = &candidate;
      bestSeconds = seconds;
    }
  }
  for (const Candidate &candidate : candidates)
    record.candidates.push_back(describeCandidate(
        chain, candidate.plan, candidate.peak, &candidate == best));
  if (!best)
    return infeasible(op, budget, record);
  record.predictedPeakBytes = best->peak;
  return best->plan;
}

LogicalResult PlanPass::planOne(ModuleOp module, ValueAndGradOp op,
                                PlanRecord &record) {
  auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
      op, op.getCalleeAttr());
  auto caller = op->getParentOfType<func::FuncOp>();
  if (!callee || callee.isExternal() || !caller)
    return op.emitError("ckpt-plan: the callee must be a func.func with a "
                        "body, called from a func.func");
  record.callee = callee.getSymName().str();
  record.caller = caller.getSymName().str();
  record.strategy = stringifyPlanStrategy(strategy).str();

  unsigned units =
      strategy == PlanStrategy::Optimal || strategy == PlanStrategy::Given
          ? kOptimalUnits : ~0u;
  CostModel costs(callee);
  OpChain chain = buildOpChain(callee, costs, spec, units);
  // Without save-dots no region keeps contraction results.
  if (strategy == PlanStrategy::Optimal && !saveDots)
    chain.dotBytes.assign(chain.size(), 0);
  ExactPredictor exact(module, record.callee, record.caller, spec, units);
  for (Value result : op->getResults())
    if (auto type = dyn_cast<ShapedType>(result.getType());
        type && !result.use_empty())
      record.resultBytes += shapedBytes(type);
  // Every plan is checked exactly whatever the callee's size (bufferizing
  // a 12-layer transformer step takes seconds): large callees get a search
  // with few exact checks instead of checking every candidate.
  size_t numOps = callee.getBody().front().getOperations().size();
  FailureOr<int64_t> baseline = exact.peak({});
  record.exact = succeeded(baseline);
  int64_t modelBaseline = chain.totalAct();
  // What the model does not see (gradients, adjoints, the caller's own
  // buffers) is taken as constant across plans; without the exact
  // prediction, as the step's results, which are live at its end.
  int64_t overhead =
      record.exact ? *baseline - modelBaseline : record.resultBytes;
  record.baselinePeakBytes = record.exact ? *baseline
                                          : modelBaseline + overhead;

  // A forward with long skip connections is planned by the graph solver
  // too; the chain planner's "infeasible" waits for its answer.
  // A graph plan applied to the module: its overhead, as a chain plan's, is
  // the step as lowered with its regions over the step without.
  auto finishGraph = [&]() -> LogicalResult {
    FailureOr<double> unplanned = exact.stepSeconds({});
    FailureOr<StepEstimate> planned =
        estimateStep(module, record.caller, spec);
    if (succeeded(unplanned) && succeeded(planned) && *unplanned > 0) {
      record.estimatedOverhead = planned->seconds / *unplanned - 1;
      record.stepSeconds = *unplanned;
    }
    record.verifications += exact.calls;
    record.exactSeconds += exact.seconds;
    numVerifications += record.verifications;
    numRegions += record.regions.size();
    return success();
  };
  if (solver == PlanSolver::Graph) {
    if (!record.exact)
      return op.emitError("ckpt-plan: solver=graph needs the exact peak "
                          "of the step, but @")
             << record.callee << " could not be differentiated and "
             << "bufferized";
    record.budgetBytes = *budgetBytes;
    record.floorPeakBytes = record.baselinePeakBytes;
    if (planWithGraph(callee, costs, spec, module, record, chain,
                      nullptr, std::nullopt, *baseline))
      return finishGraph();
    if (record.baselinePeakBytes > *budgetBytes)
      return infeasible(op, *budgetBytes, record);
  }
  bool tryGraph = record.exact && strategy == PlanStrategy::Optimal &&
                  solver == PlanSolver::Auto &&
                  numOps <= kMaxExactOps && hasLongSkips(chain);
  std::optional<HeldErrors> held;
  if (tryGraph)
    held.emplace(op.getContext());
  FailureOr<Plan> plan =
      solver == PlanSolver::Graph ? FailureOr<Plan>(Plan())
      : record.exact && strategy == PlanStrategy::Optimal && numOps > kMaxExactOps
          ? chooseLargePlan(op, chain, exact, record)
          : choosePlan(op, chain, exact, record.exact, overhead, record);
  if (tryGraph) {
    std::optional<double> chainStep;
    if (succeeded(plan))
      if (FailureOr<double> seconds = exact.stepSeconds(*plan);
          succeeded(seconds))
        chainStep = *seconds;
    std::optional<GraphChoice> graph =
        planWithGraph(callee, costs, spec, module, record, chain,
                      succeeded(plan) ? &*plan : nullptr, chainStep,
                      *baseline);
    if (graph) {
      held->drop();
      held.reset();
      return finishGraph();
    }
    held.reset();
  }
  if (failed(plan))
    return failure();
  record.numUnits = chain.size();
  record.numLayers = chain.numLayers();
  record.layerOps = chain.layerOps;
  record.plan = printPlan(*plan);
  RecomputeCost cost = recomputeCost(chain, *plan);
  record.recomputeFlops = cost.flops;
  record.recomputeSeconds = cost.seconds;
  double forward = 0;
  for (double seconds : chain.seconds)
    forward += seconds;
  record.estimatedOverhead =
      forward > 0 ? record.recomputeSeconds / (3 * forward) : 0;
  if (record.exact) {
    // The plan applied is checked exactly, whatever chose it.
    FailureOr<int64_t> peak = exact.peak(*plan, &record.liveAtPeak);
    record.predictedExact = succeeded(peak);
    if (succeeded(peak))
      record.predictedPeakBytes = *peak;
    // The overhead of the step as lowered, not of the forward's ops: the
    // backward's cost differs from op to op (a matmul's is twice its
    // forward, softmax's and layer norm's more), and autodiff recomputes
    // what the plan's regions need, which the chain only approximates.
    FailureOr<double> planned = exact.stepSeconds(*plan);
    FailureOr<double> unplanned = exact.stepSeconds({});
    if (succeeded(planned) && succeeded(unplanned) && *unplanned > 0) {
      record.estimatedOverhead = *planned / *unplanned - 1;
      record.stepSeconds = *unplanned;
    }
  }
  record.verifications += exact.calls;
  record.exactSeconds += exact.seconds;
  numVerifications += record.verifications;

  unsigned counter = 0;
  callee.walk([&](CheckpointOp region) {
    if (auto name = region.getName(); name && name->starts_with("auto_"))
      ++counter;
  });
  if (failed(applyPlan(chain, *plan, counter, record.regions)))
    return failure();
  numRegions += record.regions.size();
  return success();
}

LogicalResult PlanPass::planMicrobatched(ValueAndGradOp op,
                                         PlanRecord &record) {
  MicrobatchPlanOptions options;
  if (int64_t count; microbatch != "auto" &&
                     !StringRef(microbatch).getAsInteger(10, count))
    options.count = count; // anything else checkOptions has refused
  options.batchArgs = batchArgs;
  options.reduction = reduction;
  options.budgetBytes = budgetBytes;
  options.target = spec;
  auto planIn = [&](ModuleOp module, ValueAndGradOp inner,
                    std::optional<int64_t> budget, PlanRecord &out) {
    // Clones are weighed, not planned: their regions are not counted.
    uint64_t regions = numRegions;
    std::optional<int64_t> saved = budgetBytes;
    if (budget)
      budgetBytes = budget;
    LogicalResult result = planOne(module, inner, out);
    budgetBytes = saved;
    if (module != getOperation())
      numRegions = regions;
    return result;
  };
  return planWithMicrobatches(op, options, planIn, record);
}

void PlanPass::runOnOperation() {
  ModuleOp module = getOperation();
  // Again for passes built from an options struct, which skip parsing.
  if (std::string error; failed(checkOptions(error))) {
    emitError(module.getLoc(), error);
    return signalPassFailure();
  }
  SmallVector<ValueAndGradOp> ops;
  module.walk([&](ValueAndGradOp op) { ops.push_back(op); });
  llvm::StringSet<> planned;
  std::vector<PlanRecord> records;
  for (ValueAndGradOp op : ops) {
    if (only && op->getParentOfType<func::FuncOp>() != only)
      continue;
    // A callee is planned once, for the first value_and_grad that calls it.
    if (!planned.insert(op.getCallee()).second)
      continue;
    PlanRecord record;
    if (failed(microbatch.empty() ? planOne(getOperation(), op, record)
                                  : planMicrobatched(op, record)))
      return signalPassFailure();
    records.push_back(std::move(record));
  }
  lastReport.clear();
  llvm::raw_string_ostream json(lastReport);
  printJsonReport(records, json);
  lastRecords = records;
  if (report == "-") {
    printSummary(records, llvm::outs());
  } else if (!report.empty()) {
    std::string error;
    if (failed(writeJsonReport(lastReport, report, error))) {
      // At the first step planned, not the module: one located line.
      Location loc = module.getLoc();
      module.walk([&](ValueAndGradOp op) {
        loc = op.getLoc();
        return WalkResult::interrupt();
      });
      emitError(loc, "ckpt-plan: ") << error;
      return signalPassFailure();
    }
  }
}

StringRef mlir::ckpt::stringifyPlanStrategy(PlanStrategy strategy) {
  switch (strategy) {
  case PlanStrategy::Optimal:
    return "optimal";
  case PlanStrategy::Sqrt:
    return "sqrt";
  case PlanStrategy::Uniform:
    return "uniform";
  case PlanStrategy::Given:
    return "given";
  }
  llvm_unreachable("unknown plan strategy");
}

StringRef mlir::ckpt::stringifyPlanTarget(PlanTarget target) {
  switch (target) {
  case PlanTarget::CPU:
    return "cpu";
  case PlanTarget::SM90:
    return "sm_90";
  }
  llvm_unreachable("unknown plan target");
}

const std::string *mlir::ckpt::getPlanReport(const Pass &pass) {
  if (pass.getTypeID() != TypeID::get<PlanPass>())
    return nullptr;
  return &static_cast<const PlanPass &>(pass).lastReport;
}

static PlanReport toReport(ArrayRef<PlanRecord> records) {
  PlanReport report;
  for (const PlanRecord &record : records) {
    PlanSummary &summary = report.plans.emplace_back();
    summary.callee = record.callee;
    summary.caller = record.caller;
    summary.strategy = record.strategy;
    summary.plan = record.plan;
    summary.units = record.numUnits;
    summary.budgetBytes = record.budgetBytes;
    summary.baselinePeakBytes = record.baselinePeakBytes;
    summary.predictedPeakBytes = record.predictedPeakBytes;
    summary.minPeakBytes = record.floorPeakBytes;
    summary.resultBytes = record.resultBytes;
    summary.exact = record.exact && record.predictedExact;
    summary.recomputeFlops = record.recomputeFlops;
    summary.estimatedOverhead = record.estimatedOverhead;
    summary.stepSeconds = record.stepSeconds;
    summary.microbatch = record.microbatch;
    for (const WrappedRegion &region : record.regions)
      summary.regions.push_back({region.name, region.numOps, region.depth,
                                 region.saveDots, region.inputsBytes,
                                 region.recomputeFlops});
  }
  return report;
}

static FailureOr<PlanReport> runPlanner(ModuleOp module, func::FuncOp only,
                                        const CkptPlanOptions &options) {
  std::unique_ptr<Pass> pass = createCkptPlan(options);
  auto *planner = static_cast<PlanPass *>(pass.get());
  planner->only = only;
  PassManager pm(module.getContext(), ModuleOp::getOperationName());
  pm.addPass(std::move(pass));
  if (failed(pm.run(module)))
    return failure();
  return toReport(planner->lastRecords);
}

FailureOr<PlanReport> mlir::ckpt::planModule(ModuleOp module,
                                             const CkptPlanOptions &options) {
  return runPlanner(module, nullptr, options);
}

FailureOr<PlanReport> mlir::ckpt::planFunction(func::FuncOp func,
                                               const CkptPlanOptions &options) {
  auto module = func->getParentOfType<ModuleOp>();
  if (!module)
    return func.emitError("ckpt-plan: the function is not in a module");
  return runPlanner(module, func, options);
}
