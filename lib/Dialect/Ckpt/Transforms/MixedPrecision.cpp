//===- MixedPrecision.cpp - --ckpt-mixed-precision ------------------------===//
//
// Mixed precision on the forward callee, before differentiation: the clone
// computes in bf16/f16 and autodiff derives the backward from it, so the
// backward's activations and adjoints are low precision too, while the
// truncation of the (master-type) arguments at entry takes each weight's
// gradient back to the master type through arith.truncf's adjoint.
// Reductions accumulate in f32 (the contract's "contractions accumulating
// in f32", extended to sums, whose roundoff in bf16 grows with their
// length).
//
//===----------------------------------------------------------------------===//

#include "CallTree.h"

#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/Verifier.h"

#define DEBUG_TYPE "ckpt-mixed-precision"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTMIXEDPRECISION
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;
using namespace mlir::ckpt;

namespace {
/// The three float types of a conversion: the callee's own (master), the
/// low-precision one activations take, and the accumulator of reductions.
struct Precision {
  FloatType master, low, acc;

  /// `type` with the master element type replaced by `to`; other types
  /// unchanged.
  Type retype(Type type, FloatType to) const {
    return replace(type, master, to);
  }
  /// `type` with the element type `from` replaced by `to`.
  static Type replace(Type type, FloatType from, FloatType to) {
    if (type == from)
      return to;
    if (auto tensor = dyn_cast<RankedTensorType>(type))
      if (tensor.getElementType() == from)
        return tensor.clone(to);
    return type;
  }
};
} // namespace

/// `attr` (a float or dense float attribute of the element type `from`)
/// rounded to the element type `to`.
static Attribute convertAttr(Attribute attr, Type newType, FloatType to) {
  auto convert = [&](APFloat value) {
    bool lost;
    value.convert(to.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                  &lost);
    return value;
  };
  if (auto f = dyn_cast<FloatAttr>(attr))
    return FloatAttr::get(to, convert(f.getValue()));
  if (auto dense = dyn_cast<DenseFPElementsAttr>(attr))
    return dense.mapValues(to, [&](const APFloat &value) {
      return convert(value).bitcastToAPInt();
    });
  return nullptr;
}

/// Sets the type of `value` to `type`, fixing the attribute of a constant.
static LogicalResult setType(Value value, Type type, FloatType element) {
  if (value.getType() == type)
    return success();
  if (auto constant = value.getDefiningOp<arith::ConstantOp>()) {
    Attribute converted = convertAttr(constant.getValue(), type, element);
    if (!converted)
      return constant.emitOpError("ckpt-mixed-precision: cannot convert this "
                                  "constant to ")
             << element;
    constant.setValueAttr(cast<TypedAttr>(converted));
  }
  value.setType(type);
  return success();
}

/// An elementwise cast of `value` (a float or a tensor of floats) to the
/// element type `to`: arith.extf/truncf, in a linalg.generic for tensors.
static Value castTo(OpBuilder &b, Location loc, Value value, FloatType to) {
  Type from = getElementTypeOrSelf(value.getType());
  if (from == to)
    return value;
  auto castScalar = [&](OpBuilder &nb, Location nloc, Value v) -> Value {
    if (to.getWidth() > cast<FloatType>(from).getWidth())
      return arith::ExtFOp::create(nb, nloc, to, v);
    return arith::TruncFOp::create(nb, nloc, to, v);
  };
  auto tensor = dyn_cast<RankedTensorType>(value.getType());
  if (!tensor)
    return castScalar(b, loc, value);
  unsigned rank = tensor.getRank();
  AffineMap id = AffineMap::getMultiDimIdentityMap(rank, b.getContext());
  Value empty = tensor::EmptyOp::create(b, loc, tensor.getShape(), to);
  return linalg::GenericOp::create(
             b, loc, tensor.clone(to), ValueRange{value}, ValueRange{empty},
             SmallVector<AffineMap>{id, id},
             SmallVector<utils::IteratorType>(rank,
                                              utils::IteratorType::parallel),
             [&](OpBuilder &nb, Location nloc, ValueRange args) {
               linalg::YieldOp::create(nb, nloc,
                                       castScalar(nb, nloc, args[0]));
             })
      .getResult(0);
}

