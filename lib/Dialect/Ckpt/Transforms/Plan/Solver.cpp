//===- Solver.cpp - choosing checkpoint segments --------------------------===//

#include "ckpt/Dialect/Ckpt/Transforms/Plan/Solver.h"

#include <cmath>
#include <functional>
#include <map>
#include <limits>
#include <numeric>

using namespace mlir;
using namespace mlir::ckpt;

static constexpr double kInfeasible = std::numeric_limits<double>::infinity();
/// Cells of the dynamic program's table ((first, end, memory) triples): the
/// memory levels are as many as fit, at least kMinLevels. Sizes are rounded
/// up to limit / levels when they share no coarser common divisor.
static constexpr int64_t kMaxCells = int64_t(1) << 22;
static constexpr int64_t kMinLevels = 512;
/// A region costs at least this, so free recomputation does not make the
/// solver wrap segments that save nothing.
static constexpr double kRegionPenalty = 1e-12;

int64_t mlir::ckpt::modelNeed(const OpChain &chain, ArrayRef<PlanRegion> plan,
                              unsigned begin, unsigned end) {
  // Walk the items backwards: a plain unit is kept while the rest runs, a
  // region keeps only its output (the next cut) while the rest runs and
  // needs its body's memory when reversed, after the rest is done.
  int64_t need = 0;
  unsigned pos = end;
  auto regionIt = plan.rbegin();
  while (pos > begin) {
    if (regionIt != plan.rend() && regionIt->end == pos) {
      const PlanRegion &region = *regionIt++;
      int64_t kept = region.end < end ? chain.cutBytes[region.end] : 0;
      if (region.saveDots)
        for (unsigned u = region.begin; u < region.end; ++u)
          kept += chain.dotBytes[u];
      need = std::max(modelNeed(chain, region.children, region.begin,
                                region.end),
                      kept + need);
      pos = region.begin;
      continue;
    }
    --pos;
    need += chain.actBytes[pos];
  }
  return need;
}

static void accumulate(const OpChain &chain, ArrayRef<PlanRegion> plan,
                       RecomputeCost &cost) {
  for (const PlanRegion &region : plan) {
    for (unsigned u = region.begin; u < region.end; ++u) {
      cost.seconds += chain.seconds[u];
      cost.flops += chain.flops[u];
      if (region.saveDots) {
        cost.seconds -= chain.dotSeconds[u];
        cost.flops -= chain.dotFlops[u];
      }
      ++cost.units;
    }
    accumulate(chain, region.children, cost);
  }
}

RecomputeCost mlir::ckpt::recomputeCost(const OpChain &chain,
                                        ArrayRef<PlanRegion> plan) {
  RecomputeCost cost;
  accumulate(chain, plan, cost);
  return cost;
}

unsigned mlir::ckpt::countRegions(ArrayRef<PlanRegion> plan) {
  unsigned count = 0;
  for (const PlanRegion &region : plan)
    count += 1 + countRegions(region.children);
  return count;
}

