//===- Adjoint.h - reverse-mode differentiation engine ----------*- C++ -*-===//
//
// The engine's internals. The AdjointEmitter (public, AdjointEmitter.h)
// dispatches each op to its AdjointOpInterface model; the models for the
// arith, math, linalg and tensor dialects live in their own files. The
// checkpoint rule, which is the engine's own, turns each ckpt.checkpoint
// into a call of a generated function that re-executes the region and
// differentiates it.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_LIB_DIALECT_CKPT_TRANSFORMS_AUTODIFF_ADJOINT_H
#define CKPT_LIB_DIALECT_CKPT_TRANSFORMS_AUTODIFF_ADJOINT_H

#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"
#include "ckpt/Dialect/Ckpt/Transforms/AdjointInterfaces.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::ckpt::autodiff {

/// Shared state of one gradient function's generation: the module's symbol
/// table for the region functions it creates and a counter naming them.
struct GradContext {
  ModuleOp module;
  SymbolTable &symbols;
  std::string prefix;
  unsigned numRegionFunctions = 0;
  /// Save a minimum cut of forward values for the backward (saveMinimumCut)
  /// instead of every value the rules read.
  bool minCut = true;
};

/// The adjoint of a ckpt.checkpoint: a call of a generated function that
/// recomputes the region and differentiates it.
LogicalResult checkpointAdjoint(AdjointEmitter &e, CheckpointOp op);

/// A side-effect-free placeholder op at `b`'s insertion point that separates
/// a forward from the backward emitted after it; erase it when done.
Operation *createBoundary(OpBuilder &b, Location loc);

/// Rewrites the backward part of `block` (the ops after `boundary`, but its
/// terminator) to read, instead of the forward values it uses, copies
/// regenerated from a smallest set of kept forward values: elementwise ops
/// and views are recomputed before their first backward use when that keeps
/// fewer bytes alive from the forward to the backward.
void saveMinimumCut(Block &block, Operation *boundary);

} // namespace mlir::ckpt::autodiff

#endif // CKPT_LIB_DIALECT_CKPT_TRANSFORMS_AUTODIFF_ADJOINT_H
