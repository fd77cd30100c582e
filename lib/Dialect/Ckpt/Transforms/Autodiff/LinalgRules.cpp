//===- LinalgRules.cpp - adjoints of linalg structured ops ----------------===//
//
// One general rule differentiates any linalg.generic on tensors whose
// indexing maps are projected permutations: for each differentiated operand
// it builds a generic over the same iteration space that replays the scalar
// body, runs the scalar rules backwards through it, and accumulates the
// operand's adjoint (dims the operand does not index become reductions).
// Reductions (sum, max, min) read the final result in place of the running
// value. Contractions keep a named form: the adjoint of a matmul is a matmul
// with transposed indexing maps, so lowering keeps its fast path. The rules
// reach the ops as AdjointOpInterface models; a generic's body ops are
// differentiated through their ScalarAdjointOpInterface models.
//
//===----------------------------------------------------------------------===//

#include "Adjoint.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/BitVector.h"

using namespace mlir;
using namespace mlir::ckpt;
using namespace mlir::ckpt::autodiff;

namespace {
/// What a generic's output does with its running value.
enum class Combiner { None, Add, MinMax };

/// The per-output facts the rule needs about a generic.
struct OutputInfo {
  Combiner combiner = Combiner::None;
  Operation *combinerOp = nullptr;
};
} // namespace

static bool isMinMax(Operation *op) {
  return isa<arith::MaximumFOp, arith::MinimumFOp, arith::MaxNumFOp,
             arith::MinNumFOp>(op);
}

/// For a generic with reduction loops, each output must fold its running
/// value with a single add, max or min at the root of the yielded value.
static LogicalResult analyzeOutputs(linalg::GenericOp op, bool hasReduction,
                                    SmallVectorImpl<OutputInfo> &infos) {
  Block *body = op.getBody();
  auto yield = cast<linalg::YieldOp>(body->getTerminator());
  unsigned numInputs = op.getNumDpsInputs();
  for (unsigned j = 0, e = op.getNumDpsInits(); j < e; ++j) {
    OutputInfo info;
    BlockArgument acc = body->getArgument(numInputs + j);
    if (hasReduction) {
      Operation *root = yield.getOperand(j).getDefiningOp();
      bool ok = root && acc.hasOneUse() && root->getNumOperands() == 2 &&
                llvm::is_contained(root->getOperands(), Value(acc)) &&
                (isa<arith::AddFOp>(root) || isMinMax(root));
      if (!ok)
        return op.emitOpError(
            "cannot be differentiated: a reduction must combine its running "
            "value with a single arith.addf, maximumf or minimumf that "
            "produces the yielded value");
      info.combiner = isa<arith::AddFOp>(root) ? Combiner::Add
                                               : Combiner::MinMax;
      info.combinerOp = root;
    }
    infos.push_back(info);
  }
  return success();
}

/// Drops the inputs of an adjoint generic whose block arguments the body
/// does not read after its dead scalar ops are gone, so the backward keeps
/// alive only what the derivative really needs.
static linalg::GenericOp pruneInputs(OpBuilder &b, linalg::GenericOp op) {
  Block *body = op.getBody();
  SmallVector<Operation *> ops;
  for (Operation &inner : body->without_terminator())
    ops.push_back(&inner);
  for (Operation *inner : llvm::reverse(ops))
    if (inner->use_empty() && isMemoryEffectFree(inner))
      inner->erase();
  SmallVector<Value> ins;
  SmallVector<AffineMap> maps;
  llvm::BitVector dead(body->getNumArguments());
  for (OpOperand *input : op.getDpsInputOperands()) {
    BlockArgument arg = body->getArgument(input->getOperandNumber());
    if (arg.use_empty()) {
      dead.set(arg.getArgNumber());
      continue;
    }
    ins.push_back(input->get());
    maps.push_back(op.getMatchingIndexingMap(input));
  }
  if (dead.none())
    return op;
  for (OpOperand &init : op.getDpsInitsMutable())
    maps.push_back(op.getMatchingIndexingMap(&init));
  auto pruned = linalg::GenericOp::create(
      b, op.getLoc(), op->getResultTypes(), ins, op.getDpsInits(), maps,
      op.getIteratorTypesArray());
  pruned.getRegion().takeBody(op.getRegion());
  pruned.getBody()->eraseArguments(dead);
  op->erase();
  return pruned;
}

