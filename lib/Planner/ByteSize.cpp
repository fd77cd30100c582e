//===- ByteSize.cpp - byte counts written with a unit ---------------------===//

#include "ckpt/Planner/ByteSize.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/Twine.h"

#include <cmath>
#include <optional>

llvm::Expected<int64_t>
mlir::ckpt::planner::parseByteSize(llvm::StringRef text) {
  llvm::StringRef trimmed = text.trim();
  size_t split = trimmed.find_first_not_of("0123456789.");
  llvm::StringRef number = trimmed.substr(0, split);
  llvm::StringRef suffix =
      split == llvm::StringRef::npos ? "" : trimmed.substr(split).trim();
  double value;
  if (number.empty() || number.getAsDouble(value) || !std::isfinite(value))
    return llvm::createStringError(
        "'" + text +
        "' is not a size: expected a non-negative number with an optional "
        "suffix B, KB, MB, GB, KiB, MiB or GiB");
  std::optional<double> scale =
      llvm::StringSwitch<std::optional<double>>(suffix)
          .Cases({"", "B"}, 1.0)
          .Case("KB", 1e3)
          .Case("MB", 1e6)
          .Case("GB", 1e9)
          .Case("KiB", 1024.0)
          .Case("MiB", 1024.0 * 1024)
          .Case("GiB", 1024.0 * 1024 * 1024)
          .Default(std::nullopt);
  if (!scale)
    return llvm::createStringError(
        "unknown size suffix '" + suffix + "' in '" + text +
        "': expected B, KB, MB, GB, KiB, MiB or GiB");
  double bytes = value * *scale;
  if (bytes > 9.0e18)
    return llvm::createStringError("size '" + text + "' is too large");
  return static_cast<int64_t>(std::llround(bytes));
}
