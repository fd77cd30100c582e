//===- CostModel.h - FLOPs, bytes and roofline time of ops ------*- C++ -*-===//

#ifndef CKPT_ANALYSIS_COSTMODEL_H
#define CKPT_ANALYSIS_COSTMODEL_H

#include "ckpt/Analysis/CostInterfaces.h"

#include "mlir/IR/Operation.h"
#include "llvm/ADT/DenseMap.h"

#include <string>

namespace mlir::ckpt {

/// What executing an op once costs.
struct OpCost {
  int64_t flops = 0;
  int64_t bytes = 0;
  OpCost &operator+=(const OpCost &other) {
    flops += other.flops;
    bytes += other.bytes;
    return *this;
  }
};

/// A roofline: an op takes the longer of its compute and its memory time.
struct TargetSpec {
  std::string name;
  double peakFlops = 0; // FLOP/s
  double bandwidth = 0; // bytes/s

  /// Defaults for `cpu` (one host core's worth of a server socket) and
  /// `sm_90` (H200: 67 TFLOP/s fp32, 4.8 TB/s HBM3e).
  static FailureOr<TargetSpec> get(StringRef name);
  double seconds(const OpCost &cost) const;
};

/// Bytes of a statically shaped tensor or memref type, 0 otherwise.
int64_t shapedBytes(Type type);

/// Costs of the ops nested in an op, through CostOpInterface; an op without
/// the interface costs the sum of the ops in its regions (a
/// ckpt.checkpoint, a loop body counted once). Usable with getAnalysis<>.
class CostModel {
public:
  explicit CostModel(Operation *root) : root(root) {}

  OpCost getCost(Operation *op);

private:
  Operation *root;
  llvm::DenseMap<Operation *, OpCost> cache;
};

} // namespace mlir::ckpt

#endif // CKPT_ANALYSIS_COSTMODEL_H
