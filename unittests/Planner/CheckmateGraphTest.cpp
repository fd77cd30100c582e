//===- CheckmateGraphTest.cpp - reading Checkmate's JSON graphs -----------===//

#include "ckpt/Planner/CheckmateGraph.h"

#include "gtest/gtest.h"

using namespace mlir::ckpt::planner;

namespace {

std::string read(llvm::StringRef text, CheckmateGraph *out = nullptr) {
  llvm::Expected<llvm::json::Value> json = llvm::json::parse(text);
  if (!json)
    return "json: " + llvm::toString(json.takeError());
  llvm::Expected<CheckmateGraph> graph = readCheckmateGraph(*json);
  if (!graph)
    return llvm::toString(graph.takeError());
  if (out)
    *out = std::move(*graph);
  return "ok";
}

TEST(CheckmateGraphTest, ReadsSparseIdsInOrder) {
  CheckmateGraph graph;
  ASSERT_EQ(read(R"({"nodes": [
      {"id": 7, "cost_cpu": 2.5, "cost_ram": 40, "backward": true},
      {"id": 3, "cost_cpu": 1, "cost_ram": 10, "backward": false}],
    "links": [{"source": 3, "target": 7}]})",
                 &graph),
            "ok");
  EXPECT_EQ(graph.ids, (std::vector<int64_t>{3, 7}));
  EXPECT_EQ(graph.graph.size(), 2u);
  EXPECT_EQ(graph.graph.cost(1), 2.5);
  EXPECT_EQ(graph.graph.bytes(0), 10);
  EXPECT_EQ(graph.graph.operands(1).vec(), (std::vector<unsigned>{0}));
}

TEST(CheckmateGraphTest, Errors) {
  auto node = [](const char *id, const char *cpu = "1", const char *ram = "1") {
    return std::string("{\"id\": ") + id + ", \"cost_cpu\": " + cpu +
           ", \"cost_ram\": " + ram + "}";
  };
  auto graph = [](const std::string &nodes, const std::string &links) {
    return "{\"nodes\": [" + nodes + "], \"links\": [" + links + "]}";
  };
  EXPECT_EQ(read("[]"), "the graph must be a JSON object");
  EXPECT_EQ(read(R"({"links": []})"), "the graph has no list 'nodes'");
  EXPECT_EQ(read(graph(node("0", "-1"), "")),
            "node 0: 'cost_cpu' must be a non-negative finite number");
  EXPECT_EQ(read(graph(node("0", "1", "1.5"), "")),
            "node 0: 'cost_ram' must be a whole number of bytes from 0 to "
            "2^53");
  EXPECT_EQ(read(graph(node("0") + "," + node("0"), "")),
            "node id 0 appears more than once");
  EXPECT_EQ(read(graph(node("0"), R"({"source": 0, "target": 4})")),
            "link #0 (0 -> 4) names the unknown node id 4");
  EXPECT_EQ(read(graph(node("0") + "," + node("1"),
                       R"({"source": 0, "target": 1},
                          {"source": 1, "target": 0})")),
            "the graph has a cycle through node 0");
  EXPECT_EQ(
      read(graph(node("0") + "," + node("1"), R"({"source": 1, "target": 0})")),
      "link 1 -> 0 goes against the order of ids, which must be a "
      "topological order");
  EXPECT_EQ(read(graph(node("\"a\""), "")), "node #0: 'id' must be an integer");
}

} // namespace
