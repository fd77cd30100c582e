//===- CountingAllocator.cpp - counting host allocator for lowered code ---===//
//
// Implements include/ckpt/Runtime/CkptRuntime.h. Each block is laid out as
//
//   raw (malloc) ... [Header][user bytes (size)]
//                            ^ aligned to max(16, alignment)
//
// The header just before the user pointer remembers the malloc'd pointer and
// the requested size, so `free` needs nothing but the user pointer and the
// counters see exactly the requested bytes.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Runtime/CkptRuntime.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct alignas(16) Header {
  void *raw;
  uint64_t size;
};
static_assert(sizeof(Header) == 16, "header must keep 16-byte alignment");

constexpr uint64_t kMinAlignment = 16;

std::atomic<uint64_t> liveBytes{0};
std::atomic<uint64_t> peakBytes{0};

void raisePeak(uint64_t live) {
  uint64_t peak = peakBytes.load(std::memory_order_relaxed);
  while (live > peak &&
         !peakBytes.compare_exchange_weak(peak, live, std::memory_order_relaxed))
    ;
}

uint64_t roundUpToPowerOfTwo(uint64_t v) {
  uint64_t p = kMinAlignment;
  while (p < v && p != 0)
    p <<= 1;
  return p;
}

void *allocate(uint64_t alignment, uint64_t size) {
  alignment = roundUpToPowerOfTwo(alignment < kMinAlignment ? kMinAlignment
                                                            : alignment);
  if (alignment == 0 || size > UINT64_MAX - alignment - sizeof(Header))
    return nullptr;
  // malloc only guarantees 16 on the hosts we target; over-allocate by the
  // alignment so an aligned user pointer with room for the header exists.
  uint64_t total = size + alignment + sizeof(Header);
  void *raw = std::malloc(static_cast<size_t>(total));
  if (!raw)
    return nullptr;
  uintptr_t first = reinterpret_cast<uintptr_t>(raw) + sizeof(Header);
  uintptr_t user = (first + alignment - 1) & ~static_cast<uintptr_t>(alignment - 1);
  auto *header = reinterpret_cast<Header *>(user - sizeof(Header));
  header->raw = raw;
  header->size = size;
  uint64_t live = liveBytes.fetch_add(size, std::memory_order_relaxed) + size;
  raisePeak(live);
  return reinterpret_cast<void *>(user);
}

} // namespace

extern "C" {

void *_mlir_memref_to_llvm_alloc(uint64_t size) {
  return allocate(kMinAlignment, size);
}

void *_mlir_memref_to_llvm_aligned_alloc(uint64_t alignment, uint64_t size) {
  return allocate(alignment, size);
}

void _mlir_memref_to_llvm_free(void *ptr) {
  if (!ptr)
    return;
  auto *header = reinterpret_cast<Header *>(static_cast<char *>(ptr) -
                                            sizeof(Header));
  liveBytes.fetch_sub(header->size, std::memory_order_relaxed);
  std::free(header->raw);
}

uint64_t ckptRuntimeLiveBytes(void) {
  return liveBytes.load(std::memory_order_relaxed);
}

uint64_t ckptRuntimePeakBytes(void) {
  return peakBytes.load(std::memory_order_relaxed);
}

void ckptRuntimeResetPeak(void) {
  peakBytes.store(liveBytes.load(std::memory_order_relaxed),
                  std::memory_order_relaxed);
}

} // extern "C"