/// Builds the generic that accumulates the adjoint of operand `target` of
/// `op`. Returns the adjoint (a tensor of the operand's type, or a 0-d tensor
/// for scalar operands) or null when the body does not depend on it.
static FailureOr<Value> buildOperandAdjoint(AdjointEmitter &e,
                                            linalg::GenericOp op,
                                            OpOperand &target, Value init,
                                            ArrayRef<OutputInfo> infos,
                                            ArrayRef<Value> resultAdj,
                                            bool hasReduction) {
  OpBuilder &b = e.builder();
  Location loc = op.getLoc();
  unsigned numLoops = op.getNumLoops();
  unsigned numInputs = op.getNumDpsInputs();
  unsigned numOutputs = op.getNumDpsInits();
  AffineMap targetMap = op.getMatchingIndexingMap(&target);
  if (!targetMap.isProjectedPermutation(/*allowZeroInResults=*/false))
    return op.emitOpError("cannot be differentiated: operand #")
           << target.getOperandNumber()
           << " has an indexing map that is not a projected permutation";

  SmallVector<utils::IteratorType> iterators(numLoops,
                                             utils::IteratorType::reduction);
  for (AffineExpr expr : targetMap.getResults())
    iterators[cast<AffineDimExpr>(expr).getPosition()] =
        utils::IteratorType::parallel;

  SmallVector<Value> ins;
  SmallVector<AffineMap> maps;
  for (OpOperand *input : op.getDpsInputOperands()) {
    ins.push_back(input->get());
    maps.push_back(op.getMatchingIndexingMap(input));
  }
  // The running value of each output: its initial value for elementwise
  // generics, its final value for reductions.
  for (unsigned j = 0; j < numOutputs; ++j) {
    OpOperand *out = op.getDpsInitOperand(j);
    ins.push_back(hasReduction ? op->getResult(j) : out->get());
    maps.push_back(op.getMatchingIndexingMap(out));
  }
  SmallVector<unsigned> seeded;
  for (unsigned j = 0; j < numOutputs; ++j) {
    if (!resultAdj[j])
      continue;
    seeded.push_back(j);
    ins.push_back(resultAdj[j]);
    maps.push_back(op.getMatchingIndexingMap(op.getDpsInitOperand(j)));
  }
  maps.push_back(targetMap);

  bool dependsOnTarget = false;
  Operation *failedOp = nullptr;
  auto generic = linalg::GenericOp::create(
      b, loc, init.getType(), ins, ValueRange{init}, maps, iterators,
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Block *body = op.getBody();
        IRMapping mapping;
        for (unsigned i = 0; i < numInputs + numOutputs; ++i)
          mapping.map(body->getArgument(i), args[i]);
        DenseMap<Operation *, Operation *> cloneOf;
        SmallVector<Operation *> cloned;
        for (Operation &bodyOp : body->without_terminator()) {
          Operation *c = nb.clone(bodyOp, mapping);
          cloneOf[&bodyOp] = c;
          cloned.push_back(c);
        }
        // Scalar reverse sweep through the replayed body.
        DenseMap<Value, Value> adj;
        auto add = [&](Value v, Value a) {
          Value &slot = adj[v];
          slot = slot ? arith::AddFOp::create(nb, nloc, slot, a).getResult()
                      : a;
        };
        auto yield = cast<linalg::YieldOp>(body->getTerminator());
        for (auto [k, j] : llvm::enumerate(seeded))
          add(mapping.lookupOrDefault(yield.getOperand(j)),
              args[numInputs + numOutputs + k]);
        DenseMap<Operation *, Value> accumulatorOf;
        for (auto [j, info] : llvm::enumerate(infos))
          if (info.combinerOp)
            accumulatorOf[cloneOf[info.combinerOp]] = args[numInputs + j];
        for (Operation *c : llvm::reverse(cloned)) {
          if (c->getNumResults() != 1)
            continue;
          Value g = adj.lookup(c->getResult(0));
          if (!g || !isa<FloatType>(c->getResult(0).getType()))
            continue;
          if (llvm::none_of(c->getOperandTypes(),
                            [](Type t) { return isa<FloatType>(t); }))
            continue;
          auto scalar = dyn_cast<ScalarAdjointOpInterface>(c);
          SmallVector<Value> operandAdj;
          if (!scalar ||
              failed(scalar.emitScalarAdjoint(nb, g, accumulatorOf.lookup(c),
                                              operandAdj))) {
            failedOp = c;
            break;
          }
          for (auto [operand, a] : llvm::zip(c->getOperands(), operandAdj))
            if (a && isa<FloatType>(operand.getType()))
              add(operand, a);
        }
        Value targetArg = args[target.getOperandNumber()];
        Value acc = args.back();
        Value d = adj.lookup(targetArg);
        dependsOnTarget = d != nullptr;
        // A 16-bit adjoint summed into an f32 accumulator (see
        // genericAdjoint) is extended first.
        if (d && d.getType() != acc.getType())
          d = arith::ExtFOp::create(nb, nloc, acc.getType(), d);
        Value next = d ? arith::AddFOp::create(nb, nloc, acc, d).getResult()
                       : acc;
        linalg::YieldOp::create(nb, nloc, next);
      });
  if (failedOp) {
    std::string name = failedOp->getName().getStringRef().str();
    generic->erase();
    return op.emitOpError("cannot be differentiated: no adjoint for '")
           << name << "' in its body";
  }
  if (!dependsOnTarget) {
    generic->erase();
    return Value();
  }
  return pruneInputs(b, generic).getResult(0);
}

