//===- Report.cpp - the plan report (JSON and summary) --------------------===//

#include "Report.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::ckpt;

static StringRef reasonFor(const PlanRecord &plan, const WrappedRegion &r) {
  if (plan.strategy == "sqrt")
    return "sqrt(N) equal segments";
  if (plan.strategy == "uniform")
    return "uniform segments";
  if (plan.strategy == "given")
    return "given by plan=";
  if (r.saveDots)
    return "cheapest recompute that fits the budget: keeps its "
           "contractions' results, recomputes the rest";
  return r.depth == 0 ? "cheapest recompute that fits the budget"
                      : "nested: multi-level checkpointing fits the budget "
                        "cheaper";
}

LogicalResult mlir::ckpt::writeJsonReport(StringRef json, StringRef path,
                                          std::string &error) {
  std::error_code ec;
  llvm::raw_fd_ostream file(path, ec, llvm::sys::fs::OF_Text);
  if (ec) {
    error = ("cannot write the report '" + path + "': " + ec.message()).str();
    return failure();
  }
  file << json;
  // Opening can succeed where writing fails (a full disk, /dev/full): the
  // error surfaces on close and is reported here, not by the stream's
  // destructor as a fatal error.
  file.close();
  if (file.has_error()) {
    error = ("cannot write the report '" + path +
             "': " + file.error().message())
                .str();
    file.clear_error();
    return failure();
  }
  return success();
}

static void printTrial(llvm::json::OStream &json,
                       const MicrobatchTrial &trial) {
  json.object([&] {
    json.attribute("count", trial.count);
    json.attribute("unplanned_peak_bytes", trial.unplannedPeakBytes);
    json.attribute("unplanned_step_seconds", trial.unplannedSeconds);
    json.attribute("searched", trial.searched);
    json.attribute("fits", trial.fits);
    json.attribute("chosen", trial.chosen);
    if (trial.fits) {
      json.attribute("predicted_peak_bytes", trial.predictedPeakBytes);
      json.attribute("step_seconds", trial.stepSeconds);
    }
    if (trial.searched)
      json.attribute("min_peak_bytes", trial.minPeakBytes);
    if (!trial.note.empty())
      json.attribute("note", trial.note);
  });
}

void mlir::ckpt::printJsonReport(ArrayRef<PlanRecord> plans,
                                 raw_ostream &os) {
  llvm::json::OStream json(os, 2);
  json.object([&] {
    json.attributeArray("plans", [&] {
      for (const PlanRecord &plan : plans) {
        json.object([&] {
          json.attribute("callee", plan.callee);
          json.attribute("caller", plan.caller);
          json.attribute("strategy", plan.strategy);
          json.attribute("solver", plan.solver);
          json.attribute("budget_bytes", plan.budgetBytes);
          json.attribute("baseline_peak_bytes", plan.baselinePeakBytes);
          json.attribute("predicted_peak_bytes", plan.predictedPeakBytes);
          json.attribute("min_peak_bytes", plan.floorPeakBytes);
          json.attribute("exact", plan.exact && plan.predictedExact);
          json.attribute("result_bytes", plan.resultBytes);
          json.attribute("exact_checks",
                         static_cast<int64_t>(plan.verifications));
          json.attribute("exact_seconds", plan.exactSeconds);
          json.attribute("units", static_cast<int64_t>(plan.numUnits));
          json.attribute("plan", plan.plan);
          json.attribute("layers", static_cast<int64_t>(plan.numLayers));
          json.attribute("layer_ops", static_cast<int64_t>(plan.layerOps));
          json.attribute("recompute_flops", plan.recomputeFlops);
          json.attribute("recompute_seconds", plan.recomputeSeconds);
          json.attribute("step_seconds", plan.stepSeconds);
          json.attribute("estimated_overhead", plan.estimatedOverhead);
          json.attribute("microbatch", plan.microbatch);
          if (!plan.microbatchTrials.empty())
            json.attributeArray("microbatch_candidates", [&] {
              for (const MicrobatchTrial &trial : plan.microbatchTrials)
                printTrial(json, trial);
            });
          json.attributeArray("regions", [&] {
            for (const WrappedRegion &region : plan.regions)
              json.object([&] {
                json.attribute("name", region.name);
                json.attribute("ops", static_cast<int64_t>(region.numOps));
                json.attribute("depth", static_cast<int64_t>(region.depth));
                json.attribute("policy", region.saveDots ? "save_dots"
                                                         : "recompute_all");
                json.attribute("inputs_bytes", region.inputsBytes);
                json.attribute("recompute_flops", region.recomputeFlops);
                json.attribute("reason", reasonFor(plan, region));
              });
          });
          json.attributeArray("candidates", [&] {
            for (const PlanCandidate &candidate : plan.candidates)
              json.object([&] {
                json.attribute("regions",
                               static_cast<int64_t>(candidate.regions));
                json.attribute("depth", static_cast<int64_t>(candidate.depth));
                json.attribute("predicted_peak_bytes",
                               candidate.predictedPeakBytes);
                json.attribute("recompute_flops", candidate.recomputeFlops);
                json.attribute("fits", candidate.predictedPeakBytes <=
                                           plan.budgetBytes);
                json.attribute("chosen", candidate.chosen);
                json.attribute("plan", candidate.plan);
              });
          });
          json.attributeArray("live_at_peak", [&] {
            for (const LiveBuffer &buffer : plan.liveAtPeak)
              json.object([&] {
                json.attribute("name", buffer.name);
                json.attribute("bytes", buffer.bytes);
                json.attribute("loc", buffer.loc);
              });
          });
        });
      }
    });
  });
  os << "\n";
}

void mlir::ckpt::printSummary(ArrayRef<PlanRecord> plans, raw_ostream &os) {
  for (const PlanRecord &plan : plans) {
    os << "ckpt-plan: @" << plan.callee << " (in @" << plan.caller
       << ") strategy=" << plan.strategy << "\n";
    os << "  budget " << plan.budgetBytes << " B, baseline peak "
       << plan.baselinePeakBytes << " B, predicted peak "
       << plan.predictedPeakBytes << " B"
       << (plan.exact && plan.predictedExact ? " (exact)" : " (model only)")
       << "\n";
    os << "  " << plan.regions.size() << " regions, recompute "
       << plan.recomputeFlops << " FLOPs, estimated overhead "
       << llvm::format("%.1f%%", 100.0 * plan.estimatedOverhead) << "\n";
    if (!plan.microbatchTrials.empty())
      os << "  " << plan.microbatch << " micro-batches ("
         << plan.microbatchTrials.size()
         << (plan.microbatchTrials.size() == 1 ? " count" : " counts")
         << " weighed, listed in the JSON report)\n";
    if (!plan.candidates.empty())
      os << "  " << plan.candidates.size()
         << " candidate plans weighed (listed in the JSON report)\n";
    for (const WrappedRegion &region : plan.regions)
      os << "    " << std::string(2 * region.depth, ' ') << region.name
         << ": " << region.numOps << " ops, inputs " << region.inputsBytes
         << " B" << (region.saveDots ? ", save_dots" : "") << "\n";
    if (!plan.liveAtPeak.empty())
      os << "  live at peak:\n";
    for (const LiveBuffer &buffer : plan.liveAtPeak)
      os << "    " << buffer.bytes << " B  " << buffer.name << "  "
         << buffer.loc << "\n";
  }
}
