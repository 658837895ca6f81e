/// A model of glibc's `malloc` (2.36), the allocator behind Rust's `System`/`Global` on Linux.
///
/// It follows glibc's own algorithm, so blocks land where they would in a real program
/// (the tests replay random malloc/realloc/free scripts against the real glibc and compare
/// every address):
/// - user pointers are 16-byte aligned; an n-byte request takes a chunk of
///   max(32, round_up(n + 8, 16)) bytes, so consecutive blocks lie that far apart;
/// - a freed chunk of up to 1040 bytes goes to the per-size cache (tcache, 7 per size, last
///   in first out; then the fastbins up to 128 bytes): the next request of that size gets it
///   back, a request of another size does not;
/// - other freed chunks merge with free neighbours and with the top of the heap and wait in
///   glibc's unsorted list and bins (`MallocBins`); requests take an exact fit, the last
///   remainder, or the best-fitting bin, else the top;
/// - `realloc` shrinks in place, grows in place when the chunk borders the top or a free
///   neighbour big enough, and otherwise moves (allocate, copy, free the old chunk);
/// - the brk heap starts with 132 KiB, grows with 128 KiB of padding and is trimmed when much
///   lies free at its top; a request the top cannot serve that needs 128 KiB or more is
///   mmapped at a page boundary + 16 (addresses ending in `010`), and freeing an mmapped
///   block raises the threshold to its size.
/// What it leaves out: allocations the Rust runtime makes before `main`, ASLR, and more than
/// one thread. Placement is deterministic, so every trace is reproducible; the screen calls
/// these addresses a model.
package struct Allocator: Sendable, Equatable {
  /// One region of the brk heap, identified by its user pointer.
  package struct Chunk: Sendable, Equatable {
    package var address: UInt64
    package var size: UInt64
    package var end: UInt64 { address + size }
  }

  package struct Mapping: Sendable, Equatable {
    /// Page-aligned start; the user pointer is 16 bytes in.
    package var start: UInt64
    package var length: UInt64
  }

  package static let minimumChunk: UInt64 = 32
  /// The largest chunk the tcache holds (requests of up to 1032 bytes).
  package static let tcacheMaximumChunk: UInt64 = 1040
  package static let tcacheCountPerSize = 7
  /// The largest chunk the fastbins hold.
  package static let fastbinMaximumChunk: UInt64 = 128
  /// Chunks from this size on are "large": requesting one first consolidates the fastbins.
  package static let largeChunkMinimum: UInt64 = 1024
  /// glibc's `top_pad`: extra bytes asked of the kernel whenever the heap grows.
  package static let topPad: UInt64 = 128 * 1024
  /// Freeing a chunk this big (after merging) consolidates the fastbins and may trim the top.
  package static let consolidationThreshold: UInt64 = 64 * 1024
  package static let pageSize: UInt64 = 4096
  /// glibc's `DEFAULT_MMAP_THRESHOLD_MAX` on 64-bit: the dynamic threshold never exceeds it.
  package static let maximumMmapThreshold: UInt64 = 32 * 1024 * 1024

  package let addressSpace: AddressSpace
  /// Requests of this chunk size or more that the top cannot serve are mmapped.
  package private(set) var mmapThreshold: UInt64 = 128 * 1024
  /// The heap is trimmed when this much or more lies free at its top.
  package private(set) var trimThreshold: UInt64 = 128 * 1024
  /// Where the unused top of the brk heap starts (the next fresh chunk's user pointer).
  package private(set) var top: UInt64
  /// The current program break: the end of the brk heap.
  package private(set) var breakEnd: UInt64
  /// Blocks the program holds: user pointer → chunk size.
  private var used = AddressTable()
  /// Chunks parked in the tcache (each chunk size up to 1040, newest last): free for reuse,
  /// but never merged. Indexed by `cacheIndex(_:)`.
  private var tcache = [[UInt64]](repeating: [], count: Self.cacheIndex(Self.tcacheMaximumChunk) + 1)
  /// The fastbins (each chunk size up to 128, newest last), indexed like the tcache.
  private var fastbins = [[UInt64]](repeating: [], count: Self.cacheIndex(Self.fastbinMaximumChunk) + 1)
  /// Free chunks outside the caches, merged with their free neighbours.
  private var bins = MallocBins()
  package var mappings: [UInt64: Mapping] = [:]
  /// Released mmap regions that a later mapping can reuse.
  package var freeMappings: [Mapping] = []
  package var mmapCursor: UInt64

  /// A fresh heap. By default its top holds what glibc's first heap extension leaves: 132 KiB
  /// less the tcache's own 0x290 bytes of bookkeeping. `topChunkSize` sets another size.
  package init(addressSpace: AddressSpace = .standard, topChunkSize: UInt64? = nil) {
    self.addressSpace = addressSpace
    top = addressSpace.heapBase
    let initialTop = topChunkSize ?? Self.pageRounded(0x290 + Self.topPad + Self.minimumChunk) - 0x290
    breakEnd = addressSpace.heapBase - 16 + max(initialTop, Self.minimumChunk)
    mmapCursor = addressSpace.mmapTop
  }

  /// What `Vec::new()`, `String::new()` and `Box::new(())` hold instead of a heap pointer:
  /// the type's alignment (never allocated, never freed).
  package static func danglingPointer(alignment: Int) -> UInt64 { UInt64(max(1, alignment)) }

  /// glibc's `request2size`: the chunk that holds an n-byte request.
  package static func chunkSize(forRequest size: Int) -> UInt64 {
    let request = UInt64(max(0, size))
    return max(minimumChunk, (request + 8 + 15) / 16 * 16)
  }

  package static func pageRounded(_ bytes: UInt64) -> UInt64 {
    (bytes + pageSize - 1) / pageSize * pageSize
  }

  /// The tcache or fastbin slot of a chunk size (sizes step by 16 from 32).
  private static func cacheIndex(_ chunkSize: UInt64) -> Int { Int(chunkSize >> 4) - 2 }

  /// Bytes of the top chunk (the unused space at the heap's end, header included).
  private var topChunkSize: UInt64 { breakEnd + 16 - top }

  // MARK: - The C interface

  /// `malloc(size)`. Callers never ask for zero bytes (Rust does not allocate for them).
  /// memtutor's types are at most 16-aligned, which every glibc block already is.
  package mutating func allocate(size: Int, alignment: Int) -> UInt64 {
    let needed = Self.chunkSize(forRequest: size)
    if needed <= Self.tcacheMaximumChunk, let address = tcache[Self.cacheIndex(needed)].popLast() {
      used[address] = needed
      return address
    }
    return allocateChunk(needed, size: size)
  }

  /// `realloc(address, newSize)`: in place when the block shrinks, borders the heap's top, or
  /// is followed by a free chunk big enough; otherwise a new block, the bytes copied, the old
  /// one freed. `movedFrom` is true when the block moved.
  package mutating func reallocate(
    address: UInt64, oldSize: Int, newSize: Int, alignment: Int
  ) -> (address: UInt64, movedFrom: Bool) {
    if let mapping = mapping(at: address) {
      return remap(address: address, mapping: mapping, newSize: newSize)
    }
    guard let current = used[address] else {
      return (allocate(size: newSize, alignment: alignment), true)
    }
    let needed = Self.chunkSize(forRequest: newSize)
    if needed <= current {
      splitOff(address: address, from: current, keeping: needed)
      return (address, false)
    }
    let end = address + current
    if end == top && current + topChunkSize >= needed + Self.minimumChunk {
      top = address + needed
      used[address] = needed
      return (address, false)
    }
    if let next = bins.chunk(at: end), current + next.size >= needed {
      bins.remove(end)
      used[address] = current + next.size
      splitOff(address: address, from: current + next.size, keeping: needed)
      return (address, false)
    }
    // glibc's realloc allocates the new block without looking in the tcache. When that block
    // is the one right after this one (the top, grown), the two become one: no move.
    let moved = allocateChunk(needed, size: newSize)
    if moved == end, let grown = used.removeValue(forKey: moved) {
      used[address] = current + grown
      splitOff(address: address, from: current + grown, keeping: needed)
      return (address, false)
    }
    free(address: address)
    return (moved, true)
  }

  /// `free(address)`.
  package mutating func free(address: UInt64) {
    if address >= mmapCursor, let mapping = mappings.removeValue(forKey: address) {
      releaseMapping(mapping, raisingThreshold: true)
      return
    }
    guard let size = used.removeValue(forKey: address) else { return }
    release(Chunk(address: address, size: size))
  }

  /// Bytes the block at `address` can hold without moving (its chunk minus the header).
  package func usableSize(address: UInt64) -> Int? {
    if let mapping = mapping(at: address) { return Int(mapping.length - 16) }
    return used[address].map { Int($0 - 8) }
  }

  /// Whether the block at `address` was mmapped rather than carved from the brk heap.
  package func isMapped(address: UInt64) -> Bool { mapping(at: address) != nil }

  /// Every mapping lies at or above `mmapCursor`, so a brk-heap block needs no table lookup.
  @inline(__always) private func mapping(at address: UInt64) -> Mapping? {
    address >= mmapCursor ? mappings[address] : nil
  }

  /// Blocks currently allocated.
  package var liveBlockCount: Int { used.count + mappings.count }

  // MARK: - Internals

  /// glibc's `_int_malloc`: fastbins, the small bin of that size, the unsorted chunks (an
  /// exact fit, or the last remainder for a small request), the best-fitting bin, the top,
  /// and finally the kernel (mmap for big requests, otherwise a bigger heap).
  private mutating func allocateChunk(_ needed: UInt64, size: Int) -> UInt64 {
    let cacheIndex = Self.cacheIndex(needed)
    if needed <= Self.fastbinMaximumChunk, let address = fastbins[cacheIndex].popLast() {
      // The rest of that fastbin moves into the tcache.
      while tcache[cacheIndex].count < Self.tcacheCountPerSize, let other = fastbins[cacheIndex].popLast() {
        tcache[cacheIndex].append(other)
      }
      used[address] = needed
      return address
    }
    let binIndex = MallocBins.binIndex(needed)
    if MallocBins.isSmall(needed) {
      if let address = bins.lastInBin(binIndex) {
        bins.remove(address)
        // Other chunks of that size move into the tcache.
        while tcache[cacheIndex].count < Self.tcacheCountPerSize, let other = bins.lastInBin(binIndex) {
          bins.remove(other)
          tcache[cacheIndex].append(other)
        }
        used[address] = needed
        return address
      }
    } else {
      consolidateFastbins()
    }
    while true {
      if let address = scanUnsorted(needed) { return address }
      if !MallocBins.isSmall(needed), let address = bins.largeBinFit(needed) {
        return carve(address, needed: needed, remember: false)
      }
      if let address = bins.firstChunk(afterBin: binIndex) {
        return carve(address, needed: needed, remember: MallocBins.isSmall(needed))
      }
      if topChunkSize >= needed + Self.minimumChunk { break }
      if fastbins.contains(where: { !$0.isEmpty }) {
        consolidateFastbins()
        continue
      }
      if needed >= mmapThreshold { return mapRegion(size: size) }
      breakEnd += Self.pageRounded(needed + Self.topPad + Self.minimumChunk - topChunkSize)
      break
    }
    let address = top
    top += needed
    used[address] = needed
    return address
  }

  /// The unsorted scan: oldest first, each chunk either taken (exact fit; the last remainder
  /// for a small request when it is alone) or sorted into its bin. Exact fits fill the tcache
  /// first, and one of them is returned at the end.
  private mutating func scanUnsorted(_ needed: UInt64) -> UInt64? {
    var returnCached = false
    while let victim = bins.unsorted.last, let chunk = bins.chunk(at: victim) {
      if MallocBins.isSmall(needed), bins.unsorted.count == 1, victim == bins.lastRemainder,
        chunk.size > needed + Self.minimumChunk
      {
        bins.remove(victim)
        bins.insertUnsorted(victim + needed, size: chunk.size - needed)
        bins.lastRemainder = victim + needed
        used[victim] = needed
        return victim
      }
      if chunk.size == needed {
        bins.remove(victim)
        if needed <= Self.tcacheMaximumChunk, tcache[Self.cacheIndex(needed)].count < Self.tcacheCountPerSize
        {
          tcache[Self.cacheIndex(needed)].append(victim)
          returnCached = true
          continue
        }
        used[victim] = needed
        return victim
      }
      bins.sortIntoBin(victim)
    }
    if returnCached, let address = tcache[Self.cacheIndex(needed)].popLast() {
      used[address] = needed
      return address
    }
    return nil
  }

  /// Takes a binned chunk, leaving a remainder that can stand as a chunk in the unsorted list.
  private mutating func carve(_ address: UInt64, needed: UInt64, remember: Bool) -> UInt64 {
    guard let chunk = bins.chunk(at: address) else { return address }
    bins.remove(address)
    if chunk.size - needed >= Self.minimumChunk {
      bins.insertUnsorted(address + needed, size: chunk.size - needed)
      if remember { bins.lastRemainder = address + needed }
      used[address] = needed
    } else {
      used[address] = chunk.size
    }
    return address
  }

  /// Shrinks a used chunk to `needed`, freeing the rest when it can stand as a chunk.
  private mutating func splitOff(address: UInt64, from current: UInt64, keeping needed: UInt64) {
    guard current - needed >= Self.minimumChunk else { return }
    used[address] = needed
    release(Chunk(address: address + needed, size: current - needed))
  }

  /// glibc's `_int_free`: tcache, fastbin, or merge with free neighbours (into the top when
  /// it borders it) and go to the unsorted list.
  private mutating func release(_ chunk: Chunk) {
    if chunk.size <= Self.tcacheMaximumChunk,
      tcache[Self.cacheIndex(chunk.size)].count < Self.tcacheCountPerSize
    {
      tcache[Self.cacheIndex(chunk.size)].append(chunk.address)
      return
    }
    if chunk.size <= Self.fastbinMaximumChunk {
      fastbins[Self.cacheIndex(chunk.size)].append(chunk.address)
      return
    }
    let merged = coalesce(chunk)
    if merged.size >= Self.consolidationThreshold {
      consolidateFastbins()
      if topChunkSize >= trimThreshold { trimTop() }
    }
  }

  /// Merges a chunk with a free chunk before it, then into the top or with a free chunk
  /// after it; what is left goes to the head of the unsorted list.
  @discardableResult
  private mutating func coalesce(_ chunk: Chunk) -> Chunk {
    var merged = chunk
    if let previous = bins.chunk(endingAt: chunk.address) {
      bins.remove(previous.address)
      merged = Chunk(address: previous.address, size: previous.size + chunk.size)
    }
    if merged.end == top {
      top = merged.address
      return merged
    }
    if let next = bins.chunk(at: merged.end) {
      bins.remove(merged.end)
      merged.size += next.size
    }
    bins.insertUnsorted(merged.address, size: merged.size)
    return merged
  }

  /// glibc's `malloc_consolidate`: every fastbin chunk, smallest size first and newest first
  /// within a size, merges with its free neighbours.
  private mutating func consolidateFastbins() {
    for index in fastbins.indices where !fastbins[index].isEmpty {
      let size = UInt64(index + 2) << 4
      let addresses = fastbins[index]
      fastbins[index].removeAll(keepingCapacity: true)
      for address in addresses.reversed() { coalesce(Chunk(address: address, size: size)) }
    }
  }

  package mutating func raiseMmapThreshold(to length: UInt64) {
    mmapThreshold = length
    trimThreshold = 2 * length
  }

  /// glibc's `systrim`: give whole pages above `top_pad` back to the kernel.
  private mutating func trimTop() {
    let area = topChunkSize - Self.minimumChunk - 1
    guard area > Self.topPad else { return }
    breakEnd -= (area - Self.topPad) / Self.pageSize * Self.pageSize
  }
}
