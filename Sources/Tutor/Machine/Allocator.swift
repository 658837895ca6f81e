/// A model of glibc's `malloc`, the allocator behind Rust's `System`/`Global` on Linux.
///
/// What it reproduces (FACTS §6, §9): user pointers are 16-byte aligned; a request of n bytes
/// takes a chunk of max(32, round_up(n + 8, 16)) bytes, so consecutive blocks lie that far
/// apart; freed chunks are reused first-fit (a later block can get a freed block's address);
/// `realloc` grows in place when the chunk borders the top of the heap or a free neighbour
/// big enough, and otherwise moves (allocate, copy, free); shrinking stays in place; chunks
/// of 128 KiB or more that the heap's top cannot serve are mmapped at page boundaries + 16
/// (addresses ending in `010`), and freeing one raises the mmap threshold to its size, as
/// glibc does. The brk heap grows with 128 KiB of padding and is trimmed back when more than
/// the trim threshold lies free at its top, so large `realloc`s move when the top is short of
/// room, as they do in real programs. Placement is
/// deterministic (no ASLR), so every trace is reproducible. Real glibc keeps per-size caches
/// (tcache, fastbins) that this model folds into first-fit.
struct Allocator: Sendable, Equatable {
  /// One region of the brk heap, identified by its user pointer.
  private struct Chunk: Sendable, Equatable {
    var address: UInt64
    var size: UInt64
    var end: UInt64 { address + size }
  }

  private struct Mapping: Sendable, Equatable {
    /// Page-aligned start; the user pointer is 16 bytes in.
    var start: UInt64
    var length: UInt64
  }

  static let minimumChunk: UInt64 = 32
  /// glibc's `top_pad`: extra bytes asked of the kernel whenever the heap grows.
  static let topPad: UInt64 = 128 * 1024
  /// Freed chunks at least this big trigger consolidation and trimming of the top.
  static let consolidationThreshold: UInt64 = 64 * 1024
  static let pageSize: UInt64 = 4096
  /// glibc's `DEFAULT_MMAP_THRESHOLD_MAX` on 64-bit: the dynamic threshold never exceeds it.
  static let maximumMmapThreshold: UInt64 = 32 * 1024 * 1024

  let addressSpace: AddressSpace
  /// Chunks of this size or more are mmapped (128 KiB until an mmapped chunk is freed).
  private(set) var mmapThreshold: UInt64 = 128 * 1024
  /// The heap is trimmed when this much or more lies free at its top.
  private(set) var trimThreshold: UInt64 = 128 * 1024
  /// Where the unused top of the brk heap starts (the next fresh chunk's user pointer).
  private(set) var top: UInt64
  /// The current program break: the end of the brk heap.
  private(set) var breakEnd: UInt64
  private var used: [UInt64: UInt64] = [:]
  /// Free chunks below `top`, sorted by address, never adjacent to each other.
  private var freeChunks: [Chunk] = []
  private var mappings: [UInt64: Mapping] = [:]
  /// Released mmap regions that a later mapping of the same or smaller size can reuse.
  private var freeMappings: [Mapping] = []
  private var mmapCursor: UInt64

  init(addressSpace: AddressSpace = .standard) {
    self.addressSpace = addressSpace
    top = addressSpace.heapBase
    // The first request grows the heap by 132 KiB, of which glibc's tcache takes 0x290 bytes.
    let heapStart = addressSpace.heapBase - 0x2a0
    breakEnd = heapStart + Self.pageRounded(0x290 + Self.topPad + Self.minimumChunk)
    mmapCursor = addressSpace.mmapTop
  }

  /// Bytes of the top chunk (the unused space at the heap's end, header included).
  private var topChunkSize: UInt64 { breakEnd + 16 - top }

  private static func pageRounded(_ bytes: UInt64) -> UInt64 {
    (bytes + pageSize - 1) / pageSize * pageSize
  }

  /// What `Vec::new()`, `String::new()` and `Box::new(())` hold instead of a heap pointer:
  /// the type's alignment (never allocated, never freed).
  static func danglingPointer(alignment: Int) -> UInt64 { UInt64(max(1, alignment)) }

  /// glibc's `request2size`: the chunk that holds an n-byte request.
  static func chunkSize(forRequest size: Int) -> UInt64 {
    let request = UInt64(max(0, size))
    return max(minimumChunk, (request + 8 + 15) / 16 * 16)
  }

  /// The mapping length for an mmapped request: chunk plus its header, in whole pages.
  static func mappingLength(forRequest size: Int) -> UInt64 {
    (chunkSize(forRequest: size) + 8 + pageSize - 1) / pageSize * pageSize
  }

  /// `malloc(size)`. Callers never ask for zero bytes (Rust does not allocate for them).
  /// memtutor's types are at most 16-aligned, which every glibc block already is.
  mutating func allocate(size: Int, alignment: Int) -> UInt64 {
    let needed = Self.chunkSize(forRequest: size)
    if let index = freeChunks.firstIndex(where: { $0.size >= needed }) {
      let chunk = freeChunks[index]
      if chunk.size - needed >= Self.minimumChunk {
        freeChunks[index] = Chunk(address: chunk.address + needed, size: chunk.size - needed)
        used[chunk.address] = needed
      } else {
        freeChunks.remove(at: index)
        used[chunk.address] = chunk.size
      }
      return chunk.address
    }
    if topChunkSize < needed + Self.minimumChunk {
      if needed >= mmapThreshold { return mapRegion(size: size) }
      breakEnd += Self.pageRounded(needed + Self.topPad + Self.minimumChunk - topChunkSize)
    }
    let address = top
    top += needed
    used[address] = needed
    return address
  }

