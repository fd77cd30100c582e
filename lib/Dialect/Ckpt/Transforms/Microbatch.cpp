//===- Microbatch.cpp - --ckpt-microbatch ---------------------------------===//
//
// Gradient accumulation: a training step over K micro-batches keeps the
// activations of one micro-batch at a time. The callee is specialized to
// the micro-batch shapes by following the batch dimension through it (a
// union-find over (value, dimension) pairs that the ops tie together), and
// the step becomes an scf.for whose loop-carried tensors are updated in
// place, so that after bufferization each iteration frees what it
// allocates and the memory model's one walk over the body is exact.
//
//===----------------------------------------------------------------------===//

#include "CallTree.h"

#include "ckpt/Dialect/Ckpt/IR/CkptOps.h"
#include "ckpt/Dialect/Ckpt/Transforms/Microbatch.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/IR/Verifier.h"
#include "llvm/ADT/DenseSet.h"

#define DEBUG_TYPE "ckpt-microbatch"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTMICROBATCH
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;
using namespace mlir::ckpt;

namespace {
/// Dimension `dim` of a ranked tensor value.
using DimNode = std::pair<void *, unsigned>;

/// Which dimensions of which values are the batch dimension: the classes of
/// (value, dim) pairs that must have equal (or, through reshapes,
/// proportional) extents.
class BatchDims {
public:
  DimNode node(Value v, unsigned d) { return {v.getAsOpaquePointer(), d}; }

  DimNode find(DimNode n) {
    auto it = parent.find(n);
    if (it == parent.end() || it->second == n)
      return n;
    DimNode root = find(it->second);
    parent[n] = root;
    return root;
  }
  void unite(DimNode a, DimNode b) {
    a = find(a);
    b = find(b);
    if (a != b)
      parent[a] = b;
  }
  void unite(Value a, unsigned da, Value b, unsigned db) {
    unite(node(a, da), node(b, db));
  }
  /// Ties dimension i of a to dimension i of b, for every i.
  void uniteAll(Value a, Value b) {
    auto ta = dyn_cast<RankedTensorType>(a.getType());
    auto tb = dyn_cast<RankedTensorType>(b.getType());
    if (!ta || !tb || ta.getRank() != tb.getRank())
      return;
    for (unsigned i = 0, e = ta.getRank(); i < e; ++i)
      unite(a, i, b, i);
  }

  /// A slice that keeps a whole dimension (offset 0, stride 1, the full
  /// extent) ties it between the full tensor and the slice; rank-reducing
  /// slices tie nothing.
  void uniteFullSliceDims(OffsetSizeAndStrideOpInterface op, Value full,
                          Value slice) {
    for (unsigned d : fullSliceDims(op, full, slice))
      unite(full, d, slice, d);
  }
  static SmallVector<unsigned>
  fullSliceDims(OffsetSizeAndStrideOpInterface op, Value full, Value slice) {
    auto fullType = cast<RankedTensorType>(full.getType());
    auto sliceType = cast<RankedTensorType>(slice.getType());
    SmallVector<unsigned> dims;
    if (fullType.getRank() != sliceType.getRank())
      return dims;
    for (unsigned d = 0, e = fullType.getRank(); d < e; ++d)
      if (op.getStaticOffsets()[d] == 0 && op.getStaticStrides()[d] == 1 &&
          op.getStaticSizes()[d] == fullType.getDimSize(d))
        dims.push_back(d);
    return dims;
  }

  /// Records the ties `op` makes. Returns false for an op whose tensors the
  /// pass does not know how to split.
  bool visit(Operation *op, SymbolTable &symbols);

  /// The batch dimensions of `v`, given the class's root.
  SmallVector<bool> batchDimsOf(Value v, DimNode root) {
    SmallVector<bool> dims;
    if (auto type = dyn_cast<RankedTensorType>(v.getType()))
      for (unsigned i = 0, e = type.getRank(); i < e; ++i)
        dims.push_back(find(node(v, i)) == root);
    return dims;
  }

private:
  DenseMap<DimNode, DimNode> parent;
};
} // namespace

static bool hasTensors(Operation *op) {
  return llvm::any_of(op->getOperandTypes(),
                      [](Type t) { return isa<TensorType>(t); }) ||
         llvm::any_of(op->getResultTypes(),
                      [](Type t) { return isa<TensorType>(t); });
}

