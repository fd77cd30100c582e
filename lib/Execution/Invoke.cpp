//===- Invoke.cpp - calling a JIT-compiled entry function -----------------===//

#include "ckpt/Execution/Invoke.h"

#include "ckpt/Runtime/CkptRuntime.h"

#include "llvm/ADT/DenseSet.h"

#include <cstring>

using namespace mlir;
using namespace mlir::ckpt::exec;

/// memref.get_global lowers to descriptors whose allocated pointer is this
/// marker: such buffers were never allocated and must not be freed.
static constexpr uintptr_t kGlobalMarker = 0xdeadbeef;

static size_t alignTo(size_t value, size_t align) {
  return (value + align - 1) / align * align;
}

/// Size and alignment of a value in the LLVM lowering's (= C's) layout.
static std::pair<size_t, size_t> layoutOf(const ValueType &type) {
  if (type.isScalar)
    return {dtypeSize(type.dtype), dtypeSize(type.dtype)};
  return {(3 + 2 * type.shape.size()) * 8, 8};
}

EntryInvoker::EntryInvoker(ExecutionEngine &engine, llvm::StringRef name,
                           const EntrySignature &signature)
    : engine(engine), name(name.str()), signature(signature) {
  // One result is returned as is; several as a struct of them.
  size_t offset = 0, maxAlign = 8;
  for (const ValueType &result : signature.results) {
    auto [size, align] = layoutOf(result);
    offset = alignTo(offset, align);
    resultSlots.push_back({offset, result});
    offset += size;
    maxAlign = std::max(maxAlign, align);
  }
  resultStorage.assign(alignTo(offset, maxAlign) / 8 + 1, 0);
}

llvm::Error EntryInvoker::resolve() {
  auto entry = engine.lookupPacked(name);
  if (!entry)
    return entry.takeError();
  packedEntry = *entry;
  return llvm::Error::success();
}

llvm::Error EntryInvoker::bind(llvm::ArrayRef<HostArray> newInputs) {
  inputs = newInputs;
  argumentCopies.clear();
  parameters.clear();
  for (const HostArray &input : inputs) {
    argumentCopies.emplace_back(input.getDType(), input.getShape());
    if (!argumentCopies.back().data())
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "cannot allocate " + llvm::Twine(input.getNumBytes()) +
              " bytes for an argument");
  }
  restoreArguments();
  return llvm::Error::success();
}

void EntryInvoker::restoreArguments() {
  parameters.clear();
  for (auto [type, input, copy] :
       llvm::zip(signature.args, inputs, argumentCopies)) {
    std::memcpy(copy.data(), input.data(), input.getNumBytes());
    if (type.isScalar) {
      int64_t slot = 0;
      std::memcpy(&slot, copy.data(), dtypeSize(type.dtype));
      parameters.push_back(slot);
      continue;
    }
    auto pointer = reinterpret_cast<int64_t>(copy.data());
    parameters.push_back(pointer);
    parameters.push_back(pointer);
    parameters.push_back(0);
    llvm::ArrayRef<int64_t> shape = copy.getShape();
    parameters.insert(parameters.end(), shape.begin(), shape.end());
    // Row-major strides of the contiguous copy.
    llvm::SmallVector<int64_t, 4> strides(shape.size(), 1);
    for (int i = static_cast<int>(shape.size()) - 2; i >= 0; --i)
      strides[i] = strides[i + 1] * shape[i + 1];
    parameters.insert(parameters.end(), strides.begin(), strides.end());
  }
}

llvm::Error EntryInvoker::call() {
  llvm::SmallVector<void *> packed;
  for (int64_t &parameter : parameters)
    packed.push_back(&parameter);
  std::fill(resultStorage.begin(), resultStorage.end(), 0);
  if (!signature.results.empty())
    packed.push_back(resultStorage.data());
  if (!packedEntry)
    if (llvm::Error error = resolve())
      return error;
  packedEntry(packed.data());
  return llvm::Error::success();
}

/// Copies a possibly strided buffer into a contiguous array, element by
/// element in row-major order.
static void copyStrided(const char *base, int64_t offset,
                        llvm::ArrayRef<int64_t> sizes,
                        llvm::ArrayRef<int64_t> strides, size_t elementSize,
                        char *out) {
  int64_t count = numElements(sizes);
  llvm::SmallVector<int64_t, 4> index(sizes.size(), 0);
  for (int64_t n = 0; n < count; ++n) {
    int64_t position = offset;
    for (size_t d = 0; d < sizes.size(); ++d)
      position += index[d] * strides[d];
    std::memcpy(out + n * elementSize, base + position * elementSize,
                elementSize);
    for (int d = static_cast<int>(sizes.size()) - 1; d >= 0; --d) {
      if (++index[d] < sizes[d])
        break;
      index[d] = 0;
    }
  }
}

llvm::Expected<std::vector<HostArray>> EntryInvoker::readResults() const {
  std::vector<HostArray> outputs;
  const char *storage = reinterpret_cast<const char *>(resultStorage.data());
  for (auto [i, slot] : llvm::enumerate(resultSlots)) {
    const ValueType &type = slot.type;
    const char *field = storage + slot.offset;
    if (type.isScalar) {
      HostArray scalar(type.dtype, {});
      std::memcpy(scalar.data(), field, dtypeSize(type.dtype));
      outputs.push_back(std::move(scalar));
      continue;
    }
    int64_t header[3];
    std::memcpy(header, field, sizeof(header));
    size_t rank = type.shape.size();
    llvm::SmallVector<int64_t, 4> sizes(rank), strides(rank);
    std::memcpy(sizes.data(), field + 24, rank * 8);
    std::memcpy(strides.data(), field + 24 + rank * 8, rank * 8);
    for (size_t d = 0; d < rank; ++d) {
      if (sizes[d] < 0 || (type.shape[d] >= 0 && sizes[d] != type.shape[d]))
        return llvm::createStringError(
            llvm::inconvertibleErrorCode(),
            "result #" + llvm::Twine(i) + " came back with shape " +
                formatShape(sizes) + ", expected " + formatShape(type.shape));
    }
    HostArray output(type.dtype, sizes);
    if (!output.data())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "cannot allocate a copy of result #" +
                                         llvm::Twine(i));
    const char *aligned = reinterpret_cast<const char *>(header[1]);
    if (output.getNumElements() > 0 && !aligned)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "result #" + llvm::Twine(i) +
                                         " came back as a null buffer");
    if (output.getNumElements() > 0)
      copyStrided(aligned, header[2], sizes, strides, dtypeSize(type.dtype),
                  static_cast<char *>(output.data()));
    outputs.push_back(std::move(output));
  }
  return outputs;
}

void EntryInvoker::releaseResults() {
  llvm::DenseSet<uintptr_t> skip = {0, kGlobalMarker};
  for (const HostArray &copy : argumentCopies)
    skip.insert(reinterpret_cast<uintptr_t>(copy.data()));
  const char *storage = reinterpret_cast<const char *>(resultStorage.data());
  for (const ResultSlot &slot : resultSlots) {
    if (slot.type.isScalar)
      continue;
    uintptr_t allocated;
    std::memcpy(&allocated, storage + slot.offset, sizeof(allocated));
    if (skip.insert(allocated).second)
      _mlir_memref_to_llvm_free(reinterpret_cast<void *>(allocated));
  }
  std::fill(resultStorage.begin(), resultStorage.end(), 0);
}
