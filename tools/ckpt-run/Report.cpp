//===- Report.cpp - what ckpt-run prints after running --------------------===//

#include "Report.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"

#include <algorithm>

using namespace mlir::ckpt::exec;

namespace {
struct TimeStats {
  double min = 0, median = 0;
};
} // namespace

static TimeStats summarize(std::vector<double> times) {
  TimeStats stats;
  if (times.empty())
    return stats;
  std::sort(times.begin(), times.end());
  size_t n = times.size();
  stats.min = times.front();
  stats.median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
  return stats;
}

void mlir::ckpt::exec::printJson(llvm::raw_ostream &os,
                                const RunReport &report) {
  TimeStats stats = summarize(report.timesMs);
  llvm::json::OStream json(os);
  json.object([&] {
    json.attribute("entry", report.entry);
    json.attribute("target", report.target);
    json.attributeArray("outputs", [&] {
      for (auto [output, file] : llvm::zip(report.outputs, report.files)) {
        json.object([&] {
          json.attributeArray("shape", [&] {
            for (int64_t dim : output.getShape())
              json.value(dim);
          });
          json.attribute("dtype", dtypeName(output.getDType()));
          if (file)
            json.attribute("file", *file);
          else
            json.attribute("file", nullptr);
        });
      }
    });
    json.attribute("peak_bytes", static_cast<int64_t>(report.peakBytes));
    json.attributeObject("time_ms", [&] {
      json.attribute("min", stats.min);
      json.attribute("median", stats.median);
    });
    json.attribute("repeat", static_cast<int64_t>(report.timesMs.size()));
  });
  os << "\n";
}

/// The first few elements of `array`, e.g. "[0.5, -1, 2, ...]".
static void printValues(llvm::raw_ostream &os, const HostArray &array) {
  constexpr int64_t kShown = 6;
  int64_t n = array.getNumElements();
  os << "[";
  for (int64_t i = 0; i < std::min(n, kShown); ++i) {
    if (i)
      os << ", ";
    if (array.getDType() == DType::I64)
      os << static_cast<const int64_t *>(array.data())[i];
    else
      os << llvm::format("%.6g", array.getAsDouble(i));
  }
  if (n > kShown)
    os << ", ... (" << n << " values)";
  os << "]";
}

void mlir::ckpt::exec::printSummary(llvm::raw_ostream &os,
                                   const RunReport &report) {
  TimeStats stats = summarize(report.timesMs);
  os << "entry: " << report.entry << " (target " << report.target << ")\n";
  for (auto [i, output] : llvm::enumerate(report.outputs)) {
    os << "out" << i << ": " << dtypeName(output.getDType())
       << formatShape(output.getShape()) << " = ";
    printValues(os, output);
    if (report.files[i])
      os << " -> " << *report.files[i];
    os << "\n";
  }
  os << "peak_bytes: " << report.peakBytes << "\n";
  os << llvm::format("time_ms: min %.4f median %.4f over %zu call(s)\n",
                     stats.min, stats.median, report.timesMs.size());
}
