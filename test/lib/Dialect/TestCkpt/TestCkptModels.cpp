//===- TestCkptModels.cpp - ckpt's interfaces for the test_ckpt ops -------===//
//
// What an embedding compiler writes to make its own ops differentiable and
// plannable by ckpt, with no change to ckpt itself: external models of
//  - AdjointOpInterface / ScalarAdjointOpInterface (--ckpt-autodiff),
//  - CostOpInterface (the planner's recompute cost),
//  - BufferizableOpInterface (what the op allocates once bufferized, hence
//    what ckpt's memory model and the planner's exact peak count).
//
//===----------------------------------------------------------------------===//

#include "TestCkptDialect.h"

#include "ckpt/Analysis/CostInterfaces.h"
#include "ckpt/Analysis/CostModel.h"
#include "ckpt/Dialect/Ckpt/Transforms/AdjointInterfaces.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/BufferizableOpInterface.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::ckpt;
using namespace mlir::ckpt::test;

/// An elementwise linalg.generic over `ins` into `out` (a tensor, then the
/// result is returned, or a buffer) whose body yields `body(args)`.
static Value buildElementwise(
    OpBuilder &b, Location loc, ValueRange ins, Value out,
    function_ref<Value(OpBuilder &, Location, ValueRange)> body) {
  auto type = cast<ShapedType>(out.getType());
  unsigned rank = type.getRank();
  SmallVector<AffineMap> maps(
      ins.size() + 1, AffineMap::getMultiDimIdentityMap(rank, b.getContext()));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  SmallVector<Type, 1> results;
  if (isa<RankedTensorType>(type))
    results.push_back(out.getType());
  auto generic = linalg::GenericOp::create(
      b, loc, results, ins, out, maps, iterators,
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        linalg::YieldOp::create(nb, nloc, body(nb, nloc, args));
      });
  return generic->getNumResults() ? generic->getResult(0) : Value();
}

namespace {
/// d softplus(x)/dx = sigmoid(x) = 1 / (1 + exp(-x)), times the result's
/// adjoint, elementwise.
struct SoftplusAdjoint
    : public AdjointOpInterface::ExternalModel<SoftplusAdjoint, SoftplusOp> {
  LogicalResult emitAdjoint(Operation *op,
                            autodiff::AdjointEmitter &e) const {
    auto softplus = cast<SoftplusOp>(op);
    Value x = softplus.getInput();
    Value g = e.lookup(softplus.getResult());
    if (!g || !e.isVaried(x))
      return success();
    OpBuilder &b = e.builder();
    Location loc = op->getLoc();
    auto type = cast<RankedTensorType>(x.getType());
    Value init = tensor::EmptyOp::create(b, loc, type.getShape(),
                                         type.getElementType());
    Value dx = buildElementwise(
        b, loc, ValueRange{x, g}, init,
        [](OpBuilder &nb, Location nloc, ValueRange args) -> Value {
          Type t = args[0].getType();
          Value one =
              arith::ConstantOp::create(nb, nloc, t, nb.getFloatAttr(t, 1));
          Value expNeg = math::ExpOp::create(
              nb, nloc, arith::NegFOp::create(nb, nloc, args[0]));
          Value sigmoid = arith::DivFOp::create(
              nb, nloc, one, arith::AddFOp::create(nb, nloc, one, expNeg));
          return arith::MulFOp::create(nb, nloc, args[1], sigmoid);
        });
    e.accumulate(x, dx);
    return success();
  }
};

/// exp, add and log per element; reads the input, writes the result.
struct SoftplusCost
    : public CostOpInterface::ExternalModel<SoftplusCost, SoftplusOp> {
  int64_t getFlops(Operation *op) const {
    return 3 * cast<ShapedType>(op->getResult(0).getType()).getNumElements();
  }
  int64_t getBytesMoved(Operation *op) const {
    return shapedBytes(op->getOperand(0).getType()) +
           shapedBytes(op->getResult(0).getType());
  }
};

/// The result gets a buffer of its own, written by an elementwise loop that
/// reads the input's buffer: one allocation the size of the result.
struct SoftplusBufferization
    : public bufferization::BufferizableOpInterface::ExternalModel<
          SoftplusBufferization, SoftplusOp> {
  bool bufferizesToAllocation(Operation *, Value) const { return true; }
  bool bufferizesToMemoryRead(Operation *, OpOperand &,
                              const bufferization::AnalysisState &) const {
    return true;
  }
  bool bufferizesToMemoryWrite(Operation *, OpOperand &,
                               const bufferization::AnalysisState &) const {
    return false;
  }
  bufferization::AliasingValueList
  getAliasingValues(Operation *, OpOperand &,
                    const bufferization::AnalysisState &) const {
    return {};
  }
  LogicalResult bufferize(Operation *op, RewriterBase &rewriter,
                          const bufferization::BufferizationOptions &options,
                          bufferization::BufferizationState &state) const {
    auto softplus = cast<SoftplusOp>(op);
    Location loc = op->getLoc();
    FailureOr<Value> input = bufferization::getBuffer(
        rewriter, softplus.getInput(), options, state);
    if (failed(input))
      return failure();
    auto type = cast<RankedTensorType>(softplus.getType());
    FailureOr<Value> buffer = options.createAlloc(
        rewriter, loc, MemRefType::get(type.getShape(), type.getElementType()),
        ValueRange{});
    if (failed(buffer))
      return failure();
    buildElementwise(rewriter, loc, *input, *buffer,
                     [](OpBuilder &nb, Location nloc, ValueRange args) {
                       return buildSoftplus(nb, nloc, args[0]);
                     });
    bufferization::replaceOpWithBufferizedValues(rewriter, op, *buffer);
    return success();
  }
};

/// d x^3/dx = 3 x^2.
struct CubeScalarAdjoint
    : public ScalarAdjointOpInterface::ExternalModel<CubeScalarAdjoint,
                                                     CubeOp> {
  LogicalResult emitScalarAdjoint(Operation *op, OpBuilder &b,
                                  ValueRange resultAdjoints, Value,
                                  SmallVectorImpl<Value> &adj) const {
    Location loc = op->getLoc();
    Value x = op->getOperand(0);
    Type type = x.getType();
    Value three =
        arith::ConstantOp::create(b, loc, type, b.getFloatAttr(type, 3));
    Value slope = arith::MulFOp::create(
        b, loc, three, arith::MulFOp::create(b, loc, x, x));
    adj.assign(1, arith::MulFOp::create(b, loc, resultAdjoints[0], slope));
    return success();
  }
};

/// Two multiplications on registers.
struct CubeCost : public CostOpInterface::ExternalModel<CubeCost, CubeOp> {
  int64_t getFlops(Operation *) const { return 2; }
  int64_t getBytesMoved(Operation *) const { return 0; }
};
} // namespace

void mlir::ckpt::test::registerTestCkptDialect(DialectRegistry &registry) {
  registry.insert<TestCkptDialect>();
  registry.addExtension(+[](MLIRContext *ctx, TestCkptDialect *) {
    SoftplusOp::attachInterface<SoftplusAdjoint, SoftplusCost,
                                SoftplusBufferization>(*ctx);
    // One scalar rule serves generic bodies and function bodies.
    CubeOp::attachInterface<CubeScalarAdjoint, ScalarOpAdjointModel<CubeOp>,
                            CubeCost>(*ctx);
  });
}
