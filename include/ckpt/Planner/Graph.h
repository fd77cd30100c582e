//===- Graph.h - a computation graph and its schedules ----------*- C++ -*-===//
//
// The planner library's problem, free of IR: a DAG whose nodes are numbered
// in a topological order, each with a compute cost and the bytes its result
// occupies while resident, and schedules over it (compute and free steps).
//
// Semantics (those of ckpt-graph-solve, docs/GraphSolve.md): computing a
// node needs all its operands resident and makes it resident; freeing drops
// a resident node; the peak is the largest sum of bytes over resident nodes
// right after any compute; every node is computed at least once; the cost is
// the sum of the costs of all computes.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_PLANNER_GRAPH_H
#define CKPT_PLANNER_GRAPH_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <vector>

namespace mlir::ckpt::planner {

/// A DAG in topological numbering: every edge goes from a lower node index
/// to a higher one.
class Graph {
public:
  /// Adds a node computed at `cost` whose result takes `bytes`; returns its
  /// index (nodes are numbered in the order they are added).
  unsigned addNode(double cost, int64_t bytes);
  /// Adds the edge `src -> dst` (`dst` reads `src`); needs src < dst < size().
  /// A repeated edge is kept once.
  void addEdge(unsigned src, unsigned dst);

  unsigned size() const { return nodes.size(); }
  double cost(unsigned node) const { return nodes[node].cost; }
  int64_t bytes(unsigned node) const { return nodes[node].bytes; }
  /// The nodes `node` reads, ascending.
  llvm::ArrayRef<unsigned> operands(unsigned node) const {
    return nodes[node].operands;
  }
  /// The nodes that read `node`, ascending.
  llvm::ArrayRef<unsigned> users(unsigned node) const {
    return nodes[node].users;
  }
  /// The cost of computing every node once: no schedule costs less.
  double totalCost() const;
  /// A node that must not be computed twice (it has side effects): the
  /// solver keeps its result resident while anything will read it.
  void setRecomputable(unsigned node, bool value) {
    nodes[node].recomputable = value;
  }
  bool recomputable(unsigned node) const { return nodes[node].recomputable; }
  /// Whether every node may be recomputed.
  bool allRecomputable() const;

private:
  struct Node {
    double cost;
    int64_t bytes;
    bool recomputable = true;
    llvm::SmallVector<unsigned, 4> operands, users;
  };
  std::vector<Node> nodes;
};

enum class StepKind : uint8_t { Compute, Free };

struct Step {
  StepKind kind;
  unsigned node;
  bool operator==(const Step &other) const {
    return kind == other.kind && node == other.node;
  }
};
using Schedule = std::vector<Step>;

/// What a valid schedule costs and the memory it needs.
struct ScheduleStats {
  double cost = 0;
  int64_t peak = 0;
  /// Computes of a node already computed before.
  unsigned recomputes = 0;
};

/// Runs `schedule` under the semantics above; the error names the first step
/// that breaks a rule (an operand not resident, a free of a node not
/// resident, an index out of range) or the first node never computed.
llvm::Expected<ScheduleStats> simulate(const Graph &graph,
                                       llvm::ArrayRef<Step> schedule);

/// A lower bound on the peak of every schedule (docs/GraphSolve.md, "The
/// lower bound", proves it): at least v and all its operands resident at
/// once for every node v, and more where those operands, each computed with
/// its own operands resident, cannot all be brought together in less.
int64_t peakLowerBound(const Graph &graph);

/// An upper bound on the least peak of any schedule: computing every node in
/// turn from nothing, as if the graph were a tree (each missing operand
/// brought back with its own operands while those already brought back
/// stay, the one that needs the most beyond its own bytes first: Sethi and
/// Ullman's order), then freeing it. Such a schedule exists at this peak,
/// though its length grows with the number of paths into a node, so the
/// bound says that a budget has a schedule, not that one is practical.
int64_t treeEvaluationPeak(const Graph &graph);

/// Each node computed once in index order, each result freed right after its
/// last use (a result nobody reads right after it is computed). Costs
/// totalCost(); its peak is the least among schedules that recompute
/// nothing and compute in index order.
Schedule keepAllSchedule(const Graph &graph);

} // namespace mlir::ckpt::planner

#endif // CKPT_PLANNER_GRAPH_H
