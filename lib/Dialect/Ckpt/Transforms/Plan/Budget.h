//===- Budget.h - memory budget strings -------------------------*- C++ -*-===//

#ifndef CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_BUDGET_H
#define CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_BUDGET_H

#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::ckpt {

/// Parses "<number>[B|KB|MB|GB|KiB|MiB|GiB]" (decimal suffixes are powers
/// of 1000, binary ones of 1024; the number may have a fraction). On error
/// returns failure and says why in `error`.
FailureOr<int64_t> parseByteSize(StringRef text, std::string &error);

} // namespace mlir::ckpt

#endif // CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_BUDGET_H
