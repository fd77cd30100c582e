//===- GraphPlan.cpp - checkpoint regions from the graph solver -----------===//
//
// The training graph: one forward node per top-level op that computes a
// tensor (rebuildable ops excluded: regions remake them), its bytes those of
// its tensor results; one backward node per forward node v, the adjoint of
// v (as many bytes), which reads the adjoint of each user u of v and the
// forward values u's derivative reads: nothing for an addition or
// subtraction, u's operands for a contraction, u's operands and u itself
// otherwise, where a value the autodiff regenerates (elementwise ops,
// views) stands for the kept values it is rebuilt from, as the autodiff's
// minimum cut saves those. The function's arguments are not nodes (the
// caller holds them).
//
// A schedule becomes regions: a forward value computed more than once is
// not kept, so it is an intermediate of a region, which must then hold the
// ops that read it. The regions are the connected groups of ops so linked,
// each closed under the paths between its ops (so that its ops can be moved
// next to each other) and merged where closures meet. A region's inputs are
// what it reads from outside (kept), its results what is read after it
// (kept too): the regions recompute what the solver recomputes and keep
// what it keeps, up to the values a region must yield; a region whose
// contractions the schedule keeps gets policy save_dots. Of the plans of
// several solver budgets whose lowered step's exact peak fits, the one
// whose step is estimated fastest is taken (StepTime.h).
//
//===----------------------------------------------------------------------===//

#include "GraphPlan.h"
#include "StepTime.h"

#include "ckpt/Dialect/Ckpt/Transforms/AdjointEmitter.h"
#include "ckpt/Dialect/Ckpt/Transforms/InitMakers.h"
#include "ckpt/Planner/GraphSolver.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/Support/Debug.h"

#include <chrono>
#include <limits>

#define DEBUG_TYPE "ckpt-plan"

using namespace mlir;
using namespace mlir::ckpt;
using namespace mlir::ckpt::planner;

/// Work bound of each solve (see SolverOptions::maxWork): a few hundredths
/// of a second on the callees ckpt-plan checks exactly.
static constexpr uint64_t kSolveWork = 2'000'000;
/// Solver budgets tried by bisection for the largest whose plan fits, then
/// above it.
static constexpr unsigned kGraphAttempts = 10;
static constexpr unsigned kGraphScanSteps = 4;
static constexpr unsigned kGraphEvenSteps = 12;

/// Whether recomputing for `seconds` is less than for `than`, beyond the
/// rounding of sums over the same ops in another order: a graph plan that
/// recomputes what the chain plan does is no better.
static bool recomputesLess(double seconds, double than) {
  return seconds < than * (1 - 1e-9);
}

std::string GraphPlan::str() const {
  std::string text = "graph";
  for (auto [r, region] : llvm::enumerate(regions)) {
    text += "{";
    for (auto [i, pos] : llvm::enumerate(region))
      text += (i ? "," : "") + std::to_string(pos);
    text += r < saveDots.size() && saveDots[r] ? ":save_dots}" : "}";
  }
  return text;
}

bool mlir::ckpt::hasLongSkips(const OpChain &chain) {
  if (chain.size() < 3)
    return false;
  DenseMap<Operation *, unsigned> unitOf;
  for (auto [u, ops] : llvm::enumerate(chain.units))
    for (Operation *op : ops)
      unitOf[op] = u;
  for (auto [u, ops] : llvm::enumerate(chain.units))
    for (Operation *op : ops) {
      if (isRebuildable(op))
        continue;
      for (Value result : op->getResults()) {
        if (!isa<TensorType>(result.getType()))
          continue;
        for (Operation *user : result.getUsers()) {
          Operation *anchor = op->getBlock()->findAncestorOpInBlock(*user);
          auto it = anchor ? unitOf.find(anchor) : unitOf.end();
          if (it != unitOf.end() && it->second >= u + 2)
            return true;
        }
      }
    }
  return false;
}

