//===- Inputs.h - the entry's arguments: from .npy files or a seed -*- C++ -*-===//

#ifndef CKPT_EXECUTION_INPUTS_H
#define CKPT_EXECUTION_INPUTS_H

#include "ckpt/Execution/HostArray.h"
#include "ckpt/Execution/Signature.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace mlir::ckpt::exec {

/// Reads one .npy per path.
llvm::Expected<std::vector<HostArray>>
readInputs(llvm::ArrayRef<std::string> paths);

/// Checks that `inputs` (read from `paths`) match the entry's arguments in
/// count, shape and dtype.
llvm::Error checkInputs(llvm::ArrayRef<HostArray> inputs,
                        llvm::ArrayRef<std::string> paths,
                        const EntrySignature &signature,
                        llvm::StringRef entry);

/// Fills every argument from one deterministic stream seeded with `seed`,
/// arguments in order, elements in C order. Each draw is SplitMix64:
///   state += 0x9E3779B97F4A7C15
///   z = state; z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
///   z = (z ^ (z >> 27)) * 0x94D049BB133111EB; z ^= z >> 31
///   x = (z >> 40) * 2^-24 * 2 - 1             (uniform in [-1, 1))
/// x has 24 significant bits, so f32 and f64 arguments see the same numbers;
/// i64 arguments get floor(x), i.e. -1 or 0.
llvm::Expected<std::vector<HostArray>>
generateInputs(const EntrySignature &signature, uint64_t seed);

} // namespace mlir::ckpt::exec

#endif // CKPT_EXECUTION_INPUTS_H
