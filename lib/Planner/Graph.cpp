//===- Graph.cpp - a computation graph and its schedules ------------------===//

#include "ckpt/Planner/Graph.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"

#include <algorithm>
#include <cassert>

using namespace mlir::ckpt::planner;

unsigned Graph::addNode(double cost, int64_t bytes) {
  assert(cost >= 0 && bytes >= 0 && "costs and sizes are non-negative");
  nodes.push_back(Node{cost, bytes, true, {}, {}});
  return nodes.size() - 1;
}

/// Inserts `value` into the ascending `list` unless it is there already.
static bool insertSorted(llvm::SmallVectorImpl<unsigned> &list,
                         unsigned value) {
  auto *it = std::lower_bound(list.begin(), list.end(), value);
  if (it != list.end() && *it == value)
    return false;
  list.insert(it, value);
  return true;
}

void Graph::addEdge(unsigned src, unsigned dst) {
  assert(src < dst && dst < size() && "edges follow the node numbering");
  if (insertSorted(nodes[dst].operands, src))
    insertSorted(nodes[src].users, dst);
}

double Graph::totalCost() const {
  double total = 0;
  for (const Node &node : nodes)
    total += node.cost;
  return total;
}

static llvm::Error stepError(size_t index, const llvm::Twine &message) {
  return llvm::createStringError("step " + llvm::Twine(index) + ": " + message);
}

llvm::Expected<ScheduleStats>
mlir::ckpt::planner::simulate(const Graph &graph,
                              llvm::ArrayRef<Step> schedule) {
  std::vector<char> resident(graph.size(), 0), computed(graph.size(), 0);
  ScheduleStats stats;
  int64_t live = 0;
  for (auto [index, step] : llvm::enumerate(schedule)) {
    unsigned node = step.node;
    if (node >= graph.size())
      return stepError(index,
                       "node " + llvm::Twine(node) + " is not in the graph");
    if (step.kind == StepKind::Free) {
      if (!resident[node])
        return stepError(index, "frees node " + llvm::Twine(node) +
                                    ", which is not resident");
      resident[node] = 0;
      live -= graph.bytes(node);
      continue;
    }
    for (unsigned operand : graph.operands(node))
      if (!resident[operand])
        return stepError(index, "computes node " + llvm::Twine(node) +
                                    " but its operand " + llvm::Twine(operand) +
                                    " is not resident");
    stats.cost += graph.cost(node);
    if (computed[node])
      ++stats.recomputes;
    computed[node] = 1;
    if (!resident[node]) {
      resident[node] = 1;
      live += graph.bytes(node);
    }
    stats.peak = std::max(stats.peak, live);
  }
  for (unsigned node = 0; node < graph.size(); ++node)
    if (!computed[node])
      return llvm::createStringError("node " + llvm::Twine(node) +
                                     " is never computed");
  return stats;
}

int64_t mlir::ckpt::planner::peakLowerBound(const Graph &graph) {
  int64_t bound = 0;
  for (unsigned node = 0; node < graph.size(); ++node) {
    int64_t need = graph.bytes(node);
    for (unsigned operand : graph.operands(node))
      need += graph.bytes(operand);
    bound = std::max(bound, need);
  }
  return bound;
}

Schedule mlir::ckpt::planner::keepAllSchedule(const Graph &graph) {
  Schedule schedule;
  // lastUse[v]: the node after whose compute v is freed.
  std::vector<unsigned> lastUse(graph.size());
  std::vector<llvm::SmallVector<unsigned, 2>> freedAfter(graph.size());
  for (unsigned node = 0; node < graph.size(); ++node) {
    llvm::ArrayRef<unsigned> users = graph.users(node);
    freedAfter[users.empty() ? node : users.back()].push_back(node);
  }
  for (unsigned node = 0; node < graph.size(); ++node) {
    schedule.push_back({StepKind::Compute, node});
    for (unsigned dead : freedAfter[node])
      schedule.push_back({StepKind::Free, dead});
  }
  return schedule;
}
