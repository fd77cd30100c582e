//===- AdjointEmitter.h - what an adjoint rule sees of the sweep -*- C++ -*-===//
//
// The engine behind --ckpt-autodiff. An AdjointEmitter walks a block of
// forward ops in reverse and emits, at its insertion point, the ops that
// propagate adjoints (cotangents) from results to operands. What to emit for
// one op comes from the op's AdjointOpInterface model (AdjointInterfaces.h):
// a model reads the adjoints of the op's results with lookup() and adds its
// operands' with accumulate() or set().
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_ADJOINTEMITTER_H
#define CKPT_DIALECT_CKPT_TRANSFORMS_ADJOINTEMITTER_H

#include "mlir/IR/Builders.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace mlir::ckpt::autodiff {

/// Values that carry a derivative: floats and tensors of floats.
bool isDifferentiableType(Type type);

/// A zero (or `value`-filled) constant or tensor of `type`.
Value buildFilled(OpBuilder &b, Location loc, Type type, double value);

/// Whether the backward regenerates `op`'s results from their operands
/// instead of keeping them (the minimum cut of saved values never passes
/// through them): views, fills, empty tensors, random draws and elementwise
/// linalg.generic ops.
bool isRegeneratedInBackward(Operation *op);

/// Shared state of one gradient function's generation (internal to the
/// engine).
struct GradContext;

class AdjointEmitter {
public:
  AdjointEmitter(GradContext &ctx, OpBuilder &builder)
      : ctx(ctx), b(builder) {}

  /// Marks `value` as depending on a differentiated input.
  void markVaried(Value value) { varied.insert(value); }
  /// Whether `value` depends on a differentiated input: only such operands
  /// need an adjoint.
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
  /// Replaces the adjoint of `primal` (rules that accumulate in place: the
  /// new adjoint already contains the old one).
  void set(Value primal, Value adjoint);
  /// Forward uses of `result` were replaced by `standIn` (a saved value):
  /// adjoints reach `standIn`, and belong to `result` when the sweep gets
  /// to its defining op.
  void redirect(Value result, Value standIn) { standIns[result] = standIn; }

  /// Where rules emit: right after the backward ops of the later forward
  /// ops.
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

} // namespace mlir::ckpt::autodiff

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_ADJOINTEMITTER_H
