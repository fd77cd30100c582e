//===- Chain.cpp - a function body as a chain of cut points ---------------===//

#include "ckpt/Dialect/Ckpt/Transforms/Plan/Chain.h"

#include <algorithm>

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::ckpt;

bool OpChain::isLegalRegion(unsigned begin, unsigned end) const {
  if (begin >= end)
    return false;
  for (unsigned u = begin; u < end; ++u)
    if (scalarDef[u] < static_cast<int64_t>(begin) ||
        scalarUse[u] >= static_cast<int64_t>(end))
      return false;
  return true;
}

int64_t OpChain::totalAct() const {
  int64_t total = 0;
  for (int64_t bytes : actBytes)
    total += bytes;
  return total;
}

bool mlir::ckpt::isCarriedScalar(Operation *op) {
  auto extract = dyn_cast<tensor::ExtractOp>(op);
  if (!extract)
    return false;
  auto arg = dyn_cast<BlockArgument>(extract.getTensor());
  return arg && arg.getOwner() == op->getBlock() &&
         llvm::all_of(extract.getIndices(), [](Value index) {
           return matchPattern(index, m_Constant());
         });
}

bool mlir::ckpt::isRebuildable(Operation *op) {
  if (op->hasTrait<OpTrait::ConstantLike>() || isCarriedScalar(op))
    return true;
  if (!isa<tensor::EmptyOp, linalg::FillOp>(op))
    return false;
  for (Value operand : op->getOperands()) {
    Operation *def = operand.getDefiningOp();
    if (!def || def->getBlock() != op->getBlock() || !isRebuildable(def))
      return false;
  }
  return true;
}

bool mlir::ckpt::isSavedDot(Operation *op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  return linalgOp && linalg::isaContractionOpInterface(linalgOp);
}

/// Below this many narrowest positions, chains take near-narrowest ones too.
static constexpr size_t kMinNarrow = 4;

/// live[p] for each position p (cut before ops[p], the terminator being
/// position ops.size()): bytes of tensors made before p and used at or
/// after it, then bytes of arguments used on both sides of it.
using Crossing = std::pair<int64_t, int64_t>;
static SmallVector<Crossing> crossingBytes(Block &body,
                                           ArrayRef<Operation *> ops) {
  unsigned numOps = ops.size();
  DenseMap<Operation *, unsigned> indexOf;
  for (auto [i, op] : llvm::enumerate(ops))
    indexOf[op] = i;
  // live[p]: bytes of tensors made before position p and used at or after
  // it (the terminator is position numOps).
  SmallVector<int64_t> delta(numOps + 2, 0);
  for (unsigned i = 0; i < numOps; ++i) {
    if (isRebuildable(ops[i]))
      continue;
    for (Value result : ops[i]->getResults()) {
      if (!isa<TensorType>(result.getType()))
        continue;
      unsigned last = i;
      for (Operation *user : result.getUsers()) {
        Operation *anchor = body.findAncestorOpInBlock(*user);
        if (!anchor)
          continue;
        last = std::max(last, anchor == body.getTerminator()
                                  ? numOps
                                  : indexOf.lookup(anchor));
      }
      delta[i + 1] += shapedBytes(result.getType());
      delta[last + 1] -= shapedBytes(result.getType());
    }
  }
  // Arguments cost nothing to keep (the caller holds them), but a cut that
  // splits fewer of their uses carries fewer of them into a region, the
  // tidier one among equals: argDelta breaks ties (for a residual MLP, the layer boundaries rather
  // than the first layer's inside, where only the input x crosses besides).
  SmallVector<int64_t> argDelta(numOps + 2, 0);
  for (BlockArgument arg : body.getArguments()) {
    if (!isa<TensorType>(arg.getType()))
      continue;
    // Crossing a cut: used on both sides of it.
    unsigned first = numOps, last = 0;
    for (Operation *user : arg.getUsers()) {
      Operation *anchor = body.findAncestorOpInBlock(*user);
      if (!anchor)
        continue;
      unsigned index = anchor == body.getTerminator() ? numOps
                                                      : indexOf.lookup(anchor);
      first = std::min(first, index);
      last = std::max(last, index);
    }
    if (first >= last)
      continue;
    argDelta[first + 1] += shapedBytes(arg.getType());
    argDelta[last + 1] -= shapedBytes(arg.getType());
  }
  SmallVector<Crossing> live(numOps + 1);
  int64_t running = 0, runningArgs = 0;
  for (unsigned p = 0; p <= numOps; ++p) {
    running += delta[p];
    runningArgs += argDelta[p];
    live[p] = {running, runningArgs};
  }
  return live;
}