/// `value * factor` elementwise (a float or a tensor of floats).
static Value scaleBy(OpBuilder &b, Location loc, Value value, double factor) {
  auto element = cast<FloatType>(getElementTypeOrSelf(value.getType()));
  Value c =
      arith::ConstantOp::create(b, loc, b.getFloatAttr(element, factor));
  auto tensor = dyn_cast<RankedTensorType>(value.getType());
  if (!tensor)
    return arith::MulFOp::create(b, loc, value, c);
  unsigned rank = tensor.getRank();
  AffineMap id = AffineMap::getMultiDimIdentityMap(rank, b.getContext());
  Value empty = tensor::EmptyOp::create(b, loc, tensor.getShape(), element);
  return linalg::GenericOp::create(
             b, loc, tensor, ValueRange{value}, ValueRange{empty},
             SmallVector<AffineMap>{id, id},
             SmallVector<utils::IteratorType>(rank,
                                              utils::IteratorType::parallel),
             [&](OpBuilder &nb, Location nloc, ValueRange args) {
               linalg::YieldOp::create(
                   nb, nloc,
                   arith::MulFOp::create(nb, nloc, args[0], c).getResult());
             })
      .getResult(0);
}

/// Replaces every use of `value` but those in `except` by `by`.
static void replaceUsesExcept(Value value, Value by, Operation *except) {
  value.replaceUsesWithIf(by, [&](OpOperand &use) {
    return !except->isAncestor(use.getOwner());
  });
}

/// The accumulator for output `init` of a reduction: the same zero fill in
/// the accumulator type when `init` is a fill only this op reads, else an
/// elementwise extension.
static Value accumulatorInit(OpBuilder &b, Location loc, Value init,
                             FloatType acc) {
  auto fill = init.getDefiningOp<linalg::FillOp>();
  auto type = cast<RankedTensorType>(init.getType());
  if (fill && init.hasOneUse()) {
    Value scalar = fill.getInputs()[0];
    Value empty = tensor::EmptyOp::create(b, loc, type.getShape(), acc);
    return linalg::FillOp::create(b, loc, castTo(b, loc, scalar, acc), empty)
        .getResult(0);
  }
  return castTo(b, loc, init, acc);
}

