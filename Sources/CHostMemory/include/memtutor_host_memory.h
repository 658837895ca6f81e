#ifndef MEMTUTOR_HOST_MEMORY_H
#define MEMTUTOR_HOST_MEMORY_H

/// Tunes glibc's malloc for memtutor's own memory, which grows in large arrays (the heap
/// directory, a `Vec`'s elements, the trace) and is mostly freed only at exit:
/// - arrays up to 32 MiB come from the heap instead of an `mmap` each, and freed memory is
///   kept for reuse instead of being returned to the kernel and faulted in again;
/// - the first 64 MiB of heap are asked for as transparent huge pages where the kernel offers
///   them (`madvise` mode), so filling them costs one page fault per 2 MiB instead of per 4 KiB.
/// Each step is advice: where one is refused, malloc behaves as before.
void memtutor_tune_host_allocator(void);

#endif
