//===- Report.h - what ckpt-run prints after running ------------*- C++ -*-===//

#ifndef CKPT_TOOLS_CKPT_RUN_REPORT_H
#define CKPT_TOOLS_CKPT_RUN_REPORT_H

#include "ckpt/Execution/HostArray.h"

#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::ckpt::exec {

struct RunReport {
  std::string entry;
  std::string target;
  std::vector<HostArray> outputs;
  /// Where each output was written, if --output-dir was given.
  std::vector<std::optional<std::string>> files;
  uint64_t peakBytes = 0;
  /// Wall time of each timed call, in milliseconds.
  std::vector<double> timesMs;
};

/// The one JSON object of `--json` (docs/Interface.md, "ckpt-run").
void printJson(llvm::raw_ostream &os, const RunReport &report);

/// A readable summary: each output's shape, dtype and first values, the
/// peak and the times.
void printSummary(llvm::raw_ostream &os, const RunReport &report);

} // namespace mlir::ckpt::exec

#endif // CKPT_TOOLS_CKPT_RUN_REPORT_H
