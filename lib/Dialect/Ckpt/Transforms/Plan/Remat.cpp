//===- Remat.cpp - --ckpt-remat: recompute instead of keeping -------------===//
//
// Rematerialization of whole functions (no ckpt.value_and_grad needed): the
// function's top-level ops become a graph for the planner library's solver
// (ckpt/Planner/GraphSolver.h), whose schedule is written back as clones of
// the recomputed ops; the exact memory model checks each rewrite.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Analysis/CostInterfaces.h"
#include "ckpt/Analysis/CostModel.h"
#include "ckpt/Analysis/MemoryModel.h"
#include "ckpt/Dialect/Ckpt/Transforms/InitMakers.h"
#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h"
#include "ckpt/Planner/ByteSize.h"
#include "ckpt/Planner/GraphSolver.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/Support/Debug.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <functional>
#include <map>

#define DEBUG_TYPE "ckpt-remat"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTREMAT
#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h.inc"
} // namespace mlir::ckpt

using namespace mlir;
using namespace mlir::ckpt;
namespace planner = mlir::ckpt::planner;

/// Calls deeper than this are taken for recursion.
static constexpr unsigned kMaxInlineDepth = 64;
/// Solves per function while the exact peak is over the budget.
static constexpr unsigned kMaxAttempts = 12;
/// Model budgets tried between the lower bound and the keep-all peak when
/// lowering the budget by the excess finds nothing that fits.
static constexpr unsigned kGridSteps = 8;
/// Model budgets tried between a fitting and a failing one for a schedule
/// that recomputes less.
static constexpr unsigned kRefineSteps = 4;
/// Searches at the least peak reached before an infeasible budget's error
/// names it.
static constexpr unsigned kConfirmRounds = 3;

/// Replaces every call in `func` to a function of the module with a body by
/// that body, so that one schedule covers every allocation of the call.
static LogicalResult inlineCalls(func::FuncOp func, SymbolTable &symbols) {
  for (unsigned depth = 0;; ++depth) {
    SmallVector<func::CallOp> calls;
    func.walk([&](func::CallOp call) {
      auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
      if (callee && !callee.isExternal())
        calls.push_back(call);
    });
    if (calls.empty())
      return success();
    if (depth == kMaxInlineDepth)
      return calls.front().emitOpError("ckpt-remat: calls nest deeper than ")
             << kMaxInlineDepth << " (recursion is not supported)";
    for (func::CallOp call : calls) {
      auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
      if (!callee.getBody().hasOneBlock())
        return call.emitOpError("ckpt-remat: callee @")
               << call.getCallee() << " has more than one block";
      IRMapping mapping;
      Block &body = callee.getBody().front();
      for (auto [arg, operand] :
           llvm::zip(body.getArguments(), call.getOperands()))
        mapping.map(arg, operand);
      OpBuilder builder(call);
      for (Operation &op : body.without_terminator())
        builder.clone(op, mapping);
      for (auto [result, value] :
           llvm::zip(call.getResults(), body.getTerminator()->getOperands()))
        result.replaceAllUsesWith(mapping.lookupOrDefault(value));
      call.erase();
    }
  }
}

