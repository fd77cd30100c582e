//===- GraphSolver.cpp - rematerialization on a DAG under a budget --------===//
//
// The method (docs/GraphSolve.md): nodes are computed for the first time in
// index order, as in Checkmate's frontier-advancing schedules. A node whose
// operand is no longer resident recomputes that operand first, recursively.
// Results stay resident until memory runs short; then the heuristic evicts
// the resident result that is cheapest to bring back per byte and per step
// until it is next needed (Belady's rule weighted by recompute cost), scaled
// by a per-node priority. A tidy pass then frees every result right after
// its last use and drops recomputes nobody reads, and the simulator measures
// the schedule exactly. The local search perturbs the per-node priorities
// and keeps any change that does not raise the exact cost. When no run
// fits the budget, a second phase brings missing operands back memory
// first (Sethi and Ullman's order, resident operands left evictable) and
// searches on from there. With NodeOrder::Search all of this runs in a few
// topological orders besides the given one (the graph renumbered to each),
// the local search shared among them by successive halving.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Planner/GraphSolver.h"

#include "EvaluationPeak.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Sequence.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

using namespace mlir::ckpt::planner;

namespace {

/// How one run of the heuristic ranks eviction candidates.
struct Priorities {
  /// The score divides by (steps until next use)^distanceExponent.
  double distanceExponent = 1.0;
  /// Scales each node's score: larger keeps it resident longer.
  std::vector<double> weight;
  /// Brings back missing operands by the memory-first recursion
  /// (EvictionRun::materializeLean) rather than pinning them all.
  bool memoryFirst = false;
  /// With memoryFirst: how much the memory that bringing a result back
  /// takes (extraNeed, as a fraction of the budget) weighs against evicting
  /// it: the score is multiplied by exp(needWeight * need / budget). A hub
  /// whose return needs most of the budget then stays (0: not weighed).
  double needWeight = 0;
  /// With memoryFirst: scales each node's rank among the missing operands
  /// of a compute (larger: brought back earlier).
  std::vector<double> order;
};

/// One run of the eviction heuristic under a budget.
class EvictionRun {
public:
  EvictionRun(const Graph &graph, int64_t budget, const Priorities &priorities,
              uint64_t workLimit)
      : graph(graph), budget(budget), priorities(priorities),
        workLimit(workLimit), resident(graph.size(), 0), pins(graph.size(), 0),
        reads(graph.size(), 0), position(graph.size(), 0),
        nextUser(graph.size(), 0), readDepth(graph.size(), -1),
        needMemo(graph.size(), 0), needStamp(graph.size(), 0),
        stuck(graph.size(), 0),
        anyFixed(!graph.allRecomputable()),
        ceiling(graph.totalCost()) {}

  /// Computes every node in index order; false when some compute cannot fit
  /// the budget (`frontier` then says at which node).
  bool run() {
    for (frontier = 0; frontier < graph.size(); ++frontier)
      if (!(priorities.memoryFirst ? materializeLean(frontier)
                                   : materialize(frontier)))
        return false;
    return true;
  }

  Schedule steps;
  /// Eviction candidates examined: the measure of effort the local search
  /// budgets.
  uint64_t work = 0;
  unsigned frontier = 0;
  /// When a run fails because nothing is left to evict: the bytes the
  /// failing compute lacks (the most there is when it ran out of work).
  int64_t shortage = std::numeric_limits<int64_t>::max();

private:
  bool materialize(unsigned node) {
    // A node that must not be computed twice never comes back (makeRoom
    // keeps what would need it; this only guards that).
    if (node < frontier && !graph.recomputable(node))
      return false;
    llvm::ArrayRef<unsigned> operands = graph.operands(node);
    // Pin what is resident first, so that bringing back one operand does
    // not evict another.
    for (unsigned operand : operands)
      if (resident[operand])
        ++pins[operand];
    for (unsigned operand : operands) {
      if (resident[operand])
        continue;
      if (!materialize(operand))
        return false;
      ++pins[operand];
    }
    bool fits = makeRoom(graph.bytes(node));
    if (fits)
      compute(node);
    for (unsigned operand : operands)
      --pins[operand];
    return fits;
  }