/// Rebuildable ops go with the unit after them: no cut right after one.
static bool mayCutAt(ArrayRef<Operation *> ops, unsigned p) {
  return p > 0 && p < ops.size() && !isRebuildable(ops[p - 1]);
}

/// The positions (cut before ops[p]) where a unit may end: the narrow ones.
static SmallVector<unsigned> narrowPositions(ArrayRef<Operation *> ops,
                                             ArrayRef<Crossing> live) {
  unsigned numOps = ops.size();
  SmallVector<unsigned> candidates;
  for (unsigned p = 1; p < numOps; ++p)
    if (mayCutAt(ops, p))
      candidates.push_back(p);
  if (candidates.empty())
    return candidates;
  Crossing least = live[candidates.front()];
  for (unsigned p : candidates)
    least = std::min(least, live[p]);
  SmallVector<unsigned> narrow;
  for (unsigned p : candidates)
    if (live[p] == least)
      narrow.push_back(p);
  if (narrow.size() >= kMinNarrow)
    return narrow;
  // Few narrowest positions (a DAG such as an attention block, where skip
  // connections keep much alive, or a reduction leaves one small value):
  // add the local minima of the live bytes, so that regions have somewhere
  // to end. The solver weighs what each cut carries.
  for (auto [i, p] : llvm::enumerate(candidates)) {
    bool localMin =
        (i == 0 || live[candidates[i - 1]].first >= live[p].first) &&
        (i + 1 == candidates.size() ||
         live[candidates[i + 1]].first >= live[p].first);
    if (localMin && live[p] != least)
      narrow.push_back(p);
  }
  llvm::sort(narrow);
  return narrow;
}

/// What an op contributes to the pattern a layer repeats: its name and
/// result types (not attributes: constants differ between layers).
static llvm::hash_code opSignature(Operation *op) {
  llvm::hash_code hash = llvm::hash_value(op->getName().getAsOpaquePointer());
  for (Type type : op->getResultTypes())
    hash = llvm::hash_combine(hash, type.getAsOpaquePointer());
  return llvm::hash_combine(hash, op->getNumOperands());
}

