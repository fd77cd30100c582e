//===- GraphTest.cpp - the graph model and its exact simulator ------------===//

#include "ckpt/Planner/Graph.h"

#include "gtest/gtest.h"

using namespace mlir::ckpt::planner;

namespace {

/// a(10 bytes) -> b(20) -> c(5), a -> c; costs 1, 2, 4.
Graph triangle() {
  Graph graph;
  graph.addNode(1, 10);
  graph.addNode(2, 20);
  graph.addNode(4, 5);
  graph.addEdge(0, 1);
  graph.addEdge(1, 2);
  graph.addEdge(0, 2);
  graph.addEdge(0, 2);
  return graph;
}

constexpr StepKind C = StepKind::Compute, F = StepKind::Free;

std::string errorOf(const Graph &graph, const Schedule &schedule) {
  llvm::Expected<ScheduleStats> stats = simulate(graph, schedule);
  if (stats)
    return "valid";
  return llvm::toString(stats.takeError());
}

TEST(GraphTest, EdgesAreSortedAndDeduplicated) {
  Graph graph = triangle();
  EXPECT_EQ(graph.operands(2).vec(), (std::vector<unsigned>{0, 1}));
  EXPECT_EQ(graph.users(0).vec(), (std::vector<unsigned>{1, 2}));
  EXPECT_EQ(graph.totalCost(), 7);
}

TEST(GraphTest, SimulatorCountsPeakAfterEachCompute) {
  Graph graph = triangle();
  // a, b: 30 live; c: 35 (peak); frees bring it to 0.
  llvm::Expected<ScheduleStats> stats =
      simulate(graph, {{C, 0}, {C, 1}, {C, 2}, {F, 0}, {F, 1}, {F, 2}});
  ASSERT_TRUE(bool(stats));
  EXPECT_EQ(stats->cost, 7);
  EXPECT_EQ(stats->peak, 35);
  EXPECT_EQ(stats->recomputes, 0u);
}

TEST(GraphTest, SimulatorCountsRecomputes) {
  Graph graph = triangle();
  // Recomputing a after freeing it: b then c see 20 + 10 + 5.
  llvm::Expected<ScheduleStats> stats =
      simulate(graph, {{C, 0}, {C, 1}, {F, 0}, {C, 0}, {C, 2}});
  ASSERT_TRUE(bool(stats));
  EXPECT_EQ(stats->cost, 8);
  EXPECT_EQ(stats->peak, 35);
  EXPECT_EQ(stats->recomputes, 1u);
  // Computing a resident node again costs again but takes no more memory.
  stats = simulate(graph, {{C, 0}, {C, 0}, {C, 1}, {C, 2}});
  ASSERT_TRUE(bool(stats));
  EXPECT_EQ(stats->cost, 8);
  EXPECT_EQ(stats->peak, 35);
}

TEST(GraphTest, SimulatorRejectsBrokenSchedules) {
  Graph graph = triangle();
  EXPECT_EQ(errorOf(graph, {{C, 0}, {F, 0}, {C, 1}, {C, 2}}),
            "step 2: computes node 1 but its operand 0 is not resident");
  EXPECT_EQ(errorOf(graph, {{C, 0}, {F, 1}}),
            "step 1: frees node 1, which is not resident");
  EXPECT_EQ(errorOf(graph, {{C, 0}, {C, 1}}), "node 2 is never computed");
  EXPECT_EQ(errorOf(graph, {{C, 3}}), "step 0: node 3 is not in the graph");
  EXPECT_EQ(errorOf(graph, {{C, 0}, {C, 1}, {C, 2}}), "valid");
}

TEST(GraphTest, BoundsOfTheTriangle) {
  Graph graph = triangle();
  // c with a and b: 35; b with a: 30.
  EXPECT_EQ(peakLowerBound(graph), 35);
  Schedule keepAll = keepAllSchedule(graph);
  EXPECT_EQ(keepAll,
            (Schedule{{C, 0}, {C, 1}, {C, 2}, {F, 0}, {F, 1}, {F, 2}}));
}

TEST(GraphTest, KeepAllFreesAfterLastUse) {
  // A chain a -> b -> c -> d of 8 bytes each: at most two live at once.
  Graph graph;
  for (int i = 0; i < 4; ++i)
    graph.addNode(1, 8);
  for (unsigned i = 0; i + 1 < 4; ++i)
    graph.addEdge(i, i + 1);
  llvm::Expected<ScheduleStats> stats = simulate(graph, keepAllSchedule(graph));
  ASSERT_TRUE(bool(stats));
  EXPECT_EQ(stats->peak, 16);
  EXPECT_EQ(stats->cost, 4);
  EXPECT_EQ(peakLowerBound(graph), 16);
}

} // namespace
