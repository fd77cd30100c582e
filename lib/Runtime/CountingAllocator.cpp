//===- CountingAllocator.cpp - counting host allocator for lowered code ---===//
//
// Implements include/ckpt/Runtime/CkptRuntime.h. Each block is laid out as
//
//   raw (malloc) ... [Header][user bytes (size)]
//                            ^ aligned to max(16, alignment)
//
// The header just before the user pointer remembers the malloc'd pointer,
// the requested size and the malloc'd size, so `free` needs nothing but the
// user pointer and the counters see exactly the requested bytes.
//
// Large blocks are cached when freed and handed out again for the same
// malloc'd size. A training step frees and allocates the same buffers on
// every call; through malloc, glibc returns the top of its heap to the
// system once more than its trim threshold is free there, so each step
// faulted its buffers' pages in again (on the 16-layer MLP about 1,000
// faults and 8 ms of system time a step). The cache holds at most as many
// bytes as were ever live at once, so the process never holds more than
// twice its highest peak, and usually that peak; the counters ignore it
// (peak_bytes counts live buffers only). ckptRuntimeReleaseCache frees it.
// Sanitizer builds skip the cache so that every free reaches the sanitizer.
//
//===----------------------------------------------------------------------===//

#include "ckpt/Runtime/CkptRuntime.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <vector>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CKPT_NO_BLOCK_CACHE 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define CKPT_NO_BLOCK_CACHE 1
#endif

namespace {

struct alignas(16) Header {
  void *raw;
  uint64_t size;  // requested
  uint64_t total; // malloc'd
  uint64_t unused;
};
static_assert(sizeof(Header) == 32, "header must keep 16-byte alignment");

/// Blocks of at least this many malloc'd bytes are cached when freed.
constexpr uint64_t kCacheMinBytes = 64 * 1024;

constexpr uint64_t kMinAlignment = 16;

std::atomic<uint64_t> liveBytes{0};
std::atomic<uint64_t> peakBytes{0};

void raisePeak(uint64_t live) {
  uint64_t peak = peakBytes.load(std::memory_order_relaxed);
  while (live > peak &&
         !peakBytes.compare_exchange_weak(peak, live, std::memory_order_relaxed))
    ;
}

/// Freed large blocks by malloc'd size (see the file comment).
struct BlockCache {
  std::mutex mutex;
  struct Block {
    void *raw;
    uint64_t size;
  };
  std::unordered_map<uint64_t, std::vector<Block>> free;
  uint64_t cachedBytes = 0;     // malloc'd
  uint64_t cachedRequested = 0; // requested when they were allocated
  uint64_t highWater = 0; // most bytes ever live at once

  void *take(uint64_t total) {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = free.find(total);
    if (it == free.end() || it->second.empty())
      return nullptr;
    Block block = it->second.back();
    it->second.pop_back();
    cachedBytes -= total;
    cachedRequested -= block.size;
    return block.raw;
  }

  /// Keeps `raw` (`total` malloc'd bytes for `size` requested) unless the
  /// requested bytes cached would exceed the most bytes ever live at once
  /// (`peak`: the current peak); returns whether it did.
  bool put(void *raw, uint64_t total, uint64_t size, uint64_t peak) {
    std::lock_guard<std::mutex> lock(mutex);
    if (peak > highWater)
      highWater = peak;
    if (cachedRequested + size > highWater)
      return false;
    free[total].push_back({raw, size});
    cachedBytes += total;
    cachedRequested += size;
    return true;
  }

  uint64_t cached() {
    std::lock_guard<std::mutex> lock(mutex);
    return cachedBytes;
  }

  void release() {
    std::lock_guard<std::mutex> lock(mutex);
    for (auto &entry : free)
      for (Block block : entry.second)
        std::free(block.raw);
    free.clear();
    cachedBytes = 0;
    cachedRequested = 0;
  }
};

BlockCache &blockCache() {
  // Never destroyed: lowered code may free buffers during static
  // destruction, after a function-local static would be gone.
  static BlockCache *cache = new BlockCache;
  return *cache;
}

constexpr bool cacheEnabled() {
#ifdef CKPT_NO_BLOCK_CACHE
  return false;
#else
  return true;
#endif
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
  void *raw = nullptr;
  if (cacheEnabled() && total >= kCacheMinBytes)
    raw = blockCache().take(total);
  if (!raw)
    raw = std::malloc(static_cast<size_t>(total));
  if (!raw)
    return nullptr;
  uintptr_t first = reinterpret_cast<uintptr_t>(raw) + sizeof(Header);
  uintptr_t user = (first + alignment - 1) & ~static_cast<uintptr_t>(alignment - 1);
  auto *header = reinterpret_cast<Header *>(user - sizeof(Header));
  header->raw = raw;
  header->size = size;
  header->total = total;
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
  // The peak since the last reset is at least what was live until now.
  if (cacheEnabled() && header->total >= kCacheMinBytes &&
      blockCache().put(header->raw, header->total, header->size,
                       peakBytes.load(std::memory_order_relaxed)))
    return;
  std::free(header->raw);
}

void ckptRuntimeReleaseCache(void) { blockCache().release(); }

uint64_t ckptRuntimeCachedBytes(void) { return blockCache().cached(); }

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
