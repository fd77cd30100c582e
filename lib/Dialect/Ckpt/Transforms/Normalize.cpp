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
#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <limits>
#include <optional>

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

/// The op defining `value` when it only rearranges the elements of one
/// tensor: a reshape, a transpose or broadcast into a fresh `tensor.empty`,
/// or a generic that only moves data; all static shapes, and a source no
/// larger than the result. Null otherwise.
static Operation *viewDefining(Value value) {
  Operation *view = value.getDefiningOp();
  auto result = dyn_cast<RankedTensorType>(value.getType());
  if (!view || !result || !result.hasStaticShape())
    return nullptr;
  Value source;
  if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(view)) {
    if (view->getNumOperands() != 1)
      return nullptr;
    source = view->getOperand(0);
  } else if (auto linalgOp = dyn_cast<linalg::LinalgOp>(view)) {
    auto generic = dyn_cast<linalg::GenericOp>(view);
    if (!linalgOp.hasPureTensorSemantics() ||
        linalgOp.getNumDpsInputs() != 1 || linalgOp.getNumDpsInits() != 1 ||
        !(isa<linalg::TransposeOp, linalg::BroadcastOp>(view) ||
          (generic && isDataMovement(generic))))
      return nullptr;
    auto empty = linalgOp.getDpsInits()[0].getDefiningOp<tensor::EmptyOp>();
    if (!empty || !empty.getDynamicSizes().empty())
      return nullptr;
    source = linalgOp.getDpsInputs()[0];
  } else {
    return nullptr;
  }
  auto sourceType = dyn_cast<RankedTensorType>(source.getType());
  if (!sourceType || !sourceType.hasStaticShape() ||
      sourceType.getNumElements() > result.getNumElements())
    return nullptr;
  return view;
}

/// The tensor a view (see viewDefining) rearranges.
static Value viewSource(Operation *view) {
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(view))
    return linalgOp.getDpsInputs()[0];
  return view->getOperand(0);
}

/// A copy of `view` at the rewriter's insertion point, reading `source`.
static Value cloneView(RewriterBase &rewriter, Operation *view,
                       Value source) {
  IRMapping mapping;
  mapping.map(viewSource(view), source);
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(view))
    rewriter.clone(*linalgOp.getDpsInits()[0].getDefiningOp(), mapping);
  return rewriter.clone(*view, mapping)->getResult(0);
}

/// Whether `user` reads the view `view` defines through its indexing maps
/// once normalized (so the view is never materialized for it): a generic
/// (the data-movement fusion below), a contraction reading a transpose
/// (FoldTransposeIntoContraction), any reader of a reshape (reshapes only
/// relabel elements), a checkpoint region whose readers inside all do, or
/// the yield of a checkpoint region whose readers outside all do. Looking
/// through nested regions both ways lets a view cross several boundaries,
/// one at a time: a view yielded by a hand-placed region that ckpt-plan
/// wraps in a region of its own reaches the readers after both, as it
/// does without the outer one.
static bool foldsView(OpOperand &use, Operation *view) {
  Operation *user = use.getOwner();
  if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(view) ||
      isa<linalg::GenericOp>(user))
    return true;
  if (isa<linalg::TransposeOp>(view) &&
      isa<linalg::MatmulOp, linalg::BatchMatmulOp>(user))
    return true;
  auto allFold = [&](Value crossed) {
    return !crossed.use_empty() &&
           llvm::all_of(crossed.getUses(), [&](OpOperand &next) {
             return foldsView(next, view);
           });
  };
  if (auto region = dyn_cast<CheckpointOp>(user))
    return allFold(region.getBodyBlock().getArgument(use.getOperandNumber()));
  if (isa<YieldOp>(user))
    if (auto region = dyn_cast<CheckpointOp>(user->getParentOp()))
      return allFold(region->getResult(use.getOperandNumber()));
  return false;
}

/// A copy of `op` with `types` as its results and `inputs` as its operands,
/// taking over its body (block arguments and yield left to the caller).
static CheckpointOp rebuildCheckpoint(PatternRewriter &rewriter,
                                      CheckpointOp op, TypeRange types,
                                      ValueRange inputs) {
  auto copy = CheckpointOp::create(rewriter, op.getLoc(), types, inputs);
  copy->setAttrs(op->getAttrs());
  rewriter.eraseBlock(&copy.getBodyBlock());
  rewriter.inlineRegionBefore(op.getBody(), copy.getBody(),
                              copy.getBody().end());
  return copy;
}