/// The top-level op of `block` that defines `value` (possibly in a region
/// nested in it), or null for a block argument of `block`.
static Operation *anchorOf(Block &block, Value value) {
  if (Operation *def = value.getDefiningOp())
    return block.findAncestorOpInBlock(*def);
  Operation *owner = cast<BlockArgument>(value).getOwner()->getParentOp();
  return owner ? block.findAncestorOpInBlock(*owner) : nullptr;
}

/// The top-level ops of `block` whose values `op` (or an op nested in it)
/// reads.
static SmallVector<Operation *> producersOf(Block &block, Operation *op) {
  SmallVector<Operation *> producers;
  op->walk([&](Operation *nested) {
    for (Value operand : nested->getOperands())
      if (Operation *def = anchorOf(block, operand);
          def && def != op && !llvm::is_contained(producers, def))
        producers.push_back(def);
  });
  return producers;
}

/// The tensor whose adjoint a read of `value` contributes to: views
/// (broadcasts, transposes, reshapes) looked through to their source, as
/// ckpt-normalize moves them across region boundaries.
static Value adjointSource(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (auto broadcast = dyn_cast<linalg::BroadcastOp>(def))
      value = broadcast.getInput();
    else if (auto transpose = dyn_cast<linalg::TransposeOp>(def))
      value = transpose.getInput();
    else if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(def))
      value = def->getOperand(0);
    else
      break;
  }
  return value;
}

/// The floating-point tensors defined outside `op` that `op` (or an op
/// nested in it) reads, each as its adjointSource; constants and empty or
/// filled tensors (isDestinationMaker), whose adjoints go nowhere, left
/// out.
static llvm::SmallPtrSet<Value, 8> adjointSourcesRead(Operation *op) {
  llvm::SmallPtrSet<Value, 8> sources;
  op->walk([&](Operation *nested) {
    for (Value operand : nested->getOperands()) {
      auto type = dyn_cast<TensorType>(operand.getType());
      if (!type || !isa<FloatType>(type.getElementType()))
        continue;
      Operation *def = operand.getDefiningOp();
      Operation *owner =
          def ? def
              : cast<BlockArgument>(operand).getOwner()->getParentOp();
      if (owner == op || op->isProperAncestor(owner))
        continue;
      Value source = adjointSource(operand);
      Operation *maker = source.getDefiningOp();
      if (!maker ||
          (!isa<arith::ConstantOp>(maker) && !isDestinationMaker(maker)))
        sources.insert(source);
    }
  });
  return sources;
}

/// How gathering `members` (top-level ops of `block`, closed under the
/// paths between them) moves the ops between the first and the last
/// member: those that depend on a member go after the last (`later`), the
/// others before the first (`before`), each in its order.
struct Gathering {
  Operation *first = nullptr, *last = nullptr;
  SmallVector<Operation *> before, later;
};

static Gathering
planGathering(Block &block, const llvm::SmallPtrSetImpl<Operation *> &members) {
  Gathering g;
  for (Operation &op : block)
    if (members.contains(&op)) {
      if (!g.first)
        g.first = &op;
      g.last = &op;
    }
  if (!g.first)
    return g;
  llvm::SmallPtrSet<Operation *, 16> after(members.begin(), members.end());
  for (Operation *op = g.first->getNextNode(); op && op != g.last;
       op = op->getNextNode()) {
    if (members.contains(op))
      continue;
    bool depends = llvm::any_of(producersOf(block, op), [&](Operation *def) {
      return after.contains(def);
    });
    if (depends) {
      after.insert(op);
      g.later.push_back(op);
    } else {
      g.before.push_back(op);
    }
  }
  return g;
}