/// A first adjoint that is 0 + g, g an input of the same type read
/// elementwise (the adjoint of an add, a subtraction's first operand or a
/// reshape-free copy), is g itself: no buffer and no pass for a copy.
static Value forwardIdentity(Value adjoint) {
  auto generic = adjoint.getDefiningOp<linalg::GenericOp>();
  if (!generic || generic.getNumDpsInits() != 1 ||
      generic.getNumReductionLoops() != 0 ||
      !generic.getMatchingIndexingMap(generic.getDpsInitOperand(0))
           .isIdentity())
    return adjoint;
  auto fill = generic.getDpsInits()[0].getDefiningOp<linalg::FillOp>();
  auto zero = fill ? fill.getInputs()[0].getDefiningOp<arith::ConstantOp>()
                   : arith::ConstantOp();
  auto zeroAttr = zero ? dyn_cast<FloatAttr>(zero.getValue()) : FloatAttr();
  if (!zeroAttr || !zeroAttr.getValue().isZero())
    return adjoint;
  Block *body = generic.getBody();
  auto add = dyn_cast<arith::AddFOp>(&body->front());
  if (!add || body->getOperations().size() != 2 ||
      body->getTerminator()->getOperand(0) != add.getResult())
    return adjoint;
  Value acc = body->getArgument(body->getNumArguments() - 1);
  Value other = add.getLhs() == acc ? add.getRhs() : add.getLhs();
  auto arg = dyn_cast<BlockArgument>(other);
  if (!arg || (add.getLhs() != acc && add.getRhs() != acc) ||
      arg.getArgNumber() >= generic.getNumDpsInputs())
    return adjoint;
  OpOperand *input = generic.getDpsInputOperand(arg.getArgNumber());
  if (input->get().getType() != adjoint.getType() ||
      !generic.getMatchingIndexingMap(input).isIdentity())
    return adjoint;
  Value forwarded = input->get();
  generic->erase();
  if (fill->use_empty()) {
    Operation *alloc = fill.getDpsInits()[0].getDefiningOp();
    fill->erase();
    if (alloc && alloc->use_empty())
      alloc->erase();
  }
  return forwarded;
}

