//===- Budget.cpp - memory budget strings ---------------------------------===//

#include "Budget.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/Twine.h"

#include <cmath>

using namespace mlir;

FailureOr<int64_t> mlir::ckpt::parseByteSize(StringRef text,
                                             std::string &error) {
  StringRef trimmed = text.trim();
  size_t split = trimmed.find_first_not_of("0123456789.");
  StringRef number = trimmed.substr(0, split);
  StringRef suffix = split == StringRef::npos ? "" : trimmed.substr(split);
  suffix = suffix.trim();
  double value;
  if (number.empty() || number.getAsDouble(value) || value < 0) {
    error = (Twine("'") + text + "' is not a size: expected a non-negative number "
             "with an optional suffix B, KB, MB, GB, KiB, MiB or GiB")
                .str();
    return failure();
  }
  std::optional<double> scale = llvm::StringSwitch<std::optional<double>>(suffix)
                                    .Cases({"", "B"}, 1.0)
                                    .Case("KB", 1e3)
                                    .Case("MB", 1e6)
                                    .Case("GB", 1e9)
                                    .Case("KiB", 1024.0)
                                    .Case("MiB", 1024.0 * 1024)
                                    .Case("GiB", 1024.0 * 1024 * 1024)
                                    .Default(std::nullopt);
  if (!scale) {
    error = (Twine("unknown size suffix '") + suffix + "' in '" + text +
             "': expected B, KB, MB, GB, KiB, MiB or GiB")
                .str();
    return failure();
  }
  double bytes = value * *scale;
  if (bytes > 9.0e18) {
    error = (Twine("size '") + text + "' is too large").str();
    return failure();
  }
  return static_cast<int64_t>(std::llround(bytes));
}