namespace {
/// Views cross checkpoint boundaries to the readers that fold them. Without
/// regions the rewrites below fold a view into the readers that take it
/// through their indexing maps, and the rest read one materialized copy at
/// the view's place. A region's boundary stopped the folding, so the
/// view's adjoint was summed in another order, ulps away from the program
/// without regions. Giving folding readers on the other side their own
/// copy of the view, and leaving the others with the materialized one,
/// makes the normalized forms, and so the gradients, bit-identical; the
/// boundary then carries the (no larger) source.
/// - An operand that is a view: the region takes the view's source and
///   re-creates the view inside for its folding readers.
/// - A yielded view: the region yields its source too (a block argument's
///   is the operand itself) and the view is re-created outside for the
///   folding readers there.
/// - Then (SimplifyCheckpointBoundary) an operand passed twice becomes one
///   block argument, a value yielded twice one result, an operand yielded
///   back the operand itself, and what nothing reads is dropped: each value
///   crosses the boundary once, so its adjoint has one slot on each side.
struct SinkViewIntoCheckpoint : OpRewritePattern<CheckpointOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(CheckpointOp op,
                                PatternRewriter &rewriter) const override {
    Block &body = op.getBodyBlock();
    for (unsigned i = 0, e = op.getInputs().size(); i < e; ++i) {
      Operation *view = viewDefining(op.getInputs()[i]);
      if (!view)
        continue;
      SmallVector<OpOperand *> folding;
      for (OpOperand &use : body.getArgument(i).getUses())
        if (foldsView(use, view))
          folding.push_back(&use);
      if (folding.empty())
        continue;
      Value source = viewSource(view);
      rewriter.modifyOpInPlace(op, [&] {
        auto inputs = op.getInputs();
        auto known = llvm::find(inputs, source);
        BlockArgument sourceArg;
        if (known != inputs.end()) {
          sourceArg = body.getArgument(known - inputs.begin());
        } else {
          op.getInputsMutable().append(source);
          sourceArg = body.addArgument(source.getType(), source.getLoc());
        }
        OpBuilder::InsertionGuard guard(rewriter);
        rewriter.setInsertionPointToStart(&body);
        Value copy = cloneView(rewriter, view, sourceArg);
        for (OpOperand *use : folding)
          use->set(copy);
      });
      return success();
    }
    return failure();
  }
};

struct HoistViewOutOfCheckpoint : OpRewritePattern<CheckpointOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(CheckpointOp op,
                                PatternRewriter &rewriter) const override {
    Block &body = op.getBodyBlock();
    YieldOp yield = op.getYield();
    for (auto [j, yielded] : llvm::enumerate(yield.getValues())) {
      Operation *view = viewDefining(yielded);
      if (!view)
        continue;
      SmallVector<OpOperand *> folding;
      for (OpOperand &use : op->getResult(j).getUses())
        if (foldsView(use, view))
          folding.push_back(&use);
      if (folding.empty())
        continue;
      Value source = viewSource(view);
      Value outside;
      if (auto arg = dyn_cast<BlockArgument>(source);
          arg && arg.getOwner() == &body) {
        outside = op.getInputs()[arg.getArgNumber()];
      } else {
        auto known = llvm::find(yield.getValues(), source);
        if (known == yield.getValues().end()) {
          // Yield the source too; the view follows on the next match.
          SmallVector<Type> types(op.getResultTypes());
          types.push_back(source.getType());
          CheckpointOp grown =
              rebuildCheckpoint(rewriter, op, types, op.getInputs());
          rewriter.modifyOpInPlace(yield, [&] {
            yield.getValuesMutable().append(source);
          });
          rewriter.replaceOp(op, grown->getResults().drop_back());
          return success();
        }
        outside = op.getResult(known - yield.getValues().begin());
      }
      rewriter.setInsertionPointAfter(op);
      Value copy = cloneView(rewriter, view, outside);
      for (OpOperand *use : folding)
        rewriter.modifyOpInPlace(use->getOwner(), [&] { use->set(copy); });
      return success();
    }
    return failure();
  }
};

