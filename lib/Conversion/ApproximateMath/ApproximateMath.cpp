//===- ApproximateMath.cpp - f32 math functions as polynomials ------------===//
//
// libm's scalar calls dominate the CPU step of a model with tanh, exp or erf
// and keep the loops around them from vectorizing. MLIR's polynomial
// approximations are plain arithmetic, which LLVM's loop vectorizer takes.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Conversion/Passes.h"

#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTAPPROXIMATEMATH
#include "ckpt/Conversion/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;

namespace {

/// The functions approximated: those whose approximations are accurate to a
/// few ulp over the whole f32 range (see the pass description).
bool isApproximated(StringRef name) {
  return llvm::is_contained(
      {math::TanhOp::getOperationName(), math::ExpOp::getOperationName(),
       math::ExpM1Op::getOperationName(), math::LogOp::getOperationName(),
       math::Log1pOp::getOperationName(), math::Log2Op::getOperationName(),
       math::ErfOp::getOperationName()},
      name);
}

struct ApproximateMathPass
    : public ckpt::impl::CkptApproximateMathBase<ApproximateMathPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateMathPolynomialApproximationPatterns(patterns, isApproximated);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
