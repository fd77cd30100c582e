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
#include "ckpt/Dialect/Ckpt/Transforms/PlanPasses.h"
#include "ckpt/Planner/ByteSize.h"
#include "ckpt/Planner/GraphSolver.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

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

/// A function's top-level ops as the solver's graph.
struct FunctionGraph {
  SmallVector<Operation *> ops;
  planner::Graph graph;
  SmallVector<int64_t> flops;
};

FunctionGraph buildGraph(func::FuncOp func) {
  FunctionGraph result;
  CostModel costs(func);
  Block &body = func.getBody().front();
  DenseMap<Operation *, unsigned> index;
  for (Operation &op : body.without_terminator()) {
    int64_t flops = costs.getCost(&op).flops;
    int64_t bytes = 0;
    for (Type type : op.getResultTypes())
      bytes += shapedBytes(type);
    unsigned node = result.graph.addNode(1.0 + double(flops), bytes);
    result.graph.setRecomputable(node, isMemoryEffectFree(&op));
    // Values read inside the op's regions count as operands too.
    op.walk([&](Operation *inner) {
      for (Value operand : inner->getOperands())
        if (Operation *def = operand.getDefiningOp())
          if (auto it = index.find(def); it != index.end())
            result.graph.addEdge(it->second, node);
    });
    index[&op] = node;
    result.ops.push_back(&op);
    result.flops.push_back(flops);
  }
  return result;
}

/// Rewrites the body of the function whose top-level ops are `ops` in the
/// order of `schedule`: each compute is a clone (the first of a node too),
/// reading the latest copies of its operands; the originals are then erased.
/// Returns the number of recomputes.
unsigned applySchedule(ArrayRef<Operation *> ops,
                       const planner::Schedule &schedule) {
  Operation *terminator = ops.front()->getBlock()->getTerminator();
  OpBuilder builder(terminator);
  // Maps each original result to its latest copy.
  DenseMap<Value, Value> latest;
  std::vector<char> computed(ops.size(), 0);
  unsigned recomputes = 0;
  for (const planner::Step &step : schedule) {
    if (step.kind != planner::StepKind::Compute)
      continue;
    Operation *op = ops[step.node];
    bool again = computed[step.node];
    recomputes += again;
    computed[step.node] = 1;
    // A fresh mapping per clone: a shared one would hand a second clone the
    // first clone's region arguments.
    IRMapping mapping;
    op->walk([&](Operation *inner) {
      for (Value operand : inner->getOperands())
        if (Value copy = latest.lookup(operand))
          mapping.map(operand, copy);
    });
    Operation *copy = builder.clone(*op, mapping);
    // As ckpt-autodiff's recomputed copies: CSE would merge the copy back
    // into the op it repeats.
    if (again)
      copy->setAttr("ckpt.recomputed", builder.getUnitAttr());
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
  if (fg.ops.empty())
    return func.emitError("ckpt-remat: @")
           << name << " needs " << *baseline << " bytes at its peak, over the "
           << budget << "-byte budget, and has nothing to recompute";
  int64_t lower = planner::peakLowerBound(fg.graph);
  int64_t leastPeak = *baseline;
  // The exact peak of the function rewritten by the solver's schedule at
  // `modelBudget`, or nullopt when the solver finds none.
  auto tryBudget = [&](int64_t modelBudget)
      -> std::optional<std::pair<int64_t, planner::Solution>> {
    ++record.attempts;
    planner::Solution solution = planner::solveGraph(fg.graph, modelBudget);
    if (!solution.feasible)
      return std::nullopt;
    OwningOpRef<ModuleOp> clone = module.clone();
    auto copy = clone->lookupSymbol<func::FuncOp>(name);
    SmallVector<Operation *> ops;
    for (Operation &op : copy.getBody().front().without_terminator())
      ops.push_back(&op);
    applySchedule(ops, solution.schedule);
    std::optional<int64_t> peak = exactPeak(*clone, name);
    if (!peak)
      return std::nullopt;
    leastPeak = std::min(leastPeak, *peak);
    return std::make_pair(*peak, std::move(solution));
  };

  // Rewrites the function with a schedule whose exact peak fits.
  auto accept = [&](int64_t peak, const planner::Solution &solution) {
    record.predicted = peak;
    for (const planner::Step &step : solution.schedule)
      if (step.kind == planner::StepKind::Compute)
        record.recomputeFlops += fg.flops[step.node];
    for (int64_t flops : fg.flops)
      record.recomputeFlops -= flops;
    record.recomputed = applySchedule(fg.ops, solution.schedule);
    numRecomputed += record.recomputed;
    return success();
  };

  int64_t modelBudget = std::max(budget, lower);
  for (unsigned attempt = 0; attempt < kMaxAttempts; ++attempt) {
    auto tried = tryBudget(modelBudget);
    if (!tried)
      break;
    auto &[peak, solution] = *tried;
    if (peak <= budget)
      return accept(peak, solution);
    // The model undercounts: ask it for less by the excess.
    if (modelBudget == lower)
      break;
    modelBudget = std::max(
        std::min(modelBudget - (peak - budget), modelBudget - 1), lower);
  }
  // Lowering the model's budget by the excess did not get there. The model
  // can also overcount (tensor.empty, views and ops that bufferize in place
  // take bytes in it), so that budgets at or below the exact one ask for
  // more recomputation than needed, and the exact peak need not fall with
  // the model's budget. Try model budgets from the keep-all schedule's peak
  // down to the tightest ones, taking the first (least recomputing) whose
  // exact peak fits; else the error names the least peak any try reached.
  llvm::SmallVector<int64_t> modelBudgets;
  llvm::Expected<planner::ScheduleStats> keepAll =
      planner::simulate(fg.graph, planner::keepAllSchedule(fg.graph));
  if (!keepAll)
    llvm::consumeError(keepAll.takeError());
  else
    for (unsigned step = kGridSteps - 1; step > 0; --step)
      modelBudgets.push_back(lower + (keepAll->peak - lower) * step /
                                         int64_t(kGridSteps));
  for (double factor : {2.0, 1.5, 1.25, 1.1, 1.0})
    modelBudgets.push_back(int64_t(double(lower) * factor));
  for (int64_t candidate : modelBudgets)
    if (auto tried = tryBudget(candidate); tried && tried->first <= budget)
      return accept(tried->first, tried->second);
  return mlir::emitError(func.getLoc(), "ckpt-remat: @")
         << name << " cannot fit the budget of " << budget
         << " bytes: the least peak reached is " << leastPeak << " bytes";
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
  for (func::FuncOp func : publics) {
    Record record;
    if (mlir::failed(rematerialize(func, record)))
      failed = true;
    else
      records.push_back(record);
  }
  if (failed || mlir::failed(writeReport(records)))
    return signalPassFailure();
}
