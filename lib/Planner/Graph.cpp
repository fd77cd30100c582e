//===- Graph.cpp - a computation graph and its schedules ------------------===//

#include "ckpt/Planner/Graph.h"

#include "EvaluationPeak.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"

#include <algorithm>
#include <cassert>
#include <limits>

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

bool Graph::allRecomputable() const {
  return llvm::all_of(nodes,
                      [](const Node &node) { return node.recomputable; });
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

namespace {

/// Work (set elements touched) after which the bound stops looking deeper
/// than one level: about 10 ms.
constexpr uint64_t kDeepBoundWork = 4'000'000;
/// The deepest level looked at.
constexpr unsigned kMaxBoundDepth = 4;

/// The lower bound of docs/GraphSolve.md ("The lower bound"): heldBound(X, d)
/// is at most the peak of any schedule in which every node of the set X is
/// resident at once, right after some compute.
///
/// Order X by the step that last computed each of its nodes, x_1 ... x_m.
/// Each x_i stays resident from that step on (it is not computed again), so
/// when x_i is computed, x_1 ... x_{i-1} are resident, and so are x_i's
/// operands and x_i: the peak is at least bytes(X_<i + operands(x_i) +
/// x_i), and, since the set X_<i + operands(x_i) was resident at once,
/// at least heldBound of it at depth d - 1. The schedule's order is not
/// known: the bound is the least, over all orders, of the largest of these
/// terms. Each term only grows with the set before x_i, so Lawler's rule
/// finds that least maximum exactly: place last the node whose term, with
/// all the others before it, is smallest, and repeat on the rest.
class BoundSearch {
public:
  /// Looks at most `maxDepth` levels deep.
  BoundSearch(const Graph &graph, unsigned maxDepth)
      : graph(graph),
        members(maxDepth + 1, std::vector<char>(graph.size(), 0)) {}

  /// `held`: sorted, distinct.
  int64_t heldBound(llvm::ArrayRef<unsigned> held, unsigned depth) {
    assert(depth < members.size() && "deeper than the search was made for");
    int64_t total = 0;
    for (unsigned node : held)
      total += graph.bytes(node);
    work += held.size();
    if (depth == 0)
      return total;
    // member: the nodes of `rest`, one array per depth of the recursion.
    std::vector<char> &member = members[depth];
    llvm::SmallVector<unsigned, 16> rest(held.begin(), held.end());
    for (unsigned node : rest)
      member[node] = 1;
    int64_t bound = total;
    while (!rest.empty()) {
      // The least term of a node placed after all the others of `rest`:
      // the bytes of rest, plus its operands outside rest (a node is not
      // its own operand).
      int64_t least = std::numeric_limits<int64_t>::max();
      size_t leastAt = 0;
      for (size_t i = 0; i < rest.size(); ++i) {
        unsigned node = rest[i];
        int64_t term = total;
        for (unsigned operand : graph.operands(node))
          if (!member[operand])
            term += graph.bytes(operand);
        work += 1 + graph.operands(node).size();
        // Past the work limit, the shallower term: still a lower bound
        // (any term no larger than the true one keeps the result below the
        // least maximum over orders).
        if (term < least && depth > 1 && work < kDeepBoundWork) {
          llvm::SmallVector<unsigned, 16> before;
          for (size_t j = 0; j < rest.size(); ++j)
            if (j != i)
              before.push_back(rest[j]);
          llvm::append_range(before, graph.operands(node));
          llvm::sort(before);
          before.erase(std::unique(before.begin(), before.end()), before.end());
          term = std::max(term, heldBound(before, depth - 1));
        }
        if (term < least) {
          least = term;
          leastAt = i;
        }
      }
      bound = std::max(bound, least);
      unsigned last = rest[leastAt];
      member[last] = 0;
      total -= graph.bytes(last);
      rest.erase(rest.begin() + leastAt);
    }
    return bound;
  }

  /// Units of work spent: set elements touched.
  uint64_t work = 0;

private:
  const Graph &graph;
  std::vector<std::vector<char>> members;
};

} // namespace

int64_t mlir::ckpt::planner::peakLowerBound(const Graph &graph) {
  BoundSearch search(graph, kMaxBoundDepth);
  int64_t bound = 0;
  // Deeper and deeper over every node while the work lasts; each pass is a
  // lower bound, and so is the largest.
  for (unsigned depth = 1; depth <= kMaxBoundDepth; ++depth) {
    if (depth > 1 && search.work >= kDeepBoundWork)
      break;
    for (unsigned node = 0; node < graph.size(); ++node) {
      // Every node is computed at least once, with its operands resident.
      llvm::SmallVector<unsigned, 16> held(graph.operands(node).begin(),
                                           graph.operands(node).end());
      held.push_back(node);
      bound = std::max(bound, search.heldBound(held, depth));
    }
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

int64_t mlir::ckpt::planner::treeEvaluationPeak(const Graph &graph) {
  // need[v]: the peak of computing v from nothing, v's result included.
  std::vector<uint64_t> need(graph.size(), 0);
  uint64_t result = 0;
  for (unsigned node = 0; node < graph.size(); ++node) {
    llvm::SmallVector<std::pair<uint64_t, uint64_t>, 8> parts;
    for (unsigned operand : graph.operands(node))
      parts.push_back({need[operand], uint64_t(graph.bytes(operand))});
    need[node] = evaluationPeak(parts, graph.bytes(node));
    result = std::max(result, need[node]);
  }
  return int64_t(std::min<uint64_t>(result, INT64_MAX));
}