/// Through a max/min reduction, output j's adjoint goes to every element
/// that equals the result (the scalar rule's winners). Where several do (a
/// max over a broadcast's copies, or any exact tie), each gets an equal
/// share, as PyTorch's amax does, so the shares sum to the adjoint: returns
/// `adjoint` divided by the number of winners (at least 1; 0 winners means
/// the initial value won, and no element gets anything).
static Value splitAmongTies(OpBuilder &b, linalg::GenericOp op, unsigned j,
                            const OutputInfo &info, Value adjoint) {
  Location loc = op.getLoc();
  auto type = cast<RankedTensorType>(op->getResult(j).getType());
  Type elementType = type.getElementType();
  unsigned numInputs = op.getNumDpsInputs();
  unsigned numOutputs = op.getNumDpsInits();
  Block *body = op.getBody();
  Operation *root = info.combinerOp;
  Value acc = body->getArgument(numInputs + j);
  Value candidate =
      root->getOperand(0) == acc ? root->getOperand(1) : root->getOperand(0);
  bool isMax = isa<arith::MaximumFOp, arith::MaxNumFOp>(root);

  // winners[out] = number of elements e reduced into out with e >= result
  // (<= for min), the body replayed with the final results as running
  // values.
  SmallVector<Value> ins(op.getDpsInputs());
  SmallVector<AffineMap> maps;
  for (OpOperand *input : op.getDpsInputOperands())
    maps.push_back(op.getMatchingIndexingMap(input));
  for (unsigned k = 0; k < numOutputs; ++k) {
    ins.push_back(op->getResult(k));
    maps.push_back(op.getMatchingIndexingMap(op.getDpsInitOperand(k)));
  }
  AffineMap outMap = op.getMatchingIndexingMap(op.getDpsInitOperand(j));
  maps.push_back(outMap);
  auto winners = linalg::GenericOp::create(
      b, loc, type, ins, ValueRange{buildFilled(b, loc, type, 0.0)}, maps,
      op.getIteratorTypesArray(),
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        IRMapping mapping;
        for (unsigned i = 0; i < numInputs + numOutputs; ++i)
          mapping.map(body->getArgument(i), args[i]);
        for (Operation &bodyOp : body->without_terminator())
          nb.clone(bodyOp, mapping);
        Value wins = arith::CmpFOp::create(
            nb, nloc,
            isMax ? arith::CmpFPredicate::OGE : arith::CmpFPredicate::OLE,
            mapping.lookupOrDefault(candidate), args[numInputs + j]);
        Value one = arith::ConstantOp::create(
            nb, nloc, nb.getFloatAttr(elementType, 1.0));
        Value zero = arith::ConstantOp::create(
            nb, nloc, nb.getFloatAttr(elementType, 0.0));
        Value count = arith::AddFOp::create(
            nb, nloc, args.back(),
            arith::SelectOp::create(nb, nloc, wins, one, zero));
        linalg::YieldOp::create(nb, nloc, ValueRange{count});
      });

  // adjoint / max(winners, 1), elementwise.
  unsigned rank = type.getRank();
  AffineMap id = AffineMap::getMultiDimIdentityMap(rank, b.getContext());
  SmallVector<utils::IteratorType> parallel(rank,
                                            utils::IteratorType::parallel);
  Value empty = tensor::EmptyOp::create(b, loc, type.getShape(), elementType);
  auto share = linalg::GenericOp::create(
      b, loc, type, ValueRange{adjoint, winners.getResult(0)},
      ValueRange{empty}, SmallVector<AffineMap>{id, id, id}, parallel,
      [&](OpBuilder &nb, Location nloc, ValueRange args) {
        Value one = arith::ConstantOp::create(
            nb, nloc, nb.getFloatAttr(elementType, 1.0));
        Value count = arith::MaximumFOp::create(nb, nloc, args[1], one);
        linalg::YieldOp::create(
            nb, nloc, arith::DivFOp::create(nb, nloc, args[0], count).getResult());
      });
  return share.getResult(0);
}

static Value truncateTo(OpBuilder &b, Location loc, Value value, Type to);

