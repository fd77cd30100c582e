//===- EvaluationPeak.h - Sethi and Ullman's order for one node -*- C++ -*-===//
//
// The peak of computing one node whose missing operands are brought back one
// after another, each held while the next comes back. Shared by
// treeEvaluationPeak (Graph.cpp) and the solver's estimate of what bringing
// a result back needs (GraphSolver.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_PLANNER_EVALUATIONPEAK_H
#define CKPT_PLANNER_EVALUATIONPEAK_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace mlir::ckpt::planner {

/// `parts` holds, for each operand to bring back, its need (the peak of
/// bringing it back, its own bytes included, so never below them) and its
/// bytes. They come back in Sethi and Ullman's order, the one whose need
/// exceeds its bytes the most first, which makes the peak least; returns
/// that peak with the node's `own` bytes computed last. Saturating: byte
/// counts go up to 2^53 and fan-ins may be large. Sorts `parts`.
inline uint64_t
evaluationPeak(llvm::MutableArrayRef<std::pair<uint64_t, uint64_t>> parts,
               uint64_t own) {
  llvm::sort(parts, [](const auto &a, const auto &b) {
    return a.first - a.second > b.first - b.second;
  });
  uint64_t held = 0, peak = 0;
  for (auto [need, bytes] : parts) {
    peak = std::max(peak, llvm::SaturatingAdd(held, need));
    held = llvm::SaturatingAdd(held, bytes);
  }
  return std::max(peak, llvm::SaturatingAdd(held, own));
}

} // namespace mlir::ckpt::planner

#endif // CKPT_PLANNER_EVALUATIONPEAK_H