namespace {

/// A function's top-level ops as the solver's graph. Destination makers
/// (isDestinationMaker) that only serve as the destination of top-level ops
/// are no nodes: every compute of a writer makes its own, as
/// --ckpt-untie-inits does before bufferization, and the writer's buffer is
/// theirs.
struct FunctionGraph {
  /// The graph node of each top-level op, in order, or -1 for a folded
  /// destination maker.
  SmallVector<int> nodeOf;
  /// The position among the top-level ops of each node but the last one
  /// that reads what the function returns, if any.
  SmallVector<unsigned> opOf;
  planner::Graph graph;
  /// The FLOPs of each node, its folded init makers' included.
  SmallVector<int64_t> flops;
};

/// Whether `op`, a top-level op of `body`, is folded into its users: a
/// destination maker every use of which is a destination of a top-level op.
/// (The one effect of a bufferization.alloc_tensor among them is its own
/// allocation, so making it again for each writer changes no result.)
bool isFoldedInit(Operation *op, Block &body) {
  if (op->getNumResults() != 1 || !isDestinationMaker(op) || op->use_empty())
    return false;
  return llvm::all_of(op->getUses(), [&](OpOperand &use) {
    auto user = dyn_cast<DestinationStyleOpInterface>(use.getOwner());
    return user && user->getBlock() == &body && user.isDpsInit(&use);
  });
}

FunctionGraph buildGraph(func::FuncOp func) {
  FunctionGraph result;
  CostModel costs(func);
  Block &body = func.getBody().front();
  // The graph node of each top-level op; a folded init maker maps to the
  // nodes that its chain reads and to its FLOPs.
  DenseMap<Operation *, unsigned> index;
  DenseMap<Operation *, std::pair<SmallVector<unsigned>, int64_t>> folded;
  for (Operation &op : body.without_terminator()) {
    int64_t flops = costs.getCost(&op).flops;
    SmallVector<unsigned> sources;
    // Values read inside the op's regions count as operands too.
    op.walk([&](Operation *inner) {
      for (Value operand : inner->getOperands()) {
        Operation *def = operand.getDefiningOp();
        if (!def)
          continue;
        if (auto it = index.find(def); it != index.end()) {
          sources.push_back(it->second);
        } else if (auto fit = folded.find(def); fit != folded.end()) {
          llvm::append_range(sources, fit->second.first);
          flops += fit->second.second;
        }
      }
    });
    if (isFoldedInit(&op, body)) {
      folded[&op] = {std::move(sources), flops};
      result.nodeOf.push_back(-1);
      continue;
    }
    int64_t bytes = 0;
    for (Type type : op.getResultTypes())
      bytes += shapedBytes(type);
    unsigned node = result.graph.addNode(1.0 + double(flops), bytes);
    result.graph.setRecomputable(node, isMemoryEffectFree(&op));
    llvm::sort(sources);
    sources.erase(llvm::unique(sources), sources.end());
    for (unsigned source : sources)
      result.graph.addEdge(source, node);
    index[&op] = node;
    result.nodeOf.push_back(node);
    result.opOf.push_back(result.nodeOf.size() - 1);
    result.flops.push_back(flops);
  }
  // What the function returns stays until it returns: a last node, which
  // does nothing, reads it.
  SmallVector<unsigned> returned;
  for (Value value : body.getTerminator()->getOperands())
    if (Operation *def = value.getDefiningOp())
      if (auto it = index.find(def); it != index.end())
        returned.push_back(it->second);
  if (!returned.empty()) {
    unsigned sink = result.graph.addNode(0.0, 0);
    for (unsigned node : returned)
      result.graph.addEdge(node, sink);
  }
  return result;
}

/// The mark of a recomputed copy, `ckpt.recomputed = <n>`. The number tells
/// the copies of one op apart: with the same mark, two recomputes of an op
/// from the same kept operands are equal ops, and CSE in the lowering would
/// merge the later into the earlier, keeping its result from the first
/// recompute to the last use of the second, which the schedule freed.
constexpr llvm::StringLiteral kRecomputedAttr = "ckpt.recomputed";

/// The greatest number a `ckpt.recomputed` mark in `block` carries (marks
/// from an earlier --ckpt-remat), or 0.
int64_t lastRecomputeMark(Block &block) {
  int64_t last = 0;
  block.walk([&](Operation *op) {
    if (auto mark = op->getAttrOfType<IntegerAttr>(kRecomputedAttr))
      last = std::max(last, mark.getInt());
  });
  return last;
}

/// Rewrites `body`, whose top-level ops are those `fg` was built from, in
/// the order of `schedule`: each compute is a clone (the first of a node
/// too) reading the latest copies of its operands, after fresh copies of
/// the init makers folded into it; the originals are then erased. Returns
/// the number of recomputes.
unsigned applySchedule(Block &body, const FunctionGraph &fg,
                       const planner::Schedule &schedule) {
  SmallVector<Operation *> ops;
  for (Operation &op : body.without_terminator())
    ops.push_back(&op);
  assert(ops.size() == fg.nodeOf.size() && "body changed since buildGraph");
  DenseSet<Operation *> folded;
  for (auto [op, node] : llvm::zip(ops, fg.nodeOf))
    if (node < 0)
      folded.insert(op);
  Operation *terminator = body.getTerminator();
  OpBuilder builder(terminator);
  int64_t lastMark = lastRecomputeMark(body);
  // Maps each original result to its latest copy.
  DenseMap<Value, Value> latest;
  std::vector<char> computed(fg.opOf.size(), 0);
  unsigned recomputes = 0;
  // Maps what `op` and its regions read to the latest copies, making fresh
  // copies of the folded init makers among them.
  std::function<void(Operation *, IRMapping &)> mapOperands =
      [&](Operation *op, IRMapping &mapping) {
        op->walk([&](Operation *inner) {
          for (Value operand : inner->getOperands()) {
            if (mapping.contains(operand))
              continue;
            if (Value copy = latest.lookup(operand)) {
              mapping.map(operand, copy);
              continue;
            }
            Operation *def = operand.getDefiningOp();
            if (!def || !folded.contains(def))
              continue;
            IRMapping makerMapping;
            mapOperands(def, makerMapping);
            Operation *maker = builder.clone(*def, makerMapping);
            mapping.map(def->getResults(), maker->getResults());
          }
        });
      };
  for (const planner::Step &step : schedule) {
    if (step.kind != planner::StepKind::Compute ||
        step.node >= fg.opOf.size())
      continue;
    Operation *op = ops[fg.opOf[step.node]];
    bool again = computed[step.node];
    recomputes += again;
    computed[step.node] = 1;
    // A fresh mapping per clone: a shared one would hand a second clone the
    // first clone's region arguments.
    IRMapping mapping;
    mapOperands(op, mapping);
    Operation *copy = builder.clone(*op, mapping);
    // Marked as ckpt-autodiff's recomputed copies are, else CSE would merge
    // the copy back into the op it repeats; numbered (kRecomputedAttr).
    if (again)
      copy->setAttr(kRecomputedAttr, builder.getI64IntegerAttr(++lastMark));
    for (auto [result, value] : llvm::zip(op->getResults(), copy->getResults()))
      latest[result] = value;
  }
  for (OpOperand &operand : terminator->getOpOperands())
    if (Value copy = latest.lookup(operand.get()))
      operand.set(copy);
  for (Operation *op : llvm::reverse(ops)) {
    op->dropAllUses();
    op->erase();
  }
  return recomputes;
}

struct Record {
  std::string function;
  int64_t budget = 0, baseline = 0, predicted = 0;
  unsigned recomputed = 0, attempts = 0;
  int64_t recomputeFlops = 0;
};

struct RematPass : public ckpt::impl::CkptRematBase<RematPass> {
  using CkptRematBase::CkptRematBase;

