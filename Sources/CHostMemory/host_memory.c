#include "memtutor_host_memory.h"

#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static const size_t huge_page = (size_t)2 << 20;

void memtutor_tune_host_allocator(void) {
  // 32 MiB is the largest threshold glibc accepts on 64-bit machines.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_TOP_PAD, 64 << 20);
  // A request larger than what is left at the top makes malloc extend the break by the pad
  // now, so the region advised below is the one the following allocations come from.
  void *probe = malloc((size_t)1 << 20);
  if (probe == NULL) return;
  uintptr_t low = ((uintptr_t)probe + huge_page - 1) & ~(uintptr_t)(huge_page - 1);
  void *brk_now = sbrk(0);
  free(probe);
  if (brk_now == (void *)-1) return;
  uintptr_t high = (uintptr_t)brk_now & ~(uintptr_t)(huge_page - 1);
  if (high > low) madvise((void *)low, high - low, MADV_HUGEPAGE);
}