  /// The memory-first recursion. The operands of `node` already resident
  /// are not pinned while the missing ones come back, only evicted after
  /// every result no compute under way reads (makeRoom); one evicted
  /// meanwhile is missing again and comes back in its turn. Among the
  /// missing operands, the one whose return needs the most memory beyond
  /// its own size comes back first, while the fewest others are held
  /// (Sethi and Ullman's order), and stays pinned from then on. Each round
  /// pins one more operand, so there are at most as many rounds as
  /// operands.
  bool materializeLean(unsigned node) {
    if (node < frontier && !graph.recomputable(node))
      return false;
    llvm::ArrayRef<unsigned> operands = graph.operands(node);
    int level = depth++;
    // Each operand's innermost reader under way, restored on the way out.
    llvm::SmallVector<std::pair<unsigned, int>, 8> saved;
    for (unsigned operand : operands) {
      ++reads[operand];
      saved.push_back({operand, readDepth[operand]});
      readDepth[operand] = level;
    }
    llvm::SmallVector<unsigned, 8> pinned;
    bool fits = true;
    while (fits) {
      unsigned next = ~0u;
      double nextKey = 0;
      ++stamp;
      for (unsigned operand : operands) {
        if (resident[operand])
          continue;
        double key = double(extraNeed(operand) - graph.bytes(operand)) *
                     priorities.order[operand];
        if (next == ~0u || key > nextKey) {
          next = operand;
          nextKey = key;
        }
      }
      if (next == ~0u)
        break;
      fits = materializeLean(next);
      if (fits) {
        ++pins[next];
        pinned.push_back(next);
      }
    }
    if (fits) {
      for (unsigned operand : operands)
        if (!llvm::is_contained(pinned, operand)) {
          ++pins[operand];
          pinned.push_back(operand);
        }
      fits = makeRoom(graph.bytes(node));
      if (fits)
        compute(node);
    }
    for (unsigned operand : pinned)
      --pins[operand];
    for (auto [operand, depthBefore] : llvm::reverse(saved)) {
      --reads[operand];
      readDepth[operand] = depthBefore;
    }
    --depth;
    return fits;
  }

  /// The memory beyond what is resident that bringing back the missing
  /// `node` takes if nothing resident leaves: its missing operands brought
  /// back in Sethi and Ullman's order, each held while the next comes back
  /// (a shared one counted for each user, as if recomputed). Memoized until
  /// `stamp` changes.
  uint64_t extraNeed(unsigned node) {
    if (needStamp[node] == stamp)
      return needMemo[node];
    llvm::SmallVector<std::pair<uint64_t, uint64_t>, 8> parts;
    for (unsigned operand : graph.operands(node))
      if (!resident[operand])
        parts.push_back({extraNeed(operand), uint64_t(graph.bytes(operand))});
    work += 1 + graph.operands(node).size();
    needStamp[node] = stamp;
    return needMemo[node] = evaluationPeak(parts, graph.bytes(node));
  }

  void compute(unsigned node) {
    steps.push_back({StepKind::Compute, node});
    resident[node] = 1;
    position[node] = residentList.size();
    residentList.push_back(node);
    live += graph.bytes(node);
  }

  void evict(unsigned node) {
    steps.push_back({StepKind::Free, node});
    stuck[node] =
        !graph.recomputable(node) || (anyFixed && cannotReturn(node));
    resident[node] = 0;
    unsigned last = residentList.back();
    residentList[position[node]] = last;
    position[last] = position[node];
    residentList.pop_back();
    live -= graph.bytes(node);
  }

  /// Steps from the frontier until `node` is next read by a node not yet
  /// computed; infinity when none will.
  double frontierDistance(unsigned node) {
    llvm::ArrayRef<unsigned> users = graph.users(node);
    unsigned &next = nextUser[node];
    while (next < users.size() && users[next] < frontier)
      ++next;
    if (next == users.size())
      return std::numeric_limits<double>::infinity();
    return users[next] - frontier + 1.0;
  }

