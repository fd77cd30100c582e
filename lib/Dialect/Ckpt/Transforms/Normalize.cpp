//===- Normalize.cpp - --ckpt-normalize -----------------------------------===//
//
// Front ends write broadcasts with constant indices, give reductions results
// nobody reads and transpose weights into fresh tensors before every matmul.
// All of it is correct, but the adjoint rules need projected permutations,
// and a transposed copy or a materialized broadcast read by the backward is
// kept alive from the forward to the backward. These rewrites remove them
// without fusing any computation, so each op stays a planning unit.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Dialect/Ckpt/Transforms/Normalize.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#define DEBUG_TYPE "ckpt-normalize"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTNORMALIZE
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;
using namespace mlir::ckpt;

/// A generic that only moves data: one input, no reduction, and a body that
/// yields its input element (a broadcast, transpose or copy).
static bool isDataMovement(linalg::GenericOp op) {
  if (op.getNumDpsInputs() != 1 || op.getNumDpsInits() != 1 ||
      op.getNumReductionLoops() != 0)
    return false;
  Block *body = op.getBody();
  return body->getOperations().size() == 1 &&
         body->getTerminator()->getOperand(0) == body->getArgument(0);
}

namespace {
/// matmul(A, transpose(B)) -> matmul(A, B) with B's indexing map transposed;
/// likewise for the first operand and for batch_matmul (the two inner dims).
template <typename OpTy>
struct FoldTransposeIntoContraction : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    SmallVector<Value> ins(op.getDpsInputs());
    bool changed = false;
    for (unsigned i = 0; i < 2; ++i) {
      auto transpose = ins[i].template getDefiningOp<linalg::TransposeOp>();
      if (!transpose)
        continue;
      ArrayRef<int64_t> perm = transpose.getPermutation();
      unsigned rank = perm.size();
      if (rank < 2 || maps[i].getNumResults() != rank)
        continue;
      // Only the last two dims swap; leading (batch) dims stay in place.
      bool innerSwap = perm[rank - 2] == int64_t(rank - 1) &&
                       perm[rank - 1] == int64_t(rank - 2);
      for (unsigned d = 0; d + 2 < rank; ++d)
        innerSwap &= perm[d] == int64_t(d);
      if (!innerSwap)
        continue;
      SmallVector<AffineExpr> exprs(maps[i].getResults());
      std::swap(exprs[rank - 2], exprs[rank - 1]);
      maps[i] = AffineMap::get(maps[i].getNumDims(), 0, exprs,
                               op.getContext());
      ins[i] = transpose.getInput();
      changed = true;
    }
    if (!changed)
      return failure();
    SmallVector<Attribute> mapAttrs;
    for (AffineMap map : maps)
      mapAttrs.push_back(AffineMapAttr::get(map));
    auto folded = OpTy::create(
        rewriter, op.getLoc(), op->getResultTypes(), ins, op.getDpsInits(),
        {rewriter.getNamedAttr("indexing_maps",
                               rewriter.getArrayAttr(mapAttrs))});
    rewriter.replaceOp(op, folded->getResults());
    return success();
  }
};

/// Named transposes and broadcasts become generics so that the fusion below
/// can fold them into their readers.
template <typename OpTy>
struct GeneralizeDataMovement : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return failure();
    return linalg::generalizeNamedOp(rewriter, op);
  }
};

struct NormalizePass : public ckpt::impl::CkptNormalizeBase<NormalizePass> {
  void runOnOperation() override {
    if (failed(normalizeTensorIR(getOperation())))
      signalPassFailure();
  }
};
} // namespace

LogicalResult ckpt::normalizeTensorIR(Operation *root) {
  MLIRContext *ctx = root->getContext();
  // Transposes first fold into the contractions that read them, while they
  // are still named ops; what remains is generalized and fused below.
  {
    RewritePatternSet patterns(ctx);
    patterns.add<FoldTransposeIntoContraction<linalg::MatmulOp>,
                 FoldTransposeIntoContraction<linalg::BatchMatmulOp>>(ctx);
    if (failed(applyPatternsGreedily(root, std::move(patterns))))
      return root->emitError("ckpt-normalize: folding transposes into "
                             "contractions did not converge");
  }
  RewritePatternSet patterns(ctx);
  patterns.add<GeneralizeDataMovement<linalg::TransposeOp>,
               GeneralizeDataMovement<linalg::BroadcastOp>>(ctx);
  linalg::ControlDropUnitDims unitDims;
  linalg::populateFoldUnitExtentDimsPatterns(patterns, unitDims);
  linalg::populateEraseUnusedOperandsAndResultsPatterns(patterns);
  linalg::populateElementwiseOpsFusionPatterns(
      patterns, [](OpOperand *fused) {
        auto producer = fused->get().getDefiningOp<linalg::GenericOp>();
        return producer && isDataMovement(producer);
      });
  tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns, ctx);
  tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, ctx);
  linalg::GenericOp::getCanonicalizationPatterns(patterns, ctx);
  if (failed(applyPatternsGreedily(root, std::move(patterns))))
    return root->emitError("ckpt-normalize: normalizing tensor IR did not "
                           "converge");
  return success();
}
