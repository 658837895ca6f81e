/// The free chunks of the modelled heap, kept the way glibc keeps them: an unsorted list of
/// recently freed chunks and split remainders, 62 small bins of one size each and 63 large
/// bins of size ranges (sorted, largest first), plus the "last remainder" that glibc prefers
/// for runs of small requests. Chunks are named by their user pointer.
package struct MallocBins: Sendable, Equatable {
  package enum Place: Sendable, Equatable {
    case unsorted
    case bin(Int)
  }

  package struct FreeChunk: Sendable, Equatable {
    package var size: UInt64
    package var place: Place
  }

  /// Free chunks by address.
  package private(set) var chunks: [UInt64: FreeChunk] = [:]
  /// Free chunks by end address (the address of the chunk after them), for merging backwards.
  private var byEnd: [UInt64: UInt64] = [:]
  /// Head first; glibc takes chunks from the tail (oldest first).
  package private(set) var unsorted: [UInt64] = []
  /// Each bin head first: small bins newest first, large bins by decreasing size.
  private var bins = [[UInt64]](repeating: [], count: binCount)
  /// glibc's binmap: bit i of word i / 64 is set while bin i holds chunks, so the search for
  /// the next non-empty bin is two word scans instead of a walk over 128 bins.
  private var binmapLow: UInt64 = 0
  private var binmapHigh: UInt64 = 0
  package var lastRemainder: UInt64?

  package static let smallBinLimit: UInt64 = 1024
  /// `binIndex` never exceeds 126.
  private static let binCount = 128

  package static func isSmall(_ size: UInt64) -> Bool { size < smallBinLimit }

  /// glibc's `bin_index` on 64-bit.
  package static func binIndex(_ size: UInt64) -> Int {
    if isSmall(size) { return Int(size >> 4) }
    if size >> 6 <= 48 { return 48 + Int(size >> 6) }
    if size >> 9 <= 20 { return 91 + Int(size >> 9) }
    if size >> 12 <= 10 { return 110 + Int(size >> 12) }
    if size >> 15 <= 4 { return 119 + Int(size >> 15) }
    if size >> 18 <= 2 { return 124 + Int(size >> 18) }
    return 126
  }

  package func chunk(at address: UInt64) -> FreeChunk? { chunks[address] }

  /// The free chunk that ends where `address` begins.
  package func chunk(endingAt address: UInt64) -> (address: UInt64, size: UInt64)? {
    guard let start = byEnd[address], let chunk = chunks[start] else { return nil }
    return (start, chunk.size)
  }

  /// Takes a chunk out of whichever list holds it.
  package mutating func remove(_ address: UInt64) {
    guard let chunk = chunks.removeValue(forKey: address) else { return }
    byEnd[address + chunk.size] = nil
    switch chunk.place {
    case .unsorted:
      if let position = unsorted.firstIndex(of: address) { unsorted.remove(at: position) }
    case .bin(let index):
      if let position = bins[index].firstIndex(of: address) {
        bins[index].remove(at: position)
        if bins[index].isEmpty { markBin(index, occupied: false) }
      }
    }
  }

  /// Puts a chunk at the head of the unsorted list.
  package mutating func insertUnsorted(_ address: UInt64, size: UInt64) {
    chunks[address] = FreeChunk(size: size, place: .unsorted)
    byEnd[address + size] = address
    unsorted.insert(address, at: 0)
  }

  /// Moves the unsorted list's oldest chunk into its bin, as `_int_malloc` does while scanning.
  package mutating func sortIntoBin(_ address: UInt64) {
    guard let chunk = chunks[address] else { return }
    if let position = unsorted.firstIndex(of: address) { unsorted.remove(at: position) }
    let index = Self.binIndex(chunk.size)
    let insertion = insertionPosition(ofSize: chunk.size, inBin: index)
    bins[index].insert(address, at: insertion)
    markBin(index, occupied: true)
    chunks[address]?.place = .bin(index)
  }

  /// Where a chunk of `size` goes in its bin: small bins at the head, large bins by size.
  private func insertionPosition(ofSize size: UInt64, inBin index: Int) -> Int {
    if Self.isSmall(size) { return 0 }
    if let last = bins[index].last, let lastSize = chunks[last]?.size, size < lastSize {
      return bins[index].count
    }
    if let position = bins[index].firstIndex(where: { (chunks[$0]?.size ?? 0) <= size }) {
      // A chunk of a size already present goes second in that size's run.
      return chunks[bins[index][position]]?.size == size ? position + 1 : position
    }
    return bins[index].count
  }

  /// The oldest chunk of a small bin (glibc's `last(bin)`).
  package func lastInBin(_ index: Int) -> UInt64? { bins[index].last }

  /// For a large request: in the request's own bin, the smallest chunk that fits (the second
  /// of its size when there are several, as glibc avoids rerouting its skip list).
  package func largeBinFit(_ needed: UInt64) -> UInt64? {
    let index = Self.binIndex(needed)
    let list = bins[index]
    guard let first = list.first, let firstSize = chunks[first]?.size,
      firstSize >= needed
    else { return nil }
    var position = list.count - 1
    // Walk size runs from the smallest upwards to the first that fits; stop at its head.
    while position >= 0 {
      let size = chunks[list[position]]?.size ?? 0
      var head = position
      while head > 0, chunks[list[head - 1]]?.size == size { head -= 1 }
      if size >= needed {
        if head != list.count - 1, chunks[list[head + 1]]?.size == size { return list[head + 1] }
        return list[head]
      }
      position = head - 1
    }
    return nil
  }

  /// The binmap search: the oldest (small) or smallest (large) chunk of the first non-empty
  /// bin after `index`.
  package func firstChunk(afterBin index: Int) -> UInt64? {
    let start = index + 1
    guard start < Self.binCount else { return nil }
    let low = start < 64 ? binmapLow & (~0 << UInt64(start)) : 0
    if low != 0 { return bins[low.trailingZeroBitCount].last }
    let high = start < 64 ? binmapHigh : binmapHigh & (~0 << UInt64(start - 64))
    if high != 0 { return bins[64 + high.trailingZeroBitCount].last }
    return nil
  }

  private mutating func markBin(_ index: Int, occupied: Bool) {
    let bit: UInt64 = 1 << UInt64(index & 63)
    if index < 64 {
      binmapLow = occupied ? binmapLow | bit : binmapLow & ~bit
    } else {
      binmapHigh = occupied ? binmapHigh | bit : binmapHigh & ~bit
    }
  }
}
