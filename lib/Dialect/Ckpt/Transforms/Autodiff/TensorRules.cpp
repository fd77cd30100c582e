//===- TensorRules.cpp - adjoints of tensor dialect ops -------------------===//

#include "Adjoint.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "llvm/ADT/TypeSwitch.h"

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

LogicalResult autodiff::tensorAdjoint(AdjointEmitter &e, Operation *op,
                                      bool &handled) {
  handled = isa_and_present<tensor::TensorDialect>(op->getDialect());
  if (!handled)
    return success();
  OpBuilder &b = e.builder();
  Location loc = op->getLoc();
  auto g = [&](unsigned i = 0) { return e.lookup(op->getResult(i)); };
  auto give = [&](Value operand, Value adj) {
    if (adj && e.isVaried(operand))
      e.accumulate(operand, adj);
  };
  return TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](tensor::EmptyOp) { return success(); })
      .Case([&](tensor::CastOp cast) {
        give(cast.getSource(), tensor::CastOp::create(
                                   b, loc, cast.getSource().getType(), g()));
        return success();
      })
      .Case([&](tensor::ExtractSliceOp slice) {
        give(slice.getSource(),
             scatterSlice(b, loc, g(), slice.getSourceType(),
                          slice.getMixedOffsets(), slice.getMixedSizes(),
                          slice.getMixedStrides()));
        return success();
      })
      .Case([&](tensor::InsertSliceOp insert) {
        Value grad = g();
        if (e.isVaried(insert.getSource()))
          give(insert.getSource(),
               tensor::ExtractSliceOp::create(
                   b, loc, cast<RankedTensorType>(insert.getSourceType()),
                   grad, insert.getMixedOffsets(), insert.getMixedSizes(),
                   insert.getMixedStrides()));
        if (e.isVaried(insert.getDest())) {
          // The slice was overwritten: its part of the adjoint is zero.
          Value zeros = buildFilled(b, loc, insert.getSourceType(), 0.0);
          give(insert.getDest(),
               tensor::InsertSliceOp::create(
                   b, loc, zeros, grad, insert.getMixedOffsets(),
                   insert.getMixedSizes(), insert.getMixedStrides()));
        }
        return success();
      })
      .Case([&](tensor::ConcatOp concat) {
        int64_t dim = concat.getDim();
        int64_t offset = 0;
        for (Value input : concat.getInputs()) {
          auto type = cast<RankedTensorType>(input.getType());
          if (e.isVaried(input)) {
            SmallVector<OpFoldResult> offsets(type.getRank(),
                                              b.getIndexAttr(0));
            offsets[dim] = b.getIndexAttr(offset);
            give(input, tensor::ExtractSliceOp::create(
                            b, loc, type, g(), offsets, staticSizes(b, type),
                            unitStrides(b, type.getRank())));
          }
          offset += type.getDimSize(dim);
        }
        return success();
      })
      .Case([&](tensor::PadOp pad) -> LogicalResult {
        if (!pad.getConstantPaddingValue())
          return pad.emitOpError("cannot be differentiated: only padding "
                                 "with a constant is supported");
        if (!pad.getLow().empty())
          return pad.emitOpError("cannot be differentiated: padding amounts "
                                 "must be static");
        auto type = pad.getSourceType();
        SmallVector<OpFoldResult> offsets;
        for (int64_t low : pad.getStaticLow())
          offsets.push_back(b.getIndexAttr(low));
        give(pad.getSource(),
             tensor::ExtractSliceOp::create(b, loc, type, g(), offsets,
                                            staticSizes(b, type),
                                            unitStrides(b, type.getRank())));
        return success();
      })
      .Case([&](tensor::ExtractOp extract) {
        Value zeros = buildFilled(b, loc, extract.getTensor().getType(), 0.0);
        give(extract.getTensor(),
             tensor::InsertOp::create(b, loc, g(), zeros,
                                      extract.getIndices()));
        return success();
      })
      .Case([&](tensor::FromElementsOp from) {
        auto type = from.getType();
        SmallVector<int64_t> strides = computeStrides(type.getShape());
        for (auto [linear, element] : llvm::enumerate(from.getElements())) {
          if (!e.isVaried(element))
            continue;
          SmallVector<Value> indices;
          int64_t rest = linear;
          for (int64_t stride : strides) {
            indices.push_back(
                arith::ConstantIndexOp::create(b, loc, rest / stride));
            rest %= stride;
          }
          give(element, tensor::ExtractOp::create(b, loc, g(), indices));
        }
        return success();
      })
      .Default([&](Operation *) {
        return op->emitOpError(
            "cannot be differentiated: supported tensor ops are empty, "
            "expand_shape, collapse_shape, cast, extract_slice, insert_slice, "
            "concat, pad (constant), extract and from_elements");
      });
}