  /// When each result is next needed: by a node not yet computed, or to
  /// recompute an evicted user that will be needed (through any chain of
  /// evicted users). Users have higher indices, so one backward sweep.
  void computeNeed() {
    need.resize(graph.size());
    regain.resize(graph.size());
    // regain[v]: what recomputing the evicted v costs, with its evicted
    // operands (shared ones counted once per path, capped by ceiling).
    for (unsigned node = 0; node < frontier; ++node) {
      if (resident[node])
        continue;
      double cost = graph.cost(node);
      for (unsigned operand : graph.operands(node))
        if (!resident[operand])
          cost += regain[operand];
      regain[node] = std::min(cost, ceiling);
      if (anyFixed)
        stuck[node] = !graph.recomputable(node) || cannotReturn(node);
      work += 1 + graph.operands(node).size();
    }
    // Nodes from the frontier on are neither resident nor read by an
    // evicted user: their need is never asked.
    for (unsigned node = frontier; node-- > 0;) {
      double dist = frontierDistance(node);
      for (unsigned user : graph.users(node)) {
        if (user >= frontier)
          break;
        if (!resident[user])
          dist = std::min(dist, need[user]);
      }
      need[node] = dist;
      work += 1 + graph.users(node).size();
    }
  }

  /// What evicting `node` costs when it is needed again: its own compute
  /// and bringing back its evicted operands, recursively.
  double score(unsigned node) {
    double recompute = graph.cost(node);
    for (unsigned operand : graph.operands(node))
      if (!resident[operand])
        recompute += regain[operand];
    recompute = std::min(recompute, ceiling);
    work += 1 + graph.operands(node).size();
    double dist = need[node];
    // A result nothing will need again costs nothing to drop.
    if (std::isinf(dist))
      return 0;
    double exponent = priorities.distanceExponent;
    double spread = exponent == 1.0 ? dist : std::pow(dist, exponent);
    return priorities.weight[node] * recompute /
           (double(graph.bytes(node)) * spread);
  }

  /// Whether bringing `node` back would need an evicted operand that cannot
  /// come back (stuck).
  bool cannotReturn(unsigned node) {
    return llvm::any_of(graph.operands(node), [&](unsigned operand) {
      return !resident[operand] && stuck[operand];
    });
  }

  /// Evicts until `bytes` more fit. Pinned results never leave. The others
  /// are ranked: first those no compute under way reads, then (memory-first
  /// recursion) those read by a compute under way, the outermost compute's
  /// first (it needs them last); within a rank the least score leaves.
  bool makeRoom(int64_t bytes) {
    if (live + bytes > budget)
      computeNeed();
    while (live + bytes > budget) {
      // A run that recomputes without end (each recompute evicting what
      // the next needs) gives up at its share of the work.
      if (work > workLimit)
        return false;
      work += residentList.size();
      bool weighNeed = priorities.memoryFirst && priorities.needWeight > 0;
      // extraNeed's memo holds for one resident set.
      if (weighNeed)
        ++stamp;
      unsigned victim = ~0u;
      int victimRank = std::numeric_limits<int>::max();
      double best = std::numeric_limits<double>::infinity();
      for (unsigned node : residentList) {
        if (pins[node] || graph.bytes(node) == 0)
          continue;
        // A result that must not be recomputed leaves once nothing needs it.
        // Nor does one whose recompute would need an evicted result that
        // cannot come back.
        if (anyFixed && !std::isinf(need[node]) &&
            (!graph.recomputable(node) || cannotReturn(node)))
          continue;
        int rank = reads[node] ? 1 + readDepth[node] : 0;
        if (rank > victimRank)
          continue;
        double value = score(node);
        if (weighNeed)
          value *= std::exp(priorities.needWeight * extraNeed(node) /
                            double(budget));
        if (rank < victimRank || value < best) {
          best = value;
          victim = node;
          victimRank = rank;
        }
      }
      if (victim == ~0u) {
        shortage = live + bytes - budget;
        return false;
      }
      evict(victim);
    }
    return true;
  }