  void getDependentDialects(DialectRegistry &registry) const override {
    CkptRematBase::getDependentDialects(registry);
    registerCostInterfaceExternalModels(registry);
  }

  LogicalResult initializeOptions(
      StringRef options,
      function_ref<LogicalResult(const Twine &)> errorHandler) override {
    if (failed(CkptRematBase::initializeOptions(options, errorHandler)))
      return failure();
    if (memoryBudget.empty())
      return errorHandler("ckpt-remat: memory-budget=<bytes> is required");
    llvm::Expected<int64_t> bytes = planner::parseByteSize(memoryBudget);
    if (!bytes)
      return errorHandler("ckpt-remat: memory-budget: " +
                          llvm::toString(bytes.takeError()));
    budget = *bytes;
    return success();
  }

  void runOnOperation() override;

private:
  /// The exact peak of `name` in `module`, or nullopt.
  std::optional<int64_t> exactPeak(ModuleOp module, StringRef name);
  LogicalResult rematerialize(func::FuncOp func, Record &record);
  LogicalResult writeReport(ArrayRef<Record> records);

  int64_t budget = 0;
};

} // namespace

std::optional<int64_t> RematPass::exactPeak(ModuleOp module, StringRef name) {
  OwningOpRef<ModuleOp> keepAlive;
  ScopedDiagnosticHandler quiet(module.getContext(),
                                [](Diagnostic &) { return success(); });
  FailureOr<std::unique_ptr<MemoryModel>> model =
      predictMemory(module, keepAlive);
  if (failed(model))
    return std::nullopt;
  const FunctionMemoryProfile *profile = (*model)->lookup(name);
  if (!profile)
    return std::nullopt;
  return profile->peakBytes;
}