static LogicalResult genericAdjoint(AdjointEmitter &e, linalg::GenericOp op) {
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  bool hasReduction = llvm::any_of(iterators, [](utils::IteratorType t) {
    return t == utils::IteratorType::reduction;
  });
  SmallVector<Value> resultAdj;
  for (Value result : op->getResults())
    resultAdj.push_back(e.lookup(result));
  SmallVector<OutputInfo> infos;
  if (failed(analyzeOutputs(op, hasReduction, infos)))
    return failure();

  OpBuilder &b = e.builder();
  Location loc = op.getLoc();
  // What each input gets through a max/min reduction: ties share.
  SmallVector<Value> inputResultAdj(resultAdj);
  bool anyInputVaried = llvm::any_of(op.getDpsInputs(), [&](Value v) {
    return e.isVaried(v) && isDifferentiableType(v.getType());
  });
  for (auto [j, info] : llvm::enumerate(infos))
    if (anyInputVaried && info.combiner == Combiner::MinMax &&
        inputResultAdj[j] &&
        isa<RankedTensorType>(op->getResult(j).getType()))
      inputResultAdj[j] = splitAmongTies(b, op, j, info, inputResultAdj[j]);
  for (OpOperand &operand : op->getOpOperands()) {
    Value value = operand.get();
    if (!e.isVaried(value) || !isDifferentiableType(value.getType()))
      continue;
    bool isInit = op.isDpsInit(&operand);
    if (isInit && hasReduction) {
      // The initial value enters each reduction once: through an add its
      // adjoint is the result's; through max/min it would need the winner.
      unsigned j = operand.getOperandNumber() - op.getNumDpsInputs();
      if (!resultAdj[j])
        continue;
      if (infos[j].combiner != Combiner::Add)
        return op.emitOpError(
            "cannot be differentiated: the initial value of a max/min "
            "reduction must not depend on differentiated inputs");
      e.accumulate(value, resultAdj[j]);
      continue;
    }
    auto tensorType = dyn_cast<RankedTensorType>(value.getType());
    Type accType =
        tensorType ? Type(tensorType) : RankedTensorType::get({}, value.getType());
    // A 16-bit operand read by fewer loops than the op has (a broadcast
    // bias, say) sums its adjoint over the others: in f32, rounded once
    // (mixed precision's reductions accumulate in f32 both ways).
    bool widen = tensorType &&
                 isa<BFloat16Type, Float16Type>(tensorType.getElementType()) &&
                 op.getMatchingIndexingMap(&operand).getNumResults() <
                     op.getNumLoops();
    if (widen)
      accType = tensorType.clone(Float32Type::get(op.getContext()));
    Value existing = tensorType && !widen ? e.lookup(value) : Value();
    Value init = existing ? existing : buildFilled(b, loc, accType, 0.0);
    FailureOr<Value> adj = buildOperandAdjoint(e, op, operand, init, infos,
                                               inputResultAdj, hasReduction);
    if (failed(adj))
      return failure();
    if (!*adj)
      continue;
    if (widen) {
      e.accumulate(value,
                   truncateTo(b, loc, *adj, tensorType.getElementType()));
      continue;
    }
    if (!existing && tensorType)
      *adj = forwardIdentity(*adj);
    if (tensorType) {
      e.set(value, *adj);
    } else {
      Value scalar = tensor::ExtractOp::create(b, loc, *adj, ValueRange{});
      e.accumulate(value, scalar);
    }
  }
  return success();
}

/// `value` (a tensor) rounded elementwise to the float type `to`.
static Value truncateTo(OpBuilder &b, Location loc, Value value, Type to) {
  auto type = cast<RankedTensorType>(value.getType());
  unsigned rank = type.getRank();
  AffineMap id = AffineMap::getMultiDimIdentityMap(rank, b.getContext());
  Value empty = tensor::EmptyOp::create(b, loc, type.getShape(), to);
  return linalg::GenericOp::create(
             b, loc, type.clone(to), ValueRange{value}, ValueRange{empty},
             SmallVector<AffineMap>{id, id},
             SmallVector<utils::IteratorType>(rank,
                                              utils::IteratorType::parallel),
             [&](OpBuilder &nb, Location nloc, ValueRange args) {
               linalg::YieldOp::create(
                   nb, nloc,
                   arith::TruncFOp::create(nb, nloc, to, args[0]).getResult());
             })
      .getResult(0);
}