struct SimplifyCheckpointBoundary : OpRewritePattern<CheckpointOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(CheckpointOp op,
                                PatternRewriter &rewriter) const override {
    Block &body = op.getBodyBlock();
    YieldOp yield = op.getYield();
    bool changed = false;
    // One block argument per operand value.
    for (auto [i, input] : llvm::enumerate(op.getInputs())) {
      BlockArgument arg = body.getArgument(i);
      unsigned first = llvm::find(op.getInputs(), input) - op.getInputs().begin();
      if (first != i && !arg.use_empty()) {
        rewriter.replaceAllUsesWith(arg, body.getArgument(first));
        changed = true;
      }
    }
    // One result per yielded value; an operand yielded back is the operand.
    for (auto [j, yielded] : llvm::enumerate(yield.getValues())) {
      OpResult result = op->getResult(j);
      if (result.use_empty())
        continue;
      if (auto arg = dyn_cast<BlockArgument>(yielded);
          arg && arg.getOwner() == &body) {
        rewriter.replaceAllUsesWith(result, op.getInputs()[arg.getArgNumber()]);
        changed = true;
        continue;
      }
      unsigned first =
          llvm::find(yield.getValues(), yielded) - yield.getValues().begin();
      if (first != j) {
        rewriter.replaceAllUsesWith(result, op->getResult(first));
        changed = true;
      }
    }
    llvm::BitVector deadArgs(body.getNumArguments());
    for (BlockArgument arg : body.getArguments())
      if (arg.use_empty())
        deadArgs.set(arg.getArgNumber());
    SmallVector<unsigned> liveResults;
    for (OpResult result : op->getResults())
      if (!result.use_empty())
        liveResults.push_back(result.getResultNumber());
    if (deadArgs.none() && liveResults.size() == op->getNumResults())
      return success(changed);
    SmallVector<Value> inputs;
    for (auto [i, input] : llvm::enumerate(op.getInputs()))
      if (!deadArgs.test(i))
        inputs.push_back(input);
    SmallVector<Type> types;
    SmallVector<Value> yielded;
    for (unsigned r : liveResults) {
      types.push_back(op->getResult(r).getType());
      yielded.push_back(yield.getValues()[r]);
    }
    CheckpointOp shrunk = rebuildCheckpoint(rewriter, op, types, inputs);
    rewriter.modifyOpInPlace(yield, [&] {
      yield.getValuesMutable().assign(yielded);
    });
    Block &moved = shrunk.getBodyBlock();
    rewriter.modifyOpInPlace(shrunk, [&] { moved.eraseArguments(deadArgs); });
    SmallVector<Value> replacements(op->getNumResults());
    for (auto [k, r] : llvm::enumerate(liveResults))
      replacements[r] = shrunk->getResult(k);
    rewriter.replaceOp(op, replacements);
    return success();
  }
};
} // namespace

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

/// The map of a row value (a reduction's result) read at every element:
/// the identity over all loops but `dim`.
static bool isRowMap(AffineMap map, unsigned numLoops, unsigned dim) {
  if (map.getNumDims() != numLoops || map.getNumResults() != numLoops - 1)
    return false;
  for (unsigned i = 0, r = 0; i < numLoops; ++i) {
    if (i == dim)
      continue;
    auto expr = dyn_cast<AffineDimExpr>(map.getResult(r++));
    if (!expr || expr.getPosition() != i)
      return false;
  }
  return true;
}

/// `op`'s body is a single `OpTy` of its block arguments `lhs`, `rhs`
/// (either order when `commutative`) that it yields.
template <typename OpTy>
static bool bodyIs(linalg::GenericOp op, unsigned lhs, unsigned rhs,
                   bool commutative) {
  Block *body = op.getBody();
  if (body->getOperations().size() != 2)
    return false;
  auto inner = dyn_cast<OpTy>(&body->front());
  if (!inner || body->getTerminator()->getOperand(0) != inner->getResult(0))
    return false;
  Value a = body->getArgument(lhs), b = body->getArgument(rhs);
  if (inner->getOperand(0) == a && inner->getOperand(1) == b)
    return true;
  return commutative && inner->getOperand(0) == b && inner->getOperand(1) == a;
}

/// A reduction over loop `dim` of `input` (read with the identity map) into
/// a row, by `OpTy`, starting from a fill of `init`. Returns the input.
template <typename OpTy>
static Value matchRowReduction(Value row, unsigned numLoops, unsigned dim,
                               double init) {
  auto op = row.getDefiningOp<linalg::GenericOp>();
  if (!op || op.getNumDpsInputs() != 1 || op.getNumDpsInits() != 1 ||
      op.getNumLoops() != numLoops || op.getNumReductionLoops() != 1 ||
      op.getIteratorTypesArray()[dim] != utils::IteratorType::reduction ||
      !op.getIndexingMapsArray()[0].isIdentity() ||
      !isRowMap(op.getIndexingMapsArray()[1], numLoops, dim) ||
      !bodyIs<OpTy>(op, 0, 1, /*commutative=*/true))
    return Value();
  // The fill may be of the unfolded shape, seen through a reshape.
  Value initValue = op.getDpsInits()[0];
  while (Operation *reshape = initValue.getDefiningOp()) {
    if (!isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(reshape))
      break;
    initValue = reshape->getOperand(0);
  }
  auto fill = initValue.getDefiningOp<linalg::FillOp>();
  auto cst = fill ? fill.getInputs()[0].getDefiningOp<arith::ConstantOp>()
                  : arith::ConstantOp();
  auto attr = cst ? dyn_cast<FloatAttr>(cst.getValue()) : FloatAttr();
  if (!attr || attr.getValueAsDouble() != init)
    return Value();
  return op.getDpsInputs()[0];
}

