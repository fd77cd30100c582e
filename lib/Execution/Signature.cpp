//===- Signature.cpp - the entry function's shapes and dtypes -------------===//

#include "ckpt/Execution/Signature.h"

#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"
#include "ckpt/Execution/Npy.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMTypes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>

using namespace mlir;
using namespace mlir::ckpt::exec;

std::string ValueType::str() const {
  if (isScalar)
    return dtypeName(dtype).str();
  return dtypeName(dtype).str() + formatShape(shape);
}

static llvm::Error signatureError(const llvm::Twine &msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), msg);
}

static std::optional<DType> dtypeOf(Type type) {
  if (type.isF32())
    return DType::F32;
  if (type.isF64())
    return DType::F64;
  if (type.isSignlessInteger(64))
    return DType::I64;
  return std::nullopt;
}

static std::string typeText(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << type;
  return text;
}

/// Converts one argument or result type, or explains why it cannot be run.
static llvm::Expected<ValueType> convertType(Type type, StringRef entry,
                                             const llvm::Twine &what) {
  auto unsupported = [&](StringRef why) {
    return signatureError("entry '" + entry + "' " + what + " has type " +
                          typeText(type) + ": " + why);
  };
  ValueType result;
  if (std::optional<DType> scalar = dtypeOf(type)) {
    result.dtype = *scalar;
    result.isScalar = true;
    return result;
  }
  auto shaped = dyn_cast<ShapedType>(type);
  if (!shaped || !isa<RankedTensorType, MemRefType>(type))
    return unsupported("expected a ranked tensor, memref or f32/f64/i64 "
                       "scalar");
  if (!shaped.hasStaticShape())
    return unsupported("dynamic shapes are not supported");
  if (auto memref = dyn_cast<MemRefType>(type))
    if (!memref.getLayout().isIdentity())
      return unsupported("only the identity layout is supported");
  if (shaped.getRank() > static_cast<int64_t>(kMaxRank))
    return unsupported("ranks above 4 are not supported");
  std::optional<DType> element = dtypeOf(shaped.getElementType());
  if (!element)
    return unsupported("element type must be f32, f64 or i64");
  result.dtype = *element;
  result.shape.assign(shaped.getShape().begin(), shaped.getShape().end());
  if (!checkedNumBytes(result.dtype, result.shape))
    return unsupported("its size in bytes overflows or exceeds the limit of " +
                       std::to_string(kMaxArrayBytes) + " bytes");
  return result;
}

/// The entry's tensor-level `type` as the argument and result types the
/// runner exchanges.
static llvm::Expected<EntrySignature> signatureOf(FunctionType type,
                                                  StringRef name) {
  EntrySignature signature;
  for (auto [i, input] : llvm::enumerate(type.getInputs())) {
    auto converted = convertType(input, name, "argument #" + llvm::Twine(i));
    if (!converted)
      return converted.takeError();
    signature.args.push_back(*converted);
  }
  for (auto [i, output] : llvm::enumerate(type.getResults())) {
    auto converted = convertType(output, name, "result #" + llvm::Twine(i));
    if (!converted)
      return converted.takeError();
    signature.results.push_back(*converted);
  }
  return signature;
}

llvm::Expected<EntrySignature>
mlir::ckpt::exec::getFuncSignature(ModuleOp module, StringRef name) {
  auto func = module.lookupSymbol<func::FuncOp>(name);
  if (!func)
    return signatureError("no func.func named '" + name + "' in the module");
  if (func.isExternal())
    return signatureError("entry '" + name + "' is only a declaration");
  return signatureOf(func.getFunctionType(), name);
}

bool mlir::ckpt::exec::isLoweredModule(ModuleOp module, StringRef name) {
  if (!module.getOps<func::FuncOp>().empty())
    return false;
  return static_cast<bool>(module.lookupSymbol<LLVM::LLVMFuncOp>(name));
}