  const Graph &graph;
  int64_t budget;
  const Priorities &priorities;
  uint64_t workLimit;
  std::vector<char> resident;
  /// pins: results a compute under way needs now, never evicted; reads
  /// (memory-first recursion): computes under way that read the result,
  /// the innermost of them at depth readDepth (-1: none).
  std::vector<unsigned> pins, reads, position, nextUser;
  int depth = 0;
  std::vector<int> readDepth;
  /// extraNeed's memo, valid where needStamp equals stamp.
  std::vector<uint64_t> needMemo;
  std::vector<uint64_t> needStamp;
  uint64_t stamp = 0;
  std::vector<unsigned> residentList;
  std::vector<double> need, regain;
  /// stuck[v], for an evicted v (set when it leaves, refreshed by
  /// computeNeed): v cannot be computed again, because it must not be or
  /// an evicted operand of it cannot.
  std::vector<char> stuck;
  /// Whether some node must not be recomputed; if none, nothing is ever
  /// stuck and the checks above are skipped.
  bool anyFixed;
  double ceiling;
  int64_t live = 0;
};

/// Rewrites a valid schedule whose recomputes happen only when the node is
/// not resident: drops recomputes whose result nobody reads and frees every
/// result right after its last read. Never raises the peak or the cost.
Schedule tidy(const Graph &graph, const Schedule &steps) {
  // Each compute step starts an instance of its node; uses[k] lists the
  // compute steps that read instance k.
  size_t count = steps.size();
  std::vector<llvm::SmallVector<unsigned, 2>> uses(count);
  std::vector<unsigned> current(graph.size(), ~0u), first(graph.size(), ~0u);
  std::vector<llvm::SmallVector<unsigned, 4>> reads(count);
  for (size_t k = 0; k < count; ++k) {
    if (steps[k].kind != StepKind::Compute)
      continue;
    unsigned node = steps[k].node;
    for (unsigned operand : graph.operands(node)) {
      uses[current[operand]].push_back(k);
      reads[k].push_back(current[operand]);
    }
    current[node] = k;
    if (first[node] == ~0u)
      first[node] = k;
  }
  // Backwards, so that every reader of an instance is decided before it.
  // A node must be computed once: when no later instance of it is kept, its
  // first one is, read or not. So a result computed early, evicted unread
  // and recomputed where it is needed is computed there only.
  std::vector<char> keep(count, 0), kept(graph.size(), 0);
  for (size_t k = count; k-- > 0;) {
    if (steps[k].kind != StepKind::Compute)
      continue;
    unsigned node = steps[k].node;
    bool read = llvm::any_of(uses[k], [&](unsigned use) { return keep[use]; });
    keep[k] = read || (first[node] == k && !kept[node]);
    kept[node] |= keep[k];
  }
  std::vector<llvm::SmallVector<unsigned, 2>> freedAfter(count);
  for (size_t k = 0; k < count; ++k) {
    if (!keep[k])
      continue;
    unsigned last = k;
    for (unsigned use : uses[k])
      if (keep[use])
        last = std::max(last, use);
    freedAfter[last].push_back(steps[k].node);
  }
  Schedule result;
  for (size_t k = 0; k < count; ++k) {
    if (!keep[k])
      continue;
    result.push_back(steps[k]);
    llvm::sort(freedAfter[k]);
    for (unsigned node : freedAfter[k])
      result.push_back({StepKind::Free, node});
  }
  return result;
}

/// A run's outcome, ordered by quality: feasible beats infeasible, then the
/// lower cost; an infeasible run that got further is closer to feasible,
/// and (weighShortage) of two that stopped at the same node, the one that
/// lacked fewer bytes.
struct Outcome {
  bool feasible = false;
  unsigned reached = 0;
  int64_t shortage = std::numeric_limits<int64_t>::max();
  double cost = std::numeric_limits<double>::infinity();
  Schedule schedule;
  ScheduleStats stats;

  bool atLeastAsGoodAs(const Outcome &other, bool weighShortage) const {
    if (feasible != other.feasible)
      return feasible;
    if (!feasible && reached != other.reached)
      return reached > other.reached;
    if (!feasible)
      return !weighShortage || shortage <= other.shortage;
    return cost <= other.cost;
  }
  bool betterThan(const Outcome &other, bool weighShortage) const {
    return !other.atLeastAsGoodAs(*this, weighShortage);
  }
};

Outcome evaluate(const Graph &graph, int64_t budget,
                 const Priorities &priorities, uint64_t &work,
                 uint64_t maxWork) {
  EvictionRun run(graph, budget, priorities,
                  maxWork > work ? maxWork - work : 0);
  Outcome outcome;
  outcome.feasible = run.run();
  // tidy() and simulate() read each step's operands a few times.
  work += run.work + 4 * (run.steps.size() + graph.size());
  outcome.reached = run.frontier;
  outcome.shortage = run.shortage;
  if (!outcome.feasible)
    return outcome;
  outcome.schedule = tidy(graph, run.steps);
  llvm::Expected<ScheduleStats> stats = simulate(graph, outcome.schedule);
  if (!stats) {
    // A bug in the heuristic or tidy(), never a property of the input:
    // report the run as a failure rather than return a wrong schedule.
    llvm::consumeError(stats.takeError());
    assert(false && "the eviction heuristic made an invalid schedule");
    outcome.feasible = false;
    return outcome;
  }
  outcome.stats = *stats;
  outcome.cost = stats->cost;
  outcome.feasible = stats->peak <= budget;
  return outcome;
}

/// SplitMix64: a small generator whose stream is the same everywhere, so a
/// seed fixes the local search on every platform.
class Random {
public:
  explicit Random(uint64_t seed) : state(seed) {}
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, 1).
  double uniform() { return (next() >> 11) * 0x1.0p-53; }
  unsigned below(unsigned bound) { return next() % bound; }

private:
  uint64_t state;
};