  /// `realloc(address, newSize)`: in place when the block shrinks, borders the heap's top,
  /// or is followed by enough free space; otherwise a new block, the bytes copied, the old
  /// one freed. `movedFrom` is true when the block moved.
  mutating func reallocate(
    address: UInt64, oldSize: Int, newSize: Int, alignment: Int
  ) -> (address: UInt64, movedFrom: Bool) {
    if let mapping = mappings[address] {
      // glibc resizes mmapped blocks with mremap: they stay mmapped, shrink in place, and
      // move when they grow (the space above is another mapping).
      if Self.mappingLength(forRequest: newSize) <= mapping.length { return (address, false) }
      mappings[address] = nil
      let moved = mapRegion(size: newSize)
      releaseMapping(mapping, raisingThreshold: false)
      return (moved, true)
    }
    guard let current = used[address] else {
      return (allocate(size: newSize, alignment: alignment), true)
    }
    let needed = Self.chunkSize(forRequest: newSize)
    if needed <= current {
      shrink(address: address, from: current, to: needed)
      return (address, false)
    }
    let end = address + current
    if end == top && current + topChunkSize >= needed + Self.minimumChunk {
      top = address + needed
      used[address] = needed
      return (address, false)
    }
    if let index = freeChunks.firstIndex(where: { $0.address == end }),
      current + freeChunks[index].size >= needed
    {
      let combined = current + freeChunks[index].size
      freeChunks.remove(at: index)
      used[address] = combined
      if combined - needed >= Self.minimumChunk { shrink(address: address, from: combined, to: needed) }
      return (address, false)
    }
    let moved = allocate(size: newSize, alignment: alignment)
    free(address: address)
    return (moved, true)
  }

  /// `free(address)`. The chunk merges with free neighbours and with the heap's top.
  mutating func free(address: UInt64) {
    if let mapping = mappings.removeValue(forKey: address) {
      releaseMapping(mapping, raisingThreshold: true)
      return
    }
    guard let size = used.removeValue(forKey: address) else { return }
    insertFree(Chunk(address: address, size: size))
  }

  /// Bytes the block at `address` can hold without moving (its chunk minus the header).
  func usableSize(address: UInt64) -> Int? {
    if let mapping = mappings[address] { return Int(mapping.length - 16) }
    return used[address].map { Int($0 - 8) }
  }

  /// Whether the block at `address` was mmapped rather than carved from the brk heap.
  func isMapped(address: UInt64) -> Bool { mappings[address] != nil }

  /// Blocks currently allocated.
  var liveBlockCount: Int { used.count + mappings.count }

  // MARK: - Internals

  private mutating func shrink(address: UInt64, from current: UInt64, to needed: UInt64) {
    guard current - needed >= Self.minimumChunk else { return }
    used[address] = needed
    insertFree(Chunk(address: address + needed, size: current - needed))
  }

  private mutating func insertFree(_ chunk: Chunk) {
    var merged = chunk
    let index = freeChunks.firstIndex { $0.address > chunk.address } ?? freeChunks.count
    var insertAt = index
    if index < freeChunks.count, freeChunks[index].address == merged.end {
      merged.size += freeChunks[index].size
      freeChunks.remove(at: index)
    }
    if index > 0, freeChunks[index - 1].end == merged.address {
      merged = Chunk(address: freeChunks[index - 1].address, size: freeChunks[index - 1].size + merged.size)
      freeChunks.remove(at: index - 1)
      insertAt = index - 1
    }
    if merged.end == top {
      top = merged.address
      if merged.size >= Self.consolidationThreshold && topChunkSize >= trimThreshold { trimTop() }
    } else {
      freeChunks.insert(merged, at: insertAt)
    }
  }

  /// glibc's `systrim`: give whole pages above `top_pad` back to the kernel.
  private mutating func trimTop() {
    let area = topChunkSize - Self.minimumChunk - 1
    guard area > Self.topPad else { return }
    let extra = (area - Self.topPad) / Self.pageSize * Self.pageSize
    breakEnd -= extra
  }

  private mutating func mapRegion(size: Int) -> UInt64 {
    let length = Self.mappingLength(forRequest: size)
    let mapping: Mapping
    if let index = freeMappings.firstIndex(where: { $0.length >= length }) {
      let hole = freeMappings[index]
      // The kernel hands out the highest-addressed fitting part of a hole.
      mapping = Mapping(start: hole.start + hole.length - length, length: length)
      if hole.length == length {
        freeMappings.remove(at: index)
      } else {
        freeMappings[index].length -= length
      }
    } else {
      mmapCursor -= length
      mapping = Mapping(start: mmapCursor, length: length)
    }
    let address = mapping.start + 16
    mappings[address] = mapping
    return address
  }

  private mutating func releaseMapping(_ mapping: Mapping, raisingThreshold: Bool) {
    // glibc's dynamic threshold: freeing an mmapped chunk raises the threshold to its size.
    if raisingThreshold, mapping.length > mmapThreshold && mapping.length <= Self.maximumMmapThreshold {
      mmapThreshold = mapping.length
      trimThreshold = 2 * mapping.length
    }
    if mapping.start == mmapCursor {
      mmapCursor += mapping.length
      // Absorb holes that now border the cursor.
      while let index = freeMappings.firstIndex(where: { $0.start == mmapCursor }) {
        mmapCursor += freeMappings[index].length
        freeMappings.remove(at: index)
      }
    } else {
      freeMappings.append(mapping)
    }
  }
}