bool BatchDims::visit(Operation *op, SymbolTable &symbols) {
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op)) {
    DenseMap<unsigned, DimNode> loopNode;
    for (OpOperand &operand : op->getOpOperands()) {
      AffineMap map = linalgOp.getMatchingIndexingMap(&operand);
      for (auto [r, expr] : llvm::enumerate(map.getResults())) {
        auto dim = dyn_cast<AffineDimExpr>(expr);
        if (!dim)
          continue;
        DimNode n = node(operand.get(), r);
        auto [it, inserted] = loopNode.try_emplace(dim.getPosition(), n);
        if (!inserted)
          unite(it->second, n);
      }
    }
    for (auto [init, result] :
         llvm::zip(linalgOp.getDpsInits(), op->getResults()))
      uniteAll(init, result);
    return true;
  }
  if (auto softmax = dyn_cast<linalg::SoftmaxOp>(op)) {
    uniteAll(softmax.getInput(), softmax.getOutput());
    uniteAll(softmax.getInput(), softmax->getResult(0));
    return true;
  }
  if (op->hasTrait<OpTrait::Elementwise>()) {
    Value first;
    for (Value v : llvm::concat<Value>(op->getOperands(), op->getResults())) {
      if (!isa<RankedTensorType>(v.getType()))
        continue;
      if (first)
        uniteAll(first, v);
      else
        first = v;
    }
    return true;
  }
  if (auto expand = dyn_cast<tensor::ExpandShapeOp>(op)) {
    for (auto [src, group] :
         llvm::enumerate(expand.getReassociationIndices()))
      unite(expand.getSrc(), src, expand.getResult(), group.front());
    return true;
  }
  if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(op)) {
    for (auto [dst, group] :
         llvm::enumerate(collapse.getReassociationIndices()))
      unite(collapse.getResult(), dst, collapse.getSrc(), group.front());
    return true;
  }
  if (auto extract = dyn_cast<tensor::ExtractSliceOp>(op)) {
    uniteFullSliceDims(extract, extract.getSource(), extract.getResult());
    return true;
  }
  if (auto insert = dyn_cast<tensor::InsertSliceOp>(op)) {
    uniteFullSliceDims(insert, insert.getDest(), insert.getSource());
    uniteAll(insert.getDest(), insert.getResult());
    return true;
  }
  if (auto checkpoint = dyn_cast<CheckpointOp>(op)) {
    Block &body = checkpoint.getBody().front();
    for (auto [operand, arg] :
         llvm::zip(checkpoint->getOperands(), body.getArguments()))
      uniteAll(operand, arg);
    for (auto [yielded, result] : llvm::zip(
             body.getTerminator()->getOperands(), checkpoint->getResults()))
      uniteAll(yielded, result);
    return true;
  }
  if (auto call = dyn_cast<func::CallOp>(op)) {
    auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
    if (!callee || callee.isExternal())
      return !hasTensors(op);
    for (auto [operand, arg] :
         llvm::zip(call.getOperands(), callee.getArguments()))
      uniteAll(operand, arg);
    callee.walk([&](func::ReturnOp ret) {
      for (auto [returned, result] :
           llvm::zip(ret.getOperands(), call.getResults()))
        uniteAll(returned, result);
    });
    return true;
  }
  // Ops that only read a shape, and terminators the rules above cover.
  if (isa<tensor::EmptyOp, tensor::DimOp, func::ReturnOp, YieldOp>(op))
    return true;
  return !hasTensors(op);
}

/// A tensor type whose batch dimensions are divided by `count`.
static RankedTensorType splitType(RankedTensorType type, ArrayRef<bool> dims,
                                  int64_t count) {
  SmallVector<int64_t> shape(type.getShape());
  for (auto [extent, isBatch] : llvm::zip(shape, dims))
    if (isBatch)
      extent /= count;
  return type.clone(shape);
}