/// Whether gathering `members` as `g` plans it moves an op across a member
/// that reads a tensor (through views) the op reads too: after a member
/// that follows it or before one that precedes it. The two contributions
/// to that tensor's adjoint would then be summed in the other order than
/// without the region, and the planned step would not be bit-identical to
/// the unplanned one.
static bool
reordersAdjoints(const Gathering &g,
                 const llvm::SmallPtrSetImpl<Operation *> &members) {
  // Each member's sources, read once.
  DenseMap<Operation *, llvm::SmallPtrSet<Value, 8>> memberSources;
  auto sharesSource = [&](const llvm::SmallPtrSet<Value, 8> &read,
                          Operation *member) {
    if (!members.contains(member))
      return false;
    auto it = memberSources.find(member);
    if (it == memberSources.end())
      it = memberSources.try_emplace(member, adjointSourcesRead(member)).first;
    return llvm::any_of(it->second,
                        [&](Value source) { return read.contains(source); });
  };
  for (Operation *op : g.later) {
    llvm::SmallPtrSet<Value, 8> read = adjointSourcesRead(op);
    for (Operation *member = op->getNextNode();
         member != g.last->getNextNode(); member = member->getNextNode())
      if (sharesSource(read, member))
        return true;
  }
  for (Operation *op : g.before) {
    llvm::SmallPtrSet<Value, 8> read = adjointSourcesRead(op);
    for (Operation *member = g.first; member != op;
         member = member->getNextNode())
      if (sharesSource(read, member))
        return true;
  }
  return false;
}

/// Moves the ops of `members` next to each other (planGathering); fails,
/// moving nothing, where that reorders adjoints (reordersAdjoints).
static LogicalResult gather(Block &block,
                            const llvm::SmallPtrSetImpl<Operation *> &members) {
  Gathering g = planGathering(block, members);
  if (reordersAdjoints(g, members))
    return failure();
  for (Operation *op : g.before)
    op->moveBefore(g.first);
  Operation *anchor = g.last;
  for (Operation *op : g.later) {
    op->moveAfter(anchor);
    anchor = op;
  }
  return success();
}

