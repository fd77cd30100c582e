//===- HostArray.cpp - dense host arrays passed to compiled code ---------===//

#include "ckpt/Execution/HostArray.h"

#include "llvm/Support/CheckedArithmetic.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

using namespace mlir::ckpt::exec;

size_t mlir::ckpt::exec::dtypeSize(DType type) {
  return type == DType::F32 ? 4 : 8;
}

llvm::StringRef mlir::ckpt::exec::dtypeName(DType type) {
  switch (type) {
  case DType::F32:
    return "f32";
  case DType::F64:
    return "f64";
  case DType::I64:
    return "i64";
  }
  return "?";
}

std::string mlir::ckpt::exec::formatShape(llvm::ArrayRef<int64_t> shape) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "[";
  llvm::interleaveComma(shape, os);
  os << "]";
  return text;
}

int64_t mlir::ckpt::exec::numElements(llvm::ArrayRef<int64_t> shape) {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

std::optional<uint64_t>
mlir::ckpt::exec::checkedNumBytes(DType type, llvm::ArrayRef<int64_t> shape) {
  uint64_t count = 1;
  for (int64_t dim : shape) {
    if (dim < 0)
      return std::nullopt;
    std::optional<uint64_t> product =
        llvm::checkedMulUnsigned<uint64_t>(count, static_cast<uint64_t>(dim));
    if (!product || *product > static_cast<uint64_t>(INT64_MAX))
      return std::nullopt;
    count = *product;
  }
  std::optional<uint64_t> bytes =
      llvm::checkedMulUnsigned<uint64_t>(count, dtypeSize(type));
  if (!bytes || *bytes > kMaxArrayBytes)
    return std::nullopt;
  return bytes;
}

HostArray::HostArray(DType type, llvm::ArrayRef<int64_t> shape)
    : type(type), shape(shape) {
  // A shape whose size overflows (or is absurd) is never allocated, so
  // getNumBytes() below cannot wrap.
  std::optional<uint64_t> checked = checkedNumBytes(type, shape);
  if (!checked)
    return;
  // aligned_alloc wants a multiple of the alignment; never 0 so that even
  // empty arrays have a distinct, valid pointer.
  size_t bytes = (*checked + 63) / 64 * 64;
  storage.reset(std::aligned_alloc(64, bytes ? bytes : 64));
  if (storage)
    std::memset(storage.get(), 0, bytes ? bytes : 64);
}

double HostArray::getAsDouble(int64_t i) const {
  switch (type) {
  case DType::F32:
    return static_cast<const float *>(data())[i];
  case DType::F64:
    return static_cast<const double *>(data())[i];
  case DType::I64:
    return static_cast<double>(static_cast<const int64_t *>(data())[i]);
  }
  return 0;
}
