//===- LinalgToGemmCalls.cpp - GEMM-like contractions to library calls ----===//
//
// ckpt-linalg-to-cublas (device) and ckpt-linalg-to-blas (host) replace the
// same contractions by calls with the same ABI; only the callees differ.
//
// The operand layouts come from the indexing maps, not from op names, so the
// named matmul family and equivalent linalg.generic ops (as autodiff emits
// for transposed products) take the same path.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Conversion/Passes.h"

#include "mlir/IR/SymbolTable.h"

#define DEBUG_TYPE "ckpt-linalg-to-gemm-calls"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTLINALGTOBLAS
#define GEN_PASS_DEF_CKPTLINALGTOCUBLAS
#include "ckpt/Conversion/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;

namespace {

/// How one contraction maps onto a strided-batched GEMM.
struct GemmLayout {
  bool transA = false, transB = false;
  bool batched = false;
};

/// Whether `map` lists exactly `dims` (loop dimensions) in order.
bool mapIs(AffineMap map, ArrayRef<unsigned> dims) {
  if (map.getNumResults() != dims.size())
    return false;
  for (auto [expr, dim] : llvm::zip(map.getResults(), dims)) {
    auto d = dyn_cast<AffineDimExpr>(expr);
    if (!d || d.getPosition() != dim)
      return false;
  }
  return true;
}

/// Innermost stride 1 (statically): rows are contiguous, as BLAS needs.
bool hasUnitInnerStride(Value v) {
  auto type = dyn_cast<MemRefType>(v.getType());
  if (!type || type.getRank() == 0)
    return false;
  SmallVector<int64_t> strides;
  int64_t offset;
  if (failed(type.getStridesAndOffset(strides, offset)))
    return false;
  return strides.back() == 1;
}

/// A static or dynamic strided layout (what extract_strided_metadata
/// describes).
bool isStrided(Value v) {
  auto type = dyn_cast<MemRefType>(v.getType());
  SmallVector<int64_t> strides;
  int64_t offset;
  return type && type.getRank() > 0 &&
         succeeded(type.getStridesAndOffset(strides, offset));
}

/// With `lowPrecision`, also bf16 x bf16 -> f32 and f16 x f16 -> f32
/// (--ckpt-mixed-precision's contractions), which cuBLAS runs on tensor
/// cores; host BLAS has no such GEMM. `anyStrides`: the callee takes each
/// matrix's column stride too (the host runtime packs what BLAS cannot read
/// in place); otherwise rows must be contiguous.
FailureOr<GemmLayout> matchGemm(linalg::LinalgOp op, bool lowPrecision,
                                bool anyStrides) {
  if (!op.hasPureBufferSemantics() || op.getNumDpsInputs() != 2 ||
      op.getNumDpsInits() != 1 || !linalg::isaContractionOpInterface(op))
    return failure();
  Type elt = getElementTypeOrSelf(op.getDpsInitOperand(0)->get().getType());
  if (!elt.isF32() && !elt.isF64())
    return failure();
  Type inputElt = getElementTypeOrSelf(op.getDpsInputs()[0].getType());
  bool mixed = lowPrecision && elt.isF32() &&
               (inputElt.isBF16() || inputElt.isF16());
  for (OpOperand &operand : op->getOpOperands()) {
    Type operandElt = getElementTypeOrSelf(operand.get().getType());
    bool isInput = op.isDpsInput(&operand);
    if ((operandElt != elt && !(mixed && isInput && operandElt == inputElt)) ||
        !(anyStrides ? isStrided(operand.get())
                     : hasUnitInnerStride(operand.get())))
      return failure();
  }
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  if (failed(dims) || dims->batch.size() > 1 || dims->m.size() != 1 ||
      dims->n.size() != 1 || dims->k.size() != 1)
    return failure();
  GemmLayout layout;
  layout.batched = !dims->batch.empty();
  SmallVector<unsigned> b(dims->batch.begin(), dims->batch.end());
  auto with = [&](unsigned x, unsigned y) {
    SmallVector<unsigned> r = b;
    r.append({x, y});
    return r;
  };
  unsigned m = dims->m[0], n = dims->n[0], k = dims->k[0];
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  if (!mapIs(maps[2], with(m, n)))
    return failure();
  if (mapIs(maps[0], with(k, m)))
    layout.transA = true;
  else if (!mapIs(maps[0], with(m, k)))
    return failure();
  if (mapIs(maps[1], with(n, k)))
    layout.transB = true;
  else if (!mapIs(maps[1], with(k, n)))
    return failure();
  return layout;
}

/// A memref operand as the GEMM call sees it: address, sizes and strides.
struct Matrix {
  Value address;
  SmallVector<Value> sizes, strides;
};

Matrix describe(OpBuilder &b, Location loc, Value memref) {
  auto meta = memref::ExtractStridedMetadataOp::create(b, loc, memref);
  Value base = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
  auto type = cast<MemRefType>(memref.getType());
  Value eltBytes = arith::ConstantIndexOp::create(
      b, loc, type.getElementTypeBitWidth() / 8);
  Value byteOffset =
      arith::MulIOp::create(b, loc, meta.getOffset(), eltBytes);
  Matrix m;
  m.address = arith::AddIOp::create(b, loc, base, byteOffset);
  m.sizes.assign(meta.getSizes().begin(), meta.getSizes().end());
  m.strides.assign(meta.getStrides().begin(), meta.getStrides().end());
  return m;
}

func::FuncOp declareGemm(ModuleOp module, StringRef name, unsigned numArgs) {
  if (auto f = module.lookupSymbol<func::FuncOp>(name))
    return f;
  OpBuilder b = OpBuilder::atBlockEnd(module.getBody());
  SmallVector<Type> args(numArgs, b.getIndexType());
  auto f = func::FuncOp::create(b, module.getLoc(), name,
                                b.getFunctionType(args, {}));
  f.setPrivate();
  return f;
}

void rewrite(linalg::LinalgOp op, const GemmLayout &layout,
             func::FuncOp callee, bool columnStrides) {
  OpBuilder b(op);
  Location loc = op.getLoc();
  Matrix a = describe(b, loc, op.getDpsInputOperand(0)->get());
  Matrix bm = describe(b, loc, op.getDpsInputOperand(1)->get());
  Matrix c = describe(b, loc, op.getDpsInitOperand(0)->get());
  unsigned r = layout.batched ? 1 : 0; // first matrix dimension
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  auto flag = [&](bool v) { return v ? one : zero; };
  auto batchStride = [&](const Matrix &x) {
    return layout.batched ? x.strides[0] : zero;
  };
  Value m = c.sizes[r], n = c.sizes[r + 1];
  Value k = layout.transA ? a.sizes[r] : a.sizes[r + 1];
  Value batch = layout.batched ? c.sizes[0] : one;
  SmallVector<Value> args = {flag(layout.transA), flag(layout.transB), m, n,
                             k};
  for (const Matrix *x : {&a, &bm, &c}) {
    args.append({x->address, x->strides[r]});
    if (columnStrides)
      args.push_back(x->strides[r + 1]);
    args.push_back(batchStride(*x));
  }
  args.push_back(batch);
  func::CallOp::create(b, loc, callee, args);
  op->erase();
}

/// The GEMM entry points of one library, by element types.
struct GemmCallees {
  StringRef f32, f64;
  /// Empty when the library has no mixed-precision GEMM.
  StringRef bf16f32 = {}, f16f32 = {};
  /// The callees take every matrix's column stride as well (18 arguments,
  /// not 15), so any strided layout qualifies.
  bool columnStrides = false;
};

/// Replaces every contraction `matchGemm` accepts by a call to the callee
/// for its element types; returns how many.
unsigned rewriteGemms(ModuleOp module, const GemmCallees &callees) {
  bool lowPrecision = !callees.bf16f32.empty();
  SmallVector<std::pair<linalg::LinalgOp, GemmLayout>> gemms;
  module.walk([&](linalg::LinalgOp op) {
    if (FailureOr<GemmLayout> layout =
            matchGemm(op, lowPrecision, callees.columnStrides);
        succeeded(layout))
      gemms.push_back({op, *layout});
  });
  for (auto &[op, layout] : gemms) {
    Type elt = getElementTypeOrSelf(op.getDpsInitOperand(0)->get().getType());
    Type inputElt = getElementTypeOrSelf(op.getDpsInputs()[0].getType());
    StringRef callee = inputElt.isBF16()  ? callees.bf16f32
                       : inputElt.isF16() ? callees.f16f32
                       : elt.isF32()      ? callees.f32
                                          : callees.f64;
    rewrite(op, layout,
            declareGemm(module, callee, callees.columnStrides ? 18 : 15),
            callees.columnStrides);
  }
  return gemms.size();
}

struct LinalgToCublasPass
    : public ckpt::impl::CkptLinalgToCublasBase<LinalgToCublasPass> {
  void runOnOperation() override {
    numGemms += rewriteGemms(
        getOperation(), {"ckptCublasGemmF32", "ckptCublasGemmF64",
                         "ckptCublasGemmBF16F32", "ckptCublasGemmF16F32"});
  }
};

struct LinalgToBlasPass
    : public ckpt::impl::CkptLinalgToBlasBase<LinalgToBlasPass> {
  void runOnOperation() override {
    // Every strided layout: the runtime packs what BLAS cannot read in
    // place, so a product's arithmetic never depends on where its operands
    // live (a view here, a copy in a region's function there).
    numGemms += rewriteGemms(getOperation(),
                             {"ckptBlasGemmF32", "ckptBlasGemmF64", {}, {},
                              /*columnStrides=*/true});
  }
};

} // namespace