OptimalSolver::OptimalSolver(const OpChain &chain, int64_t maxBytes,
                             bool preferLate)
    : n(chain.size()) {
  // No plan needs more than the whole footprint.
  int64_t total =
      std::max<int64_t>(std::min(chain.totalAct(), maxBytes), 1);
  // Exact when sizes share a divisor (equal layers), rounded otherwise.
  int64_t divisor = 0;
  for (int64_t bytes : chain.actBytes)
    divisor = std::gcd(divisor, bytes);
  for (int64_t bytes : chain.cutBytes)
    divisor = std::gcd(divisor, bytes);
  for (int64_t bytes : chain.dotBytes)
    divisor = std::gcd(divisor, bytes);
  unit = std::max<int64_t>(divisor, 1);
  int64_t maxLevels = std::max<int64_t>(
      kMinLevels, kMaxCells / (int64_t(n + 1) * (n + 1)));
  if ((total + unit - 1) / unit > maxLevels) {
    unit = (total + maxLevels - 1) / maxLevels;
    exact = divisor % unit == 0;
  }
  levels = static_cast<unsigned>((total + unit - 1) / unit);
  for (int64_t bytes : chain.actBytes)
    actUnits.push_back(toUnits(bytes));
  for (int64_t bytes : chain.cutBytes)
    cutUnits.push_back(toUnits(bytes));
  prefixSeconds.assign(n + 1, 0);
  prefixDotSeconds.assign(n + 1, 0);
  prefixAct.assign(n + 1, 0);
  prefixDots.assign(n + 1, 0);
  for (unsigned u = 0; u < n; ++u) {
    prefixSeconds[u + 1] = prefixSeconds[u] + chain.seconds[u];
    prefixDotSeconds[u + 1] =
        prefixDotSeconds[u] +
        (chain.dotSeconds.empty() ? 0.0 : chain.dotSeconds[u]);
    prefixAct[u + 1] = prefixAct[u] + chain.actBytes[u];
    prefixDots[u + 1] =
        prefixDots[u] + (chain.dotBytes.empty() ? 0 : chain.dotBytes[u]);
  }

  size_t size = static_cast<size_t>(n + 1) * (n + 1) * (levels + 1);
  costs.assign(size, kInfeasible);
  choices.assign(size, -1);
  for (unsigned j = 0; j <= n; ++j)
    for (unsigned m = 0; m <= levels; ++m)
      cost(j, j, m) = 0;

  for (unsigned length = 1; length <= n; ++length) {
    for (unsigned i = 0; i + length <= n; ++i) {
      unsigned j = i + length;
      // Region ends k for which [i, k) is a legal region, found once.
      SmallVector<unsigned> ends;
      for (unsigned k = i + 1; k < j; ++k)
        if (chain.isLegalRegion(i, k))
          ends.push_back(k);
      for (unsigned m = 0; m <= levels; ++m) {
        double best = kInfeasible;
        int32_t how = -1;
        if (actUnits[i] <= m) {
          best = cost(i + 1, j, m - actUnits[i]);
          how = 0;
        }
        // A region choice (k, or n + 1 + k for save_dots) costing `total`.
        // Among plans of equal cost (up to rounding) the first found
        // (regions ending early) stays, or with preferLate the last.
        auto offer = [&](double total, unsigned choiceOfK) {
          bool tie = best != kInfeasible &&
                     std::abs(total - best) <= 1e-12 * std::abs(best);
          if (preferLate ? (total < best || tie) : (total < best && !tie)) {
            best = total;
            how = static_cast<int32_t>(choiceOfK);
          }
        };
        for (unsigned k : ends) {
          if (cutUnits[k] > m)
            continue;
          double inner = cost(i, k, m);
          double rest = cost(k, j, m - cutUnits[k]);
          offer(prefixSeconds[k] - prefixSeconds[i] + kRegionPenalty +
                    inner + rest,
                k);
        }
        // [i, k) with policy save_dots: keeps its contractions' results
        // besides its output, re-runs the rest, reverses its body plainly.
        for (unsigned k : prefixDots[n] ? ends : ArrayRef<unsigned>()) {
          int64_t dots = prefixDots[k] - prefixDots[i];
          if (dots == 0)
            continue;
          int64_t kept = cutUnits[k] + toUnits(dots);
          if (kept > m || toUnits(prefixAct[k] - prefixAct[i]) > m)
            continue;
          offer(prefixSeconds[k] - prefixSeconds[i] -
                    (prefixDotSeconds[k] - prefixDotSeconds[i]) +
                    kRegionPenalty + cost(k, j, m - kept),
                n + 1 + k);
        }
        cost(i, j, m) = best;
        choice(i, j, m) = how;
      }
    }
  }
}

double &OptimalSolver::cost(unsigned i, unsigned j, unsigned m) const {
  return costs[(static_cast<size_t>(i) * (n + 1) + j) * (levels + 1) + m];
}

int32_t &OptimalSolver::choice(unsigned i, unsigned j, unsigned m) const {
  return choices[(static_cast<size_t>(i) * (n + 1) + j) * (levels + 1) + m];
}

