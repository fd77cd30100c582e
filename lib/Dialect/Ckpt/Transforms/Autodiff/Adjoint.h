//===- Adjoint.h - reverse-mode differentiation engine ----------*- C++ -*-===//
//
// The engine behind --ckpt-autodiff. An AdjointEmitter walks a block of
// forward ops in reverse and emits, at its insertion point, the ops that
// propagate adjoints (cotangents) from results to operands. Rules for
// scalar arith/math, linalg and tensor ops live in their own files; the
// checkpoint rule turns each ckpt.checkpoint into a call of a generated
// function that re-executes the region and differentiates it.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_LIB_DIALECT_CKPT_TRANSFORMS_AUTODIFF_ADJOINT_H
#define CKPT_LIB_DIALECT_CKPT_TRANSFORMS_AUTODIFF_ADJOINT_H

#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace mlir::ckpt::autodiff {

/// Values that carry a derivative: floats and tensors of floats.
bool isDifferentiableType(Type type);

/// A zero (or `value`-filled) constant or tensor of `type`.
Value buildFilled(OpBuilder &b, Location loc, Type type, double value);

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

class AdjointEmitter {
public:
  AdjointEmitter(GradContext &ctx, OpBuilder &builder)
      : ctx(ctx), b(builder) {}

  /// Marks `value` as depending on a differentiated input.
  void markVaried(Value value) { varied.insert(value); }
  bool isVaried(Value value) const { return varied.contains(value); }
  /// Propagates variedness forward through `block` (and nested regions).
  void propagateVaried(Block &block);

  /// Reverse sweep over the ops of `block` (its terminator excluded). The
  /// adjoints of the values the terminator uses must be seeded first.
  LogicalResult backprop(Block &block);

  /// Adds `contribution` to the adjoint of `primal`.
  ///
  /// The adjoint of a reshape (tensor.expand_shape / collapse_shape) is kept
  /// on the tensor it reshapes: contributions through any reshape of a
  /// tensor add up on that tensor in sweep order. Which reshapes of a value
  /// exist depends on how the IR was cut into regions (normalization folds
  /// reshape chains within a region, not across), so summing per reshape
  /// would make the order of the additions, and the last bits of the
  /// gradients, depend on the regions.
  void accumulate(Value primal, Value contribution);
  /// The adjoint of `primal`, or null when nothing reached it.
  Value lookup(Value primal);
  /// The adjoint of `primal`, or zeros of its type.
  Value lookupOrZero(Value primal, Location loc);
  /// Replaces the adjoint of `primal` (rules that accumulate in place).
  void set(Value primal, Value adjoint);
  /// Forward uses of `result` were replaced by `standIn` (a saved value):
  /// adjoints reach `standIn`, and belong to `result` when the sweep gets
  /// to its defining op.
  void redirect(Value result, Value standIn) { standIns[result] = standIn; }

  OpBuilder &builder() { return b; }
  GradContext &context() { return ctx; }

private:
  LogicalResult backpropOp(Operation *op);

  GradContext &ctx;
  OpBuilder &b;
  DenseMap<Value, Value> adjoints;
  DenseMap<Value, Value> standIns;
  DenseSet<Value> varied;
};

/// Rules. Each emits at the emitter's insertion point and accumulates into
/// the operands' adjoints. They return failure with a diagnostic at `op`.
/// `handled` is set to false when the op is not theirs.
LogicalResult scalarAdjoint(AdjointEmitter &e, Operation *op, bool &handled);
LogicalResult linalgAdjoint(AdjointEmitter &e, Operation *op, bool &handled);
LogicalResult tensorAdjoint(AdjointEmitter &e, Operation *op, bool &handled);
LogicalResult checkpointAdjoint(AdjointEmitter &e, CheckpointOp op);

/// Computes scalar operand adjoints of one scalar arith/math op from the
/// adjoints of its results. `accumulator` is a value that must lose ties of
/// max/min (the running value of a reduction), or null. Missing operand
/// adjoints are null. Fails when the op has no rule.
LogicalResult scalarVJP(OpBuilder &b, Operation *op, ValueRange resultAdj,
                        Value accumulator, SmallVectorImpl<Value> &operandAdj);

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
