//===- CheckmateGraph.h - training graphs in Checkmate's JSON ---*- C++ -*-===//
//
// Checkmate's training graphs are networkx node-link JSON: "nodes" with
// "id", "cost_cpu", "cost_ram" and "backward"; "links" with "source" and
// "target". ckpt-graph-solve reads them into a Graph (Graph.h).
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_PLANNER_CHECKMATEGRAPH_H
#define CKPT_PLANNER_CHECKMATEGRAPH_H

#include "ckpt/Planner/Graph.h"

#include "llvm/Support/JSON.h"

namespace mlir::ckpt::planner {

struct CheckmateGraph {
  Graph graph;
  /// The JSON id of each node of `graph`, ascending.
  std::vector<int64_t> ids;
};

/// Reads a Checkmate graph. Ids are integers whose order is a topological
/// order (every link from a smaller id to a larger one); they need not be
/// contiguous. `cost_cpu` is a non-negative finite number, `cost_ram` a
/// non-negative integer (bytes) below 2^53, `backward` a boolean when given.
/// The error is one line: malformed input, a duplicate or unknown id, a
/// cycle (named by one of its nodes) or a link against the order of ids.
llvm::Expected<CheckmateGraph>
readCheckmateGraph(const llvm::json::Value &json);

} // namespace mlir::ckpt::planner

#endif // CKPT_PLANNER_CHECKMATEGRAPH_H