/// Whether only tensors would cross the boundary of a region holding `op`.
static bool onlyTensorsCross(Block &block, Operation *op) {
  for (Value result : op->getResults())
    if (!isa<TensorType>(result.getType()) && !result.use_empty())
      return false;
  WalkResult walk = op->walk([&](Operation *nested) {
    for (Value operand : nested->getOperands()) {
      if (isa<TensorType>(operand.getType()))
        continue;
      Operation *def = anchorOf(block, operand);
      if (def == op || (def && isRebuildable(def)))
        continue;
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return !walk.wasInterrupted();
}

/// Whether the derivative of `op` reads no forward value.
static bool linearInOperands(Operation *op) {
  return isa<arith::AddFOp, arith::SubFOp, arith::NegFOp>(op);
}

/// Whether the autodiff regenerates `op`'s results in the backward rather
/// than keeping them: elementwise ops on tensors (which it sees as
/// elementwise linalg.generic ops, once normalized) and what its minimum cut
/// never keeps.
static bool isRegenerated(Operation *op) {
  if (op->hasTrait<OpTrait::Elementwise>())
    return isMemoryEffectFree(op);
  return autodiff::isRegeneratedInBackward(op);
}

static bool isContraction(Operation *op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  return linalgOp && linalg::isaContractionOpInterface(linalgOp);
}

GraphPlanner::GraphPlanner(func::FuncOp callee, CostModel &costs,
                           const TargetSpec &target) {
  Block &body = callee.getBody().front();
  for (Operation &op : body.without_terminator())
    ops.push_back(&op);
  DenseMap<Operation *, unsigned> position;
  for (auto [i, op] : llvm::enumerate(ops))
    position[op] = i;
  nodeOf.assign(ops.size(), -1);
  wrappable.assign(ops.size(), false);
  for (auto [i, op] : llvm::enumerate(ops)) {
    wrappable[i] = onlyTensorsCross(body, op);
    if (isRebuildable(op)) {
      rebuildSeconds[op] = target.seconds(costs.getCost(op));
      continue;
    }
    int64_t bytes = 0;
    bool hasTensor = false;
    for (Value result : op->getResults())
      if (isa<TensorType>(result.getType())) {
        hasTensor = true;
        bytes += shapedBytes(result.getType());
      }
    if (!hasTensor)
      continue;
    OpCost cost = costs.getCost(op);
    nodeOf[i] = training.addNode(target.seconds(cost), bytes);
    opOf.push_back(i);
    seconds.push_back(target.seconds(cost));
    flops.push_back(cost.flops);
    training.setRecomputable(nodeOf[i],
                             wrappable[i] && isMemoryEffectFree(op));
  }
  unsigned n = opOf.size();
  // Forward edges, and who reads each node (forward users, and whether the
  // function returns it).
  SmallVector<SmallVector<unsigned>> users(n), needs(n);
  SmallVector<bool> returned(n, false);
  for (unsigned v = 0; v < n; ++v) {
    Operation *op = ops[opOf[v]];
    for (Operation *def : producersOf(body, op)) {
      int node = nodeOf[position.lookup(def)];
      if (node < 0)
        continue;
      training.addEdge(node, v);
      users[node].push_back(v);
      if (!linearInOperands(op))
        needs[v].push_back(node);
    }
    if (!linearInOperands(op) && !isContraction(op))
      needs[v].push_back(v);
  }
  for (Value operand : body.getTerminator()->getOperands())
    if (Operation *def = anchorOf(body, operand))
      if (int node = nodeOf[position.lookup(def)]; node >= 0)
        returned[node] = true;
  // The autodiff keeps none of the values that are cheap to regenerate: its
  // minimum cut (Autodiff/MinCut.cpp) saves the expensive values they come
  // from, and the backward rebuilds them. So a backward node reads, for
  // each such value, the nearest values it comes from that are kept.
  SmallVector<SmallVector<unsigned>> keptSources(n);
  for (unsigned v = 0; v < n; ++v) {
    if (!isRegenerated(ops[opOf[v]])) {
      keptSources[v].push_back(v);
      continue;
    }
    for (unsigned p : training.operands(v))
      for (unsigned source : keptSources[p])
        if (!llvm::is_contained(keptSources[v], source))
          keptSources[v].push_back(source);
  }
  for (unsigned v = 0; v < n; ++v) {
    SmallVector<unsigned> kept;
    for (unsigned need : needs[v])
      for (unsigned source : keptSources[need])
        if (!llvm::is_contained(kept, source))
          kept.push_back(source);
    needs[v] = std::move(kept);
  }
  // Backward nodes in reverse: the adjoint of v is node n + (n - 1 - v).
  auto adjoint = [&](unsigned v) { return 2 * n - 1 - v; };
  for (unsigned k = 0; k < n; ++k) {
    unsigned v = n - 1 - k;
    unsigned node = training.addNode(2 * seconds[v], training.bytes(v));
    (void)node;
    assert(node == adjoint(v) && "backward nodes are numbered in reverse");
    if (returned[v] || users[v].empty())
      training.addEdge(v, node);
    for (unsigned u : users[v]) {
      training.addEdge(adjoint(u), node);
      for (unsigned need : needs[u])
        training.addEdge(need, node);
    }
  }
}

int64_t GraphPlanner::lowerBound() const { return peakLowerBound(training); }

int64_t GraphPlanner::keepAllPeak() const {
  llvm::Expected<ScheduleStats> stats =
      simulate(training, keepAllSchedule(training));
  if (!stats) {
    llvm::consumeError(stats.takeError());
    return 0;
  }
  return stats->peak;
}

std::optional<GraphPlan> GraphPlanner::solve(int64_t limit) const {
  SolverOptions options;
  options.maxWork = kSolveWork;
  // The plan toPlan() reads off the schedule runs in the function's own
  // order, so the schedule must keep it too.
  options.order = NodeOrder::Given;
  Solution solution = solveGraph(training, limit, options);
  if (!solution.feasible)
    return std::nullopt;
  return toPlan(solution.schedule);
}

GraphPlan GraphPlanner::toPlan(const Schedule &schedule) const {
  unsigned n = opOf.size();
  SmallVector<unsigned> computes(n, 0);
  for (const Step &step : schedule)
    if (step.kind == StepKind::Compute && step.node < n)
      ++computes[step.node];
  // Who reads each forward node, and what each reaches and comes from.
  SmallVector<SmallVector<unsigned>> users(n);
  for (unsigned v = 0; v < n; ++v)
    for (unsigned w : training.users(v))
      if (w < n)
        users[v].push_back(w);
  SmallVector<llvm::BitVector> below(n, llvm::BitVector(n)),
      above(n, llvm::BitVector(n));
  for (unsigned k = 0; k < n; ++k) {
    unsigned v = n - 1 - k;
    below[v].set(v);
    for (unsigned u : users[v])
      below[v] |= below[u];
  }
  for (unsigned v = 0; v < n; ++v) {
    above[v].set(v);
    for (unsigned p : training.operands(v))
      above[v] |= above[p];
  }
  // Recomputed values join the ops that read them (a union-find over the
  // forward nodes).
  SmallVector<unsigned> parent(n);
  for (unsigned v = 0; v < n; ++v)
    parent[v] = v;
  auto find = [&](unsigned v) {
    while (parent[v] != v)
      v = parent[v] = parent[parent[v]];
    return v;
  };
  auto unite = [&](unsigned a, unsigned b) {
    a = find(a);
    b = find(b);
    if (a == b)
      return false;
    parent[std::max(a, b)] = std::min(a, b);
    return true;
  };
  auto membersOf = [&](unsigned leader) {
    std::vector<unsigned> members;
    for (unsigned w = 0; w < n; ++w)
      if (find(w) == leader)
        members.push_back(w);
    return members;
  };
  SmallVector<bool> recomputed(n, false);
  for (unsigned v = 0; v < n; ++v) {
    if (computes[v] < 2 || !training.recomputable(v))
      continue;
    if (llvm::any_of(users[v],
                     [&](unsigned u) { return !wrappable[opOf[u]]; }))
      continue;
    recomputed[v] = true;
    for (unsigned u : users[v])
      unite(v, u);
  }
  // Close each group under the paths between its members; merge groups
  // whose closures meet, until none grows. Groups without a recomputed
  // value are no regions.
  for (bool changed = true; changed;) {
    changed = false;
    for (unsigned v = 0; v < n && !changed; ++v) {
      if (find(v) != v)
        continue;
      std::vector<unsigned> members = membersOf(v);
      if (members.size() < 2)
        continue;
      llvm::BitVector down(n), up(n);
      for (unsigned m : members) {
        down |= below[m];
        up |= above[m];
      }
      down &= up;
      for (unsigned w : down.set_bits())
        changed |= unite(v, w);
    }
  }
  GraphPlan plan;
  for (unsigned v = 0; v < n; ++v) {
    if (find(v) != v)
      continue;
    std::vector<unsigned> members = membersOf(v);
    bool any = false, legal = true, dots = false, dotRecomputed = false;
    for (unsigned m : members) {
      any |= recomputed[m];
      legal &= wrappable[opOf[m]] && training.recomputable(m);
      if (isSavedDot(ops[opOf[m]])) {
        dots = true;
        dotRecomputed |= computes[m] > 1;
      }
    }
    if (!any || !legal || members.size() < 2)
      continue;
    llvm::SmallPtrSet<Operation *, 16> memberOps;
    for (unsigned m : members)
      memberOps.insert(ops[opOf[m]]);
    Block &block = *ops[opOf[members.front()]]->getBlock();
    if (reordersAdjoints(planGathering(block, memberOps), memberOps))
      continue;
    // When the schedule keeps every contraction of the region, so does
    // policy save_dots; recompute_all would redo them as well.
    bool saveDots = dots && !dotRecomputed;
    std::vector<unsigned> positions;
    int64_t regionFlops = 0;
    // The region rebuilds the fills its recomputed ops read, as a chain
    // region that holds them does: their time counts too.
    llvm::SmallPtrSet<Operation *, 8> rebuilt;
    for (unsigned m : members) {
      positions.push_back(opOf[m]);
      Operation *op = ops[opOf[m]];
      if (saveDots && isSavedDot(op))
        continue;
      plan.seconds += seconds[m];
      regionFlops += flops[m];
      for (Operation *def : producersOf(*op->getBlock(), op))
        if (isRebuildable(def) && rebuilt.insert(def).second)
          plan.seconds += rebuildSeconds.lookup(def);
    }
    plan.flops += regionFlops;
    plan.regionFlops.push_back(regionFlops);
    plan.saveDots.push_back(saveDots);
    plan.regions.push_back(std::move(positions));
  }
  // Regions in body order of their first op.
  std::vector<unsigned> order(plan.regions.size());
  for (unsigned i = 0; i < order.size(); ++i)
    order[i] = i;
  llvm::sort(order, [&](unsigned a, unsigned b) {
    return plan.regions[a].front() < plan.regions[b].front();
  });
  GraphPlan sorted;
  sorted.seconds = plan.seconds;
  sorted.flops = plan.flops;
  for (unsigned i : order) {
    sorted.regions.push_back(plan.regions[i]);
    sorted.regionFlops.push_back(plan.regionFlops[i]);
    sorted.saveDots.push_back(plan.saveDots[i]);
  }
  return sorted;
}

void mlir::ckpt::applyGraphPlan(func::FuncOp callee, const GraphPlan &plan,
                                unsigned &counter,
                                SmallVectorImpl<WrappedRegion> &out) {
  Block &body = callee.getBody().front();
  SmallVector<Operation *> ops;
  for (Operation &op : body.without_terminator())
    ops.push_back(&op);
  for (auto [r, region] : llvm::enumerate(plan.regions)) {
    llvm::SmallPtrSet<Operation *, 16> members;
    for (unsigned pos : region)
      if (pos < ops.size())
        members.insert(ops[pos]);
    if (members.size() != region.size() || failed(gather(body, members)))
      continue;
    SmallVector<Operation *> inOrder;
    for (Operation &op : body)
      if (members.contains(&op))
        inOrder.push_back(&op);
    std::string name = "auto_" + std::to_string(counter);
    FailureOr<CheckpointOp> wrapped = wrapInCheckpoint(inOrder, name);
    if (failed(wrapped))
      continue;
    bool saveDots = r < plan.saveDots.size() && plan.saveDots[r];
    if (saveDots)
      wrapped->setPolicyAttr(
          PolicyAttr::get(callee.getContext(), Policy::save_dots));
    ++counter;
    int64_t inputsBytes = 0;
    for (Value input : wrapped->getInputs())
      inputsBytes += shapedBytes(input.getType());
    out.push_back({name, static_cast<unsigned>(inOrder.size()), inputsBytes,
                   plan.regionFlops[r], 0, saveDots});
  }
}

FailureOr<StepEstimate> mlir::ckpt::exactGraphStep(ModuleOp module,
                                                   StringRef callee,
                                                   StringRef caller,
                                                   const TargetSpec &target,
                                                   const GraphPlan &plan) {
  OwningOpRef<ModuleOp> clone = module.clone();
  auto func = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
      *clone, StringAttr::get(module.getContext(), callee));
  if (!func)
    return failure();
  ScopedDiagnosticHandler quiet(module.getContext(),
                                [](Diagnostic &) { return success(); });
  unsigned counter = 0;
  SmallVector<WrappedRegion> wrapped;
  applyGraphPlan(func, plan, counter, wrapped);
  return estimateStepInPlace(*clone, caller, target);
}

std::optional<GraphChoice> mlir::ckpt::chooseGraphPlan(
    const GraphPlanner &planner, ModuleOp module, StringRef callee,
    StringRef caller, const TargetSpec &target, int64_t budget,
    int64_t baselinePeak, SmallVectorImpl<PlanCandidate> &candidates,
    double maxSeconds, int64_t maxFlops) {
  int64_t low = planner.lowerBound(), high = planner.keepAllPeak();
  if (low >= high)
    return std::nullopt;
  GraphChoice choice;
  struct Checked {
    GraphPlan plan;
    int64_t peak;
    double stepSeconds;
  };
  std::vector<Checked> checked;
  auto check = [&](int64_t limit) -> int64_t {
    constexpr int64_t kNone = std::numeric_limits<int64_t>::max();
    std::optional<GraphPlan> plan = planner.solve(limit);
    if (!plan || plan->regions.empty())
      return kNone;
    // A plan recomputing no less than the chain planner's, in time and in
    // flops, is taken to lose whatever its peak; so are the plans of
    // smaller limits, which recompute more: for the bisection it "fits",
    // and the search moves up.
    if (!recomputesLess(plan->seconds, maxSeconds) && plan->flops >= maxFlops)
      return std::numeric_limits<int64_t>::min();
    std::string key = plan->str();
    for (const Checked &seen : checked)
      if (seen.plan.str() == key)
        return seen.peak;
    auto start = std::chrono::steady_clock::now();
    FailureOr<StepEstimate> step =
        exactGraphStep(module, callee, caller, target, *plan);
    choice.checkSeconds += std::chrono::duration<double>(
                               std::chrono::steady_clock::now() - start)
                               .count();
    ++choice.checks;
    int64_t bytes = succeeded(step) ? step->peakBytes : kNone;
    LLVM_DEBUG(llvm::dbgs() << "graph limit " << limit << ": " << key
                            << " exact " << bytes << "\n");
    checked.push_back({std::move(*plan), bytes,
                       succeeded(step) ? step->seconds : 0});
    return bytes;
  };
  // Bisect for the largest solver budget whose plan fits, from the guess
  // that the step's memory is the model's plus a constant; then a few
  // budgets above it, where a plan can still fit (the exact peak is not
  // monotone in the solver's budget).
  int64_t lo = low, hi = high - 1, fitting = -1;
  int64_t overhead = baselinePeak - high;
  for (unsigned attempt = 0; attempt < kGraphAttempts && lo <= hi;
       ++attempt) {
    int64_t limit = attempt == 0 ? std::clamp(budget - overhead, lo, hi)
                                 : lo + (hi - lo) / 2;
    if (check(limit) <= budget) {
      lo = limit + 1;
      fitting = std::max(fitting, limit);
    } else {
      hi = limit - 1;
    }
  }
  if (fitting >= 0)
    for (unsigned k = 1; k <= kGraphScanSteps; ++k)
      check(fitting + (high - fitting) * k / (kGraphScanSteps + 1));
  // Budgets evenly over the whole range too: the solver's plans change
  // shape (which skip branch is recomputed) rather than size alone.
  for (unsigned k = 0; k <= kGraphEvenSteps; ++k)
    check(low + (high - 1 - low) * k / kGraphEvenSteps);
  // The fastest step among the plans that fit; of equal steps, the one
  // recomputing less.
  const Checked *best = nullptr;
  for (const Checked &entry : checked) {
    if (entry.peak > budget)
      continue;
    if (!best || entry.stepSeconds < best->stepSeconds ||
        (entry.stepSeconds == best->stepSeconds &&
         entry.plan.seconds < best->plan.seconds))
      best = &entry;
  }
  for (const Checked &entry : checked) {
    PlanCandidate candidate;
    candidate.regions = entry.plan.regions.size();
    candidate.depth = 1;
    candidate.predictedPeakBytes = entry.peak;
    candidate.recomputeFlops = entry.plan.flops;
    candidate.chosen = false;
    candidate.plan = entry.plan.str();
    candidates.push_back(candidate);
  }
  if (!best)
    return std::nullopt;
  choice.plan = best->plan;
  choice.peak = best->peak;
  choice.stepSeconds = best->stepSeconds;
  return choice;
}

HeldErrors::HeldErrors(MLIRContext *context) : context(context) {
  id = context->getDiagEngine().registerHandler([this](Diagnostic &diag) {
    if (diag.getSeverity() != DiagnosticSeverity::Error)
      return failure();
    held.push_back(std::move(diag));
    return success();
  });
}

HeldErrors::~HeldErrors() {
  context->getDiagEngine().eraseHandler(*id);
  for (Diagnostic &diag : held)
    context->getDiagEngine().emit(std::move(diag));
}

std::optional<GraphChoice> mlir::ckpt::planWithGraph(
    func::FuncOp callee, CostModel &costs, const TargetSpec &target,
    ModuleOp module, PlanRecord &record, const OpChain &chain,
    const Plan *chainPlan, std::optional<double> chainStepSeconds,
    int64_t baselinePeak) {
  GraphPlanner planner(callee, costs, target);
  size_t firstCandidate = record.candidates.size();
  double chainSeconds = std::numeric_limits<double>::infinity();
  int64_t chainFlops = std::numeric_limits<int64_t>::max();
  if (chainPlan) {
    RecomputeCost cost = recomputeCost(chain, *chainPlan);
    chainSeconds = cost.seconds;
    chainFlops = cost.flops;
  }
  std::optional<GraphChoice> choice = chooseGraphPlan(
      planner, module, record.callee, record.caller, target,
      record.budgetBytes, baselinePeak, record.candidates, chainSeconds,
      chainFlops);

  // Without a chain plan, the least peak weighed is the graph's to say.
  if (!chainPlan)
    for (size_t i = firstCandidate; i < record.candidates.size(); ++i)
      record.floorPeakBytes = std::min(
          record.floorPeakBytes, record.candidates[i].predictedPeakBytes);
  // The step estimated faster wins; ties go to the chain plan.
  bool wins = choice && (!chainPlan ? true
                         : chainStepSeconds
                             ? recomputesLess(choice->stepSeconds,
                                              *chainStepSeconds)
                             : recomputesLess(choice->plan.seconds,
                                              chainSeconds));
  if (!wins) {
    if (choice) {
      record.verifications += choice->checks;
      record.exactSeconds += choice->checkSeconds;
    }
    return std::nullopt;
  }
  std::string text = choice->plan.str();
  for (auto [i, candidate] : llvm::enumerate(record.candidates))
    candidate.chosen = i >= firstCandidate && candidate.plan == text;
  record.solver = "graph";
  record.numUnits = chain.size();
  record.numLayers = chain.numLayers();
  record.layerOps = chain.layerOps;
  record.plan = text;
  record.recomputeFlops = choice->plan.flops;
  record.recomputeSeconds = choice->plan.seconds;
  double forward = 0;
  for (double seconds : chain.seconds)
    forward += seconds;
  record.estimatedOverhead =
      forward > 0 ? record.recomputeSeconds / (3 * forward) : 0;
  record.stepSeconds = 0;
  record.floorPeakBytes = std::min(record.floorPeakBytes, choice->peak);
  // The plan applied, checked once more for what is live at its peak.
  FailureOr<StepEstimate> step = exactGraphStep(
      module, record.callee, record.caller, target, choice->plan);
  if (succeeded(step))
    record.liveAtPeak.assign(step->liveAtPeak.begin(),
                             step->liveAtPeak.end());
  record.predictedExact = succeeded(step) && step->peakBytes == choice->peak;
  record.predictedPeakBytes = choice->peak;
  record.verifications += choice->checks + 1;
  record.exactSeconds += choice->checkSeconds;
  unsigned counter = 0;
  callee.walk([&](CheckpointOp region) {
    if (auto name = region.getName(); name && name->starts_with("auto_"))
      ++counter;
  });
  applyGraphPlan(callee, choice->plan, counter, record.regions);
  return choice;
}