/// A reduction (a linalg op with a reduction loop) that was re-typed to low
/// precision accumulates in `p.acc` instead: its inputs are read in low
/// precision and extended in the body, its outputs are f32, and its results
/// are truncated for their users.
static LogicalResult accumulateWide(linalg::LinalgOp op, const Precision &p) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  SmallVector<Value> inits;
  for (Value init : op.getDpsInits()) {
    if (getElementTypeOrSelf(init.getType()) != p.low)
      return success();
    inits.push_back(accumulatorInit(b, loc, init, p.acc));
  }
  SmallVector<Type> accTypes;
  for (Value init : inits)
    accTypes.push_back(init.getType());

  Operation *wide;
  if (isa<linalg::MatmulOp, linalg::BatchMatmulOp>(op)) {
    // Kept named for the contraction's adjoint and the BLAS path; the named
    // op's own body extends the operands to its output type.
    SmallVector<Attribute> maps;
    for (AffineMap map : op.getIndexingMapsArray())
      maps.push_back(AffineMapAttr::get(map));
    NamedAttribute mapsAttr =
        b.getNamedAttr("indexing_maps", b.getArrayAttr(maps));
    if (isa<linalg::MatmulOp>(op))
      wide = linalg::MatmulOp::create(b, loc, accTypes, op.getDpsInputs(),
                                      inits, {mapsAttr});
    else
      wide = linalg::BatchMatmulOp::create(b, loc, accTypes,
                                           op.getDpsInputs(), inits,
                                           {mapsAttr});
  } else {
    auto generic = cast<linalg::GenericOp>(op.getOperation());
    auto wideGeneric = linalg::GenericOp::create(
        b, loc, accTypes, generic.getDpsInputs(), inits,
        generic.getIndexingMapsArray(), generic.getIteratorTypesArray());
    wideGeneric.getRegion().takeBody(generic.getRegion());
    Block *body = wideGeneric.getBody();
    OpBuilder nb = OpBuilder::atBlockBegin(body);
    // Inputs stay low precision and are extended where read.
    for (unsigned i = 0, e = wideGeneric.getNumDpsInputs(); i < e; ++i) {
      BlockArgument arg = body->getArgument(i);
      if (arg.getType() != p.low || arg.use_empty())
        continue;
      Value wider = arith::ExtFOp::create(nb, loc, p.acc, arg);
      replaceUsesExcept(arg, wider, wider.getDefiningOp());
    }
    // Values from outside the body, likewise.
    SmallVector<OpOperand *> outside;
    body->walk([&](Operation *inner) {
      for (OpOperand &use : inner->getOpOperands())
        if (use.get().getType() == p.low &&
            !wideGeneric.getRegion().isAncestor(use.get().getParentRegion()))
          outside.push_back(&use);
    });
    for (OpOperand *use : outside)
      use->set(arith::ExtFOp::create(nb, loc, p.acc, use->get()));
    for (unsigned i = wideGeneric.getNumDpsInputs(),
                  e = body->getNumArguments();
         i < e; ++i)
      if (body->getArgument(i).getType() == p.low)
        body->getArgument(i).setType(p.acc);
    WalkResult walk = body->walk([&](Operation *inner) {
      if (isa<arith::ExtFOp>(inner) && inner->getResult(0).getType() == p.acc)
        return WalkResult::advance();
      for (Value result : inner->getResults())
        if (result.getType() == p.low && failed(setType(result, p.acc, p.acc)))
          return WalkResult::interrupt();
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return failure();
    wide = wideGeneric;
  }
  b.setInsertionPointAfter(wide);
  for (auto [result, wideResult] :
       llvm::zip(op->getResults(), wide->getResults()))
    result.replaceAllUsesWith(castTo(b, loc, wideResult, p.low));
  SmallVector<Value> oldInits(op.getDpsInits());
  op->erase();
  // The low-precision fills the accumulators replaced.
  for (Value init : oldInits) {
    auto fill = init.getDefiningOp<linalg::FillOp>();
    if (!fill || !init.use_empty())
      continue;
    Operation *empty = fill.getDpsInits()[0].getDefiningOp();
    fill->erase();
    if (empty && empty->use_empty())
      empty->erase();
  }
  return success();
}

/// The elementwise input of `v` when `v` is a plain cast of it (the
/// generic castTo builds), else null.
static Value castSource(Value v) {
  auto generic = v.getDefiningOp<linalg::GenericOp>();
  if (!generic || generic.getNumDpsInputs() != 1 ||
      generic.getNumDpsInits() != 1 || generic.getNumReductionLoops() != 0)
    return nullptr;
  Block *body = generic.getBody();
  if (body->getOperations().size() != 2 ||
      !isa<arith::TruncFOp, arith::ExtFOp>(body->front()) ||
      body->front().getOperand(0) != body->getArgument(0) ||
      body->getTerminator()->getOperand(0) != body->front().getResult(0))
    return nullptr;
  for (AffineMap map : generic.getIndexingMapsArray())
    if (!map.isIdentity())
      return nullptr;
  return generic.getDpsInputs()[0];
}

/// A returned value that a reduction accumulated in f32 (the loss, most
/// often) goes back to the master type without the round trip through low
/// precision: a sum of squares over a large batch overflows f16.
static void returnAccumulators(func::FuncOp func, const Precision &p) {
  func.walk([&](func::ReturnOp ret) {
    if (ret->getParentOp() != func)
      return;
    OpBuilder b(ret);
    for (OpOperand &operand : ret->getOpOperands()) {
      Value low = castSource(operand.get());
      Value acc = low ? castSource(low) : Value();
      if (!acc || getElementTypeOrSelf(low.getType()) != p.low ||
          getElementTypeOrSelf(acc.getType()) != p.acc)
        continue;
      Operation *toMaster = operand.get().getDefiningOp();
      operand.set(castTo(b, ret.getLoc(), acc, p.master));
      for (Operation *dead : {toMaster, low.getDefiningOp()}) {
        if (!dead->use_empty())
          break;
        Operation *empty =
            cast<linalg::GenericOp>(dead).getDpsInits()[0].getDefiningOp();
        dead->erase();
        if (empty && empty->use_empty())
          empty->erase();
      }
    }
  });
}

/// Re-types one function of the call tree to low precision. The callee
/// itself (`isRoot`) keeps its signature: casts at entry and return.
static LogicalResult lowerFunction(func::FuncOp func, const Precision &p,
                                   bool isRoot) {
  // Named reductions other than the contractions become generics, whose
  // bodies can be widened.
  IRRewriter rewriter(func.getContext());
  SmallVector<linalg::LinalgOp> named;
  func.walk([&](linalg::LinalgOp op) {
    if (!isa<linalg::GenericOp, linalg::MatmulOp, linalg::BatchMatmulOp>(op) &&
        op.getNumReductionLoops() > 0)
      named.push_back(op);
  });
  for (linalg::LinalgOp op : named) {
    rewriter.setInsertionPoint(op);
    if (failed(linalg::generalizeNamedOp(rewriter, op)))
      return op->emitOpError("ckpt-mixed-precision: cannot be generalized");
  }

  // Everything of the master type becomes low precision.
  WalkResult walk = func.walk([&](Operation *op) {
    if (isa<arith::BitcastOp, tensor::BitcastOp>(op) &&
        llvm::any_of(op->getOperandTypes(), [&](Type t) {
          return p.retype(t, p.low) != t;
        })) {
      op->emitOpError("ckpt-mixed-precision: reinterprets the bits of a ")
          << p.master << " value, which cannot change type";
      return WalkResult::interrupt();
    }
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (BlockArgument arg : block.getArguments())
          arg.setType(p.retype(arg.getType(), p.low));
    for (Value result : op->getResults())
      if (failed(setType(result, p.retype(result.getType(), p.low), p.low)))
        return WalkResult::interrupt();
    return WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();
  Block &entry = func.getBody().front();
  for (BlockArgument arg : entry.getArguments())
    arg.setType(p.retype(arg.getType(), p.low));
  // Conversions the user wrote between the master type and another 16-bit
  // type (f16 vs bf16) lose their meaning.
  walk = func.walk([&](Operation *op) {
    if (!isa<arith::ExtFOp, arith::TruncFOp>(op))
      return WalkResult::advance();
    auto in = cast<FloatType>(getElementTypeOrSelf(op->getOperand(0)));
    auto out = cast<FloatType>(getElementTypeOrSelf(op->getResult(0)));
    bool ok = isa<arith::ExtFOp>(op) ? in.getWidth() < out.getWidth()
                                     : in.getWidth() > out.getWidth();
    if (ok)
      return WalkResult::advance();
    op->emitOpError("ckpt-mixed-precision: converts between ")
        << p.master << " and another type that " << p.low
        << " cannot be ordered with; this model cannot run in " << p.low;
    return WalkResult::interrupt();
  });
  if (walk.wasInterrupted())
    return failure();

  if (isRoot) {
    OpBuilder b = OpBuilder::atBlockBegin(&entry);
    for (BlockArgument arg : entry.getArguments()) {
      Type master = Precision::replace(arg.getType(), p.low, p.master);
      if (master == arg.getType())
        continue;
      arg.setType(master);
      Value low = castTo(b, func.getLoc(), arg, p.low);
      replaceUsesExcept(arg, low, low.getDefiningOp());
    }
    func.walk([&](func::ReturnOp ret) {
      if (ret->getParentOp() != func)
        return;
      OpBuilder rb(ret);
      for (OpOperand &operand : ret->getOpOperands())
        if (getElementTypeOrSelf(operand.get().getType()) == p.low)
          operand.set(castTo(rb, ret.getLoc(), operand.get(), p.master));
    });
  }

  // Conversions between f64 and a 16-bit type go through f32: the CPU
  // lowering has no runtime routine for the direct ones.
  SmallVector<Operation *> casts;
  func.walk([&](Operation *op) {
    if (!isa<arith::TruncFOp, arith::ExtFOp>(op))
      return;
    unsigned in = getElementTypeOrSelf(op->getOperand(0).getType())
                      .getIntOrFloatBitWidth();
    unsigned out = getElementTypeOrSelf(op->getResult(0).getType())
                       .getIntOrFloatBitWidth();
    if (std::max(in, out) > 32 && std::min(in, out) < 32)
      casts.push_back(op);
  });
  for (Operation *op : casts) {
    OpBuilder b(op);
    Type in = op->getOperand(0).getType();
    Type midType = isa<RankedTensorType>(in)
                       ? Type(cast<RankedTensorType>(in).clone(p.acc))
                       : Type(p.acc);
    Value mid;
    if (isa<arith::TruncFOp>(op))
      mid = arith::TruncFOp::create(b, op->getLoc(), midType,
                                    op->getOperand(0));
    else
      mid = arith::ExtFOp::create(b, op->getLoc(), midType,
                                  op->getOperand(0));
    op->setOperand(0, mid);
  }

  SmallVector<linalg::LinalgOp> reductions;
  func.walk([&](linalg::LinalgOp op) {
    if (op.getNumReductionLoops() > 0)
      reductions.push_back(op);
  });
  for (linalg::LinalgOp op : reductions)
    if (failed(accumulateWide(op, p)))
      return failure();
  if (isRoot)
    returnAccumulators(func, p);
  updateFunctionType(func);
  return success();
}

namespace {
struct MixedPrecisionPass
    : public ckpt::impl::CkptMixedPrecisionBase<MixedPrecisionPass> {
  using Base::Base;
  void runOnOperation() override;
  void scaleResults(ValueAndGradOp op, unsigned numCalleeResults);
};
} // namespace

/// Divides the loss and the gradients of a loss-scaled op by the scale.
void MixedPrecisionPass::scaleResults(ValueAndGradOp op,
                                      unsigned numCalleeResults) {
  OpBuilder b(op);
  b.setInsertionPointAfter(op);
  Location loc = op.getLoc();
  SmallVector<unsigned> scaled = {0};
  for (unsigned i = numCalleeResults, e = op.getNumResults(); i < e; ++i)
    scaled.push_back(i);
  for (unsigned i : scaled) {
    Value result = op->getResult(i);
    if (!isa<FloatType>(getElementTypeOrSelf(result.getType())))
      continue;
    Value unscaled = scaleBy(b, loc, result, 1.0 / lossScale);
    replaceUsesExcept(result, unscaled, unscaled.getDefiningOp());
  }
}

void MixedPrecisionPass::runOnOperation() {
  ModuleOp module = getOperation();
  MLIRContext *ctx = &getContext();
  SymbolTable symbols(module);
  if (!(lossScale > 0.0)) {
    module.emitError("ckpt-mixed-precision: loss-scale must be positive, got ")
        << lossScale;
    return signalPassFailure();
  }
  FloatType low = dtype == LowPrecision::BF16 ? FloatType(BFloat16Type::get(ctx))
                                              : FloatType(Float16Type::get(ctx));
  StringRef suffix = dtype == LowPrecision::BF16 ? "_bf16" : "_f16";
  SmallVector<ValueAndGradOp> ops;
  module.walk([&](ValueAndGradOp op) { ops.push_back(op); });
  DenseMap<func::FuncOp, func::FuncOp> lowOf;
  for (ValueAndGradOp op : ops) {
    auto callee = symbols.lookup<func::FuncOp>(op.getCallee());
    if (!callee || callee.isExternal()) {
      op.emitOpError("'") << op.getCallee()
                          << "' does not reference a func.func with a body";
      return signalPassFailure();
    }
    Type loss = callee.getNumResults()
                    ? getElementTypeOrSelf(callee.getResultTypes()[0])
                    : Type();
    if (!loss || !(loss.isF32() || loss.isF64())) {
      op.emitOpError("ckpt-mixed-precision: the loss of @")
          << callee.getSymName() << " is of type "
          << (loss ? loss : NoneType::get(ctx))
          << "; mixed precision needs an f32 or f64 model";
      return signalPassFailure();
    }
    if (llvm::none_of(callee.getArgumentTypes(), [&](Type t) {
          return getElementTypeOrSelf(t) == loss;
        })) {
      op.emitOpError("ckpt-mixed-precision: @")
          << callee.getSymName() << " has no " << loss
          << " argument: its activations are not floats of the loss's "
             "type (an integer model), so there is nothing to run in "
          << low;
      return signalPassFailure();
    }
    for (int64_t index : op.getWrt()) {
      Type element = getElementTypeOrSelf(op.getOperand(index).getType());
      if (element != loss) {
        op.emitOpError("ckpt-mixed-precision: differentiated argument #")
            << index << " is of type " << op.getOperand(index).getType()
            << "; mixed precision needs the master type " << loss;
        return signalPassFailure();
      }
    }
    func::FuncOp &lowered = lowOf[callee];
    if (!lowered) {
      FailureOr<SmallVector<func::FuncOp>> clones =
          cloneCallTree(symbols, callee, suffix);
      if (failed(clones))
        return signalPassFailure();
      Precision p{cast<FloatType>(loss), low, Float32Type::get(ctx)};
      for (auto [i, func] : llvm::enumerate(*clones))
        if (failed(lowerFunction(func, p, /*isRoot=*/i == 0)))
          return signalPassFailure();
      lowered = clones->front();
      if (lossScale != 1.0) {
        lowered.walk([&](func::ReturnOp ret) {
          if (ret->getParentOp() != lowered || ret.getNumOperands() == 0)
            return;
          OpBuilder b(ret);
          Value l = scaleBy(b, ret.getLoc(), ret.getOperand(0), lossScale);
          ret->setOperand(0, l);
        });
      }
      for (func::FuncOp func : *clones)
        if (failed(verify(func))) {
          op.emitOpError("ckpt-mixed-precision: @")
              << callee.getSymName() << " cannot run in " << low;
          return signalPassFailure();
        }
    }
    op.setCallee(lowered.getSymName());
    if (lossScale != 1.0)
      scaleResults(op, callee.getNumResults());
    ++numConverted;
  }
}
