//===- GraphSolverTest.cpp - rematerialization under a budget -------------===//
//
// Checks the solver's schedules with the simulator and its costs against
// the exact optimum of small graphs, found by a shortest-path search over
// every (resident set, computed set) state: the true optimum of the
// semantics, not only of frontier-advancing schedules.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Planner/GraphSolver.h"

#include "gtest/gtest.h"

#include <map>
#include <queue>
#include <random>

using namespace mlir::ckpt::planner;

namespace {

/// The least cost of any schedule whose peak is at most `budget`, or -1.
/// Dijkstra over states (resident, computed); freeing costs nothing.
double exactOptimum(const Graph &graph, int64_t budget) {
  unsigned n = graph.size();
  assert(n <= 8 && "the state space has 4^n states");
  uint32_t all = (1u << n) - 1;
  auto live = [&](uint32_t resident) {
    int64_t total = 0;
    for (unsigned v = 0; v < n; ++v)
      if (resident >> v & 1)
        total += graph.bytes(v);
    return total;
  };
  using State = std::pair<double, uint32_t>; // cost, resident | computed<<n
  std::priority_queue<State, std::vector<State>, std::greater<State>> queue;
  std::map<uint32_t, double> best;
  queue.push({0, 0});
  best[0] = 0;
  while (!queue.empty()) {
    auto [cost, state] = queue.top();
    queue.pop();
    if (cost > best[state])
      continue;
    uint32_t resident = state & all, computed = state >> n;
    if (computed == all)
      return cost;
    auto relax = [&](uint32_t next, double nextCost) {
      auto it = best.find(next);
      if (it == best.end() || nextCost < it->second) {
        best[next] = nextCost;
        queue.push({nextCost, next});
      }
    };
    for (unsigned v = 0; v < n; ++v) {
      if (resident >> v & 1) {
        relax((resident & ~(1u << v)) | computed << n, cost);
        continue;
      }
      bool ready = true;
      for (unsigned operand : graph.operands(v))
        ready &= (resident >> operand & 1) != 0;
      uint32_t after = resident | 1u << v;
      if (ready && live(after) <= budget)
        relax(after | (computed | 1u << v) << n, cost + graph.cost(v));
    }
  }
  return -1;
}

/// The simple lower bound: the largest bytes of a node with its operands.
int64_t simpleBound(const Graph &graph) {
  int64_t bound = 0;
  for (unsigned v = 0; v < graph.size(); ++v) {
    int64_t need = graph.bytes(v);
    for (unsigned operand : graph.operands(v))
      need += graph.bytes(operand);
    bound = std::max(bound, need);
  }
  return bound;
}

/// The least budget any schedule fits: the exhaustive search above from
/// the simple bound up.
int64_t leastPeak(const Graph &graph) {
  int64_t budget = simpleBound(graph);
  while (exactOptimum(graph, budget) < 0)
    ++budget;
  return budget;
}

/// A graph from sizes (costs all 1) and operand lists.
Graph makeGraph(llvm::ArrayRef<int64_t> bytes,
                llvm::ArrayRef<std::vector<unsigned>> operands) {
  Graph graph;
  for (int64_t size : bytes)
    graph.addNode(1, size);
  for (unsigned v = 0; v < bytes.size(); ++v)
    for (unsigned operand : operands[v])
      graph.addEdge(operand, v);
  return graph;
}

/// A random DAG of `n` nodes, each reading one to three earlier ones, with
/// whole costs and sizes from 1 to 10.
Graph randomGraph(std::mt19937 &random, unsigned n) {
  Graph graph;
  for (unsigned v = 0; v < n; ++v)
    graph.addNode(1 + random() % 10, 1 + random() % 10);
  for (unsigned v = 1; v < n; ++v) {
    unsigned reads = 1 + random() % 3;
    for (unsigned i = 0; i < reads; ++i)
      graph.addEdge(random() % v, v);
  }
  return graph;
}

/// A chain of `n` forward nodes and its backward mirror, as in a training
/// graph: backward node i reads forward node i and the backward node after
/// it (the last reads the loss, forward n-1).
Graph trainingChain(unsigned n, int64_t bytes) {
  Graph graph;
  for (unsigned i = 0; i < 2 * n; ++i)
    graph.addNode(i < n ? 1 : 2, bytes);
  for (unsigned i = 0; i + 1 < n; ++i)
    graph.addEdge(i, i + 1);
  for (unsigned k = n; k < 2 * n; ++k) {
    unsigned forward = 2 * n - 1 - k;
    graph.addEdge(k - 1, k);
    if (forward != k - 1)
      graph.addEdge(forward, k);
  }
  return graph;
}

ScheduleStats check(const Graph &graph, const Solution &solution) {
  llvm::Expected<ScheduleStats> stats = simulate(graph, solution.schedule);
  EXPECT_TRUE(bool(stats)) << (stats ? "" : llvm::toString(stats.takeError()));
  if (!stats)
    return {};
  EXPECT_EQ(stats->cost, solution.stats.cost);
  EXPECT_EQ(stats->peak, solution.stats.peak);
  return *stats;
}

int64_t keepAllPeak(const Graph &graph) {
  llvm::Expected<ScheduleStats> stats = simulate(graph, keepAllSchedule(graph));
  return stats ? stats->peak : -1;
}

TEST(GraphSolverTest, AmpleBudgetRecomputesNothing) {
  Graph graph = trainingChain(8, 100);
  Solution solution = solveGraph(graph, keepAllPeak(graph));
  ASSERT_TRUE(solution.feasible);
  ScheduleStats stats = check(graph, solution);
  EXPECT_EQ(stats.cost, graph.totalCost());
  EXPECT_EQ(stats.recomputes, 0u);
}

TEST(GraphSolverTest, TrainingChainAtItsLowerBound) {
  // Forward i is needed again by backward i: keeping all of them takes
  // n + 1 results; the lower bound is 3 (backward: its two operands and
  // itself), reachable by recomputing forward nodes from the input.
  Graph graph = trainingChain(8, 100);
  EXPECT_EQ(peakLowerBound(graph), 300);
  EXPECT_EQ(keepAllPeak(graph), 900);
  SolverOptions options;
  options.maxWork = 1'000'000;
  for (int64_t budget : {300, 400, 500, 700, 899}) {
    Solution solution = solveGraph(graph, budget, options);
    ASSERT_TRUE(solution.feasible) << "budget " << budget;
    ScheduleStats stats = check(graph, solution);
    EXPECT_LE(stats.peak, budget);
    EXPECT_GT(stats.cost, graph.totalCost()) << "budget " << budget;
  }
}

TEST(GraphSolverTest, NodesThatMustNotBeRecomputed) {
  // At the lower bound the chain recomputes forward nodes; forbid that for
  // forward node 1 and it is computed once, yet the budget is still met
  // from node 2 on by recomputing from node 1.
  Graph graph = trainingChain(8, 100);
  SolverOptions options;
  options.maxWork = 1'000'000;
  auto computesOfNode1 = [](const Solution &solution) {
    return llvm::count_if(solution.schedule, [](const Step &step) {
      return step.kind == StepKind::Compute && step.node == 1;
    });
  };
  Solution free = solveGraph(graph, 400, options);
  ASSERT_TRUE(free.feasible);
  EXPECT_GT(computesOfNode1(free), 1);
  graph.setRecomputable(1, false);
  Solution solution = solveGraph(graph, 400, options);
  ASSERT_TRUE(solution.feasible);
  ScheduleStats stats = check(graph, solution);
  EXPECT_LE(stats.peak, 400);
  EXPECT_EQ(computesOfNode1(solution), 1);
  EXPECT_GE(stats.cost, free.stats.cost);
}

TEST(GraphSolverTest, InfeasibleBudgetFallsBackToKeepAll) {
  // Below the lower bound nothing fits: the solution says so and carries
  // the keep-all schedule with its true figures.
  Graph graph = trainingChain(4, 10);
  SolverOptions options;
  options.maxWork = 100'000;
  Solution solution = solveGraph(graph, 20, options);
  EXPECT_FALSE(solution.feasible);
  ScheduleStats stats = check(graph, solution);
  EXPECT_EQ(solution.schedule, keepAllSchedule(graph));
  EXPECT_EQ(stats.peak, keepAllPeak(graph));
}

TEST(GraphSolverTest, DeterministicForASeed) {
  std::mt19937 random(7);
  Graph graph = randomGraph(random, 40);
  int64_t budget = (peakLowerBound(graph) + keepAllPeak(graph)) / 2;
  SolverOptions options;
  options.maxWork = 2'000'000;
  Solution first = solveGraph(graph, budget, options);
  Solution second = solveGraph(graph, budget, options);
  EXPECT_EQ(first.schedule, second.schedule);
  EXPECT_EQ(first.evaluations, second.evaluations);
}

TEST(GraphSolverTest, LocalSearchNeverLosesToGreedy) {
  std::mt19937 random(11);
  for (int trial = 0; trial < 20; ++trial) {
    Graph graph = randomGraph(random, 30);
    int64_t budget = (peakLowerBound(graph) + keepAllPeak(graph)) / 2;
    SolverOptions greedy, search;
    greedy.strategy = SolverStrategy::Greedy;
    search.maxWork = 500'000;
    Solution a = solveGraph(graph, budget, greedy);
    Solution b = solveGraph(graph, budget, search);
    check(graph, a);
    check(graph, b);
    if (a.feasible) {
      ASSERT_TRUE(b.feasible);
      EXPECT_LE(b.stats.cost, a.stats.cost);
    }
  }
}

TEST(GraphSolverTest, CloseToTheExactOptimumOnSmallGraphs) {
  std::mt19937 random(2026);
  unsigned solvable = 0, found = 0, optimal = 0;
  double ratios = 0;
  for (int trial = 0; trial < 150; ++trial) {
    Graph graph = randomGraph(random, 5 + trial % 3);
    int64_t lower = peakLowerBound(graph), upper = keepAllPeak(graph);
    int64_t budget = lower + random() % (upper - lower + 1);
    double exact = exactOptimum(graph, budget);
    SolverOptions options;
    options.maxWork = 200'000;
    Solution solution = solveGraph(graph, budget, options);
    ScheduleStats stats = check(graph, solution);
    if (solution.feasible) {
      // No valid schedule beats the exact optimum, nor the lower bound.
      ASSERT_GE(exact, 0) << "trial " << trial;
      EXPECT_LE(stats.peak, budget);
      EXPECT_LE(lower, stats.peak) << "trial " << trial;
      EXPECT_GE(stats.cost, exact) << "trial " << trial;
    }
    if (exact < 0)
      continue;
    ++solvable;
    if (!solution.feasible)
      continue;
    ++found;
    optimal += stats.cost == exact;
    ratios += stats.cost / exact;
  }
  // Measured when written: 148 of 150 found, 142 of them optimal, mean
  // ratio 1.0075. In index order alone (NodeOrder::Given; the exact search
  // may compute nodes in any order) it was 123 optimal, mean 1.028.
  SCOPED_TRACE(testing::Message()
               << "solvable " << solvable << " found " << found << " optimal "
               << optimal << " mean ratio " << ratios / found);
  EXPECT_GE(found, solvable * 95 / 100);
  EXPECT_GE(optimal, found * 90 / 100);
  EXPECT_LE(ratios / found, 1.015);
}

TEST(GraphSolverTest, GivenOrderKeepsSideEffectsInOrder) {
  // NodeOrder::Given (a function's own order, for --ckpt-remat): nodes that
  // must not be recomputed are computed once each, in index order, as the
  // ops with side effects of a function must be. NodeOrder::Search may
  // compute them in another order, and on these graphs does better in all.
  // Measured when written: feasible in 16 (given) and 20 (search) of 20;
  // over the 16, cost 2988 against 2704. Before the solver kept results
  // that a non-recomputable operand's eviction would strand, Given
  // computed some of these nodes twice.
  std::mt19937 random(5);
  unsigned bothFeasible = 0, searchFeasible = 0, givenFeasible = 0;
  double givenCost = 0, searchCost = 0;
  for (int trial = 0; trial < 20; ++trial) {
    Graph graph = randomGraph(random, 30);
    for (unsigned node = 0; node < graph.size(); node += 4)
      graph.setRecomputable(node, false);
    int64_t budget = (peakLowerBound(graph) + keepAllPeak(graph)) / 2;
    SolverOptions given, search;
    given.order = NodeOrder::Given;
    given.maxWork = search.maxWork = 1'000'000;
    Solution a = solveGraph(graph, budget, given);
    check(graph, a);
    std::vector<unsigned> fixed;
    for (const Step &step : a.schedule)
      if (step.kind == StepKind::Compute && !graph.recomputable(step.node))
        fixed.push_back(step.node);
    EXPECT_EQ(fixed.size(), (graph.size() + 3) / 4) << "trial " << trial;
    EXPECT_TRUE(llvm::is_sorted(fixed)) << "trial " << trial;
    Solution b = solveGraph(graph, budget, search);
    check(graph, b);
    givenFeasible += a.feasible;
    searchFeasible += b.feasible;
    if (a.feasible && b.feasible) {
      ++bothFeasible;
      givenCost += a.stats.cost;
      searchCost += b.stats.cost;
    }
  }
  SCOPED_TRACE(testing::Message()
               << "feasible: given " << givenFeasible << ", search "
               << searchFeasible << "; cost over both: given " << givenCost
               << ", search " << searchCost);
  EXPECT_GE(searchFeasible, givenFeasible);
  EXPECT_GT(bothFeasible, 10u);
  EXPECT_LT(searchCost, givenCost);
}

TEST(GraphSolverTest, LowerBoundNeverAboveTheLeastPeak) {
  // The bound against the least peak of any schedule (exhaustive search)
  // on random 5-7-node DAGs: never above it, never below the simple bound
  // (a node with its operands), and equal to it on nearly all.
  std::mt19937 random(314);
  unsigned trials = 300, exact = 0, tighter = 0;
  for (unsigned trial = 0; trial < trials; ++trial) {
    Graph graph = randomGraph(random, 5 + trial % 3);
    int64_t bound = peakLowerBound(graph), least = leastPeak(graph);
    int64_t simple = simpleBound(graph);
    ASSERT_LE(bound, least) << "trial " << trial;
    EXPECT_GE(bound, simple) << "trial " << trial;
    exact += bound == least;
    tighter += bound > simple;
  }
  // Measured when written: equal on 300 of 300, above the simple bound on
  // 31 (on most small graphs the simple bound is already the least peak).
  SCOPED_TRACE(testing::Message()
               << "exact " << exact << " tighter " << tighter);
  EXPECT_GE(exact, trials * 95 / 100);
  EXPECT_GT(tighter, 0u);
}

TEST(GraphSolverTest, TreeEvaluationPeakNeverBelowTheLeastPeak) {
  // The upper bound against the least peak of any schedule (exhaustive
  // search) on random 5-7-node DAGs: never below it (a schedule exists at
  // the bound), often equal.
  std::mt19937 random(271);
  unsigned trials = 300, equal = 0;
  for (unsigned trial = 0; trial < trials; ++trial) {
    Graph graph = randomGraph(random, 5 + trial % 3);
    int64_t upper = treeEvaluationPeak(graph), least = leastPeak(graph);
    ASSERT_GE(upper, least) << "trial " << trial;
    EXPECT_GE(upper, peakLowerBound(graph)) << "trial " << trial;
    equal += upper == least;
  }
  // Measured when written: equal on 275 of 300.
  SCOPED_TRACE(testing::Message() << "equal " << equal);
  EXPECT_GE(equal, trials * 85 / 100);
}

TEST(GraphSolverTest, TreeEvaluationPeakOfADiamond) {
  // 0 -> {1, 2} -> 3, bytes 4, 1, 6, 1. Computing 3 from nothing: 1 needs
  // 5 (with 0), 2 needs 10; whichever comes first is held while the other
  // is computed: 1 + 10 or 6 + 5, so 11, then 3 with both, 8. Every
  // schedule holds one of 1 and 2 while the other is computed from 0: the
  // least peak is 11 too.
  Graph graph = makeGraph({4, 1, 6, 1}, {{}, {0}, {0}, {1, 2}});
  EXPECT_EQ(treeEvaluationPeak(graph), 11);
  EXPECT_EQ(leastPeak(graph), 11);
}

TEST(GraphSolverTest, LowerBoundFollowsOperandsOfOperands) {
  // Node 5 reads nodes 3 (8 bytes, read from node 0, 6 bytes) and 4 (2
  // bytes, at the end of the chain 0 -> 1 -> 2 -> 4); 5 itself takes 4.
  // The simple bound is 14 (5 with 3 and 4). Whichever of 3 and 4 is
  // computed last, the other is held: 3 last needs 4, 0 and 3 (16); 4 last
  // needs 3 held while 1 is computed from 0 (8 + 6 + 2 = 16).
  Graph graph = makeGraph({6, 2, 3, 8, 2, 4, 3},
                          {{}, {0}, {1}, {0}, {2}, {3, 4}, {2, 4}});
  EXPECT_EQ(peakLowerBound(graph), 16);
  EXPECT_LT(exactOptimum(graph, 15), 0);
  EXPECT_GE(exactOptimum(graph, 16), 0);
  SolverOptions options;
  options.maxWork = 200'000;
  Solution solution = solveGraph(graph, 16, options);
  ASSERT_TRUE(solution.feasible);
  EXPECT_EQ(check(graph, solution).peak, 16);
}

TEST(GraphSolverTest, LowerBoundLooksOnlyFourLevelsDeep) {
  // The same pinch at the end of a longer chain, 0 -> 1 -> ... -> 6, with
  // node 7 (8 bytes) read from 0 and node 8 reading 6 and 7: the least
  // peak is 16 again, but the bound stops four operands deep, at 15. At 15
  // no schedule exists: the solver answers with the keep-all schedule.
  Graph graph = makeGraph({6, 2, 3, 2, 3, 2, 3, 8, 4},
                          {{}, {0}, {1}, {2}, {3}, {4}, {5}, {0}, {6, 7}});
  EXPECT_EQ(peakLowerBound(graph), 15);
  EXPECT_EQ(leastPeak(graph), 16);
  SolverOptions options;
  options.maxWork = 200'000;
  Solution solution = solveGraph(graph, 15, options);
  EXPECT_FALSE(solution.feasible);
  EXPECT_EQ(solution.schedule, keepAllSchedule(graph));
  solution = solveGraph(graph, 16, options);
  EXPECT_TRUE(solution.feasible);
}

TEST(GraphSolverTest, MemoryFirstWhereThePinningRecursionFails) {
  // At its least peak, 26 bytes, this graph has a schedule; the solver
  // before the memory-first phase answered infeasible: for node 5 (reading
  // nodes 0, 2 and 3) it kept node 3 pinned while bringing back node 2,
  // which needs nodes 0 and 1 (27 bytes with node 3).
  Graph graph = makeGraph({9, 4, 9, 5, 3, 3},
                          {{}, {0}, {0, 1}, {0, 2}, {1, 3}, {0, 2, 3}});
  EXPECT_EQ(leastPeak(graph), 26);
  EXPECT_EQ(peakLowerBound(graph), 26);
  for (SolverStrategy strategy :
       {SolverStrategy::Greedy, SolverStrategy::LocalSearch}) {
    SolverOptions options;
    options.strategy = strategy;
    options.maxWork = 200'000;
    Solution solution = solveGraph(graph, 26, options);
    ASSERT_TRUE(solution.feasible);
    EXPECT_LE(check(graph, solution).peak, 26);
  }
}

TEST(GraphSolverTest, FeasibleAtTheLeastPeak) {
  // Random 5-7-node DAGs at the least peak any schedule reaches: how often
  // the solver finds one.
  std::mt19937 random(99);
  unsigned trials = 200, found = 0;
  for (unsigned trial = 0; trial < trials; ++trial) {
    Graph graph = randomGraph(random, 5 + trial % 3);
    int64_t least = leastPeak(graph);
    SolverOptions options;
    options.maxWork = 200'000;
    Solution solution = solveGraph(graph, least, options);
    ScheduleStats stats = check(graph, solution);
    if (!solution.feasible)
      continue;
    ++found;
    EXPECT_EQ(stats.peak, least) << "trial " << trial;
  }
  // Measured when written: 200 of 200 (the solver before the memory-first
  // recursion: see docs/GraphSolve.md).
  SCOPED_TRACE(testing::Message() << "found " << found);
  EXPECT_GE(found, trials * 90 / 100);
}

} // namespace