std::optional<LayerStructure>
mlir::ckpt::findLayers(ArrayRef<Operation *> ops, ArrayRef<Crossing> live) {
  // The pattern is over the ops that compute: a frontend hoists or shares
  // constants, empty tensors and fills between layers (torch-mlir makes
  // the first layer's zero-filled tensors and later layers reuse them).
  SmallVector<unsigned> core;
  SmallVector<llvm::hash_code> signature;
  for (auto [i, op] : llvm::enumerate(ops))
    if (!isRebuildable(op)) {
      core.push_back(i);
      signature.push_back(opSignature(op));
    }
  unsigned numCore = core.size();
  // For each period, the longest stretch equal to itself shifted by the
  // period (a run of matches of length r covers r + period ops).
  struct Stretch {
    unsigned period = 0, begin = 0, length = 0;
  };
  SmallVector<Stretch> stretches;
  unsigned longest = 0;
  for (unsigned period = 1; 2 * period <= numCore; ++period) {
    Stretch best{period, 0, 0};
    unsigned run = 0;
    for (unsigned i = 0; i + period < numCore; ++i) {
      run = signature[i] == signature[i + period] ? run + 1 : 0;
      if (run >= period && run + period > best.length)
        best = {period, i + 1 - run, run + period};
    }
    if (best.length == 0)
      continue;
    stretches.push_back(best);
    longest = std::max(longest, best.length);
  }
  // The shortest period that repeats over (nearly) the longest stretch, if
  // that stretch is most of the body: multiples of the period cover as
  // much, and a short motif repeated locally is not a stack of layers.
  if (2 * longest < numCore)
    return std::nullopt;
  const Stretch *found = nullptr;
  for (const Stretch &stretch : stretches)
    if (10 * uint64_t(stretch.length) >= 9 * uint64_t(longest)) {
      found = &stretch;
      break;
    }
  if (!found)
    return std::nullopt;
  // A boundary before core op c sits right after the computing op before
  // it: the rebuildable ops in between go with the layer they feed.
  auto position = [&](unsigned c) {
    return c == 0 ? 0u : c >= numCore ? unsigned(ops.size()) : core[c - 1] + 1;
  };
  // Layer boundaries at the phase where the least crosses: the most that
  // crosses an interior boundary (the body's ends cross little and would
  // favour phases that put a boundary there), then more layers.
  unsigned period = found->period;
  std::optional<LayerStructure> best;
  Crossing bestLive{0, 0};
  for (unsigned offset = 0; offset < period; ++offset) {
    unsigned begin = found->begin + offset;
    unsigned layers = (found->length - offset) / period;
    if (layers < 2)
      continue;
    LayerStructure structure;
    structure.period = period;
    Crossing most{0, 0};
    for (unsigned k = 0; k <= layers; ++k) {
      unsigned p = position(begin + k * period);
      structure.boundaries.push_back(p);
      if (p > 0 && p < ops.size())
        most = std::max(most, live[p]);
    }
    if (!best || most < bestLive ||
        (most == bestLive && layers > best->count())) {
      best = std::move(structure);
      bestLive = most;
    }
  }
  return best;
}

/// `count` of `positions`, evenly spread.
static SmallVector<unsigned> thin(ArrayRef<unsigned> positions,
                                  uint64_t count) {
  if (positions.size() <= count)
    return SmallVector<unsigned>(positions);
  SmallVector<unsigned> kept;
  uint64_t size = positions.size();
  for (uint64_t k = 1; k <= count; ++k) {
    unsigned p = positions[(k * (size + 1)) / (count + 1) - 1];
    if (kept.empty() || kept.back() < p)
      kept.push_back(p);
  }
  return kept;
}

