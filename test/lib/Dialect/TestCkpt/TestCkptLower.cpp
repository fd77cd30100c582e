//===- TestCkptLower.cpp - --test-ckpt-lower ------------------------------===//
//
// Rewrites test_ckpt ops into linalg and arith after differentiation, so
// that tools which do not register the test dialect can run the result.
//
//===----------------------------------------------------------------------===//

#include "TestCkptDialect.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;
using namespace mlir::ckpt::test;

namespace {
struct TestCkptLowerPass
    : public PassWrapper<TestCkptLowerPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TestCkptLowerPass)

  TestCkptLowerPass() = default;
  TestCkptLowerPass(const TestCkptLowerPass &other) : PassWrapper(other) {}

  /// Leaves test_ckpt.softplus for bufferization (its
  /// BufferizableOpInterface model), so that a lowering through ckpt's
  /// pipeline allocates what the planner predicted.
  Option<bool> scalarOnly{*this, "scalar-only",
                          llvm::cl::desc("Rewrite only test_ckpt.cube"),
                          llvm::cl::init(false)};

  StringRef getArgument() const final { return "test-ckpt-lower"; }
  StringRef getDescription() const final {
    return "Rewrite test_ckpt ops into linalg and arith";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<linalg::LinalgDialect, tensor::TensorDialect>();
  }

  void runOnOperation() override {
    SmallVector<Operation *> ops;
    getOperation().walk([&](Operation *op) {
      if (isa<CubeOp>(op) || (isa<SoftplusOp>(op) && !scalarOnly))
        ops.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (Operation *op : ops) {
      rewriter.setInsertionPoint(op);
      Location loc = op->getLoc();
      if (auto cube = dyn_cast<CubeOp>(op)) {
        rewriter.replaceOp(op, buildCube(rewriter, loc, cube.getInput()));
        continue;
      }
      auto softplus = cast<SoftplusOp>(op);
      auto type = cast<RankedTensorType>(softplus.getType());
      Value init = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                           type.getElementType());
      unsigned rank = type.getRank();
      SmallVector<AffineMap> maps(
          2, AffineMap::getMultiDimIdentityMap(rank, &getContext()));
      auto generic = linalg::GenericOp::create(
          rewriter, loc, TypeRange{type}, ValueRange{softplus.getInput()},
          ValueRange{init}, maps,
          SmallVector<utils::IteratorType>(rank,
                                           utils::IteratorType::parallel),
          [](OpBuilder &nb, Location nloc, ValueRange args) {
            linalg::YieldOp::create(nb, nloc,
                                    buildSoftplus(nb, nloc, args[0]));
          });
      rewriter.replaceOp(op, generic->getResults());
    }
  }
};
} // namespace

void mlir::ckpt::test::registerTestCkptPasses() {
  PassRegistration<TestCkptLowerPass>();
}