/// The rank of a memref descriptor struct {ptr, ptr, i64[, [r x i64] x 2]}.
static std::optional<unsigned> descriptorRank(Type type) {
  auto desc = dyn_cast<LLVM::LLVMStructType>(type);
  if (!desc || desc.getBody().size() < 3 ||
      !isa<LLVM::LLVMPointerType>(desc.getBody()[0]))
    return std::nullopt;
  if (desc.getBody().size() == 3)
    return 0u;
  if (desc.getBody().size() != 5)
    return std::nullopt;
  auto sizes = dyn_cast<LLVM::LLVMArrayType>(desc.getBody()[3]);
  if (!sizes)
    return std::nullopt;
  return static_cast<unsigned>(sizes.getNumElements());
}

llvm::Expected<EntrySignature>
mlir::ckpt::exec::getLoweredSignature(ModuleOp module, StringRef name) {
  auto func = module.lookupSymbol<LLVM::LLVMFuncOp>(name);
  if (!func)
    return signatureError("no llvm.func named '" + name + "' in the module");
  // Flattened memref descriptors carry neither shapes nor element types, so
  // the inputs can only be checked against the tensor-level signature the
  // lowering recorded; without it, running would trust the .npy files blindly
  // (out-of-bounds reads, misread dtypes).
  Attribute recorded = func->getAttr(ckpt::kSignatureAttrName);
  if (!recorded)
    return signatureError(
        "entry '" + name + "' is already lowered to the LLVM dialect and "
        "carries no '" + ckpt::kSignatureAttrName + "' record of its "
        "tensor-level signature, so its inputs cannot be checked; lower it "
        "with ckpt-opt --ckpt-lower-to-cpu (which records it) or run the "
        "tensor-level module");
  auto typeAttr = dyn_cast<TypeAttr>(recorded);
  auto type = typeAttr ? dyn_cast<FunctionType>(typeAttr.getValue())
                       : FunctionType();
  if (!type)
    return signatureError("entry '" + name + "' has a malformed '" +
                          ckpt::kSignatureAttrName +
                          "' attribute: expected a function type");
  return signatureOf(type, name);
}

/// Whether the LLVM type `type` is how the standard lowering passes `value`.
static bool matchesLowered(Type type, const ValueType &value) {
  if (value.isScalar)
    return dtypeOf(type) == value.dtype;
  std::optional<unsigned> rank = descriptorRank(type);
  return rank && *rank == value.shape.size();
}

llvm::Error mlir::ckpt::exec::checkLoweredEntry(ModuleOp module, StringRef name,
                                               const EntrySignature &signature) {
  auto func = module.lookupSymbol<LLVM::LLVMFuncOp>(name);
  if (!func || func.isExternal())
    return signatureError("lowering did not produce a definition of "
                          "llvm.func @" + name);
  auto mismatch = [&](const llvm::Twine &what) {
    return signatureError("lowered entry '" + name + "' does not follow the "
                          "standard memref calling convention (" + what +
                          "); was --pipeline given bare-pointer options?");
  };
  LLVM::LLVMFunctionType type = func.getFunctionType();
  ArrayRef<Type> params = type.getParams();
  size_t next = 0;
  for (auto [i, arg] : llvm::enumerate(signature.args)) {
    size_t count = arg.isScalar ? 1 : 3 + 2 * arg.shape.size();
    if (next + count > params.size())
      return mismatch("too few parameters");
    if (arg.isScalar ? dtypeOf(params[next]) != arg.dtype
                     : !isa<LLVM::LLVMPointerType>(params[next]))
      return mismatch("argument #" + llvm::Twine(i));
    next += count;
  }
  if (next != params.size())
    return mismatch("expected " + llvm::Twine(next) + " parameters, found " +
                    llvm::Twine(params.size()));
  Type result = type.getReturnType();
  const auto &results = signature.results;
  if (results.empty()) {
    if (!isa<LLVM::LLVMVoidType>(result))
      return mismatch("unexpected return value");
  } else if (results.size() == 1) {
    if (!matchesLowered(result, results[0]))
      return mismatch("result type");
  } else {
    auto pack = dyn_cast<LLVM::LLVMStructType>(result);
    if (!pack || pack.getBody().size() != results.size())
      return mismatch("result struct");
    for (auto [field, value] : llvm::zip(pack.getBody(), results))
      if (!matchesLowered(field, value))
        return mismatch("result struct field");
  }
  return llvm::Error::success();
}