OpChain mlir::ckpt::buildOpChain(func::FuncOp func, CostModel &costs,
                                 const TargetSpec &target,
                                 unsigned maxUnits) {
  Block &body = func.getBody().front();
  SmallVector<Operation *> ops;
  for (Operation &op : body.without_terminator())
    ops.push_back(&op);
  unsigned numOps = ops.size();
  maxUnits = std::max(1u, maxUnits);

  // Unit ends: the narrow positions and, where the body repeats, the layer
  // boundaries; evenly thinned to maxUnits - 1, layer boundaries kept
  // first.
  SmallVector<Crossing> live = crossingBytes(body, ops);
  SmallVector<unsigned> narrow = narrowPositions(ops, live);
  std::optional<LayerStructure> layers = findLayers(ops, live);
  SmallVector<unsigned> layerCuts;
  if (layers)
    for (unsigned p : layers->boundaries)
      if (mayCutAt(ops, p))
        layerCuts.push_back(p);
  if (layerCuts.size() + 1 > maxUnits) {
    layers.reset();
    layerCuts.clear();
  }
  SmallVector<unsigned> others;
  std::set_difference(narrow.begin(), narrow.end(), layerCuts.begin(),
                      layerCuts.end(), std::back_inserter(others));
  SmallVector<unsigned> cuts;
  SmallVector<unsigned> kept = thin(others, maxUnits - 1 - layerCuts.size());
  std::set_union(layerCuts.begin(), layerCuts.end(), kept.begin(), kept.end(),
                 std::back_inserter(cuts));
  cuts.push_back(numOps);

  OpChain chain;
  DenseMap<Operation *, unsigned> unitOf;
  unsigned next = 0;
  for (unsigned i = 0; i < numOps; ++i) {
    if (chain.units.empty() || i >= cuts[next]) {
      if (!chain.units.empty())
        ++next;
      chain.units.emplace_back();
    }
    chain.units.back().push_back(ops[i]);
    unitOf[ops[i]] = chain.units.size() - 1;
  }
  unsigned n = chain.units.size();
  // The unit each layer starts at (and the one after the last layer).
  if (layers) {
    for (unsigned p : layers->boundaries)
      chain.layerStarts.push_back(p >= numOps ? n : unitOf.lookup(ops[p]));
    chain.layerOps = layers->period;
  }
  chain.actBytes.assign(n, 0);
  chain.seconds.assign(n, 0);
  chain.flops.assign(n, 0);
  chain.dotBytes.assign(n, 0);
  chain.dotSeconds.assign(n, 0);
  chain.dotFlops.assign(n, 0);
  chain.scalarDef.assign(n, n);
  chain.scalarUse.resize(n);
  for (unsigned u = 0; u < n; ++u)
    chain.scalarUse[u] = u;
  SmallVector<int64_t> delta(n + 2, 0);

  auto unitOfUser = [&](Operation *user) -> unsigned {
    Operation *anchor = body.findAncestorOpInBlock(*user);
    if (!anchor || anchor == body.getTerminator())
      return n;
    return unitOf.lookup(anchor);
  };

  for (unsigned u = 0; u < n; ++u) {
    for (Operation *op : chain.units[u]) {
      OpCost cost = costs.getCost(op);
      chain.flops[u] += cost.flops;
      chain.seconds[u] += target.seconds(cost);
      if (isSavedDot(op)) {
        chain.dotFlops[u] += cost.flops;
        chain.dotSeconds[u] += target.seconds(cost);
        for (Value result : op->getResults())
          chain.dotBytes[u] += shapedBytes(result.getType());
      }
      // Non-tensor operands a region would have to carry.
      op->walk([&](Operation *nested) {
        for (Value operand : nested->getOperands()) {
          if (isa<TensorType>(operand.getType()))
            continue;
          Operation *def = operand.getDefiningOp();
          if (def && isRebuildable(def))
            continue;
          if (!def) {
            if (cast<BlockArgument>(operand).getOwner() == &body)
              chain.scalarDef[u] = -1;
            continue;
          }
          Operation *anchor = body.findAncestorOpInBlock(*def);
          if (anchor && anchor != op)
            chain.scalarDef[u] =
                std::min<int64_t>(chain.scalarDef[u], unitOf.lookup(anchor));
        }
      });
      for (Value result : op->getResults()) {
        bool isTensor = isa<TensorType>(result.getType());
        if (!isTensor) {
          if (isRebuildable(op))
            continue;
          for (Operation *user : result.getUsers())
            chain.scalarUse[u] =
                std::max<int64_t>(chain.scalarUse[u], unitOfUser(user));
          continue;
        }
        // A rebuildable value (a fill is the destination its consumer
        // writes in place) is not kept: regions remake it.
        if (isRebuildable(op))
          continue;
        int64_t bytes = shapedBytes(result.getType());
        chain.actBytes[u] += bytes;
        unsigned last = u;
        for (Operation *user : result.getUsers())
          last = std::max(last, unitOfUser(user));
        // Live across cuts u+1 .. last.
        delta[u + 1] += bytes;
        delta[last + 1] -= bytes;
      }
    }
  }
  chain.cutBytes.assign(n + 1, 0);
  int64_t running = 0;
  for (unsigned k = 0; k <= n; ++k) {
    running += delta[k];
    chain.cutBytes[k] = running;
  }
  return chain;
}