/// The nodes `steps` computes more than once, ascending, and the running
/// sum over them of what their recomputes cost.
void recomputedNodes(const Graph &graph, const Schedule &steps,
                     std::vector<unsigned> &nodes, std::vector<double> &sums) {
  std::vector<unsigned> computes(graph.size(), 0);
  for (const Step &step : steps)
    if (step.kind == StepKind::Compute)
      ++computes[step.node];
  nodes.clear();
  sums.clear();
  double sum = 0;
  for (unsigned node = 0; node < graph.size(); ++node) {
    if (computes[node] < 2 || graph.bytes(node) == 0)
      continue;
    sum += graph.cost(node) * (computes[node] - 1);
    nodes.push_back(node);
    sums.push_back(sum);
  }
}

/// The nodes nobody reads, ascending.
std::vector<unsigned> sinksOf(const Graph &graph) {
  std::vector<unsigned> sinks;
  for (unsigned node = 0; node < graph.size(); ++node)
    if (graph.users(node).empty())
      sinks.push_back(node);
  return sinks;
}

/// Depth-first from each of `sinks` (every node nobody reads) in turn:
/// every node is computed right before the first node that needs it, its
/// operands visited in the order `visitsFirst` gives.
template <typename Before>
std::vector<unsigned> lazyOrder(const Graph &graph, Before visitsFirst,
                                llvm::ArrayRef<unsigned> sinks) {
  unsigned n = graph.size();
  std::vector<unsigned> order;
  order.reserve(n);
  std::vector<char> seen(n, 0);
  // Each entry: a node and the operands it has yet to visit, the next one
  // last.
  std::vector<std::pair<unsigned, llvm::SmallVector<unsigned, 4>>> stack;
  auto push = [&](unsigned node) {
    seen[node] = 1;
    llvm::SmallVector<unsigned, 4> pending(graph.operands(node));
    llvm::sort(pending, [&](unsigned a, unsigned b) {
      return visitsFirst(b, a);
    });
    stack.push_back({node, std::move(pending)});
  };
  for (unsigned sink : sinks) {
    push(sink);
    while (!stack.empty()) {
      if (stack.back().second.empty()) {
        order.push_back(stack.back().first);
        stack.pop_back();
        continue;
      }
      unsigned next = stack.back().second.pop_back_val();
      if (!seen[next])
        push(next);
    }
  }
  return order;
}

/// A list schedule: of the nodes whose operands are all computed, the one
/// that adds the least to what is resident (its own bytes, unless nobody
/// reads it, less the operands it reads last) comes next, the lowest index
/// on ties.
std::vector<unsigned> freeingOrder(const Graph &graph) {
  unsigned n = graph.size();
  std::vector<unsigned> missing(n), readersLeft(n), ready, order;
  order.reserve(n);
  for (unsigned node = 0; node < n; ++node) {
    missing[node] = graph.operands(node).size();
    readersLeft[node] = graph.users(node).size();
    if (!missing[node])
      ready.push_back(node);
  }
  while (!ready.empty()) {
    size_t pick = 0;
    int64_t pickGrowth = 0;
    for (size_t k = 0; k < ready.size(); ++k) {
      unsigned node = ready[k];
      int64_t growth = graph.users(node).empty() ? 0 : graph.bytes(node);
      for (unsigned operand : graph.operands(node))
        if (readersLeft[operand] == 1)
          growth -= graph.bytes(operand);
      if (k == 0 || growth < pickGrowth ||
          (growth == pickGrowth && node < ready[pick])) {
        pick = k;
        pickGrowth = growth;
      }
    }
    unsigned node = ready[pick];
    ready[pick] = ready.back();
    ready.pop_back();
    order.push_back(node);
    for (unsigned operand : graph.operands(node))
      --readersLeft[operand];
    for (unsigned user : graph.users(node))
      if (--missing[user] == 0)
        ready.push_back(user);
  }
  return order;
}

