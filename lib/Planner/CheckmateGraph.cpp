//===- CheckmateGraph.cpp - training graphs in Checkmate's JSON -----------===//

#include "ckpt/Planner/CheckmateGraph.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"

#include <cmath>

using namespace mlir::ckpt::planner;
namespace json = llvm::json;

/// Byte counts must be exact in a double (JSON numbers may be doubles) and
/// sums of a few million of them must fit an int64_t.
static constexpr int64_t kMaxBytes = int64_t(1) << 53;

static llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(message);
}

static llvm::Expected<int64_t> readId(const json::Object &object,
                                      llvm::StringRef key,
                                      const llvm::Twine &where) {
  const json::Value *value = object.get(key);
  if (!value)
    return fail(where + " has no '" + key + "'");
  std::optional<int64_t> id = value->getAsInteger();
  if (!id)
    return fail(where + ": '" + key + "' must be an integer");
  return *id;
}

/// The node records, sorted by id, or the first malformed one.
static llvm::Error readNodes(const json::Array &nodes, CheckmateGraph &out) {
  struct Record {
    int64_t id;
    double cost;
    int64_t bytes;
  };
  std::vector<Record> records;
  for (auto [index, value] : llvm::enumerate(nodes)) {
    const json::Object *node = value.getAsObject();
    std::string where = ("node #" + llvm::Twine(index)).str();
    if (!node)
      return fail(where + " is not an object");
    llvm::Expected<int64_t> id = readId(*node, "id", where);
    if (!id)
      return id.takeError();
    where = ("node " + llvm::Twine(*id)).str();
    const json::Value *cpu = node->get("cost_cpu");
    std::optional<double> cost = cpu ? cpu->getAsNumber() : std::nullopt;
    if (!cost || !std::isfinite(*cost) || *cost < 0)
      return fail(where + ": 'cost_cpu' must be a non-negative finite number");
    const json::Value *ram = node->get("cost_ram");
    std::optional<int64_t> bytes = ram ? ram->getAsInteger() : std::nullopt;
    if (!bytes || *bytes < 0 || *bytes > kMaxBytes)
      return fail(where + ": 'cost_ram' must be a whole number of bytes "
                          "from 0 to 2^53");
    if (const json::Value *backward = node->get("backward"))
      if (!backward->getAsBoolean())
        return fail(where + ": 'backward' must be true or false");
    records.push_back({*id, *cost, *bytes});
  }
  llvm::sort(records,
             [](const Record &a, const Record &b) { return a.id < b.id; });
  for (size_t i = 0; i < records.size(); ++i) {
    if (i > 0 && records[i].id == records[i - 1].id)
      return fail("node id " + llvm::Twine(records[i].id) +
                  " appears more than once");
    out.ids.push_back(records[i].id);
    out.graph.addNode(records[i].cost, records[i].bytes);
  }
  return llvm::Error::success();
}

/// A node on a cycle of `successors`, if any (iterative depth-first search).
static std::optional<unsigned>
findCycle(const std::vector<llvm::SmallVector<unsigned, 4>> &successors) {
  enum : char { Unseen, Open, Done };
  std::vector<char> state(successors.size(), Unseen);
  std::vector<std::pair<unsigned, unsigned>> stack;
  for (unsigned root = 0; root < successors.size(); ++root) {
    if (state[root] != Unseen)
      continue;
    stack.push_back({root, 0});
    state[root] = Open;
    while (!stack.empty()) {
      auto &[node, next] = stack.back();
      if (next == successors[node].size()) {
        state[node] = Done;
        stack.pop_back();
        continue;
      }
      unsigned succ = successors[node][next++];
      if (state[succ] == Open)
        return succ;
      if (state[succ] == Unseen) {
        state[succ] = Open;
        stack.push_back({succ, 0});
      }
    }
  }
  return std::nullopt;
}

llvm::Expected<CheckmateGraph>
mlir::ckpt::planner::readCheckmateGraph(const json::Value &json) {
  const json::Object *root = json.getAsObject();
  if (!root)
    return fail("the graph must be a JSON object");
  const json::Array *nodes = root->getArray("nodes");
  if (!nodes)
    return fail("the graph has no list 'nodes'");
  const json::Array *links = root->getArray("links");
  if (!links)
    return fail("the graph has no list 'links'");

  CheckmateGraph out;
  if (llvm::Error error = readNodes(*nodes, out))
    return std::move(error);
  llvm::DenseMap<int64_t, unsigned> index;
  for (auto [i, id] : llvm::enumerate(out.ids))
    index[id] = i;

  std::vector<std::pair<unsigned, unsigned>> edges;
  for (auto [i, value] : llvm::enumerate(*links)) {
    const json::Object *link = value.getAsObject();
    std::string where = ("link #" + llvm::Twine(i)).str();
    if (!link)
      return fail(where + " is not an object");
    llvm::Expected<int64_t> source = readId(*link, "source", where);
    if (!source)
      return source.takeError();
    llvm::Expected<int64_t> target = readId(*link, "target", where);
    if (!target)
      return target.takeError();
    for (int64_t id : {*source, *target})
      if (!index.count(id))
        return fail(where + " (" + llvm::Twine(*source) + " -> " +
                    llvm::Twine(*target) + ") names the unknown node id " +
                    llvm::Twine(id));
    edges.push_back({index[*source], index[*target]});
  }

  std::vector<llvm::SmallVector<unsigned, 4>> successors(out.ids.size());
  for (auto [source, target] : edges)
    successors[source].push_back(target);
  if (std::optional<unsigned> node = findCycle(successors))
    return fail("the graph has a cycle through node " +
                llvm::Twine(out.ids[*node]));
  for (auto [source, target] : edges) {
    if (source >= target)
      return fail("link " + llvm::Twine(out.ids[source]) + " -> " +
                  llvm::Twine(out.ids[target]) +
                  " goes against the order of ids, which must be a "
                  "topological order");
    out.graph.addEdge(source, target);
  }
  return out;
}
