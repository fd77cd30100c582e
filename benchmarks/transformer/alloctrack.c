/* LD_PRELOAD heap tracker for benchmarks/transformer/memory.py.
 *
 * Wraps malloc, calloc, realloc, free, posix_memalign, aligned_alloc,
 * memalign, valloc and pvalloc around glibc's own __libc_* entry points and
 * keeps the live heap bytes (malloc_usable_size of each block) and their
 * peak, atomically. Python reads them through ctypes:
 *   alloctrack_reset()  peak := live; returns live
 *   alloctrack_live()   live bytes now
 *   alloctrack_peak()   peak live bytes since the last reset
 * Memory obtained with mmap directly (not through malloc) is not seen.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>
#include <stddef.h>
#include <stdlib.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);
extern void *__libc_memalign(size_t, size_t);

static long long live_bytes, peak_bytes;

static void add(void *p) {
  if (!p)
    return;
  long long n = (long long)malloc_usable_size(p);
  long long now = __atomic_add_fetch(&live_bytes, n, __ATOMIC_RELAXED);
  long long old = __atomic_load_n(&peak_bytes, __ATOMIC_RELAXED);
  while (now > old && !__atomic_compare_exchange_n(&peak_bytes, &old, now, 1,
                                                   __ATOMIC_RELAXED,
                                                   __ATOMIC_RELAXED))
    ;
}

static void sub(void *p) {
  if (p)
    __atomic_sub_fetch(&live_bytes, (long long)malloc_usable_size(p),
                       __ATOMIC_RELAXED);
}

long long alloctrack_live(void) { return __atomic_load_n(&live_bytes, __ATOMIC_RELAXED); }
long long alloctrack_peak(void) { return __atomic_load_n(&peak_bytes, __ATOMIC_RELAXED); }
long long alloctrack_reset(void) {
  long long now = alloctrack_live();
  __atomic_store_n(&peak_bytes, now, __ATOMIC_RELAXED);
  return now;
}

void *malloc(size_t n) {
  void *p = __libc_malloc(n);
  add(p);
  return p;
}
void *calloc(size_t n, size_t m) {
  void *p = __libc_calloc(n, m);
  add(p);
  return p;
}
void *realloc(void *q, size_t n) {
  long long old = q ? (long long)malloc_usable_size(q) : 0;
  void *p = __libc_realloc(q, n);
  if (p || n == 0) {
    __atomic_sub_fetch(&live_bytes, old, __ATOMIC_RELAXED);
    add(p);
  }
  return p;
}
void free(void *p) {
  sub(p);
  __libc_free(p);
}
void *memalign(size_t a, size_t n) {
  void *p = __libc_memalign(a, n);
  add(p);
  return p;
}
void *aligned_alloc(size_t a, size_t n) { return memalign(a, n); }
void *valloc(size_t n) { return memalign(4096, n); }
void *pvalloc(size_t n) { return memalign(4096, (n + 4095) & ~(size_t)4095); }
int posix_memalign(void **out, size_t a, size_t n) {
  if (a < sizeof(void *) || (a & (a - 1)))
    return EINVAL;
  void *p = memalign(a, n);
  if (!p && n)
    return ENOMEM;
  *out = p;
  return 0;
}
