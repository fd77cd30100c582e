//===- Chain.h - a function body as a chain of cut points -------*- C++ -*-===//

#ifndef CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_CHAIN_H
#define CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_CHAIN_H

#include "ckpt/Analysis/CostModel.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace mlir::ckpt {

/// Ops a checkpoint region rebuilds itself instead of taking as an input:
/// constants, tensor.empty and linalg.fill of such values.
bool isRebuildable(Operation *op);

/// Whether a save_dots region keeps `op`'s results (as the autodiff's
/// checkpoint rule decides): a linalg contraction.
bool isSavedDot(Operation *op);

/// The top-level ops of a function body (terminator excluded) grouped into
/// at most `maxUnits` consecutive units, in program order. Units end at the
/// body's narrow positions: those where the bytes of tensors live across
/// the position (made before it, used after it; arguments and rebuildable
/// values excluded) are least, e.g. the layer boundaries of a residual
/// network, where only the hidden state crosses; where fewer than four
/// positions are least (attention, skip connections, a reduction leaving
/// one small value), every local minimum of those bytes. A run of rebuildable ops
/// joins the unit that follows it. A DAG is seen through its topological
/// order: the cut between two units carries every value live across it, so
/// skip connections cost what they keep alive.
struct OpChain {
  /// Ops of each unit.
  SmallVector<SmallVector<Operation *>> units;
  /// Bytes of the tensors each unit produces (kept when it is not
  /// recomputed).
  SmallVector<int64_t> actBytes;
  /// cutBytes[k]: bytes of tensors made by units < k and used by units >= k
  /// or returned; arguments are not counted.
  SmallVector<int64_t> cutBytes;
  SmallVector<double> seconds;
  SmallVector<int64_t> flops;
  /// Of the above, what the unit's contractions (linalg ops implementing
  /// the contraction interface, e.g. matmul) make and cost: a region with
  /// policy save_dots keeps their results instead of recomputing them.
  SmallVector<int64_t> dotBytes;
  SmallVector<double> dotSeconds;
  SmallVector<int64_t> dotFlops;
  /// Regions take only tensors across their boundary (constants are cloned
  /// in). scalarDef[u]: the earliest unit defining a non-tensor value unit u
  /// uses (-1 for a function argument, size() if none), which a region
  /// holding u must contain; scalarUse[u]: the last unit using a non-tensor
  /// result of unit u (u if none), which the region must contain too.
  SmallVector<int64_t> scalarDef;
  SmallVector<int64_t> scalarUse;
  /// Built with followLayers from a body that repeats: units
  /// [firstLayer, firstLayer + numLayers) are its layers of layerOps ops
  /// each, one unit per layer (the ops before and after are a unit each).
  unsigned firstLayer = 0, numLayers = 0, layerOps = 0;

  unsigned size() const { return units.size(); }
  /// Whether units [begin, end) can be one checkpoint region.
  bool isLegalRegion(unsigned begin, unsigned end) const;
  int64_t totalAct() const;
};

/// `count` consecutive copies of a pattern of `period` top-level ops,
/// the first starting at op `begin`: the layers of a stack.
struct LayerStructure {
  unsigned begin = 0, period = 0, count = 0;
};

/// The layers of a body whose top-level ops `ops` repeat: the shortest
/// period at which a sequence of op names and result types repeats over
/// most of the body (at least half, at least twice), with boundaries at
/// the phase where the fewest bytes cross (`live[p]`: bytes of tensors,
/// then of arguments, crossing the position before ops[p]). None when
/// nothing repeats so.
std::optional<LayerStructure>
findLayers(ArrayRef<Operation *> ops,
           ArrayRef<std::pair<int64_t, int64_t>> live);

/// With `followLayers`, a body findLayers sees as a stack of layers (at
/// most maxUnits - 2 of them) is cut at its layer boundaries only.
OpChain buildOpChain(func::FuncOp func, CostModel &costs,
                     const TargetSpec &target, unsigned maxUnits,
                     bool followLayers = false);

} // namespace mlir::ckpt

#endif // CKPT_LIB_DIALECT_CKPT_TRANSFORMS_PLAN_CHAIN_H