/// `graph` renumbered so that `order` (a topological order of its nodes) is
/// its index order.
Graph renumbered(const Graph &graph, llvm::ArrayRef<unsigned> order) {
  std::vector<unsigned> index(graph.size());
  Graph result;
  for (unsigned k = 0; k < order.size(); ++k) {
    index[order[k]] = k;
    result.addNode(graph.cost(order[k]), graph.bytes(order[k]));
    result.setRecomputable(k, graph.recomputable(order[k]));
  }
  for (unsigned k = 0; k < order.size(); ++k)
    for (unsigned operand : graph.operands(order[k]))
      result.addEdge(index[operand], k);
  return result;
}

/// The graph in one order of its first computes: `original[k]` is the node
/// of `graph` numbered k here.
struct Ordering {
  Graph graph;
  std::vector<unsigned> original;
};

/// Appends `order` to `orders` unless it is the given order or already
/// there.
void addOrder(const Graph &graph, std::vector<unsigned> order,
              std::vector<Ordering> &orders) {
  bool given = llvm::all_of(llvm::seq<unsigned>(0, order.size()),
                            [&](unsigned k) { return order[k] == k; });
  bool repeated = llvm::any_of(orders, [&](const Ordering &other) {
    return other.original == order;
  });
  if (order.size() != graph.size() || given || repeated)
    return;
  Graph ordered = renumbered(graph, order);
  orders.push_back({std::move(ordered), std::move(order)});
}

/// The fixed orders NodeOrder::Search tries besides the given one.
std::vector<Ordering> otherOrders(const Graph &graph) {
  auto byBytes = [&](bool largeFirst) {
    return [&graph, largeFirst](unsigned a, unsigned b) {
      if (graph.bytes(a) != graph.bytes(b))
        return largeFirst == (graph.bytes(a) > graph.bytes(b));
      return a < b;
    };
  };
  std::vector<unsigned> sinks = sinksOf(graph);
  std::vector<Ordering> result;
  std::vector<std::vector<unsigned>> orders;
  orders.push_back(lazyOrder(graph, byBytes(true), sinks));
  orders.push_back(lazyOrder(graph, byBytes(false), sinks));
  orders.push_back(lazyOrder(
      graph, [](unsigned a, unsigned b) { return a > b; }, sinks));
  orders.push_back(lazyOrder(
      graph, [](unsigned a, unsigned b) { return a < b; }, sinks));
  orders.push_back(freeingOrder(graph));
  for (std::vector<unsigned> &order : orders)
    addOrder(graph, std::move(order), result);
  return result;
}

/// The search in one order of first computes: its best run so far and the
/// priorities that made it.
struct Candidate {
  unsigned order = 0;
  Outcome best;
  Priorities priorities;
};

/// Work units (eviction candidates examined) of the default local search:
/// about half a second on a loaded 2-core machine.
constexpr uint64_t kDefaultWork = 100'000'000;

} // namespace

