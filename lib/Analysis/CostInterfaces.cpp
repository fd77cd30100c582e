//===- CostInterfaces.cpp - cost models of upstream ops -------------------===//

#include "ckpt/Analysis/CostInterfaces.h"
#include "ckpt/Analysis/CostModel.h"
#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::ckpt;

#include "ckpt/Analysis/CostInterfaces.cpp.inc"

/// Bytes of all shaped operands and results: what an op streams through
/// memory when nothing stays in cache.
static int64_t operandAndResultBytes(Operation *op) {
  int64_t bytes = 0;
  for (Type type : op->getOperandTypes())
    bytes += shapedBytes(type);
  for (Type type : op->getResultTypes())
    bytes += shapedBytes(type);
  return bytes;
}

namespace {
/// Structured ops: one execution of the body per point of the iteration
/// space, so matmul's mul+add body gives 2MNK and a reduction one op per
/// input element. Fills and copies have a body of only a yield: no FLOPs.
template <typename OpTy>
struct LinalgCost
    : public CostOpInterface::ExternalModel<LinalgCost<OpTy>, OpTy> {
  int64_t getFlops(Operation *op) const {
    auto linalgOp = cast<linalg::LinalgOp>(op);
    int64_t points = 1;
    for (int64_t range : linalgOp.getStaticLoopRanges()) {
      if (ShapedType::isDynamic(range))
        return 0;
      points *= range;
    }
    int64_t bodyOps = 0;
    if (Block *body = linalgOp.getBlock())
      bodyOps = static_cast<int64_t>(body->getOperations().size()) - 1;
    return points * bodyOps;
  }
  int64_t getBytesMoved(Operation *op) const {
    return operandAndResultBytes(op);
  }
};

/// Tensor ops only move data.
template <typename OpTy>
struct DataMovementCost
    : public CostOpInterface::ExternalModel<DataMovementCost<OpTy>, OpTy> {
  int64_t getFlops(Operation *) const { return 0; }
  int64_t getBytesMoved(Operation *op) const {
    if (isa<tensor::EmptyOp, tensor::DimOp>(op))
      return 0;
    int64_t bytes = 0;
    for (Type type : op->getResultTypes())
      bytes += shapedBytes(type);
    return 2 * bytes; // read and write each result element once
  }
};

/// Elementwise arith/math: one operation per result element (one for
/// scalars), reading the operands and writing the result.
template <typename OpTy>
struct ElementwiseCost
    : public CostOpInterface::ExternalModel<ElementwiseCost<OpTy>, OpTy> {
  int64_t getFlops(Operation *op) const {
    if (op->getNumResults() == 0)
      return 0;
    if (auto shaped = dyn_cast<ShapedType>(op->getResult(0).getType()))
      return shaped.hasStaticShape() ? shaped.getNumElements() : 0;
    return 1;
  }
  int64_t getBytesMoved(Operation *op) const {
    return operandAndResultBytes(op);
  }
};

/// ckpt.random_uniform: the Philox rounds of its lowering per element, and
/// the result written once (it reads nothing but two scalars). Cheap to
/// redraw next to what keeping it costs, which is what the planner weighs.
struct RandomUniformCost
    : public CostOpInterface::ExternalModel<RandomUniformCost,
                                            RandomUniformOp> {
  int64_t getFlops(Operation *op) const {
    auto type = cast<RankedTensorType>(op->getResult(0).getType());
    return type.hasStaticShape()
               ? type.getNumElements() * RandomUniformOp::kOpsPerElement
               : 0;
  }
  int64_t getBytesMoved(Operation *op) const {
    return shapedBytes(op->getResult(0).getType());
  }
};

template <template <typename> class Model, typename... Ops>
void attachAll(MLIRContext *ctx) {
  (Ops::template attachInterface<Model<Ops>>(*ctx), ...);
}
} // namespace

void mlir::ckpt::registerCostInterfaceExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, linalg::LinalgDialect *) {
    attachAll<LinalgCost,
#define GET_OP_LIST
#include "mlir/Dialect/Linalg/IR/LinalgStructuredOps.cpp.inc"
              >(ctx);
  });
  registry.addExtension(+[](MLIRContext *ctx, tensor::TensorDialect *) {
    attachAll<DataMovementCost,
#define GET_OP_LIST
#include "mlir/Dialect/Tensor/IR/TensorOps.cpp.inc"
              >(ctx);
  });
  registry.addExtension(+[](MLIRContext *ctx, arith::ArithDialect *) {
    attachAll<ElementwiseCost,
#define GET_OP_LIST
#include "mlir/Dialect/Arith/IR/ArithOps.cpp.inc"
              >(ctx);
  });
  registry.addExtension(+[](MLIRContext *ctx, CkptDialect *) {
    RandomUniformOp::attachInterface<RandomUniformCost>(*ctx);
  });
  registry.addExtension(+[](MLIRContext *ctx, math::MathDialect *) {
    attachAll<ElementwiseCost,
#define GET_OP_LIST
#include "mlir/Dialect/Math/IR/MathOps.cpp.inc"
              >(ctx);
  });
}
