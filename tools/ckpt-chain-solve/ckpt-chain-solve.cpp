//===- ckpt-chain-solve.cpp - the planner's solver on an abstract chain ---===//
//
// Runs --ckpt-plan's chain solver on a chain given as numbers instead of IR,
// as revolve's standalone scheduler does: for studying schedules, and for
// checking the solver against the binomial optimum and exhaustive search.
//
//   ckpt-chain-solve chain.json      (or - for standard input)
//
// Input: {"act": [bytes made by each unit], "cut": [n+1 bytes live across
// each cut, cut[0] before unit 0 .. cut[n] after the last],
// "seconds": [per unit, default 1], "dots": [bytes of contraction results
// each unit makes, which a save_dots region keeps; default 0],
// "dot_seconds": [the part of "seconds" those contractions take],
// "memory": [limits in bytes],
// "strategy": "optimal" | "sqrt" | "uniform", "segments": K}.
// Output, one JSON object: the least memory any plan needs, and for each
// limit the plan (nested regions over units [begin, end)), the memory the
// model says it needs and the units it re-executes.
//
// Resolution: the solver's table has at most max(512, 2^22 / (n + 1)^2)
// memory levels, so its time and memory depend on the number of units, not
// on the magnitude of the byte counts. Sizes are exact in units of their
// greatest common divisor when the footprint fits in those levels;
// otherwise each is rounded up to the table's unit (footprint / levels,
// "resolution_bytes" for the whole-footprint table), so every plan printed
// needs at most its limit (its "need" is computed from the exact sizes)
// but may be costlier than the exact optimum, and "minimal_memory" is a
// limit at which a plan is found ("minimal_memory_exact": false) rather
// than provably the least.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Dialect/Ckpt/Transforms/Plan/Solver.h"

#include <cmath>

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::ckpt;
namespace json = llvm::json;

static llvm::cl::opt<std::string> inputFile(llvm::cl::Positional,
                                            llvm::cl::desc("<chain.json>"),
                                            llvm::cl::init("-"));

static int fail(const llvm::Twine &message) {
  llvm::WithColor::error(llvm::errs(), "ckpt-chain-solve") << message << "\n";
  return 1;
}

/// The largest byte count accepted: integers up to 2^50 (1 PiB) are exact
/// in a double, and sums over a million units still fit in int64_t.
static constexpr double kMaxBytes = 1125899906842624.0;

/// Reads `key` as a list of non-negative numbers into `out`; byte counts
/// (`bytes`) must be at most kMaxBytes, times finite.
static LogicalResult readNumbers(const json::Object &object, StringRef key,
                                 SmallVectorImpl<double> &out,
                                 std::string &error, bool bytes) {
  const json::Value *value = object.get(key);
  if (!value)
    return success();
  const json::Array *array = value->getAsArray();
  if (!array) {
    error = ("'" + key + "' must be a list of numbers").str();
    return failure();
  }
  for (const json::Value &item : *array) {
    std::optional<double> number = item.getAsNumber();
    if (!number || *number < 0) {
      error = ("'" + key + "' must hold non-negative numbers").str();
      return failure();
    }
    if (bytes ? *number > kMaxBytes : !std::isfinite(*number)) {
      error = ("'" + key + "' holds " + llvm::formatv("{0:e}", *number) +
               (bytes ? ", above the largest byte count accepted, 2^50"
                      : ", which is not a finite number"))
                  .str();
      return failure();
    }
    out.push_back(*number);
  }
  return success();
}

static json::Array toJson(ArrayRef<PlanRegion> plan) {
  json::Array regions;
  for (const PlanRegion &region : plan) {
    json::Object object{{"begin", region.begin},
                        {"end", region.end},
                        {"children", toJson(region.children)}};
    if (region.saveDots)
      object["save_dots"] = true;
    regions.push_back(std::move(object));
  }
  return regions;
}

static int64_t countSaveDots(ArrayRef<PlanRegion> plan) {
  int64_t count = 0;
  for (const PlanRegion &region : plan)
    count += region.saveDots + countSaveDots(region.children);
  return count;
}