void OptimalSolver::reconstruct(unsigned i, unsigned j, unsigned m,
                                Plan &out) const {
  while (i < j) {
    int32_t how = choice(i, j, m);
    if (how == 0) {
      m -= actUnits[i];
      ++i;
      continue;
    }
    if (static_cast<unsigned>(how) > n) {
      unsigned k = static_cast<unsigned>(how) - n - 1;
      out.push_back({i, k, {}, /*saveDots=*/true});
      m -= cutUnits[k] + toUnits(prefixDots[k] - prefixDots[i]);
      i = k;
      continue;
    }
    unsigned k = static_cast<unsigned>(how);
    PlanRegion region{i, k, {}};
    reconstruct(i, k, m, region.children);
    out.push_back(std::move(region));
    m -= cutUnits[k];
    i = k;
  }
}

FailureOr<Plan> OptimalSolver::solve(int64_t bytes) const {
  if (bytes < 0)
    return failure();
  unsigned m = static_cast<unsigned>(std::min<int64_t>(bytes / unit, levels));
  if (cost(0, n, m) == kInfeasible)
    return failure();
  Plan plan;
  reconstruct(0, n, m, plan);
  return plan;
}

int64_t OptimalSolver::minimalNeed() const {
  for (unsigned m = 0; m <= levels; ++m)
    if (cost(0, n, m) != kInfeasible)
      return static_cast<int64_t>(m) * unit;
  return static_cast<int64_t>(levels) * unit;
}

Plan mlir::ckpt::uniformPlan(const OpChain &chain, unsigned segments) {
  // Segment s holds the chain's layers [ceil(s*n/K), ceil((s+1)*n/K)),
  // the shorter segments last (the ops before the first layer join the
  // first segment), or where it has none (or fewer than K), its units
  // [s*n/K, (s+1)*n/K), which end at narrow positions.
  bool layered = chain.numLayers() >= 2 && segments <= chain.numLayers();
  unsigned n = layered ? chain.numLayers() : chain.size();
  segments = std::max(1u, std::min(segments, n));
  auto boundary = [&](unsigned s) {
    unsigned item = static_cast<unsigned>(
        (uint64_t(s) * n + (layered ? segments - 1 : 0)) / segments);
    return layered ? chain.layerStarts[item] : item;
  };
  Plan plan;
  for (unsigned s = 0; s + 1 < segments; ++s) {
    unsigned begin = s == 0 ? 0 : boundary(s);
    unsigned end = boundary(s + 1);
    if (begin < end && chain.isLegalRegion(begin, end))
      plan.push_back({begin, end, {}});
  }
  return plan;
}

Plan mlir::ckpt::sqrtPlan(const OpChain &chain) {
  unsigned n = chain.numLayers() >= 2 ? chain.numLayers() : chain.size();
  return uniformPlan(chain,
                     static_cast<unsigned>(std::lround(std::sqrt(double(n)))));
}

std::string mlir::ckpt::printPlan(ArrayRef<PlanRegion> plan) {
  std::string text;
  for (const PlanRegion &region : plan)
    text += "[" + std::to_string(region.begin) + "," +
            std::to_string(region.end) +
            (region.saveDots ? ":save_dots" : "") +
            printPlan(region.children) + ")";
  return text;
}

namespace {
/// Recursive descent over printPlan's grammar.
struct PlanParser {
  StringRef text;
  std::string &error;

