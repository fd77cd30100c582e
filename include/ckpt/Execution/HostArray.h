//===- HostArray.h - dense host arrays passed to compiled code -*- C++ -*-===//
//
// The element types the runners (ckpt-run, the Python package) support and a
// contiguous, C-ordered host array. A runner's own buffers (inputs, copies of
// results) live in these and are deliberately NOT allocated through the
// counting allocator, so they never show up in a call's peak_bytes.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_EXECUTION_HOSTARRAY_H
#define CKPT_EXECUTION_HOSTARRAY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

namespace mlir::ckpt::exec {

enum class DType { F32, F64, I64 };

/// Bytes per element.
size_t dtypeSize(DType type);
/// "f32", "f64" or "i64": the spelling used in JSON and messages.
llvm::StringRef dtypeName(DType type);

/// Renders a shape as "[2, 3]" for messages and summaries.
std::string formatShape(llvm::ArrayRef<int64_t> shape);

int64_t numElements(llvm::ArrayRef<int64_t> shape);

/// Largest array, in bytes, the runners allocate or read (1 TiB): anything
/// larger is a malformed shape, not a real input.
constexpr uint64_t kMaxArrayBytes = uint64_t(1) << 40;

/// The byte size of a `type` array of `shape`, computed with overflow-checked
/// arithmetic; std::nullopt when a dimension is negative, the element count or
/// byte count overflows, or the size exceeds kMaxArrayBytes.
std::optional<uint64_t> checkedNumBytes(DType type,
                                        llvm::ArrayRef<int64_t> shape);

/// A contiguous, 64-byte aligned, C-ordered array.
class HostArray {
public:
  HostArray() = default;
  /// Allocates a zeroed array; data() is null when the allocation fails or
  /// checkedNumBytes refuses the shape (callers check data()).
  HostArray(DType type, llvm::ArrayRef<int64_t> shape);

  DType getDType() const { return type; }
  llvm::ArrayRef<int64_t> getShape() const { return shape; }
  int64_t getNumElements() const { return numElements(shape); }
  size_t getNumBytes() const { return getNumElements() * dtypeSize(type); }
  void *data() { return storage.get(); }
  const void *data() const { return storage.get(); }

  /// Element `i` (flat index) converted to double, for summaries.
  double getAsDouble(int64_t i) const;

private:
  struct FreeDeleter {
    void operator()(void *p) const { std::free(p); }
  };
  DType type = DType::F32;
  llvm::SmallVector<int64_t, 4> shape;
  std::unique_ptr<void, FreeDeleter> storage;
};

} // namespace mlir::ckpt::exec

#endif // CKPT_EXECUTION_HOSTARRAY_H
