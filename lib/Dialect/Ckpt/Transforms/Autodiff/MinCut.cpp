//===- MinCut.cpp - save a minimum cut of forward values ------------------===//
//
// The rules read whatever forward values they like: exp's adjoint its
// input, a subtraction's nothing, a product both factors. Keeping all of
// them from the forward to the backward is what makes an unplanned step
// need twice PyTorch's memory on a transformer (the scores, their shifted
// copy, the exponentials and the probabilities of every softmax; LayerNorm's
// centred input in f64). As AOTAutograd's partitioner does, the forward
// values the backward needs are instead regenerated from a smallest set of
// saved values: elementwise ops and views are cheap to recompute, so the
// cut only has to pass through values that are expensive to recompute
// (contractions, reductions, region results, calls) or that are cheaper to
// keep than what they derive from.
//
// The graph: each forward tensor value v is an edge in(v) -> out(v) whose
// capacity is v's size in bytes (views cannot be kept on their own: keeping
// one keeps its whole source, so they are always recomputed); an op that
// must not be recomputed is fed from the source; a recomputable op's
// operands feed its results; values the backward reads drain to the sink.
// Of the minimum cuts, the one nearest the sink is taken, so that no more is
// recomputed than needed. The backward then reads recomputed copies, built
// right before their first use and marked so CSE does not merge them back.
//
//===----------------------------------------------------------------------===//

#include "Adjoint.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/RegionUtils.h"

#include <deque>
#include <limits>

using namespace mlir;
using namespace mlir::ckpt;
using namespace mlir::ckpt::autodiff;

namespace {
constexpr int64_t kInfinite = std::numeric_limits<int64_t>::max() / 4;

/// Dinic's maximum flow on a small adjacency-list graph.
class FlowGraph {
public:
  explicit FlowGraph(unsigned numNodes) : adjacency(numNodes) {}

  void addEdge(unsigned from, unsigned to, int64_t capacity) {
    adjacency[from].push_back(edges.size());
    edges.push_back({to, capacity});
    adjacency[to].push_back(edges.size());
    edges.push_back({from, 0});
  }

  void maxFlow(unsigned source, unsigned sink) {
    while (buildLevels(source, sink)) {
      next.assign(adjacency.size(), 0);
      while (push(source, sink, kInfinite) > 0) {
      }
    }
  }

  /// Nodes from which `sink` is reachable through residual capacity.
  std::vector<bool> reachingSink(unsigned sink) const {
    std::vector<bool> seen(adjacency.size(), false);
    std::deque<unsigned> work = {sink};
    seen[sink] = true;
    while (!work.empty()) {
      unsigned node = work.front();
      work.pop_front();
      // An edge u -> node with residual capacity is the reverse of the
      // edge stored at node's adjacency (index ^ 1).
      for (unsigned e : adjacency[node]) {
        const Edge &back = edges[e ^ 1];
        unsigned from = edges[e].to;
        if (back.capacity > 0 && !seen[from]) {
          seen[from] = true;
          work.push_back(from);
        }
      }
    }
    return seen;
  }

private:
  struct Edge {
    unsigned to;
    int64_t capacity;
  };

  bool buildLevels(unsigned source, unsigned sink) {
    level.assign(adjacency.size(), -1);
    std::deque<unsigned> work = {source};
    level[source] = 0;
    while (!work.empty()) {
      unsigned node = work.front();
      work.pop_front();
      for (unsigned e : adjacency[node])
        if (edges[e].capacity > 0 && level[edges[e].to] < 0) {
          level[edges[e].to] = level[node] + 1;
          work.push_back(edges[e].to);
        }
    }
    return level[sink] >= 0;
  }

  int64_t push(unsigned node, unsigned sink, int64_t limit) {
    if (node == sink)
      return limit;
    for (unsigned &i = next[node]; i < adjacency[node].size(); ++i) {
      Edge &edge = edges[adjacency[node][i]];
      if (edge.capacity <= 0 || level[edge.to] != level[node] + 1)
        continue;
      int64_t pushed = push(edge.to, sink, std::min(limit, edge.capacity));
      if (pushed > 0) {
        edge.capacity -= pushed;
        edges[adjacency[node][i] ^ 1].capacity += pushed;
        return pushed;
      }
    }
    return 0;
  }

  std::vector<std::vector<unsigned>> adjacency;
  std::vector<Edge> edges;
  std::vector<int> level;
  std::vector<unsigned> next;
};
} // namespace

static bool isView(Operation *op) {
  return isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp,
             tensor::ExtractSliceOp>(op);
}

/// Ops whose results the backward may regenerate instead of keeping: views,
/// fills, empty tensors, random draws (a pure function of two scalars, so a
/// dropout mask costs no saved bytes) and elementwise generics (no
/// reduction, so no more work than reading their operands once).
/// Contractions, reductions, regions, calls and anything with effects are
/// kept.
bool mlir::ckpt::autodiff::isRegeneratedInBackward(Operation *op) {
  if (isView(op) || isa<tensor::EmptyOp, bufferization::AllocTensorOp,
                        linalg::FillOp, RandomUniformOp>(op))
    return true;
  auto generic = dyn_cast<linalg::GenericOp>(op);
  if (!generic || !generic.hasPureTensorSemantics() ||
      generic.getNumReductionLoops() != 0)
    return false;
  // The body must be pure and read nothing from outside but scalars.
  bool pure = true;
  generic.getBody()->walk([&](Operation *inner) {
    pure &= isMemoryEffectFree(inner) ||
            isa<linalg::YieldOp, linalg::IndexOp>(inner);
  });
  llvm::SetVector<Value> captured;
  getUsedValuesDefinedAbove(generic.getRegion(), captured);
  return pure && llvm::all_of(captured, [](Value v) {
           return !isa<ShapedType>(v.getType());
         });
}