  bool fail(const Twine &message) {
    error = (message + " at offset " +
             Twine(static_cast<unsigned>(full.size() - text.size())))
                .str();
    return false;
  }
  bool number(unsigned &value) {
    size_t digits = text.find_first_not_of("0123456789");
    StringRef token = text.take_front(digits);
    if (token.empty() || token.getAsInteger(10, value))
      return fail("expected a unit number");
    text = text.drop_front(token.size());
    return true;
  }
  /// Says what is wrong with `region`, the next one in `parent` (null at
  /// the top level, over units [0, numUnits)) after units before `next`
  /// are taken; false when it is fine. The offset is where the region's
  /// text ends.
  bool misplaced(const PlanRegion &region, const PlanRegion *parent,
                 unsigned next) {
    std::string name =
        ("region [" + Twine(region.begin) + "," + Twine(region.end) + ")")
            .str();
    std::string holder =
        parent ? ("its parent region [" + Twine(parent->begin) + "," +
                  Twine(parent->end) + ")")
                     .str()
               : std::string("the chain");
    auto wrong = [&](const Twine &message) {
      fail(message);
      return true;
    };
    unsigned first = parent ? parent->begin : 0;
    unsigned end = parent ? parent->end : numUnits;
    if (region.begin >= region.end)
      return wrong(name + " is empty: its end (exclusive) must be greater "
                         "than its begin");
    if (region.begin < first)
      return wrong(name + " begins at unit " + Twine(region.begin) +
                  ", before " + holder + " (which begins at unit " +
                  Twine(first) + ")");
    if (region.begin < next)
      return wrong(name + " overlaps the region before it, which ends at "
                         "unit " +
                  Twine(next));
    if (region.end > end)
      return wrong(name + " ends at unit " + Twine(region.end) + " but " +
                  (parent ? holder + " ends at unit " + Twine(end)
                          : "the chain has units 0.." + Twine(end - 1)));
    if (region.end == end)
      return wrong(name + " reaches the end of " + holder + " (unit " +
                  Twine(end - 1) + " is its last): the last unit must stay "
                  "outside, since a region ending there would be recomputed "
                  "right away");
    return false;
  }
  /// Regions inside `parent` (null: the chain), which they may not reach.
  bool sequence(const PlanRegion *parent, Plan &out) {
    unsigned next = parent ? parent->begin : 0;
    while (text.consume_front("[")) {
      PlanRegion region;
      if (!number(region.begin) || !text.consume_front(",") ||
          !number(region.end))
        return error.empty() ? fail("expected '[begin,end'") : false;
      region.saveDots = text.consume_front(":save_dots");
      if (misplaced(region, parent, next))
        return false;
      if (!sequence(&region, region.children))
        return false;
      if (region.saveDots && !region.children.empty())
        return fail("a save_dots region holds no regions");
      if (!text.consume_front(")"))
        return fail("expected ')'");
      next = region.end;
      out.push_back(std::move(region));
    }
    return true;
  }
  StringRef full;
  unsigned numUnits;
};
} // namespace

FailureOr<Plan> mlir::ckpt::parsePlan(StringRef text, unsigned numUnits,
                                      std::string &error) {
  PlanParser parser{text.trim(), error, text.trim(), numUnits};
  Plan plan;
  if (!parser.sequence(nullptr, plan))
    return failure();
  if (!parser.text.empty()) {
    parser.fail("unexpected '" + parser.text.take_front(1) + "'");
    return failure();
  }
  return plan;
}

std::vector<Plan> mlir::ckpt::enumeratePlans(const OpChain &chain,
                                             size_t limit) {
  // plans(i, j): every sequence of items over units [i, j), memoized.
  unsigned n = chain.size();
  std::map<std::pair<unsigned, unsigned>, std::vector<Plan>> memo;
  bool tooMany = false;
  std::function<const std::vector<Plan> &(unsigned, unsigned)> plans =
      [&](unsigned i, unsigned j) -> const std::vector<Plan> & {
    auto key = std::make_pair(i, j);
    if (auto it = memo.find(key); it != memo.end())
      return it->second;
    std::vector<Plan> out;
    if (i == j) {
      out.push_back({});
    } else {
      // Unit i plain.
      for (const Plan &rest : plans(i + 1, j))
        out.push_back(rest);
      for (unsigned k = i + 1; k < j && !tooMany; ++k) {
        if (!chain.isLegalRegion(i, k))
          continue;
        int64_t dots = 0;
        for (unsigned u = i; u < k && !chain.dotBytes.empty(); ++u)
          dots += chain.dotBytes[u];
        const std::vector<Plan> &inner = plans(i, k);
        const std::vector<Plan> &rest = plans(k, j);
        for (const Plan &body : inner)
          for (const Plan &tail : rest) {
            Plan plan{PlanRegion{i, k, body}};
            plan.insert(plan.end(), tail.begin(), tail.end());
            out.push_back(std::move(plan));
          }
        if (dots > 0)
          for (const Plan &tail : rest) {
            Plan plan{PlanRegion{i, k, {}, /*saveDots=*/true}};
            plan.insert(plan.end(), tail.begin(), tail.end());
            out.push_back(std::move(plan));
          }
        tooMany |= out.size() > limit;
      }
    }
    tooMany |= out.size() > limit;
    return memo[key] = std::move(out);
  };
  const std::vector<Plan> &all = plans(0, n);
  if (tooMany || all.size() > limit)
    return {};
  return all;
}
