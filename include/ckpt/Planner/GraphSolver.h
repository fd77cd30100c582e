//===- GraphSolver.h - rematerialization of a DAG ---------------*- C++ -*-===//
//
// Chooses a schedule of a Graph (Graph.h) whose peak fits a byte budget at
// the least recompute cost it can find. docs/GraphSolve.md describes the
// method and its measured distance from the exact optimum.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_PLANNER_GRAPHSOLVER_H
#define CKPT_PLANNER_GRAPHSOLVER_H

#include "ckpt/Planner/Graph.h"

namespace mlir::ckpt::planner {

enum class SolverStrategy {
  /// One run of the eviction heuristic with its default priorities.
  Greedy,
  /// The heuristic's best priorities from a few rules, then a local search
  /// over per-node priorities, each candidate run and measured exactly.
  LocalSearch,
};

/// In which order nodes are computed for the first time.
enum class NodeOrder {
  /// Index order only, as the graph is numbered (a function's own order,
  /// which side effects may depend on).
  Given,
  /// Also a few other topological orders (docs/GraphSolve.md): each node
  /// just before its first reader, operands in several rankings, and a
  /// list schedule that frees the most memory first. The local search goes
  /// on in the order whose runs did best. Only with LocalSearch.
  Search,
};

struct SolverOptions {
  SolverStrategy strategy = SolverStrategy::LocalSearch;
  NodeOrder order = NodeOrder::Search;
  /// Bounds the local search by work (eviction candidates examined) rather
  /// than by time, so that a solve is deterministic; 0 takes the default,
  /// about half a second on a 2-core machine for any graph size.
  uint64_t maxWork = 0;
  /// Seeds the local search's random moves.
  uint64_t seed = 1;
};

struct Solution {
  /// Whether `schedule` fits the budget. When no schedule was found that
  /// does, `schedule` is keepAllSchedule() (with its own, larger peak).
  bool feasible = false;
  Schedule schedule;
  /// The exact figures of `schedule` (simulate()).
  ScheduleStats stats;
  /// Schedules the local search ran.
  unsigned evaluations = 0;
};

/// Finds a schedule of `graph` whose peak is at most `budget` bytes. Every
/// schedule returned is valid under the semantics of Graph.h and its stats
/// are the simulator's.
Solution solveGraph(const Graph &graph, int64_t budget,
                    const SolverOptions &options = {});

} // namespace mlir::ckpt::planner

#endif // CKPT_PLANNER_GRAPHSOLVER_H
