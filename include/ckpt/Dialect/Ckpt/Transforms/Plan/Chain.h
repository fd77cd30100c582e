//===- Chain.h - a function body as a chain of cut points -------*- C++ -*-===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_PLAN_CHAIN_H
#define CKPT_DIALECT_CKPT_TRANSFORMS_PLAN_CHAIN_H

#include "ckpt/Analysis/CostModel.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace mlir::ckpt {

/// Ops a checkpoint region rebuilds itself instead of taking as an input:
/// constants, tensor.empty and linalg.fill of such values, and carried
/// scalars.
bool isRebuildable(Operation *op);

/// A tensor.extract at constant indices from an argument of the function
/// (a random seed or offset passed as a 0-d tensor): a region takes the
/// argument as an input and reads the scalar again inside, since regions
/// carry tensors only.
bool isCarriedScalar(Operation *op);

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
  /// For a body that repeats (findLayers): layer k is units
  /// [layerStarts[k], layerStarts[k + 1]), with layerOps computing ops;
  /// empty if none.
  SmallVector<unsigned> layerStarts;
  unsigned layerOps = 0;
  unsigned numLayers() const {
    return layerStarts.empty() ? 0 : layerStarts.size() - 1;
  }

  unsigned size() const { return units.size(); }
  /// Whether units [begin, end) can be one checkpoint region.
  bool isLegalRegion(unsigned begin, unsigned end) const;
  int64_t totalAct() const;
};

/// Layers of a stack: layer k is the top-level ops from position
/// boundaries[k] to boundaries[k + 1] (a position p is the cut before op
/// p), each with the same `period` computing (not rebuildable) ops.
struct LayerStructure {
  SmallVector<unsigned> boundaries;
  unsigned period = 0;
  unsigned count() const { return boundaries.size() - 1; }
};

/// The layers of a body whose top-level ops `ops` repeat: the shortest
/// period at which the sequence of its computing ops' names and result
/// types repeats over most of them (at least half, at least twice), with
/// boundaries at the phase where the fewest bytes cross (`live[p]`: bytes
/// of tensors, then of arguments, crossing position p). Rebuildable ops
/// are left out of the pattern, since frontends share them between
/// layers. None when nothing repeats so.
std::optional<LayerStructure>
findLayers(ArrayRef<Operation *> ops,
           ArrayRef<std::pair<int64_t, int64_t>> live);

/// Units end at the narrow positions and at the layer boundaries
/// findLayers finds (those kept first when there are more than maxUnits).
OpChain buildOpChain(func::FuncOp func, CostModel &costs,
                     const TargetSpec &target, unsigned maxUnits);

} // namespace mlir::ckpt

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_PLAN_CHAIN_H
