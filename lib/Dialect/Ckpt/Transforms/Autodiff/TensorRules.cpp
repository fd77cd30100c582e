//===- TensorRules.cpp - adjoints of tensor dialect ops -------------------===//
//
// AdjointOpInterface models of the tensor ops: one overload of `rule` per
// op. Reshapes have a model that does nothing: the emitter keeps their
// adjoints on the tensors they reshape (AdjointEmitter::accumulate).
//
//===----------------------------------------------------------------------===//

#include "Adjoint.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"

using namespace mlir;
using namespace mlir::ckpt;
using namespace mlir::ckpt::autodiff;

/// Adds `g` into a zero tensor of `type` at the slice given by `like`'s
/// offsets, sizes and strides.
static Value scatterSlice(OpBuilder &b, Location loc, Value g, Type type,
                          ArrayRef<OpFoldResult> offsets,
                          ArrayRef<OpFoldResult> sizes,
                          ArrayRef<OpFoldResult> strides) {
  Value zeros = buildFilled(b, loc, type, 0.0);
  return tensor::InsertSliceOp::create(b, loc, g, zeros, offsets, sizes,
                                       strides);
}

static SmallVector<OpFoldResult> unitStrides(OpBuilder &b, unsigned rank) {
  return SmallVector<OpFoldResult>(rank, b.getIndexAttr(1));
}

static SmallVector<OpFoldResult> staticSizes(OpBuilder &b, Type type) {
  SmallVector<OpFoldResult> sizes;
  for (int64_t size : cast<RankedTensorType>(type).getShape())
    sizes.push_back(b.getIndexAttr(size));
  return sizes;
}

/// Adds `adj` to the adjoint of `operand` when it needs one.
static void give(AdjointEmitter &e, Value operand, Value adj) {
  if (adj && e.isVaried(operand))
    e.accumulate(operand, adj);
}

static LogicalResult rule(AdjointEmitter &, tensor::EmptyOp) {
  return success();
}

static LogicalResult rule(AdjointEmitter &, tensor::ExpandShapeOp) {
  return success();
}

static LogicalResult rule(AdjointEmitter &, tensor::CollapseShapeOp) {
  return success();
}

static LogicalResult rule(AdjointEmitter &e, tensor::CastOp cast) {
  give(e, cast.getSource(),
       tensor::CastOp::create(e.builder(), cast.getLoc(),
                              cast.getSource().getType(),
                              e.lookup(cast.getResult())));
  return success();
}

static LogicalResult rule(AdjointEmitter &e, tensor::ExtractSliceOp slice) {
  give(e, slice.getSource(),
       scatterSlice(e.builder(), slice.getLoc(), e.lookup(slice.getResult()),
                    slice.getSourceType(), slice.getMixedOffsets(),
                    slice.getMixedSizes(), slice.getMixedStrides()));
  return success();
}

static LogicalResult rule(AdjointEmitter &e, tensor::InsertSliceOp insert) {
  OpBuilder &b = e.builder();
  Location loc = insert.getLoc();
  Value grad = e.lookup(insert.getResult());
  if (e.isVaried(insert.getSource()))
    give(e, insert.getSource(),
         tensor::ExtractSliceOp::create(
             b, loc, cast<RankedTensorType>(insert.getSourceType()), grad,
             insert.getMixedOffsets(), insert.getMixedSizes(),
             insert.getMixedStrides()));
  if (e.isVaried(insert.getDest())) {
    // The slice was overwritten: its part of the adjoint is zero.
    Value zeros = buildFilled(b, loc, insert.getSourceType(), 0.0);
    give(e, insert.getDest(),
         tensor::InsertSliceOp::create(b, loc, zeros, grad,
                                       insert.getMixedOffsets(),
                                       insert.getMixedSizes(),
                                       insert.getMixedStrides()));
  }
  return success();
}

static LogicalResult rule(AdjointEmitter &e, tensor::ConcatOp concat) {
  OpBuilder &b = e.builder();
  int64_t dim = concat.getDim();
  int64_t offset = 0;
  for (Value input : concat.getInputs()) {
    auto type = cast<RankedTensorType>(input.getType());
    if (e.isVaried(input)) {
      SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
      offsets[dim] = b.getIndexAttr(offset);
      give(e, input,
           tensor::ExtractSliceOp::create(
               b, concat.getLoc(), type, e.lookup(concat.getResult()),
               offsets, staticSizes(b, type), unitStrides(b, type.getRank())));
    }
    offset += type.getDimSize(dim);
  }
  return success();
}

static LogicalResult rule(AdjointEmitter &e, tensor::PadOp pad) {
  if (!pad.getConstantPaddingValue())
    return pad.emitOpError("cannot be differentiated: only padding "
                           "with a constant is supported");
  if (!pad.getLow().empty())
    return pad.emitOpError("cannot be differentiated: padding amounts "
                           "must be static");
  OpBuilder &b = e.builder();
  auto type = pad.getSourceType();
  SmallVector<OpFoldResult> offsets;
  for (int64_t low : pad.getStaticLow())
    offsets.push_back(b.getIndexAttr(low));
  give(e, pad.getSource(),
       tensor::ExtractSliceOp::create(b, pad.getLoc(), type,
                                      e.lookup(pad.getResult()), offsets,
                                      staticSizes(b, type),
                                      unitStrides(b, type.getRank())));
  return success();
}

static LogicalResult rule(AdjointEmitter &e, tensor::ExtractOp extract) {
  OpBuilder &b = e.builder();
  Location loc = extract.getLoc();
  Value zeros = buildFilled(b, loc, extract.getTensor().getType(), 0.0);
  give(e, extract.getTensor(),
       tensor::InsertOp::create(b, loc, e.lookup(extract.getResult()), zeros,
                                extract.getIndices()));
  return success();
}

static LogicalResult rule(AdjointEmitter &e, tensor::FromElementsOp from) {
  OpBuilder &b = e.builder();
  Location loc = from.getLoc();
  auto type = from.getType();
  SmallVector<int64_t> strides = computeStrides(type.getShape());
  for (auto [linear, element] : llvm::enumerate(from.getElements())) {
    if (!e.isVaried(element))
      continue;
    SmallVector<Value> indices;
    int64_t rest = linear;
    for (int64_t stride : strides) {
      indices.push_back(arith::ConstantIndexOp::create(b, loc, rest / stride));
      rest %= stride;
    }
    give(e, element,
         tensor::ExtractOp::create(b, loc, e.lookup(from.getResult()),
                                   indices));
  }
  return success();
}

namespace {
template <typename... Ops>
void attachTensorRules(MLIRContext *ctx) {
  (Ops::template attachInterface<AdjointRuleModel<Ops, rule>>(*ctx), ...);
}
} // namespace

void mlir::ckpt::registerTensorAdjointModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, tensor::TensorDialect *) {
    attachTensorRules<tensor::EmptyOp, tensor::ExpandShapeOp,
                      tensor::CollapseShapeOp, tensor::CastOp,
                      tensor::ExtractSliceOp, tensor::InsertSliceOp,
                      tensor::ConcatOp, tensor::PadOp, tensor::ExtractOp,
                      tensor::FromElementsOp>(ctx);
  });
}
