//===- CudaMemory.cpp - device memory with live/peak accounting -----------===//
//
// Allocations are stream-ordered (cuMemAllocAsync on the one stream), so the
// driver's pool makes the many short-lived intermediates of a training step
// cheap. Every pointer's size is remembered to count live and peak bytes:
// the definition of peak_bytes in docs/Interface.md, for device memory.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Runtime/CudaRuntime.h"

#include "CudaDriver.h"

#include <algorithm>
#include <mutex>
#include <unordered_map>

using namespace mlir::ckpt::cuda;

namespace {
struct Accounting {
  std::mutex mutex;
  std::unordered_map<void *, uint64_t> sizes;
  uint64_t live = 0;
  uint64_t peak = 0;
};

Accounting &accounting() {
  static Accounting a;
  return a;
}

void recordAlloc(void *ptr, uint64_t bytes) {
  Accounting &a = accounting();
  std::lock_guard<std::mutex> lock(a.mutex);
  a.sizes[ptr] = bytes;
  a.live += bytes;
  a.peak = std::max(a.peak, a.live);
}

/// Returns whether `ptr` was allocated here.
bool recordFree(void *ptr) {
  Accounting &a = accounting();
  std::lock_guard<std::mutex> lock(a.mutex);
  auto it = a.sizes.find(ptr);
  if (it == a.sizes.end())
    return false;
  a.live -= it->second;
  a.sizes.erase(it);
  return true;
}

CUstream asStream(void *s) { return s ? static_cast<CUstream>(s) : stream(); }

CUdeviceptr dev(void *p) { return reinterpret_cast<CUdeviceptr>(p); }

/// The data a ranked memref descriptor {allocated, aligned, offset,
/// sizes[rank], strides[rank]} views, as a contiguous byte range.
std::pair<char *, size_t> describe(int64_t rank, void *descriptor,
                                   int64_t elementSizeBytes) {
  auto *words = static_cast<int64_t *>(descriptor);
  char *aligned = reinterpret_cast<char *>(words[1]);
  int64_t elements = 1;
  for (int64_t i = 0; i < rank; ++i)
    elements *= words[3 + i];
  return {aligned + words[2] * elementSizeBytes,
          static_cast<size_t>(elements * elementSizeBytes)};
}
} // namespace

extern "C" {

void *mgpuMemAlloc(uint64_t sizeBytes, void *s, bool isHostShared) {
  // gpu.alloc of an empty memref is legal; the driver rejects size 0.
  if (sizeBytes == 0)
    return nullptr;
  CUdeviceptr ptr = 0;
  if (isHostShared)
    CKPT_CU(api().cuMemAllocManaged(&ptr, sizeBytes, CU_MEM_ATTACH_GLOBAL));
  else
    CKPT_CU(api().cuMemAllocAsync(&ptr, sizeBytes, asStream(s)));
  void *p = reinterpret_cast<void *>(ptr);
  recordAlloc(p, sizeBytes);
  return p;
}

void mgpuMemFree(void *ptr, void *s) {
  if (!ptr)
    return;
  if (!recordFree(ptr))
    failMessage("mgpuMemFree of a pointer mgpuMemAlloc did not return");
  CKPT_CU(api().cuMemFreeAsync(dev(ptr), asStream(s)));
}

void mgpuMemcpy(void *dst, void *src, size_t sizeBytes, void *s) {
  if (sizeBytes == 0)
    return;
  // Unified addressing: the driver tells host from device pointers.
  CKPT_CU(api().cuMemcpyAsync(dev(dst), dev(src), sizeBytes, asStream(s)));
}

void mgpuMemset32(void *dst, uint32_t value, size_t count, void *s) {
  CKPT_CU(api().cuMemsetD32Async(dev(dst), value, count, asStream(s)));
}

void mgpuMemset16(void *dst, uint16_t value, size_t count, void *s) {
  CKPT_CU(api().cuMemsetD16Async(dev(dst), value, count, asStream(s)));
}

void mgpuMemHostRegisterMemRef(int64_t rank, void *descriptor,
                               int64_t elementSizeBytes) {
  auto [ptr, bytes] = describe(rank, descriptor, elementSizeBytes);
  if (bytes)
    CKPT_CU(api().cuMemHostRegister(ptr, bytes, /*Flags=*/0));
}

void mgpuMemHostUnregisterMemRef(int64_t rank, void *descriptor,
                                 int64_t elementSizeBytes) {
  auto [ptr, bytes] = describe(rank, descriptor, elementSizeBytes);
  if (bytes)
    CKPT_CU(api().cuMemHostUnregister(ptr));
}

uint64_t ckptCudaLiveBytes(void) {
  Accounting &a = accounting();
  std::lock_guard<std::mutex> lock(a.mutex);
  return a.live;
}

uint64_t ckptCudaPeakBytes(void) {
  Accounting &a = accounting();
  std::lock_guard<std::mutex> lock(a.mutex);
  return a.peak;
}

void ckptCudaResetPeak(void) {
  Accounting &a = accounting();
  std::lock_guard<std::mutex> lock(a.mutex);
  a.peak = a.live;
}

} // extern "C"