/// Specializes the call tree `funcs` (the callee first) to micro-batches:
/// dimension 0 of the callee arguments `batchArgs` and everything tied to
/// it are divided by `count`. Emits an error at the first op that cannot
/// follow.
static LogicalResult specialize(ArrayRef<func::FuncOp> funcs,
                                ArrayRef<int64_t> batchArgs, int64_t count,
                                SymbolTable &symbols) {
  BatchDims dims;
  SmallVector<Operation *> unknown;
  for (func::FuncOp func : funcs)
    func.walk([&](Operation *op) {
      if (!dims.visit(op, symbols))
        unknown.push_back(op);
    });
  func::FuncOp root = funcs.front();
  for (int64_t index : batchArgs)
    dims.unite(root.getArgument(batchArgs.front()), 0,
               root.getArgument(index), 0);
  DimNode batch = dims.find(dims.node(root.getArgument(batchArgs.front()), 0));

  auto touches = [&](Value v) {
    return llvm::is_contained(dims.batchDimsOf(v, batch), true);
  };
  for (Operation *op : unknown)
    if (llvm::any_of(op->getOperands(), touches) ||
        llvm::any_of(op->getResults(), touches))
      return op->emitOpError("cannot be split into micro-batches: "
                             "ckpt-microbatch does not know how its "
                             "operands or results follow the batch "
                             "dimension");

  // Every value with a batch dimension, and its new type.
  SmallVector<std::pair<Value, RankedTensorType>> retype;
  auto note = [&](Value v, Operation *where) -> LogicalResult {
    SmallVector<bool> isBatch = dims.batchDimsOf(v, batch);
    if (!llvm::is_contained(isBatch, true))
      return success();
    auto type = cast<RankedTensorType>(v.getType());
    for (auto [d, b] : llvm::enumerate(isBatch))
      if (b && (ShapedType::isDynamic(type.getDimSize(d)) ||
                type.getDimSize(d) % count != 0))
        return where->emitOpError("cannot be split into micro-batches: "
                                  "dimension ")
               << d << " of " << type << " follows the batch dimension but "
               << "is not a multiple of " << count;
    retype.push_back({v, splitType(type, isBatch, count)});
    return success();
  };
  for (func::FuncOp func : funcs) {
    WalkResult walk = func.walk([&](Operation *op) {
      for (Region &region : op->getRegions())
        for (Block &block : region)
          for (BlockArgument arg : block.getArguments())
            if (failed(note(arg, op)))
              return WalkResult::interrupt();
      for (Value result : op->getResults())
        if (failed(note(result, op)))
          return WalkResult::interrupt();
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return failure();
  }
  // Slices: a batch dimension must be a whole one on both sides; its size
  // follows the new types.
  for (func::FuncOp func : funcs) {
    WalkResult walk = func.walk([&](OffsetSizeAndStrideOpInterface op) {
      Value full, slice;
      if (auto extract = dyn_cast<tensor::ExtractSliceOp>(*op)) {
        full = extract.getSource();
        slice = extract.getResult();
      } else if (auto insert = dyn_cast<tensor::InsertSliceOp>(*op)) {
        full = insert.getDest();
        slice = insert.getSource();
      } else {
        return WalkResult::advance();
      }
      SmallVector<unsigned> whole =
          BatchDims::fullSliceDims(op, full, slice);
      SmallVector<bool> fullBatch = dims.batchDimsOf(full, batch);
      SmallVector<bool> sliceBatch = dims.batchDimsOf(slice, batch);
      auto isWhole = [&](unsigned d) { return llvm::is_contained(whole, d); };
      for (auto [d, b] : llvm::enumerate(fullBatch))
        if (b && !isWhole(d)) {
          op->emitOpError("cannot be split into micro-batches: it slices "
                          "dimension ")
              << d << ", which follows the batch dimension";
          return WalkResult::interrupt();
        }
      for (auto [d, b] : llvm::enumerate(sliceBatch))
        if (b && !isWhole(d)) {
          op->emitOpError("cannot be split into micro-batches: dimension ")
              << d << " of its slice follows the batch dimension";
          return WalkResult::interrupt();
        }
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return failure();
  }
  for (auto [value, type] : retype)
    value.setType(type);
  for (func::FuncOp func : funcs) {
    func.walk([&](Operation *op) {
      auto newSizes = [&](Value slice, ArrayRef<int64_t> sizes) {
        SmallVector<int64_t> updated(sizes);
        auto type = cast<RankedTensorType>(slice.getType());
        for (unsigned d = 0, e = updated.size(); d < e; ++d)
          if (!ShapedType::isDynamic(updated[d]) && d < type.getRank() &&
              sizes.size() == static_cast<size_t>(type.getRank()))
            updated[d] = type.getDimSize(d);
        return updated;
      };
      if (auto extract = dyn_cast<tensor::ExtractSliceOp>(op))
        extract.setStaticSizes(
            newSizes(extract.getResult(), extract.getStaticSizes()));
      else if (auto insert = dyn_cast<tensor::InsertSliceOp>(op))
        insert.setStaticSizes(
            newSizes(insert.getSource(), insert.getStaticSizes()));
    });
  }
  for (func::FuncOp func : funcs) {
    func.walk([&](tensor::ExpandShapeOp expand) {
      expand.setStaticOutputShape(expand.getResultType().getShape());
    });
    updateFunctionType(func);
  }
  for (func::FuncOp func : funcs)
    if (failed(verify(func)))
      return func.emitOpError("is not valid after the split into "
                              "micro-batches");
  return success();
}

/// A zero of `type` (a float or a tensor of floats), or null.
static Value buildZero(OpBuilder &b, Location loc, Type type) {
  Type element = getElementTypeOrSelf(type);
  if (!isa<FloatType>(element))
    return nullptr;
  Value zero =
      arith::ConstantOp::create(b, loc, b.getFloatAttr(element, 0.0));
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor)
    return zero;
  Value empty = tensor::EmptyOp::create(b, loc, tensor.getShape(), element);
  return linalg::FillOp::create(b, loc, zero, empty).getResult(0);
}

/// `acc op= update` elementwise, written into `acc`'s buffer (a generic
/// whose only output is `acc`), so that a loop-carried accumulator needs no
/// buffer per iteration. Without `update`, `acc op= scalar`.
static Value combineInPlace(OpBuilder &b, Location loc, Value acc,
                            Value update, double scalar, bool divide) {
  if (!isa<RankedTensorType>(acc.getType())) {
    if (update)
      return arith::AddFOp::create(b, loc, acc, update);
    Value c = arith::ConstantOp::create(
        b, loc, b.getFloatAttr(acc.getType(), scalar));
    return arith::DivFOp::create(b, loc, acc, c);
  }
  auto type = cast<RankedTensorType>(acc.getType());
  unsigned rank = type.getRank();
  AffineMap id = AffineMap::getMultiDimIdentityMap(rank, b.getContext());
  SmallVector<Value> ins;
  if (update)
    ins.push_back(update);
  SmallVector<AffineMap> maps(ins.size() + 1, id);
  SmallVector<utils::IteratorType> parallel(rank,
                                            utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             b, loc, type, ins, ValueRange{acc}, maps, parallel,
             [&](OpBuilder &nb, Location nloc, ValueRange args) {
               Value next;
               if (update) {
                 next = arith::AddFOp::create(nb, nloc, args[1], args[0]);
               } else {
                 Value c = arith::ConstantOp::create(
                     nb, nloc,
                     nb.getFloatAttr(type.getElementType(), scalar));
                 next = divide
                            ? arith::DivFOp::create(nb, nloc, args[0], c)
                                  .getResult()
                            : arith::MulFOp::create(nb, nloc, args[0], c)
                                  .getResult();
               }
               linalg::YieldOp::create(nb, nloc, next);
             })
      .getResult(0);
}

FailureOr<int64_t>
mlir::ckpt::checkMicrobatchOperands(ValueAndGradOp op,
                                    std::optional<int64_t> count,
                                    ArrayRef<int64_t> batchArgs,
                                    const MicrobatchSpelling &spelling) {
  auto fail = [&]() {
    return op.emitOpError(spelling.pass) << ": ";
  };
  if (count && *count < 1)
    return fail() << spelling.count << " must be at least 1, got " << *count;
  if (batchArgs.empty())
    return fail() << "batch-args must name at least one argument";
  int64_t batch = ShapedType::kDynamic;
  int64_t first = -1;
  llvm::SmallDenseSet<int64_t> seen;
  for (int64_t index : batchArgs) {
    if (index < 0 || index >= static_cast<int64_t>(op.getNumOperands()))
      return fail() << "batch argument index " << index
                    << " is out of range (the callee has "
                    << op.getNumOperands() << " arguments)";
    if (!seen.insert(index).second)
      return fail() << "batch argument index " << index << " is given twice";
    auto type = dyn_cast<RankedTensorType>(op.getOperand(index).getType());
    if (!type || type.getRank() == 0)
      return fail() << "batch argument #" << index << " has type "
                    << op.getOperand(index).getType()
                    << "; it needs a dimension 0 to split";
    int64_t extent = type.getDimSize(0);
    if (ShapedType::isDynamic(extent))
      return fail() << "batch argument #" << index
                    << " has a dynamic dimension 0";
    if (first >= 0 && extent != batch)
      return fail() << "batch arguments #" << first << " and #" << index
                    << " differ in dimension 0 (" << batch << " vs " << extent
                    << ")";
    if (first < 0) {
      first = index;
      batch = extent;
    }
  }
  if (count && batch % *count != 0)
    return fail() << spelling.count << " " << *count
                  << " does not divide the batch size " << batch;
  return batch;
}

/// The scf.for of splitIntoMicrobatches around a value_and_grad of `split`,
/// `callee` specialized to the micro-batch shapes.
static FailureOr<ValueAndGradOp>
buildLoop(ValueAndGradOp op, func::FuncOp callee, func::FuncOp split,
          int64_t batch, int64_t count, ArrayRef<int64_t> batchArgs,
          MicrobatchReduction reduction, const MicrobatchSpelling &spelling) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  int64_t micro = batch / count;
  unsigned numCalleeResults = callee.getNumResults();
  ArrayRef<int64_t> wrt = op.getWrt();
  llvm::SmallDenseSet<int64_t> isBatchArg(batchArgs.begin(), batchArgs.end());

  // Per result: sliced (written into its slice) or accumulated.
  SmallVector<Type> innerTypes(split.getResultTypes());
  SmallVector<bool> sliced;
  for (unsigned i = 0; i < numCalleeResults; ++i)
    sliced.push_back(split.getResultTypes()[i] != callee.getResultTypes()[i]);
  for (int64_t index : wrt) {
    innerTypes.push_back(split.getArgumentTypes()[index]);
    sliced.push_back(isBatchArg.contains(index));
  }
  // Every result is checked before the first op is built.
  for (auto [i, result] : llvm::enumerate(op.getResults())) {
    Type type = result.getType();
    if (sliced[i] && cast<RankedTensorType>(type).getDimSize(0) != batch)
      return op.emitOpError(spelling.pass)
             << ": result #" << i
             << " follows the batch in a dimension other than 0";
    if (!sliced[i] && !isa<FloatType>(getElementTypeOrSelf(type)))
      return op.emitOpError(spelling.pass)
             << ": result #" << i << " of type " << type
             << " is neither a float nor split along the batch, so it "
                "cannot be combined over micro-batches";
  }
  SmallVector<Value> inits;
  for (auto [i, result] : llvm::enumerate(op.getResults())) {
    Type type = result.getType();
    Value init;
    if (sliced[i]) {
      auto tensor = cast<RankedTensorType>(type);
      init = tensor::EmptyOp::create(b, loc, tensor.getShape(),
                                     tensor.getElementType());
    } else {
      init = buildZero(b, loc, type);
    }
    inits.push_back(init);
  }

  Value c0 = arith::ConstantIndexOp::create(b, loc, 0);
  Value c1 = arith::ConstantIndexOp::create(b, loc, 1);
  Value cK = arith::ConstantIndexOp::create(b, loc, count);
  Value cMicro = arith::ConstantIndexOp::create(b, loc, micro);
  ValueAndGradOp inner;
  auto loop = scf::ForOp::create(
      b, loc, c0, cK, c1, inits,
      [&](OpBuilder &lb, Location lloc, Value iv, ValueRange accs) {
        Value offset = arith::MulIOp::create(lb, lloc, iv, cMicro);
        auto sliceParams = [&](RankedTensorType full) {
          SmallVector<OpFoldResult> offsets(full.getRank(),
                                            lb.getIndexAttr(0));
          SmallVector<OpFoldResult> sizes, strides(full.getRank(),
                                                   lb.getIndexAttr(1));
          offsets[0] = offset;
          for (int64_t d = 0; d < full.getRank(); ++d)
            sizes.push_back(
                lb.getIndexAttr(d == 0 ? micro : full.getDimSize(d)));
          return std::make_tuple(offsets, sizes, strides);
        };
        SmallVector<Value> operands;
        for (auto [i, operand] : llvm::enumerate(op.getOperands())) {
          if (!isBatchArg.contains(i)) {
            operands.push_back(operand);
            continue;
          }
          auto full = cast<RankedTensorType>(operand.getType());
          auto [offsets, sizes, strides] = sliceParams(full);
          operands.push_back(tensor::ExtractSliceOp::create(
              lb, lloc, cast<RankedTensorType>(split.getArgumentTypes()[i]),
              operand, offsets, sizes, strides));
        }
        inner = ValueAndGradOp::create(lb, lloc, innerTypes,
                                       split.getSymName(), wrt, operands);
        SmallVector<Value> next;
        for (auto [i, acc] : llvm::enumerate(accs)) {
          Value part = inner->getResult(i);
          if (sliced[i]) {
            auto [offsets, sizes, strides] =
                sliceParams(cast<RankedTensorType>(acc.getType()));
            next.push_back(tensor::InsertSliceOp::create(
                lb, lloc, part, acc, offsets, sizes, strides));
          } else {
            next.push_back(
                combineInPlace(lb, lloc, acc, part, 0, /*divide=*/false));
          }
        }
        scf::YieldOp::create(lb, lloc, next);
      });

  SmallVector<Value> results(loop.getResults());
  if (reduction == MicrobatchReduction::Mean)
    for (auto [i, result] : llvm::enumerate(results)) {
      // Per-sample results keep their values; everything a sum combined,
      // and the gradients of the averaged loss w.r.t. batch arguments, are
      // divided by K.
      bool isGradient = i >= numCalleeResults;
      if (sliced[i] && !isGradient)
        continue;
      result = combineInPlace(b, loc, result, nullptr,
                              static_cast<double>(count), /*divide=*/true);
    }
  op.replaceAllUsesWith(results);
  op.erase();
  return inner;
}

FailureOr<ValueAndGradOp> mlir::ckpt::splitIntoMicrobatches(
    ValueAndGradOp op, int64_t count, ArrayRef<int64_t> batchArgs,
    MicrobatchReduction reduction, SymbolTable &symbols,
    DenseMap<func::FuncOp, func::FuncOp> &splitOf,
    const MicrobatchSpelling &spelling) {
  FailureOr<int64_t> batch =
      checkMicrobatchOperands(op, count, batchArgs, spelling);
  if (failed(batch))
    return failure();
  auto callee = symbols.lookup<func::FuncOp>(op.getCallee());
  if (!callee || callee.isExternal())
    return op.emitOpError("'")
           << op.getCallee() << "' does not reference a func.func with a body";
  func::FuncOp &split = splitOf[callee];
  if (!split) {
    FailureOr<SmallVector<func::FuncOp>> clones =
        cloneCallTree(symbols, callee, ("_mb" + Twine(count)).str());
    if (failed(clones))
      return failure();
    if (failed(specialize(*clones, batchArgs, count, symbols)))
      return failure();
    split = clones->front();
  }
  return buildLoop(op, callee, split, *batch, count, batchArgs, reduction,
                   spelling);
}

namespace {
struct MicrobatchPass
    : public ckpt::impl::CkptMicrobatchBase<MicrobatchPass> {
  using Base::Base;
  void runOnOperation() override;
};
} // namespace

void MicrobatchPass::runOnOperation() {
  ModuleOp module = getOperation();
  SymbolTable symbols(module);
  SmallVector<ValueAndGradOp> ops;
  module.walk([&](ValueAndGradOp op) { ops.push_back(op); });
  const MicrobatchSpelling spelling{getArgument(), "count"};
  // One specialization per callee.
  DenseMap<func::FuncOp, func::FuncOp> splitOf;
  for (ValueAndGradOp op : ops) {
    if (failed(checkMicrobatchOperands(op, count, batchArgs, spelling)))
      return signalPassFailure();
    if (count == 1)
      continue;
    if (failed(splitIntoMicrobatches(op, count, batchArgs, reduction, symbols,
                                     splitOf, spelling)))
      return signalPassFailure();
    ++numSplit;
  }
}