/// Tables refining the least memory where the whole-footprint table
/// rounds sizes up.
static constexpr unsigned kRefineSteps = 8;

/// The least memory at which the solver finds a plan (with a table sized
/// for that memory, as each limit gets), from a bounded number of tables
/// whatever the magnitude of the byte counts: each has at most
/// max(512, 2^22 / (n + 1)^2) memory levels, so its size depends on n only.
/// One table over the whole footprint gives it exactly when the sizes, in
/// units of their greatest common divisor, fit in its levels. Otherwise
/// sizes are rounded up to the table's unit (footprint / levels), and the
/// least memory it finds can be far above the least need, whose plans sum
/// many rounded sizes; a table sized for that memory rounds to a finer
/// unit and finds a smaller one, and so on while each answer still finds a
/// plan in a table sized for it: at most kRefineSteps tables, fewer when
/// one is exact or finds nothing smaller. The answer is within the
/// rounding of the last table (its unit, about answer / levels, per size a
/// plan sums) of the least need. Records the first table's unit and
/// whether the answer is exact in `result`.
static int64_t minimalMemory(const OpChain &chain, json::Object &result,
                             unsigned &tables) {
  auto fits = [&](int64_t bytes) {
    ++tables;
    return succeeded(OptimalSolver(chain, bytes).solve(bytes));
  };
  int64_t candidate;
  bool exact;
  {
    OptimalSolver whole(chain);
    ++tables;
    candidate = whole.minimalNeed();
    exact = whole.isExact();
    result["resolution_bytes"] = whole.resolution();
  }
  if (exact) {
    result["minimal_memory_exact"] = true;
    return candidate;
  }
  int64_t best = -1;
  for (unsigned step = 0; step < kRefineSteps; ++step) {
    OptimalSolver own(chain, candidate);
    ++tables;
    if (failed(own.solve(candidate)))
      break;
    best = candidate;
    int64_t need = own.minimalNeed();
    if (own.isExact()) {
      // Exact for every limit up to `candidate`: the least need itself.
      exact = true;
      best = need;
      break;
    }
    if (need >= candidate)
      break;
    candidate = need;
  }
  if (best < 0) {
    // The first table's answer rounds differently in a table of its own:
    // bisect (boundedly) above it for a limit that fits.
    int64_t low = candidate + 1, high = chain.totalAct();
    exact = false;
    for (unsigned step = 0; step < kRefineSteps && low < high; ++step) {
      int64_t mid = low + (high - low) / 2;
      if (fits(mid))
        high = mid;
      else
        low = mid + 1;
    }
    best = high;
  }
  result["minimal_memory_exact"] = exact;
  return best;
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::ParseCommandLineOptions(
      argc, argv, "ckpt's checkpoint solver on a chain given as numbers\n");

  auto buffer = llvm::MemoryBuffer::getFileOrSTDIN(inputFile);
  if (!buffer)
    return fail("cannot read '" + inputFile +
                "': " + buffer.getError().message());
  llvm::Expected<json::Value> parsed = json::parse((*buffer)->getBuffer());
  if (!parsed)
    return fail(inputFile + ": " + llvm::toString(parsed.takeError()));
  const json::Object *object = parsed->getAsObject();
  if (!object)
    return fail(inputFile + ": expected a JSON object");

  std::string error;
  SmallVector<double> act, cut, seconds, dots, dotSeconds, memory;
  if (failed(readNumbers(*object, "act", act, error, /*bytes=*/true)) ||
      failed(readNumbers(*object, "cut", cut, error, /*bytes=*/true)) ||
      failed(readNumbers(*object, "seconds", seconds, error, false)) ||
      failed(readNumbers(*object, "dots", dots, error, /*bytes=*/true)) ||
      failed(readNumbers(*object, "dot_seconds", dotSeconds, error, false)) ||
      failed(readNumbers(*object, "memory", memory, error, /*bytes=*/true)))
    return fail(inputFile + ": " + error);
  unsigned n = act.size();
  if (n == 0)
    return fail(inputFile + ": 'act' must list at least one unit");
  if (cut.size() != n + 1)
    return fail(inputFile + ": 'cut' must have " + llvm::Twine(n + 1) +
                " entries (one per cut, both ends included), got " +
                llvm::Twine(cut.size()));
  if (!seconds.empty() && seconds.size() != n)
    return fail(inputFile + ": 'seconds' must have " + llvm::Twine(n) +
                " entries, got " + llvm::Twine(seconds.size()));
  for (auto [key, list] : {std::pair<StringRef, SmallVector<double> *>{
                               "dots", &dots},
                           {"dot_seconds", &dotSeconds}})
    if (!list->empty() && list->size() != n)
      return fail(inputFile + ": '" + key + "' must have " + llvm::Twine(n) +
                  " entries, got " + llvm::Twine(list->size()));
  StringRef strategy = object->getString("strategy").value_or("optimal");
  if (strategy != "optimal" && strategy != "sqrt" && strategy != "uniform")
    return fail(inputFile + ": unknown strategy '" + strategy +
                "': expected optimal, sqrt or uniform");
  int64_t segments = object->getInteger("segments").value_or(0);
  if (strategy == "uniform" && segments < 1)
    return fail(inputFile + ": strategy uniform needs 'segments' >= 1");
  if (strategy == "optimal" && memory.empty())
    return fail(inputFile + ": strategy optimal needs 'memory' limits");

  OpChain chain;
  chain.units.resize(n);
  for (unsigned u = 0; u < n; ++u) {
    chain.actBytes.push_back(static_cast<int64_t>(act[u]));
    chain.seconds.push_back(seconds.empty() ? 1.0 : seconds[u]);
    chain.flops.push_back(0);
    chain.dotBytes.push_back(dots.empty() ? 0 : static_cast<int64_t>(dots[u]));
    if (chain.dotBytes.back() > chain.actBytes.back())
      return fail(inputFile + ": 'dots' of unit " + llvm::Twine(u) +
                  " exceeds its 'act'");
    double dotTime = dotSeconds.empty() ? 0.0 : dotSeconds[u];
    if (dotTime > chain.seconds.back())
      return fail(inputFile + ": 'dot_seconds' of unit " + llvm::Twine(u) +
                  " exceeds its 'seconds'");
    chain.dotSeconds.push_back(dotTime);
    chain.dotFlops.push_back(0);
    chain.scalarDef.push_back(n);
    chain.scalarUse.push_back(u);
  }
  for (double bytes : cut)
    chain.cutBytes.push_back(static_cast<int64_t>(bytes));

  auto describe = [&](const Plan &plan) {
    RecomputeCost cost = recomputeCost(chain, plan);
    return json::Object{{"plan", toJson(plan)},
                        {"save_dots_regions", countSaveDots(plan)},
                        {"need", modelNeed(chain, plan, 0, n)},
                        {"recompute_units", cost.units},
                        {"recompute_seconds", cost.seconds}};
  };

  json::Object result;
  json::Array plans;
  if (strategy == "optimal") {
    // Dynamic-programming tables built, each of bounded size: their number
    // does not grow with the magnitude of the byte counts either.
    unsigned tables = 0;
    result["minimal_memory"] = minimalMemory(chain, result, tables);
    for (double limit : memory) {
      auto bytes = static_cast<int64_t>(limit);
      // A table sized for this limit, exact when sizes share a divisor.
      OptimalSolver solver(chain, bytes);
      ++tables;
      FailureOr<Plan> plan = solver.solve(bytes);
      json::Object entry =
          succeeded(plan) ? describe(*plan) : json::Object();
      entry["memory"] = bytes;
      entry["feasible"] = succeeded(plan);
      plans.push_back(std::move(entry));
    }
    result["tables"] = tables;
  } else {
    Plan plan = strategy == "sqrt"
                    ? sqrtPlan(chain)
                    : uniformPlan(chain, static_cast<unsigned>(segments));
    plans.push_back(describe(plan));
  }
  result["plans"] = std::move(plans);
  llvm::outs() << json::Value(std::move(result)) << "\n";
  return 0;
}