LogicalResult RematPass::rematerialize(func::FuncOp func, Record &record) {
  ModuleOp module = getOperation();
  StringRef name = func.getSymName();
  record.function = name.str();
  record.budget = budget;
  std::optional<int64_t> baseline = exactPeak(module, name);
  if (!baseline)
    return func.emitError("ckpt-remat: cannot predict the peak memory of @")
           << name << " (bufferization failed)";
  record.baseline = record.predicted = *baseline;
  if (*baseline <= budget)
    return success();

  SymbolTable symbols(module);
  if (failed(inlineCalls(func, symbols)))
    return failure();
  if (!func.getBody().hasOneBlock())
    return func.emitError("ckpt-remat: @")
           << name << " has more than one block";
  FunctionGraph fg = buildGraph(func);
  if (fg.opOf.empty())
    return func.emitError("ckpt-remat: @")
           << name << " needs " << *baseline << " bytes at its peak, over the "
           << budget << "-byte budget, and has nothing to recompute";
  int64_t lower = planner::peakLowerBound(fg.graph);
  int64_t leastPeak = *baseline;
  // The exact peak of the function rewritten by the solver's schedule at
  // `modelBudget` with that schedule, or nullopt when the solver finds
  // none. Each model budget is solved and predicted once.
  using Tried = std::optional<std::pair<int64_t, planner::Solution>>;
  std::map<int64_t, Tried> tries;
  auto tryBudget = [&](int64_t modelBudget) -> Tried {
    if (auto it = tries.find(modelBudget); it != tries.end())
      return it->second;
    Tried &result = tries[modelBudget];
    ++record.attempts;
    // The function's own order: side effects keep theirs, and the schedule
    // is written back as clones in place.
    planner::SolverOptions options;
    options.order = planner::NodeOrder::Given;
    planner::Solution solution =
        planner::solveGraph(fg.graph, modelBudget, options);
    if (!solution.feasible)
      return result;
    OwningOpRef<ModuleOp> clone = module.clone();
    auto copy = clone->lookupSymbol<func::FuncOp>(name);
    applySchedule(copy.getBody().front(), fg, solution.schedule);
    std::optional<int64_t> peak = exactPeak(*clone, name);
    if (!peak)
      return result;
    leastPeak = std::min(leastPeak, *peak);
    LLVM_DEBUG(llvm::dbgs() << "ckpt-remat: model budget " << modelBudget
                            << ": model peak " << solution.stats.peak
                            << ", cost " << solution.stats.cost
                            << ", exact peak " << *peak << "\n");
    result = std::make_pair(*peak, std::move(solution));
    return result;
  };

  // Rewrites the function with a schedule whose exact peak fits.
  auto accept = [&](int64_t peak, const planner::Solution &solution) {
    record.predicted = peak;
    for (const planner::Step &step : solution.schedule)
      if (step.kind == planner::StepKind::Compute &&
          step.node < fg.flops.size())
        record.recomputeFlops += fg.flops[step.node];
    for (int64_t flops : fg.flops)
      record.recomputeFlops -= flops;
    record.recomputed =
        applySchedule(func.getBody().front(), fg, solution.schedule);
    numRecomputed += record.recomputed;
    return success();
  };

  llvm::Expected<planner::ScheduleStats> keepAll =
      planner::simulate(fg.graph, planner::keepAllSchedule(fg.graph));
  if (!keepAll) {
    llvm::consumeError(keepAll.takeError());
    return func.emitError("ckpt-remat: @")
           << name << ": internal error: the keep-all schedule is invalid";
  }
  // The least exact peak of the grid's model budgets below, which depend on
  // the graph alone: a search at that peak, when its first model budgets
  // do not fit, comes to the same grid budget and fits.
  int64_t gridLeast = *baseline;
  // The search for one budget (deterministic, as each try is): the
  // cheapest schedule tried whose exact peak fits `target`, or nullopt.
  auto search = [&](int64_t target) -> Tried {
    // The cheapest schedule whose exact peak fits, from the model budget
    // `fitModel`; `failModel` is a greater model budget whose schedule did
    // not fit (the keep-all schedule's, whose exact peak is the baseline).
    Tried best;
    int64_t fitModel = 0, failModel = keepAll->peak;
    // Tries `modelBudget`; returns whether its schedule fits.
    auto consider = [&](int64_t modelBudget, Tried &tried) {
      tried = tryBudget(modelBudget);
      if (!tried || tried->first > target)
        return false;
      if (!best || tried->second.stats.cost < best->second.stats.cost)
        best = *tried;
      return true;
    };

    // The model undercounts where bufferization copies: ask it for less by
    // the excess.
    int64_t modelBudget = std::max(target, lower);
    for (unsigned attempt = 0; attempt < kMaxAttempts; ++attempt) {
      Tried tried;
      if (consider(modelBudget, tried)) {
        fitModel = modelBudget;
        break;
      }
      if (!tried || modelBudget == lower)
        break;
      failModel = modelBudget;
      modelBudget = std::max(std::min(modelBudget - (tried->first - target),
                                      modelBudget - 1),
                             lower);
    }
    // Lowering the model's budget by the excess did not get there. The model
    // also overcounts (an op that writes into an operand that dies there
    // takes both in it), so that budgets at or below the exact one ask for
    // more recomputation than needed, and the exact peak need not fall with
    // the model's budget. Try model budgets from the keep-all schedule's peak
    // down to the tightest ones, to the first whose exact peak fits.
    if (!best) {
      llvm::SmallVector<int64_t> modelBudgets;
      for (unsigned step = kGridSteps - 1; step > 0; --step)
        modelBudgets.push_back(lower + (keepAll->peak - lower) * step /
                                           int64_t(kGridSteps));
      for (double factor : {2.0, 1.5, 1.25, 1.1, 1.0})
        modelBudgets.push_back(int64_t(double(lower) * factor));
      failModel = keepAll->peak;
      for (int64_t candidate : modelBudgets) {
        if (candidate >= failModel)
          continue;
        Tried tried;
        bool fits = consider(candidate, tried);
        if (tried)
          gridLeast = std::min(gridLeast, tried->first);
        if (fits) {
          fitModel = candidate;
          break;
        }
        failModel = candidate;
      }
    }
    if (best) {
      // Recomputing less where more memory is allowed: bisect the model
      // budgets between the fitting one and the failing one above it.
      for (unsigned step = 0; step < kRefineSteps; ++step) {
        int64_t middle = fitModel + (failModel - fitModel) / 2;
        if (middle <= fitModel)
          break;
        Tried tried;
        if (consider(middle, tried))
          fitModel = middle;
        else
          failModel = middle;
      }
    }
    return best;
  };

  if (Tried found = search(budget))
    return accept(found->first, found->second);
  // The error names a peak that --ckpt-remat reaches when asked for it: the
  // least one the search reached, confirmed by searching at it (a search at
  // another budget tries other model budgets and may reach less, which is
  // then confirmed in turn), or else the least the grid reached.
  int64_t candidate = leastPeak;
  int64_t named = gridLeast;
  for (unsigned round = 0; round < kConfirmRounds && candidate < named;
       ++round) {
    if (search(candidate))
      named = candidate;
    if (leastPeak >= candidate)
      break;
    candidate = leastPeak;
  }
  return mlir::emitError(func.getLoc(), "ckpt-remat: @")
         << name << " cannot fit the budget of " << budget
         << " bytes: the least peak reached is " << named << " bytes";
}