/// An elementwise generic over `numLoops` loops whose inputs are read with
/// the identity map, except input 1 with the row map of `dim` when `row`.
static bool isElementwise(linalg::GenericOp op, unsigned numInputs,
                          unsigned numLoops, std::optional<unsigned> dim) {
  if (!op || op.getNumDpsInputs() != numInputs || op.getNumDpsInits() != 1 ||
      op.getNumLoops() != numLoops || op.getNumReductionLoops() != 0)
    return false;
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  for (unsigned i = 0; i <= numInputs; ++i) {
    bool ok = (dim && i == 1) ? isRowMap(maps[i], numLoops, *dim)
                              : maps[i].isIdentity();
    if (!ok)
      return false;
  }
  return true;
}

/// exp(x - max(x)) / sum(exp(x - max(x))) along one dim, written op by op
/// (as torch-mlir decomposes softmax), becomes linalg.softmax: its adjoint
/// reads the probabilities only, as PyTorch's does, where op by op the
/// backward also needs the scores (for the max's adjoint) and the
/// exponentials at once. Autodiff decomposes it again once differentiated.
struct FoldSoftmax : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp div,
                                PatternRewriter &rewriter) const override {
    unsigned numLoops = div.getNumLoops();
    if (numLoops == 0 || !div.hasPureTensorSemantics())
      return failure();
    // The row map of the sum names the softmax dim.
    AffineMap sumMap = div.getIndexingMapsArray()[std::min<unsigned>(
        1, div.getNumDpsInputs() - 1)];
    std::optional<unsigned> dim;
    for (unsigned d = 0; d < numLoops && !dim; ++d)
      if (isRowMap(sumMap, numLoops, d))
        dim = d;
    if (!dim || !isElementwise(div, 2, numLoops, dim) ||
        !bodyIs<arith::DivFOp>(div, 0, 1, /*commutative=*/false))
      return failure();
    Value exps = div.getDpsInputs()[0];
    Value sumInput =
        matchRowReduction<arith::AddFOp>(div.getDpsInputs()[1], numLoops,
                                         *dim, 0.0);
    auto exp = exps.getDefiningOp<linalg::GenericOp>();
    if (sumInput != exps || !isElementwise(exp, 1, numLoops, std::nullopt))
      return failure();
    Block *expBody = exp.getBody();
    auto expOp = dyn_cast<math::ExpOp>(&expBody->front());
    if (!expOp || expBody->getOperations().size() != 2 ||
        expOp.getOperand() != expBody->getArgument(0) ||
        expBody->getTerminator()->getOperand(0) != expOp.getResult())
      return failure();
    auto sub = exp.getDpsInputs()[0].getDefiningOp<linalg::GenericOp>();
    if (!isElementwise(sub, 2, numLoops, dim) ||
        !bodyIs<arith::SubFOp>(sub, 0, 1, /*commutative=*/false))
      return failure();
    Value x = sub.getDpsInputs()[0];
    Value maxInput = matchRowReduction<arith::MaximumFOp>(
        sub.getDpsInputs()[1], numLoops, *dim,
        -std::numeric_limits<double>::infinity());
    if (maxInput != x || x.getType() != div->getResult(0).getType())
      return failure();
    auto type = cast<RankedTensorType>(x.getType());
    Value init = tensor::EmptyOp::create(rewriter, div.getLoc(),
                                         type.getShape(),
                                         type.getElementType());
    auto softmax = linalg::SoftmaxOp::create(rewriter, div.getLoc(),
                                             TypeRange{type}, x, init,
                                             rewriter.getI64IntegerAttr(*dim));
    rewriter.replaceOp(div, softmax->getResults());
    return success();
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
  // Views read by checkpoint regions move into them, then transposes fold
  // into the contractions that read them while they are still named ops;
  // what remains is generalized and fused below.
  {
    RewritePatternSet patterns(ctx);
    patterns.add<SinkViewIntoCheckpoint, HoistViewOutOfCheckpoint,
                 SimplifyCheckpointBoundary,
                 FoldTransposeIntoContraction<linalg::MatmulOp>,
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
  patterns.add<FoldSoftmax, SinkViewIntoCheckpoint, HoistViewOutOfCheckpoint,
               SimplifyCheckpointBoundary>(ctx);
  if (failed(applyPatternsGreedily(root, std::move(patterns))))
    return root->emitError("ckpt-normalize: normalizing tensor IR did not "
                           "converge");
  return success();
}
