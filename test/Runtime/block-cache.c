// The host allocator's block cache (lib/Runtime/CountingAllocator.cpp):
// freed blocks of 64 KiB or more come back for the same size, the live and
// peak counts stay exact, the cache never holds more than the most bytes
// ever live at once, and ckptRuntimeReleaseCache empties it.
// The sanitizer build skips the cache (every free reaches ASan), and this
// host program would need the sanitizer runtime.
// UNSUPPORTED: sanitize
// RUN: %cc -std=c11 -I%ckpt_src/include %s -L%ckpt_lib -lckpt_runtime \
// RUN:   -Wl,-rpath,%ckpt_lib -o %t.exe
// RUN: %t.exe | FileCheck %s
// CHECK: reuse ok
// CHECK: counts ok
// CHECK: small ok
// CHECK: bounded ok
// CHECK: release ok

#include "ckpt/Runtime/CkptRuntime.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define EXPECT(cond)                                                          \
  do {                                                                        \
    if (!(cond)) {                                                            \
      printf("FAILED line %d: %s\n", __LINE__, #cond);                        \
      exit(1);                                                                \
    }                                                                         \
  } while (0)

int main(void) {
  const uint64_t big = 1 << 20;
  // A freed block comes back for the same size and alignment.
  char *a = _mlir_memref_to_llvm_aligned_alloc(64, big);
  EXPECT(a && ((uintptr_t)a % 64) == 0);
  for (uint64_t i = 0; i < big; i += 4096)
    a[i] = 1;
  _mlir_memref_to_llvm_free(a);
  char *b = _mlir_memref_to_llvm_aligned_alloc(64, big);
  EXPECT(b == a);
  printf("reuse ok\n");

  // The counts see requested bytes only, cached or not.
  EXPECT(ckptRuntimeLiveBytes() == big);
  EXPECT(ckptRuntimePeakBytes() == big);
  char *c = _mlir_memref_to_llvm_aligned_alloc(64, big);
  EXPECT(c != b);
  EXPECT(ckptRuntimeLiveBytes() == 2 * big);
  EXPECT(ckptRuntimePeakBytes() == 2 * big);
  _mlir_memref_to_llvm_free(b);
  _mlir_memref_to_llvm_free(c);
  EXPECT(ckptRuntimeLiveBytes() == 0);
  EXPECT(ckptRuntimePeakBytes() == 2 * big);
  printf("counts ok\n");

  // Small blocks are not cached: a different size never gets a big block.
  char *s = _mlir_memref_to_llvm_alloc(256);
  EXPECT(s != b && s != c);
  _mlir_memref_to_llvm_free(s);
  printf("small ok\n");

  // The cache holds at most the most bytes ever live at once (3 MiB
  // here, counted as requested): a block freed when it is full goes back
  // to malloc.
  ckptRuntimeResetPeak();
  char *x = _mlir_memref_to_llvm_aligned_alloc(64, big);
  char *y = _mlir_memref_to_llvm_aligned_alloc(64, big);
  char *z = _mlir_memref_to_llvm_aligned_alloc(64, big);
  EXPECT(ckptRuntimePeakBytes() == 3 * big);
  EXPECT(ckptRuntimeCachedBytes() == 0);
  _mlir_memref_to_llvm_free(x);
  _mlir_memref_to_llvm_free(y);
  _mlir_memref_to_llvm_free(z);
  EXPECT(ckptRuntimeLiveBytes() == 0);
  uint64_t full = ckptRuntimeCachedBytes();
  EXPECT(full > 3 * big && full < 3 * big + 4096);
  char *w = _mlir_memref_to_llvm_aligned_alloc(64, 2 * big);
  EXPECT(ckptRuntimeCachedBytes() == full);
  _mlir_memref_to_llvm_free(w);
  EXPECT(ckptRuntimeCachedBytes() == full);
  printf("bounded ok\n");

  // Emptied: the next block is whatever malloc gives, and counts go on.
  ckptRuntimeReleaseCache();
  EXPECT(ckptRuntimeCachedBytes() == 0);
  char *d = _mlir_memref_to_llvm_aligned_alloc(64, big);
  EXPECT(d && ckptRuntimeLiveBytes() == big);
  _mlir_memref_to_llvm_free(d);
  ckptRuntimeReleaseCache();
  printf("release ok\n");
  return 0;
}
