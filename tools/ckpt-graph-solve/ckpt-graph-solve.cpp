//===- ckpt-graph-solve.cpp - rematerialization of a graph under a budget -===//
//
// The planner library's graph solver (ckpt/Planner/GraphSolver.h) on a
// training graph in Checkmate's format, for compilers that hold a joint
// forward+backward graph of their own and for measuring the solver against
// the exact optimum (benchmarks/graph_solve.py).
//
//   ckpt-graph-solve --graph=G.json --budget=<bytes> [--order=given|search]
//
// G.json (or - for standard input): networkx node-link JSON, "nodes" with
// "id", "cost_cpu", "cost_ram" (bytes) and "backward", "links" with
// "source" and "target", ids in a topological order. The budget takes
// ckpt-plan's syntax: a number with an optional B, KB, MB, GB, KiB, MiB or
// GiB. Prints {"feasible", "cost", "peak", "schedule"} (docs/GraphSolve.md).
//
//===----------------------------------------------------------------------===//

#include "ckpt/Planner/ByteSize.h"
#include "ckpt/Planner/CheckmateGraph.h"
#include "ckpt/Planner/GraphSolver.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir::ckpt::planner;
namespace cl = llvm::cl;
namespace json = llvm::json;

static cl::OptionCategory category("ckpt-graph-solve options");
static cl::opt<std::string> graphFile("graph", cl::Required,
                                      cl::desc("The graph (JSON; - for stdin)"),
                                      cl::value_desc("G.json"),
                                      cl::cat(category));
static cl::opt<std::string>
    budgetText("budget", cl::Required,
               cl::desc("Peak memory allowed: bytes, with an optional B, KB, "
                        "MB, GB, KiB, MiB or GiB"),
               cl::value_desc("bytes"), cl::cat(category));
static cl::opt<SolverStrategy> strategy(
    "strategy", cl::desc("How hard to search"),
    cl::init(SolverStrategy::LocalSearch),
    cl::values(clEnumValN(SolverStrategy::Greedy, "greedy",
                          "one run of the eviction heuristic"),
               clEnumValN(SolverStrategy::LocalSearch, "local-search",
                          "the heuristic, then a local search over its "
                          "priorities (default)")),
    cl::cat(category));
static cl::opt<NodeOrder> order(
    "order", cl::desc("Orders of first computes to search"),
    cl::init(NodeOrder::Search),
    cl::values(clEnumValN(NodeOrder::Given, "given",
                          "the order of the ids only"),
               clEnumValN(NodeOrder::Search, "search",
                          "also a few other topological orders (default)")),
    cl::cat(category));
static cl::opt<uint64_t>
    maxWork("max-work",
            cl::desc("Bounds the local search by eviction candidates "
                     "examined (0: the default, about half a second)"),
            cl::init(0), cl::cat(category));
static cl::opt<uint64_t> seed("seed", cl::desc("Seed of the local search"),
                              cl::init(1), cl::cat(category));

static int fail(const llvm::Twine &message) {
  llvm::WithColor::error(llvm::errs(), "ckpt-graph-solve") << message << "\n";
  return 1;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(
      argc, argv,
      "ckpt-graph-solve: a schedule of a training graph (Checkmate's JSON) "
      "whose peak memory fits a budget, at the least recompute cost found\n");

  llvm::Expected<int64_t> budget = parseByteSize(budgetText);
  if (!budget)
    return fail("--budget: " + llvm::toString(budget.takeError()));

  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      llvm::MemoryBuffer::getFileOrSTDIN(graphFile, /*IsText=*/true);
  if (!buffer)
    return fail("cannot read '" + graphFile +
                "': " + buffer.getError().message());
  llvm::Expected<json::Value> parsed = json::parse((*buffer)->getBuffer());
  if (!parsed)
    return fail(graphFile +
                ": malformed JSON: " + llvm::toString(parsed.takeError()));
  llvm::Expected<CheckmateGraph> input = readCheckmateGraph(*parsed);
  if (!input)
    return fail(graphFile + ": " + llvm::toString(input.takeError()));

  const Graph &graph = input->graph;
  int64_t bound = peakLowerBound(graph);
  if (*budget < bound)
    return fail("budget " + llvm::Twine(*budget) +
                " bytes is below the least peak any schedule needs, " +
                llvm::Twine(bound) +
                " bytes (a node with its operands, each of them computed "
                "with its own operands resident)");

  SolverOptions options;
  options.strategy = strategy;
  options.order = order;
  options.seed = seed;
  options.maxWork = maxWork;
  Solution solution = solveGraph(graph, *budget, options);

  json::Array schedule;
  for (const Step &step : solution.schedule)
    schedule.push_back(
        json::Array{step.kind == StepKind::Compute ? "compute" : "free",
                    input->ids[step.node]});
  json::Object result{{"feasible", solution.feasible},
                      {"cost", solution.stats.cost},
                      {"peak", solution.stats.peak},
                      {"schedule", std::move(schedule)}};
  llvm::outs() << json::Value(std::move(result)) << "\n";
  if (!solution.feasible) {
    // Whether a schedule exists at all, as far as the two bounds tell.
    int64_t exists = treeEvaluationPeak(graph);
    llvm::raw_ostream &note =
        llvm::WithColor::note(llvm::errs(), "ckpt-graph-solve");
    note << "no schedule within " << *budget << " bytes found; ";
    if (*budget >= exists)
      note << "one exists (computing each node from nothing, as if the "
              "graph were a tree, peaks at "
           << exists
           << " bytes, though with as many computes as there are paths into "
              "a node); a larger --max-work may find one\n";
    else
      note << "whether one exists is not known: none peaks below " << bound
           << " bytes, and computing each node from nothing, as if the "
              "graph were a tree, peaks at "
           << exists << " bytes\n";
  }
  if (getenv("CKPT_GRAPH_SOLVE_STATS"))
    llvm::errs() << "evaluations " << solution.evaluations << "\n";
  return 0;
}