/// The adjoint of one factor of a (batched) matmul is a (batched) matmul of
/// the result's adjoint and the other factor: dA = dC * B^T, dB = A^T * dC,
/// written with indexing maps so no transpose is materialized. Batch loops
/// (the leading ones, indexed by all three operands) stay where they are.
template <typename OpTy>
static LogicalResult contractionAdjoint(AdjointEmitter &e, OpTy op) {
  Value dC = e.lookup(op->getResult(0));
  if (!dC)
    return success();
  OpBuilder &b = e.builder();
  Location loc = op.getLoc();
  MLIRContext *ctx = op.getContext();
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  unsigned numLoops = maps[2].getNumDims();
  unsigned numBatch = numLoops - 3;
  Value a = op.getDpsInputs()[0], bb = op.getDpsInputs()[1];
  Value c0 = op.getDpsInits()[0];
  // Mixed precision: low-precision factors with a wider accumulator. Each
  // factor's adjoint is then accumulated in the accumulator's type too and
  // rounded once to the factor's type.
  Type accType = getElementTypeOrSelf(op->getResult(0).getType());
  for (Value v : {a, bb, c0}) {
    auto element = dyn_cast<FloatType>(getElementTypeOrSelf(v.getType()));
    if (!element || !isa<FloatType>(accType) ||
        element.getWidth() > cast<FloatType>(accType).getWidth() ||
        (v == c0 && element != accType))
      return op.emitOpError("cannot be differentiated: a matmul's factors "
                            "must be floats no wider than its output");
  }
  for (AffineMap map : maps)
    for (unsigned d = 0; d < numBatch; ++d)
      if (map.getNumResults() != numBatch + 2 ||
          map.getResult(d) != getAffineDimExpr(d, ctx))
        return op.emitOpError("cannot be differentiated: batch loops must "
                              "lead every indexing map");

  // With 16-bit factors of one type, the result's adjoint is rounded to it
  // once, so the backward's products are 16-bit x 16-bit -> f32 as the
  // forward's (what GemmEx takes), at half the bytes.
  Value dCNarrow;
  Type aType = getElementTypeOrSelf(a.getType());
  if (aType != accType && aType == getElementTypeOrSelf(bb.getType()))
    dCNarrow = truncateTo(b, loc, dC, aType);
  auto factorAdjoint = [&](unsigned factor) -> LogicalResult {
    Value target = factor == 0 ? a : bb;
    Value other = factor == 0 ? bb : a;
    Value seed = dCNarrow ? dCNarrow : dC;
    AffineMap targetMap = maps[factor], otherMap = maps[1 - factor];
    // New loop order: batch loops, the target's two other dims (in its
    // order), then the dim it does not index, which becomes the reduction.
    SmallVector<unsigned> newDim(numLoops, numLoops - 1);
    for (unsigned d = 0; d < numBatch; ++d)
      newDim[d] = d;
    for (unsigned i = numBatch; i < numBatch + 2; ++i)
      newDim[cast<AffineDimExpr>(targetMap.getResult(i)).getPosition()] = i;
    auto translate = [&](AffineMap map) {
      SmallVector<AffineExpr> exprs;
      for (AffineExpr expr : map.getResults())
        exprs.push_back(getAffineDimExpr(
            newDim[cast<AffineDimExpr>(expr).getPosition()], ctx));
      return AffineMap::get(numLoops, 0, exprs, ctx);
    };
    AffineMap dCMap = translate(maps[2]), otherNew = translate(otherMap);
    Value lhs = seed, rhs = other;
    AffineMap lhsMap = dCMap, rhsMap = otherNew;
    if (!dCMap.isFunctionOfDim(numBatch)) {
      std::swap(lhs, rhs);
      std::swap(lhsMap, rhsMap);
    }
    SmallVector<AffineExpr> outExprs;
    for (unsigned d = 0; d < numBatch + 2; ++d)
      outExprs.push_back(getAffineDimExpr(d, ctx));
    AffineMap outMap = AffineMap::get(numLoops, 0, outExprs, ctx);
    auto targetType = cast<RankedTensorType>(target.getType());
    bool narrow = targetType.getElementType() != accType;
    Value init = narrow ? Value() : e.lookup(target);
    Type mmType = narrow ? targetType.clone(accType) : Type(targetType);
    if (!init)
      init = buildFilled(b, loc, mmType, 0.0);
    SmallVector<Attribute> mapAttrs = {AffineMapAttr::get(lhsMap),
                                       AffineMapAttr::get(rhsMap),
                                       AffineMapAttr::get(outMap)};
    auto mm = OpTy::create(
        b, loc, TypeRange{mmType}, ValueRange{lhs, rhs}, ValueRange{init},
        {b.getNamedAttr("indexing_maps", b.getArrayAttr(mapAttrs))});
    if (!narrow) {
      e.set(target, mm->getResult(0));
      return success();
    }
    e.accumulate(target, truncateTo(b, loc, mm->getResult(0),
                                    targetType.getElementType()));
    return success();
  };
  if (e.isVaried(a) && failed(factorAdjoint(0)))
    return failure();
  if (e.isVaried(bb) && failed(factorAdjoint(1)))
    return failure();
  if (e.isVaried(c0))
    e.accumulate(c0, dC);
  return success();
}