LogicalResult RematPass::writeReport(ArrayRef<Record> records) {
  if (report.empty())
    return success();
  if (report == "-") {
    for (const Record &r : records)
      llvm::outs() << "ckpt-remat: @" << r.function << " budget " << r.budget
                   << " B, baseline " << r.baseline << " B, predicted "
                   << r.predicted << " B, " << r.recomputed
                   << " ops recomputed (" << r.recomputeFlops << " FLOPs)\n";
    return success();
  }
  llvm::json::Array functions;
  for (const Record &r : records)
    functions.push_back(
        llvm::json::Object{{"function", r.function},
                           {"budget_bytes", r.budget},
                           {"baseline_peak_bytes", r.baseline},
                           {"predicted_peak_bytes", r.predicted},
                           {"recomputed_ops", r.recomputed},
                           {"recompute_flops", r.recomputeFlops},
                           {"attempts", r.attempts}});
  std::error_code error;
  llvm::raw_fd_ostream os(report, error, llvm::sys::fs::OF_Text);
  if (error)
    return getOperation().emitError("ckpt-remat: cannot write the report '")
           << report << "': " << error.message();
  os << llvm::formatv("{0:2}\n", llvm::json::Value(llvm::json::Object{
                                     {"functions", std::move(functions)}}));
  return success();
}

void RematPass::runOnOperation() {
  ModuleOp module = getOperation();
  SmallVector<func::FuncOp> publics;
  for (auto func : module.getOps<func::FuncOp>())
    if (func.isPublic() && !func.isExternal())
      publics.push_back(func);
  SmallVector<Record> records;
  bool failed = false;
  // One error: the first function that cannot be brought within the
  // budget ends the pass.
  for (func::FuncOp func : publics) {
    Record record;
    if (mlir::failed(rematerialize(func, record))) {
      failed = true;
      break;
    }
    records.push_back(record);
  }
  if (failed || mlir::failed(writeReport(records)))
    return signalPassFailure();
}