static int64_t sizeInBytes(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !type.hasStaticShape())
    return kInfinite;
  unsigned bits = type.getElementTypeBitWidth();
  return type.getNumElements() * std::max<int64_t>(1, (bits + 7) / 8);
}

/// Every value the op or its nested ops read, with its reader at top level.
static void forEachOperand(Operation *op,
                           function_ref<void(OpOperand &)> fn) {
  op->walk([&](Operation *inner) {
    for (OpOperand &operand : inner->getOpOperands())
      fn(operand);
  });
}

Operation *autodiff::createBoundary(OpBuilder &b, Location loc) {
  return tensor::EmptyOp::create(b, loc, ArrayRef<int64_t>{},
                                 b.getI8Type());
}

void autodiff::saveMinimumCut(Block &block, Operation *boundary) {
  DenseSet<Operation *> forward;
  for (Operation &op : block) {
    if (&op == boundary)
      break;
    forward.insert(&op);
  }
  // Forward tensor values, numbered; node 2i is in(v), 2i+1 is out(v).
  DenseMap<Value, unsigned> index;
  SmallVector<Value> values;
  for (Operation &op : block)
    if (forward.contains(&op))
      for (Value result : op.getResults())
        if (isa<RankedTensorType>(result.getType())) {
          index[result] = values.size();
          values.push_back(result);
        }
  if (values.empty())
    return;
  auto isForwardTensor = [&](Value v) { return index.contains(v); };

  // What the backward (and the terminator) reads.
  DenseSet<Value> needed, returned;
  for (Operation &op : block) {
    if (forward.contains(&op) || &op == boundary)
      continue;
    bool isTerminator = op.hasTrait<OpTrait::IsTerminator>();
    forEachOperand(&op, [&](OpOperand &operand) {
      if (!isForwardTensor(operand.get()))
        return;
      (isTerminator ? returned : needed).insert(operand.get());
    });
  }
  if (needed.empty())
    return;

  unsigned source = 2 * values.size(), sink = source + 1;
  FlowGraph graph(sink + 1);
  DenseSet<Operation *> recomputable;
  for (auto [i, value] : llvm::enumerate(values)) {
    Operation *def = value.getDefiningOp();
    bool canRecompute = isRegeneratedInBackward(def);
    if (canRecompute)
      recomputable.insert(def);
    // A returned value is live to the end anyway: keeping it costs nothing.
    int64_t cost = returned.contains(value) ? 0
                   : isView(def)           ? kInfinite
                                           : sizeInBytes(value);
    graph.addEdge(2 * i, 2 * i + 1, cost);
    if (!canRecompute) {
      graph.addEdge(source, 2 * i, kInfinite);
    } else {
      for (Value operand : def->getOperands())
        if (isForwardTensor(operand))
          graph.addEdge(2 * index[operand] + 1, 2 * i, kInfinite);
    }
    if (needed.contains(value))
      graph.addEdge(2 * i + 1, sink, kInfinite);
  }
  graph.maxFlow(source, sink);
  std::vector<bool> sinkSide = graph.reachingSink(sink);
  // v is kept when its edge is cut; it is regenerated when in(v) is on the
  // sink's side too.
  auto isKept = [&](Value v) {
    unsigned i = index.lookup(v);
    return !sinkSide[2 * i] && sinkSide[2 * i + 1];
  };

  DenseMap<Value, Value> regenerated;
  std::function<Value(Value, Operation *)> regenerate =
      [&](Value v, Operation *before) -> Value {
    if (!isForwardTensor(v) || isKept(v))
      return v;
    if (Value copy = regenerated.lookup(v))
      return copy;
    Operation *def = v.getDefiningOp();
    assert(recomputable.contains(def) && "cut left a kept op uncovered");
    IRMapping mapping;
    for (Value operand : def->getOperands())
      mapping.map(operand, regenerate(operand, before));
    OpBuilder b(before);
    Operation *copy = b.clone(*def, mapping);
    // CSE would merge the copy back into the forward op it repeats.
    copy->setAttr("ckpt.recomputed", b.getUnitAttr());
    for (auto [result, copied] :
         llvm::zip(def->getResults(), copy->getResults()))
      regenerated[result] = copied;
    return regenerated.lookup(v);
  };

  SmallVector<Operation *> backward;
  for (Operation &op : block)
    if (!forward.contains(&op) && &op != boundary &&
        !op.hasTrait<OpTrait::IsTerminator>())
      backward.push_back(&op);
  for (Operation *op : backward)
    forEachOperand(op, [&](OpOperand &operand) {
      if (isForwardTensor(operand.get()) && !isKept(operand.get()))
        operand.set(regenerate(operand.get(), op));
    });
}
