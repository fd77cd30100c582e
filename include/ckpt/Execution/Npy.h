//===- Npy.h - reading and writing .npy files -------------------*- C++ -*-===//
//
// The subset of NumPy's .npy format ckpt-run exchanges: format versions 1.0,
// 2.0 and 3.0, little-endian '<f4', '<f8' and '<i8', C order (or Fortran
// order for ranks 0 and 1, where both are the same), ranks 0..4.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_EXECUTION_NPY_H
#define CKPT_EXECUTION_NPY_H

#include "ckpt/Execution/HostArray.h"

#include "llvm/Support/Error.h"

namespace mlir::ckpt::exec {

/// Largest rank ckpt-run passes to or from compiled code.
constexpr unsigned kMaxRank = 4;

/// Reads `path`. Errors are single lines naming the file.
llvm::Expected<HostArray> readNpy(llvm::StringRef path);

/// Writes `array` to `path` as a version 1.0 .npy file.
llvm::Error writeNpy(llvm::StringRef path, const HostArray &array);

} // namespace mlir::ckpt::exec

#endif // CKPT_EXECUTION_NPY_H
