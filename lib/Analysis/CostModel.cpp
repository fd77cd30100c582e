//===- CostModel.cpp - FLOPs, bytes and roofline time of ops --------------===//

#include "ckpt/Analysis/CostModel.h"

#include "mlir/IR/BuiltinTypes.h"

#include <algorithm>

using namespace mlir;
using namespace mlir::ckpt;

int64_t mlir::ckpt::shapedBytes(Type type) {
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped || !shaped.hasStaticShape() ||
      !shaped.getElementType().isIntOrIndexOrFloat())
    return 0;
  unsigned bits = shaped.getElementType().isIndex()
                      ? 64
                      : shaped.getElementTypeBitWidth();
  return shaped.getNumElements() * static_cast<int64_t>((bits + 7) / 8);
}

FailureOr<TargetSpec> TargetSpec::get(StringRef name) {
  if (name == "cpu")
    return TargetSpec{"cpu", 5.0e10, 2.0e10};
  if (name == "sm_90")
    return TargetSpec{"sm_90", 6.7e13, 4.8e12};
  return failure();
}

double TargetSpec::seconds(const OpCost &cost) const {
  return std::max(static_cast<double>(cost.flops) / peakFlops,
                  static_cast<double>(cost.bytes) / bandwidth);
}

OpCost CostModel::getCost(Operation *op) {
  auto it = cache.find(op);
  if (it != cache.end())
    return it->second;
  OpCost cost;
  if (auto iface = dyn_cast<CostOpInterface>(op)) {
    cost.flops = iface.getFlops();
    cost.bytes = iface.getBytesMoved();
  } else {
    for (Region &region : op->getRegions())
      for (Operation &nested : region.getOps())
        cost += getCost(&nested);
  }
  cache[op] = cost;
  return cost;
}