Solution mlir::ckpt::planner::solveGraph(const Graph &graph, int64_t budget,
                                         const SolverOptions &options) {
  Solution solution;
  uint64_t work = 0;
  bool search = options.strategy == SolverStrategy::LocalSearch;
  // The orders of first computes: the given one (0), then the others.
  std::vector<Ordering> others;
  if (search && options.order == NodeOrder::Search)
    others = otherOrders(graph);
  unsigned orders = 1 + others.size();
  const uint64_t allotment = options.maxWork ? options.maxWork : kDefaultWork;
  uint64_t maxWork = allotment;
  auto graphIn = [&](unsigned order) -> const Graph & {
    return order ? others[order - 1].graph : graph;
  };
  double floor = graph.totalCost();
  Priorities defaults;
  defaults.weight.assign(graph.size(), 1.0);
  defaults.order.assign(graph.size(), 1.0);
  std::vector<Candidate> candidates(orders);
  for (unsigned order = 0; order < orders; ++order) {
    candidates[order].order = order;
    candidates[order].priorities = defaults;
  }
  // Runs `rule` in the candidate's order and keeps it if better.
  auto tryRule = [&](Candidate &candidate, const Priorities &rule,
                     uint64_t cap, bool weighShortage) {
    if (work >= cap)
      return;
    Outcome outcome =
        evaluate(graphIn(candidate.order), budget, rule, work, cap);
    ++solution.evaluations;
    if (outcome.betterThan(candidate.best, weighShortage)) {
      candidate.best = std::move(outcome);
      candidate.priorities = rule;
    }
  };
  auto anyAtFloor = [&] {
    return llvm::any_of(candidates, [&](const Candidate &candidate) {
      return candidate.best.feasible && candidate.best.cost <= floor;
    });
  };
  auto anyFeasible = [&] {
    return llvm::any_of(candidates, [](const Candidate &candidate) {
      return candidate.best.feasible;
    });
  };
  Random random(options.seed);
  // Perturbs the candidate's priorities until the work reaches `cap`,
  // keeping every change that is not worse.
  auto localSearch = [&](Candidate &candidate, uint64_t cap,
                         bool weighShortage) {
    const Graph &ordered = graphIn(candidate.order);
    // Nodes with a size are the only ones whose priority matters.
    std::vector<unsigned> sized;
    for (unsigned node = 0; node < ordered.size(); ++node)
      if (ordered.bytes(node) > 0)
        sized.push_back(node);
    // The nodes that the best schedule computes more than once when this
    // call begins (or, while there are none, at the first step from a
    // feasible best), and the running sum of what their recomputes cost, to
    // draw one by its share. Not refreshed as the best improves within the
    // call: successive halving calls again each round.
    std::vector<unsigned> recomputed;
    std::vector<double> recomputeSum;
    while (!sized.empty() && work < cap && candidate.best.cost > floor) {
      if (recomputed.empty() && candidate.best.feasible)
        recomputedNodes(ordered, candidate.best.schedule, recomputed,
                        recomputeSum);
      Priorities trial = candidate.priorities;
      // Change one to three priorities by a random factor up to 30 either
      // way; or, half the time in a feasible search, keep a node the best
      // schedule recomputes resident longer, one drawn by what its
      // recomputes cost.
      if (!recomputed.empty() && candidate.best.feasible && random.below(2)) {
        double at = random.uniform() * recomputeSum.back();
        size_t k = llvm::upper_bound(recomputeSum, at) - recomputeSum.begin();
        unsigned node = recomputed[std::min(k, recomputed.size() - 1)];
        trial.weight[node] *= std::exp(1 + random.uniform() * 2.4);
      } else {
        unsigned changes = 1 + random.below(3);
        for (unsigned i = 0; i < changes; ++i) {
          unsigned node = sized[random.below(sized.size())];
          double factor = std::exp((random.uniform() * 2 - 1) * 3.4);
          // Memory-first runs also rank missing operands by a priority.
          if (trial.memoryFirst && random.below(2))
            trial.order[node] *= factor;
          else
            trial.weight[node] *= factor;
        }
      }
      Outcome outcome = evaluate(ordered, budget, trial, work, cap);
      ++solution.evaluations;
      if (outcome.atLeastAsGoodAs(candidate.best, weighShortage)) {
        candidate.best = std::move(outcome);
        candidate.priorities = std::move(trial);
      }
    }
  };
  // The local search in every order, by successive halving: each round
  // shares the work left for it among the orders still in, then the
  // better half of them goes on, until one takes what is left.
  auto searchOrders = [&](bool weighShortage) {
    std::vector<Candidate *> in;
    for (Candidate &candidate : candidates)
      in.push_back(&candidate);
    // Better first; of two as good, the given order, then the others'.
    auto ranked = [&](const Candidate *a, const Candidate *b) {
      if (a->best.betterThan(b->best, weighShortage))
        return true;
      return !b->best.betterThan(a->best, weighShortage) && a->order < b->order;
    };
    while (work < maxWork && !anyAtFloor()) {
      llvm::sort(in, ranked);
      unsigned rounds = 1;
      while ((1u << (rounds - 1)) < in.size())
        ++rounds;
      uint64_t share = (maxWork - work) / rounds / in.size();
      for (Candidate *candidate : in)
        localSearch(*candidate, std::min(maxWork, work + share),
                    weighShortage);
      if (in.size() == 1)
        break;
      llvm::sort(in, ranked);
      in.resize((in.size() + 1) / 2);
    }
  };

  // The frontier-advancing runs, then the local search. In the given order
  // alone a run may take the whole allotment; with other orders each run
  // takes a quarter at most, the default rule in every order first, so
  // that a run that recomputes without end cannot starve the other orders.
  auto phaseCap = [&] {
    return orders == 1 ? maxWork : std::min(maxWork, work + maxWork / 4);
  };
  tryRule(candidates[0], defaults, phaseCap(), /*weighShortage=*/false);
  if (search && !anyAtFloor()) {
    for (double exponent : {1.0, 0.0, 0.5, 2.0})
      for (Candidate &candidate : candidates) {
        if (candidate.order == 0 && exponent == 1.0)
          continue;
        Priorities rule = defaults;
        rule.distanceExponent = exponent;
        tryRule(candidate, rule, phaseCap(), /*weighShortage=*/false);
      }
    searchOrders(/*weighShortage=*/false);
  }
  // When nothing above fits the budget: the memory-first recursion with the
  // same rules (Greedy: the default one), each also with evictions weighed
  // by the memory that bringing the result back takes (needWeight), in
  // each order, on a fresh allotment of half the work, an eighth of that at
  // most per run, and the local search on from each order's best run of
  // either kind, an infeasible run now also judged by the bytes it lacked.
  // (A budget the runs above fit gets the same answer as without this
  // phase.)
  if (!anyFeasible()) {
    uint64_t start = std::max(work, maxWork);
    maxWork = start + maxWork / 2;
    work = start;
    for (double needWeight : {0.0, 4.0, 16.0})
      for (double exponent : {1.0, 0.0, 0.5, 2.0})
        for (Candidate &candidate : candidates) {
          if (anyFeasible() ||
              (!search && (exponent != 1.0 || needWeight != 0.0)))
            break;
          Priorities rule = defaults;
          rule.distanceExponent = exponent;
          rule.memoryFirst = true;
          rule.needWeight = needWeight;
          tryRule(candidate, rule,
                  std::min(maxWork, work + (maxWork - start) / 8),
                  /*weighShortage=*/true);
        }
    if (search)
      searchOrders(/*weighShortage=*/true);
  }
  // When still nothing fits but a schedule provably exists (every node may
  // be recomputed and the budget is at least treeEvaluationPeak, which
  // computes nodes many times): the default memory-first rule in each
  // order in turn, until one fits, each run on up to four times the first
  // allotment and all of them on eight, then the local search from the
  // run that fits on one more. Such budgets make runs recompute so much
  // that one run can take more than the second phase's share.
  if (search && !anyFeasible() && graph.allRecomputable() &&
      treeEvaluationPeak(graph) <= budget) {
    uint64_t start = std::max(work, maxWork);
    maxWork = start + 8 * allotment;
    work = start;
    for (Candidate &candidate : candidates) {
      if (anyFeasible())
        break;
      Priorities rule = defaults;
      rule.memoryFirst = true;
      tryRule(candidate, rule, std::min(maxWork, work + 4 * allotment),
              /*weighShortage=*/true);
    }
    for (Candidate &candidate : candidates)
      if (candidate.best.feasible) {
        maxWork = work + allotment;
        localSearch(candidate, maxWork, /*weighShortage=*/false);
        break;
      }
  }

  Candidate *winner = &candidates[0];
  for (Candidate &candidate : candidates)
    if (candidate.best.betterThan(winner->best, /*weighShortage=*/false))
      winner = &candidate;
  Outcome &best = winner->best;
  solution.feasible = best.feasible;
  if (best.feasible && winner->order == 0) {
    solution.schedule = std::move(best.schedule);
    solution.stats = best.stats;
    return solution;
  }
  if (best.feasible) {
    // Back to the graph's own numbering, measured there.
    for (Step &step : best.schedule)
      step.node = others[winner->order - 1].original[step.node];
    llvm::Expected<ScheduleStats> stats = simulate(graph, best.schedule);
    if (stats && stats->peak <= budget) {
      solution.schedule = std::move(best.schedule);
      solution.stats = *stats;
      return solution;
    }
    if (!stats)
      llvm::consumeError(stats.takeError());
    assert(false && "a renumbered schedule is valid with the same figures");
    solution.feasible = false;
  }
  solution.schedule = keepAllSchedule(graph);
  llvm::Expected<ScheduleStats> stats = simulate(graph, solution.schedule);
  assert(stats && "the keep-all schedule is valid");
  solution.stats = stats ? *stats : ScheduleStats();
  if (!stats)
    llvm::consumeError(stats.takeError());
  return solution;
}