/// y = softmax(x) along d: dx = y * (dy - sum_d(dy * y)), the formula
/// PyTorch's softmax backward uses, which reads the result only.
static LogicalResult softmaxAdjoint(AdjointEmitter &e, linalg::SoftmaxOp op) {
  Value y = op->getResult(0);
  Value x = op.getInput();
  Value dy = e.lookup(y);
  if (!dy || !e.isVaried(x))
    return success();
  auto type = dyn_cast<RankedTensorType>(y.getType());
  if (!type || type != x.getType())
    return op.emitOpError("cannot be differentiated: input and result must "
                          "be tensors of one type");
  OpBuilder &b = e.builder();
  Location loc = op.getLoc();
  MLIRContext *ctx = op.getContext();
  unsigned rank = type.getRank();
  unsigned dim = op.getDimension();
  AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
  SmallVector<AffineExpr> rowExprs;
  SmallVector<int64_t> rowShape;
  SmallVector<utils::IteratorType> reduce(rank, utils::IteratorType::parallel);
  reduce[dim] = utils::IteratorType::reduction;
  for (unsigned i = 0; i < rank; ++i)
    if (i != dim) {
      rowExprs.push_back(getAffineDimExpr(i, ctx));
      rowShape.push_back(type.getDimSize(i));
    }
  AffineMap row = AffineMap::get(rank, 0, rowExprs, ctx);
  auto rowType = RankedTensorType::get(rowShape, type.getElementType());
  Value dot =
      linalg::GenericOp::create(
          b, loc, rowType, ValueRange{dy, y},
          ValueRange{buildFilled(b, loc, rowType, 0.0)}, {id, id, row},
          reduce,
          [](OpBuilder &nb, Location nloc, ValueRange args) {
            Value p = arith::MulFOp::create(nb, nloc, args[0], args[1]);
            linalg::YieldOp::create(
                nb, nloc,
                ValueRange{arith::AddFOp::create(nb, nloc, args[2], p)});
          })
          .getResult(0);
  Value init = e.lookup(x);
  if (!init)
    init = buildFilled(b, loc, type, 0.0);
  SmallVector<utils::IteratorType> parallel(rank,
                                            utils::IteratorType::parallel);
  Value dx =
      linalg::GenericOp::create(
          b, loc, type, ValueRange{y, dy, dot}, ValueRange{init},
          {id, id, row, id}, parallel,
          [](OpBuilder &nb, Location nloc, ValueRange args) {
            Value diff = arith::SubFOp::create(nb, nloc, args[1], args[2]);
            Value g = arith::MulFOp::create(nb, nloc, args[0], diff);
            linalg::YieldOp::create(
                nb, nloc,
                ValueRange{arith::AddFOp::create(nb, nloc, args[3], g)});
          })
          .getResult(0);
  e.set(x, dx);
  return success();
}

namespace {
/// Structured ops on tensors: the generic rule, or a named contraction for
/// matmul and batch_matmul. Other named ops were generalized before the
/// sweep (Autodiff.cpp).
template <typename OpTy>
struct StructuredAdjoint
    : public AdjointOpInterface::ExternalModel<StructuredAdjoint<OpTy>, OpTy> {
  LogicalResult emitAdjoint(Operation *op, AdjointEmitter &e) const {
    if (!cast<linalg::LinalgOp>(op).hasPureTensorSemantics())
      return op->emitOpError("cannot be differentiated: linalg ops must work "
                             "on tensors, not buffers");
    if constexpr (std::is_same_v<OpTy, linalg::MatmulOp> ||
                  std::is_same_v<OpTy, linalg::BatchMatmulOp>)
      return contractionAdjoint(e, cast<OpTy>(op));
    else if constexpr (std::is_same_v<OpTy, linalg::GenericOp>)
      return genericAdjoint(e, cast<OpTy>(op));
    else
      return op->emitOpError("cannot be differentiated: named linalg op was "
                             "not generalized (internal error)");
  }
};

template <typename... Ops>
void attachStructured(MLIRContext *ctx) {
  (Ops::template attachInterface<StructuredAdjoint<Ops>>(*ctx), ...);
}
} // namespace

void mlir::ckpt::registerLinalgAdjointModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, linalg::LinalgDialect *) {
    attachStructured<
#define GET_OP_LIST
#include "mlir/Dialect/Linalg/IR/LinalgStructuredOps.cpp.inc"
        >(ctx);
    linalg::SoftmaxOp::attachInterface<
        AdjointRuleModel<linalg::SoftmaxOp, softmaxAdjoint>>(*ctx);
  });
}
