//===- ByteSize.h - byte counts written with a unit -------------*- C++ -*-===//

#ifndef CKPT_PLANNER_BYTESIZE_H
#define CKPT_PLANNER_BYTESIZE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>

namespace mlir::ckpt::planner {

/// Parses a byte count as ckpt-plan's `memory-budget` takes it: a
/// non-negative number with an optional suffix B, KB, MB, GB (powers of
/// 1000) or KiB, MiB, GiB (powers of 1024), rounded to whole bytes.
llvm::Expected<int64_t> parseByteSize(llvm::StringRef text);

} // namespace mlir::ckpt::planner

#endif // CKPT_PLANNER_BYTESIZE_H
