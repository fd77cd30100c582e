//===- Microbatch.h - splitting a step into micro-batches -------*- C++ -*-===//
//
// The rewrite of --ckpt-microbatch as functions, for ckpt-plan's
// `microbatch=` option, which tries several counts on clones and applies
// the one it chooses: both passes check and split with the same code and
// report the same errors.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_MICROBATCH_H
#define CKPT_DIALECT_CKPT_TRANSFORMS_MICROBATCH_H

#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/IR/SymbolTable.h"

namespace mlir::ckpt {

/// How a pass names itself and its count option in its messages, e.g.
/// {"ckpt-microbatch", "count"} or {"ckpt-plan", "microbatch"}.
struct MicrobatchSpelling {
  StringRef pass;
  StringRef count;
};

/// Checks that `op`'s operands at `batchArgs` can be split into `count`
/// micro-batches along dimension 0 (distinct indices in range, ranked
/// tensors with equal static dimensions 0, which `count` divides); emits
/// one error at `op` otherwise. Returns the batch size (their dimension 0).
/// Without a `count`, checks everything but the count.
FailureOr<int64_t> checkMicrobatchOperands(ValueAndGradOp op,
                                           std::optional<int64_t> count,
                                           ArrayRef<int64_t> batchArgs,
                                           const MicrobatchSpelling &spelling);

/// Rewrites `op` (checked by checkMicrobatchOperands) into an scf.for over
/// `count` > 1 micro-batches, each differentiating a copy of the callee
/// specialized to the micro-batch shapes (`<callee>_mb<count>`, made once
/// per callee and remembered in `splitOf`). Returns the value_and_grad
/// inside the loop; `op` is erased. Emits one error and fails when the
/// callee or a result cannot follow the split (the module may then hold
/// unused pieces of the attempt: try on a clone where that matters).
FailureOr<ValueAndGradOp>
splitIntoMicrobatches(ValueAndGradOp op, int64_t count,
                      ArrayRef<int64_t> batchArgs,
                      MicrobatchReduction reduction, SymbolTable &symbols,
                      DenseMap<func::FuncOp, func::FuncOp> &splitOf,
                      const MicrobatchSpelling &spelling);

} // namespace mlir::ckpt

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_MICROBATCH_H
